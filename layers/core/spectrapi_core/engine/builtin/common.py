"""Small value builders shared by the domain generators: people, emails, phones, addresses, dates, money."""

from __future__ import annotations

import functools
import random
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from ...ids import random_id
from .data.places import USD_RATE
from .locale_tables import City, LocaleTables

_GERMAN_FOLDS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})
_NOT_EMAIL_CHARS = re.compile(r"[^a-z0-9]")


@dataclass
class Context:
    """Per-request state every builder needs: the seeded generator, locale tables and the injected clock."""

    rng: random.Random
    tables: LocaleTables
    now: datetime
    currency: str = ""
    """ISO 4217 code of amounts in the records; empty means the locale's currency."""
    drawn: dict[str, set[str]] = field(default_factory=dict)
    """Text values already used in this request, by group, so titles and names repeat only when tables run out."""

    def __post_init__(self) -> None:
        if not self.currency:
            self.currency = self.tables.currency

    @property
    def locale(self) -> str:
        """BCP 47 tag of the request, such as "en-US"."""
        return self.tables.locale

    def new_id(self, prefix: str) -> str:
        """Draw a record id such as `veh_k8m3n7p2` from the request's generator."""
        return random_id(prefix, self.rng)


@functools.lru_cache(maxsize=8192)
def ascii_fold(text: str) -> str:
    """Lower-case a name and reduce it to the letters and digits allowed in an email local part."""
    folded = unicodedata.normalize("NFKD", text.translate(_GERMAN_FOLDS))
    folded = "".join(char for char in folded if not unicodedata.combining(char))
    return _NOT_EMAIL_CHARS.sub("", folded.lower())


def person_name(ctx: Context) -> tuple[str, str]:
    """Draw a (given name, family name) pair from the locale's tables."""
    tables = ctx.tables
    first_table = tables.female_first_names if ctx.rng.random() < 0.5 else tables.male_first_names
    return first_table.draw(ctx.rng), tables.last_names.draw(ctx.rng)


def email_for(ctx: Context, first: str, last: str, domain: str) -> str:
    """Build an email address whose local part is made from the person's name."""
    first_part, last_part = ascii_fold(first), ascii_fold(last)
    pattern = ctx.rng.randrange(5)
    if pattern == 0:
        local = f"{first_part}.{last_part}"
    elif pattern == 1:
        local = f"{first_part[:1]}{last_part}"
    elif pattern == 2:
        local = f"{first_part}{last_part}"
    elif pattern == 3:
        local = f"{first_part}_{last_part}"
    else:
        local = f"{first_part}.{last_part}{ctx.rng.randint(1, 99)}"
    return f"{local}@{domain}"


def digits(rng: random.Random, count: int) -> str:
    """Draw a string of `count` uniform random digits with one call to the generator."""
    if count <= 0:
        return ""
    return f"{rng.randrange(10**count):0{count}d}"


def phone_number(ctx: Context, city: City | None = None, *, mobile: bool = False) -> str:
    """Draw a phone number in the locale's national format, using the city's area code when given."""
    rng = ctx.rng
    locale = ctx.locale
    if city is None:
        city = rng.choice(ctx.tables.cities)

    if locale == "en-US":
        return f"({city.area_code}) {rng.randint(200, 999)}-{digits(rng, 4)}"

    if locale == "en-GB":
        if mobile:
            return f"07{digits(rng, 3)} {digits(rng, 6)}"
        rest = digits(rng, 11 - len(city.area_code))
        split = 4 if len(rest) == 8 else 3
        return f"{city.area_code} {rest[:split]} {rest[split:]}".rstrip()

    if locale == "fr-FR":
        head = rng.choice(("06", "07")) if mobile else city.area_code
        pairs = " ".join(digits(rng, 2) for _ in range(4))
        return f"{head} {pairs}"

    head = rng.choice(("0151", "0160", "0170", "0171", "0176")) if mobile else city.area_code
    return f"{head} {digits(rng, 11 - len(head) + 1)}"


def postal_code(ctx: Context, city: City) -> str:
    """Complete a postal code from the city's prefix so that code, city and region agree."""
    rng = ctx.rng
    locale = ctx.locale
    if locale == "en-US":
        return city.postal_prefix + digits(rng, 5 - len(city.postal_prefix))
    if locale == "en-GB":
        inward_letters = "ABDEFGHJLNPQRSTUWXYZ"
        district = str(rng.randint(1, 20))
        inward = str(rng.randrange(10)) + rng.choice(inward_letters) + rng.choice(inward_letters)
        return f"{city.postal_prefix}{district} {inward}"
    return city.postal_prefix + digits(rng, 5 - len(city.postal_prefix))


def street_address(ctx: Context) -> str:
    """Draw a street line in the locale's usual order (number first in en/fr, last in de)."""
    rng = ctx.rng
    tables = ctx.tables
    root = rng.choice(tables.street_roots)
    suffix = rng.choice(tables.street_suffixes)
    locale = ctx.locale
    if locale == "en-US":
        return f"{rng.randint(100, 9899)} {root} {suffix}"
    if locale == "en-GB":
        return f"{rng.randint(1, 240)} {root} {suffix}"
    if locale == "fr-FR":
        return f"{rng.randint(1, 180)} {suffix} {root}"
    return f"{root}{suffix} {rng.randint(1, 140)}"


def datetime_between(rng: random.Random, start: datetime, end: datetime) -> datetime:
    """Draw an instant uniformly between two datetimes, to the second."""
    span = max(0, int((end - start).total_seconds()))
    return start + timedelta(seconds=rng.randint(0, span))


def iso_utc(moment: datetime) -> str:
    """Format an aware UTC datetime as ISO 8601 with a `Z` suffix."""
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def from_usd(amount_usd: float, currency: str) -> float:
    """Convert a US-dollar amount from the data tables into the request's currency."""
    return amount_usd * USD_RATE[currency]


def to_usd(amount: float, currency: str) -> float:
    """Convert an amount in the request's currency into US dollars."""
    return amount / USD_RATE[currency]


def round_price(value: float, step: int) -> int:
    """Round a price to a step that looks like a listing price (e.g. to the nearest 100)."""
    return int(round(value / step) * step)
