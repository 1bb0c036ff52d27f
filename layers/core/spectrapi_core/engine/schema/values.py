"""Realistic scalar values chosen from a property's name, its object's other values and the locale.

`ValueSource` wraps one Faker instance per locale and thread, re-seated on the request's
`random.Random`, so every draw comes from the request's seed. Functions here only propose values:
the generator fits them to the schema's bounds and formats and checks them.
"""

from __future__ import annotations

import functools
import random
import re
import string
import threading
import unicodedata
import uuid
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from faker import Faker

from . import vocabulary as vocab

_local = threading.local()
_NAMED_KINDS = frozenset(("first_name", "last_name", "person_name", "username", "email"))
_CAMEL_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_DATE_PREFIX = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


@functools.lru_cache(maxsize=4096)
def fold_name(name: str) -> str:
    """Fold a property name for lookups: `createdAt`, `created_at` and `Created-At` → `createdat`."""
    spaced = _CAMEL_BOUNDARY.sub("_", name)
    return re.sub(r"[^a-z0-9]", "", spaced.lower())


@functools.lru_cache(maxsize=4096)
def name_kind(name: str | None) -> str | None:
    """Return the value kind for a property name from the vocabulary tables, or None."""
    if not name:
        return None
    folded = fold_name(name)
    kind = vocab.KIND_BY_NAME.get(folded)
    if kind is not None:
        return kind
    words = _CAMEL_BOUNDARY.sub("_", name).lower().replace("-", "_").split("_")
    if len(words) > 1 and words[0] in vocab.BOOLEAN_PREFIXES:
        return "flag"
    for suffix, suffix_kind in vocab.KIND_BY_SUFFIX:
        if folded.endswith(suffix) and len(folded) > len(suffix):
            return suffix_kind
    if words[-1] in vocab.KIND_BY_NAME and words[-1] not in ("id", "name"):
        return vocab.KIND_BY_NAME[words[-1]]
    return None


def _faker(locale: str) -> Faker:
    cache: dict[str, Faker] | None = getattr(_local, "fakers", None)
    if cache is None:
        cache = {}
        _local.fakers = cache
    faker = cache.get(locale)
    if faker is None:
        # Imported here because loading Faker's locale registry costs about 90 ms of every cold start.
        from faker import Faker

        faker = Faker(locale.replace("-", "_"))
        cache[locale] = faker
    return faker


@functools.cache
def _name_pool(locale: str, part: str) -> tuple[str, ...]:
    # Faker weights en-US names by frequency, which costs about 0.1 ms a draw. A uniform draw over the
    # same names keeps them realistic at a fraction of the cost.
    attribute = "first_names" if part == "first_name" else "last_names"
    for provider in _faker(locale).providers:
        names = getattr(provider, attribute, None)
        if names:
            return tuple(names)
    return ("Alex",) if part == "first_name" else ("Smith",)


@functools.cache
def _word_list(locale: str) -> tuple[str, ...]:
    # Faker's `word()` goes through its proxy, `words`, `random_elements` and `choices_distribution` to
    # end in `random.choice(word_list)`, about ten calls a word. The same draw here gives the same word.
    return tuple(_faker(locale).get_words_list()) or ("lorem",)


@functools.cache
def _company_patterns(locale: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    # Faker's own company formats, filled from the uniform name pool for the same reason as names.
    for provider in _faker(locale).providers:
        formats = getattr(provider, "formats", None)
        suffixes = getattr(provider, "company_suffixes", None)
        if formats and suffixes:
            return tuple(formats), tuple(suffixes)
    return ("{{last_name}} {{company_suffix}}",), ("Inc",)


def ascii_fold(text: str) -> str:
    """Return lower-case ASCII letters and digits of a text (`Müller` → `muller`) for emails and handles."""
    decomposed = unicodedata.normalize("NFKD", text)
    return re.sub(r"[^a-z0-9]", "", decomposed.encode("ascii", "ignore").decode().lower())


class Persona:
    """Identity shared by the properties of one object, so name, email, city and postal code agree.

    Each part is drawn on first use, so objects that need no name or place cost no draws.
    """

    def __init__(self, source: ValueSource) -> None:
        self._source = source
        self._drawn: dict[str, Any] = {}
        self.place_locale = source.locale
        """Locale of `place`; differs from the request's when a source fixed a place abroad."""

    def fix_place(self, place: tuple[str, str, str, str], locale: str) -> None:
        """Use a given place (and its locale's postal code format and country) instead of drawing one."""
        self._drawn["place"] = place
        self._drawn.pop("postal_code", None)
        self.place_locale = locale

    def _draw(self, part: str) -> Any:
        if part not in self._drawn:
            self._drawn[part] = self._source.draw_persona_part(part, self)
        return self._drawn[part]

    @property
    def first_name(self) -> str:
        """Given name."""
        return self._draw("first_name")

    @property
    def last_name(self) -> str:
        """Family name."""
        return self._draw("last_name")

    @property
    def place(self) -> tuple[str, str, str, str]:
        """(city, state, state code, postal code prefix) from the locale's place table."""
        return self._draw("place")

    @property
    def postal_code(self) -> str:
        """Postal code that belongs to `place`."""
        return self._draw("postal_code")

    @property
    def company(self) -> str:
        """Employer or business name."""
        return self._draw("company")


class ValueSource:
    """Proposes realistic values for one request, drawing only from the request's random generator."""

    def __init__(self, rng: random.Random, locale: str, now: datetime, id_prefix: str = "rec") -> None:
        self.rng = rng
        self.id_prefix = id_prefix
        self.locale = locale if locale in vocab.PLACES else "en-US"
        self.now = now
        self.faker = _faker(self.locale)
        # Faker's proxy forwards `random` to its generator, so every Faker draw uses the request's seed.
        self.faker.random = rng  # type: ignore[attr-defined]
        self._words = _word_list(self.locale)

    def word(self) -> str:
        """Return one lorem word of the locale; the same draw as Faker's `word()` on this generator."""
        return self.rng.choice(self._words)

    def words(self, count: int) -> list[str]:
        """Return `count` lorem words; the same draws as Faker's `words(count)` on this generator."""
        return self.rng.choices(self._words, k=count)

    def word_list(self) -> tuple[str, ...]:
        """Return the locale's lorem words, for padding long strings without a Faker call per word."""
        return _word_list(self.locale)

    # Personas ----------------------------------------------------------------------------------

    def persona(self) -> Persona:
        """Start a new identity (name, place with matching postal code, employer), drawn lazily."""
        return Persona(self)

    def draw_persona_part(self, part: str, persona: Persona) -> Any:
        """Draw one part of a persona; the postal code follows the persona's place."""
        if part in ("first_name", "last_name"):
            return self.rng.choice(_name_pool(self.locale, part))
        if part == "place":
            return self.rng.choice(vocab.PLACES[self.locale])
        if part == "postal_code":
            return self._postal_code(persona.place[3], persona.place_locale)
        return self._company()

    def _company(self) -> str:
        formats, suffixes = _company_patterns(self.locale)
        last_names = _name_pool(self.locale, "last_name")
        text = self.rng.choice(formats)
        while "{{last_name}}" in text:
            text = text.replace("{{last_name}}", self.rng.choice(last_names), 1)
        return text.replace("{{company_suffix}}", self.rng.choice(suffixes))

    def _postal_code(self, prefix: str, locale: str) -> str:
        if locale == "en-GB":
            letters = "ABDEFGHJLNPQRSTUWXYZ"
            return f"{prefix} {self.rng.randint(1, 9)}{self.rng.choice(letters)}{self.rng.choice(letters)}"
        length = 5
        return prefix + "".join(self.rng.choice(string.digits) for _ in range(length - len(prefix)))

    # Strings -----------------------------------------------------------------------------------

    def string_for(
        self,
        kind: str | None,
        siblings: dict[str, Any],
        persona: Persona,
        owner: str | None,
        name: str | None,
    ) -> str:
        """Return a string value for a property kind, using the object's other values where they apply."""
        rng, fake = self.rng, self.faker
        first, last = ("", "") if kind not in _NAMED_KINDS else self._names(siblings, persona)
        if kind == "person_name" and owner is not None and fold_name(owner) in vocab.COMPANY_OWNERS:
            kind = "company"
        if kind == "person_name" and owner is not None and fold_name(owner) in vocab.PRODUCT_OWNERS:
            kind = "title"
        match kind:
            case "record_id":
                return self._record_id(owner, name)
            case "uuid":
                return str(uuid.UUID(int=rng.getrandbits(128), version=4))
            case "first_name":
                return first
            case "last_name":
                return last
            case "person_name":
                return f"{first} {last}"
            case "username":
                return f"{ascii_fold(first)}{ascii_fold(last)[:1]}{rng.randint(1, 99)}"
            case "email":
                domain = self._email_domain(siblings, persona)
                return f"{ascii_fold(first)}.{ascii_fold(last)}@{domain}"
            case "phone":
                return fake.phone_number()
            case "company":
                return persona.company
            case "job_title":
                return fake.job()
            case "title":
                return fake.catch_phrase() if self.locale.startswith("en") else fake.sentence(nb_words=4).rstrip(".")
            case "sentence":
                return fake.sentence(nb_words=rng.randint(8, 16))
            case "street":
                return fake.street_address()
            case "city":
                return persona.place[0]
            case "state":
                return persona.place[1]
            case "state_code":
                return persona.place[2]
            case "postal_code":
                return persona.postal_code
            case "country":
                if persona.place_locale != self.locale:
                    return vocab.COUNTRY_NAMES_EN[persona.place_locale]
                return vocab.COUNTRIES[self.locale][0]
            case "country_code":
                return vocab.COUNTRIES[persona.place_locale][1]
            case "url":
                return f"https://www.{self._slug(persona.company) or 'example'}.com/{self._slug(self.word())}"
            case "image_url":
                return f"https://images.example.com/{rng.randint(1000, 99999)}.jpg"
            case "hostname":
                return f"{self._slug(persona.company) or 'example'}.com"
            case "ipv4":
                return self.ipv4()
            case "currency":
                return vocab.CURRENCIES[self.locale]
            case "status":
                return rng.choice(vocab.STATUS_WORDS)
            case "category":
                return rng.choice(vocab.CATEGORY_WORDS)
            case "color":
                return rng.choice(vocab.COLOR_WORDS)
            case "gender":
                return rng.choice(vocab.GENDER_WORDS)
            case "word":
                return self.word()
            case "language":
                return vocab.LANGUAGES[self.locale]
            case "timezone":
                return rng.choice(vocab.TIMEZONES[self.locale])
            case "version":
                return f"{rng.randint(0, 5)}.{rng.randint(0, 20)}.{rng.randint(0, 30)}"
            case "slug":
                title = next(
                    (value for key, value in siblings.items() if isinstance(value, str) and name_kind(key) == "title"),
                    fake.catch_phrase(),
                )
                return self._slug(title)
            case "sku":
                letters = "".join(rng.choice(string.ascii_uppercase) for _ in range(3))
                return f"{letters}-{rng.randint(10000, 99999)}"
            case "isbn":
                return fake.isbn13()
            case "iban":
                return fake.iban()
            case "card_number":
                return fake.credit_card_number()
            case "make":
                return rng.choice(sorted(vocab.VEHICLE_MAKES))
            case "model":
                make = siblings.get("make")
                models = vocab.VEHICLE_MAKES.get(make) if isinstance(make, str) else None
                return rng.choice(models or sum(vocab.VEHICLE_MAKES.values(), ()))
            case "vin":
                return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17))
            case "fuel_type":
                return rng.choice(vocab.FUEL_TYPES)
            case "code":
                return "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(6))
            case "recent_datetime" | "recent_date" | "birth_date" | "future_date":
                moment = self.moment(kind)
                return moment.date().isoformat() if kind != "recent_datetime" else self.date_time(moment)
            case "flag":
                return rng.choice(("yes", "no"))
        return self.word() if rng.random() < 0.6 else " ".join(self.words(rng.randint(2, 3)))

    def _record_id(self, owner: str | None, name: str | None) -> str:
        # Prefix from the owning property ("dealer" → "dea_"), the property ("customer_id" → "cus_"),
        # or the schema title for the record's own `id`, then 8 lowercase base36 characters.
        prefix = ascii_fold(owner or "")[:3]
        if len(prefix) < 3:
            prefix = ascii_fold(name or "")[:3]
        if len(prefix) < 3 or prefix.startswith("id"):
            prefix = self.id_prefix
        alphabet = string.digits + string.ascii_lowercase
        return prefix + "_" + "".join(self.rng.choice(alphabet) for _ in range(8))

    def age_from(self, siblings: dict[str, Any]) -> int | None:
        """Return the age in whole years at `now` from a birth date among the object's values, if any."""
        for key, value in siblings.items():
            if name_kind(key) != "birth_date" or not isinstance(value, str):
                continue
            try:
                born = date.fromisoformat(value[:10])
            except ValueError:
                return None
            today = self.now.date()
            return today.year - born.year - ((today.month, today.day) < (born.month, born.day))
        return None

    def _names(self, siblings: dict[str, Any], persona: Persona) -> tuple[str, str]:
        first, last = persona.first_name, persona.last_name
        for key, value in siblings.items():
            if not isinstance(value, str) or not value:
                continue
            kind = name_kind(key)
            if kind == "first_name":
                first = value
            elif kind == "last_name":
                last = value
            elif kind == "person_name" and " " in value and fold_name(key) in ("name", "fullname"):
                first, _, last = value.partition(" ")
        return first, last

    def _email_domain(self, siblings: dict[str, Any], persona: Persona) -> str:
        for key, value in siblings.items():
            if isinstance(value, str) and name_kind(key) == "company" and self.rng.random() < 0.5:
                slug = ascii_fold(value.split(",")[0].split(" ")[0])
                if slug:
                    return f"{slug}.com"
        return self.rng.choice(("example.com", "example.org", "example.net", "mail.example.com"))

    def _slug(self, text: str) -> str:
        decomposed = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
        return re.sub(r"[^a-z0-9]+", "-", decomposed).strip("-")

    # Formats -----------------------------------------------------------------------------------

    def moment(self, kind: str | None) -> datetime:
        """Return a moment suited to a kind: recent by default, in the past decades for birth dates."""
        rng = self.rng
        if kind == "birth_date":
            return self.now - timedelta(days=rng.randint(18 * 365, 80 * 365))
        if kind == "future_date":
            return self.now + timedelta(days=rng.randint(1, 180), seconds=rng.randint(0, 86_399))
        return self.now - timedelta(days=rng.randint(0, 364), seconds=rng.randint(0, 86_399))

    def date_like(self, fmt: str, hint: str | None) -> str:
        """Return a `date` or `date-time` for a pattern: year, month and day from `hint` where it has them.

        `hint` is a string built from the pattern ("1994" for `^199[0-5]`); parts it lacks are drawn, the
        year from 1900 to 2099, so patterns on any part of the date can be met by a few tries.
        """
        rng = self.rng
        parts = _DATE_PREFIX.match(hint or "")
        year = int(parts.group(1)) if parts and parts.group(1) else rng.randint(1900, 2099)
        month = int(parts.group(2)) if parts and parts.group(2) else rng.randint(1, 12)
        day = int(parts.group(3)) if parts and parts.group(3) else rng.randint(1, 28)
        try:
            day_value = date(max(year, 1), month, day)
        except ValueError:
            day_value = date(rng.randint(1900, 2099), rng.randint(1, 12), rng.randint(1, 28))
        if fmt == "date":
            return day_value.isoformat()
        moment = datetime(day_value.year, day_value.month, day_value.day) + timedelta(seconds=rng.randint(0, 86_399))
        return self.date_time(moment)

    def date_time(self, moment: datetime) -> str:
        """Format a moment as RFC 3339 `date-time` in UTC with a `Z` suffix."""
        return moment.replace(microsecond=0, tzinfo=None).isoformat() + "Z"

    def ipv4(self) -> str:
        """Return a private-range IPv4 address."""
        rng = self.rng
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"

    def format_value(
        self,
        fmt: str,
        kind: str | None,
        siblings: dict[str, Any],
        persona: Persona,
        owner: str | None,
        name: str | None,
    ) -> str | None:
        """Return a value for a string `format`, or None for formats without a generator."""
        rng = self.rng
        match fmt:
            case "date-time":
                return self.date_time(self.moment(kind))
            case "date":
                return self.moment(kind).date().isoformat()
            case "time":
                moment = self.moment(kind)
                return f"{moment.hour:02d}:{moment.minute:02d}:{moment.second:02d}Z"
            case "email" | "idn-email":
                return self.string_for("email", siblings, persona, owner, name)
            case "uri" | "iri" | "uri-reference" | "iri-reference":
                return self.string_for("image_url" if kind == "image_url" else "url", siblings, persona, owner, name)
            case "uuid":
                return self.string_for("uuid", siblings, persona, owner, name)
            case "ipv4":
                return self.ipv4()
            case "ipv6":
                return "fd00:" + ":".join(f"{rng.getrandbits(16):x}" for _ in range(7))
            case "hostname" | "idn-hostname":
                return self.string_for("hostname", siblings, persona, owner, name)
            case "duration":
                return f"P{rng.randint(1, 30)}D"
            case "json-pointer":
                return "/" + self.word()
        return None

    # Numbers -----------------------------------------------------------------------------------

    def number_range(self, kind: str | None) -> tuple[float, float, int]:
        """Return (low, high, decimal places) a realistic number of this kind falls in."""
        year = self.now.year
        ranges: dict[str, tuple[float, float, int]] = {
            "price": (5, 2_000, 2),
            "salary": (35_000, 220_000, 0),
            "revenue": (50_000, 50_000_000, 0),
            "quantity": (1, 100, 0),
            "age": (18, 85, 0),
            "year": (year - 15, year, 0),
            "mileage": (0, 120_000, 0),
            "rating": (1, 5, 1),
            "score": (0, 100, 0),
            "percent": (0, 100, 1),
            "latitude": (-60, 70, 6),
            "longitude": (-170, 170, 6),
            "record_id": (1, 99_999, 0),
        }
        return ranges.get(kind or "", (1, 1_000, 2))

    def as_date(self, moment: datetime) -> date:
        """Return the calendar date of a moment."""
        return moment.date()
