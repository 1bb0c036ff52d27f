"""Builders that choose a realistic value from a field's name alone, for the generic path and unknown fields.

`builder_for` reads the field name once per request and returns a function of (context, record state), so the
per-record work is a single call. The record state dict carries values that several fields must agree on, such
as the person that `author` and `author_email` both describe.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from .checksums import isbn13_check_digit
from .common import Context, ascii_fold, datetime_between, email_for, from_usd, iso_utc, person_name
from .data import generic as data
from .data import jobs as job_data
from .places import PlacePicker
from .spec import NumberRange, Spec

Builder = Callable[[Context, dict[str, Any]], Any]

_PERSON_FIELDS = frozenset(
    {
        "author", "customer", "customer_name", "full_name", "assignee", "director", "reviewer", "owner",
        "manager",
        "contact", "contact_name", "employee_name", "patient_name", "student_name", "agent", "host",
        "speaker",
        "instructor", "driver", "recipient", "sender", "user", "author_name", "reported_by", "created_by",
        "cardholder_name", "passenger_name", "requester",
    }
)  # fmt: skip
_PERSON_ENTITIES = frozenset({"customer", "user", "employee", "student", "patient", "person", "contact", "member"})
_TEXT_FIELDS = frozenset(
    {
        "description", "body", "summary", "content", "text", "comment", "notes", "note", "review",
        "review_text",
        "message", "bio", "details", "feedback", "excerpt", "abstract", "subject",
    }
)  # fmt: skip
_BOOL_PREFIXES = ("is_", "has_", "can_", "was_", "allows_")
_BOOL_NAMES = frozenset({"verified", "verified_purchase", "active", "enabled", "available", "in_stock", "completed"})
_COUNTRY = {"en-US": "United States", "en-GB": "United Kingdom", "fr-FR": "France", "de-DE": "Germany"}
_INT_RANGES: dict[str, tuple[int, int]] = {
    "quantity": (1, 10), "count": (1, 50), "stock": (0, 500), "stock_quantity": (0, 500), "pages": (120, 900),
    "age": (18, 80), "employee_count": (10, 20000), "employees": (10, 20000), "word_count": (300, 3000),
    "likes": (0, 2500), "views": (0, 100000), "item_count": (1, 12), "runtime_minutes": (80, 180),
    "duration_minutes": (15, 240), "capacity": (20, 2000), "grade_level": (9, 12), "seats": (1, 8),
    "followers": (0, 50000), "votes": (0, 5000), "attendees": (10, 5000), "score": (0, 100),
}  # fmt: skip
_MONEY_DEFAULTS: dict[str, tuple[float, float]] = {
    "book": (8, 45), "product": (5, 500), "order": (12, 650), "invoice": (50, 5000), "flight": (80, 1200),
    "event": (15, 250), "customer": (50, 12000), "employee": (35000, 180000), "default": (5, 500),
}  # fmt: skip
_MONEY_WORDS = frozenset(
    {"price", "cost", "amount", "total", "salary", "revenue", "fee", "balance", "value", "budget", "income",
     "subtotal", "tax", "payment", "lifetime_value", "ticket_price", "spend", "wage"}
)  # fmt: skip
_DATE_WORDS = frozenset(
    {"date", "at", "on", "time", "timestamp", "created", "updated", "published", "posted", "deadline", "due",
     "since", "birthday", "dob", "birth", "day", "joined", "signup", "hired", "expires", "expiry", "modified"}
)  # fmt: skip


def builder_for(name: str, spec: Spec, noun: str) -> Builder:
    """Return a function that builds a value for a field called `name` in a record of entity `noun`."""
    tokens = name.split("_")
    last = tokens[-1]

    if name == "id" or last == "id":
        prefix = (re.sub(r"[^a-z]", "", tokens[0])[:3] or "rec") + "_"
        return lambda ctx, state: ctx.new_id(prefix)
    if "email" in tokens:
        role = _role(name)
        return lambda ctx, state: _email(ctx, state, role)
    if {"phone", "mobile", "telephone", "fax", "cell"} & set(tokens):
        return lambda ctx, state: _places(spec, ctx, state).phone(mobile=True)
    if name in {"username", "user_name", "handle", "login"}:
        return _username
    if name == "first_name":
        return lambda ctx, state: _person(ctx, state)[0]
    if name == "last_name":
        return lambda ctx, state: _person(ctx, state)[1]
    if name in _PERSON_FIELDS or (name == "name" and noun in _PERSON_ENTITIES):
        role = _role(name)
        return lambda ctx, state: " ".join(_person(ctx, state, role))
    if name in {"job_title", "position", "role", "occupation"}:
        return lambda ctx, state: ctx.rng.choice(_all_titles())
    if name in {"company", "company_name", "employer", "publisher", "brand", "manufacturer", "business_name"}:
        return _company
    if name == "name" or name.endswith("_name"):
        return _entity_name(noun)
    if name in {"title", "headline", "subject"} or last == "title":
        return _title(noun)
    if name in _TEXT_FIELDS or last in _TEXT_FIELDS:
        return _sentences(noun)

    place = _place_builder(name, spec)
    if place is not None:
        return place

    money = _money_builder(name, tokens, spec, noun)
    if money is not None:
        return money

    temporal = _time_builder(name, tokens, spec)
    if temporal is not None:
        return temporal

    return _misc_builder(name, tokens, last, spec, noun)


_PERSON_PARTS = frozenset({"name", "email", "phone", "first", "last", "full", "username", "user"})


def _role(field_name: str) -> str:
    """Name the person a field describes: `customer_email` and `customer_name` share the role "customer"."""
    return "_".join(token for token in field_name.split("_") if token not in _PERSON_PARTS)


def _person(ctx: Context, state: dict[str, Any], role: str = "") -> tuple[str, str]:
    """Return the record's person for a role, drawn on first use. A bare `email` joins the first person."""
    people: dict[str, tuple[str, str]] = state.setdefault("people", {})
    if role in people:
        return people[role]
    if role == "" and people:
        return next(iter(people.values()))
    people[role] = person_name(ctx)
    return people[role]


def _places(spec: Spec, ctx: Context, state: dict[str, Any]) -> PlacePicker:
    picker = state.get("places")
    if picker is None:
        picker = PlacePicker(spec, ctx)
        state["places"] = picker
    return picker


def _email(ctx: Context, state: dict[str, Any], role: str) -> str:
    first, last = _person(ctx, state, role)
    return email_for(ctx, first, last, ctx.rng.choice(ctx.tables.email_domains))


def _username(ctx: Context, state: dict[str, Any]) -> str:
    first, last = _person(ctx, state)
    return f"{ascii_fold(first)[:1]}{ascii_fold(last)}{ctx.rng.randint(1, 999)}"


def _company(ctx: Context, state: dict[str, Any]) -> str:
    if ctx.rng.random() < 0.3:
        return ctx.rng.choice(job_data.TECH_COMPANIES)[0]
    word = ctx.rng.choice(job_data.COMPANY_WORDS)
    return f"{word} {ctx.rng.choice(job_data.COMPANY_SUFFIXES[ctx.locale])}"


def _all_titles() -> tuple[str, ...]:
    return tuple(title for family in job_data.ROLE_FAMILIES.values() for title in family["titles"])


def _entity_name(noun: str) -> Builder:
    if noun == "product":
        return lambda ctx, state: f"{ctx.rng.choice(data.PRODUCT_ADJECTIVES)} {ctx.rng.choice(data.PRODUCT_NOUNS)}"
    if noun in {"company", "business"}:
        return _company
    if noun == "restaurant":
        return lambda ctx, state: f"{ctx.rng.choice(data.TITLE_WORDS)} {ctx.rng.choice(('Kitchen', 'Bistro', 'Grill'))}"
    if noun == "event":
        return lambda ctx, state: f"{ctx.rng.choice(data.TITLE_WORDS)} {ctx.rng.choice(('Summit', 'Festival', 'Expo'))}"
    return _title(noun)


def _title(noun: str) -> Builder:
    if noun in {"ticket", "review"}:
        sentences = data.SENTENCES[noun]
        return lambda ctx, state: ctx.rng.choice(sentences).rstrip(".")

    def build(ctx: Context, state: dict[str, Any]) -> str:
        first, second = ctx.rng.sample(data.TITLE_WORDS, 2)
        return f"The {first} {second}" if ctx.rng.random() < 0.4 else f"{first} {second}"

    return build


def _sentences(noun: str) -> Builder:
    # NOTE: the sentence tables are English only, so free-text fields stay English in fr-FR and de-DE records.
    pool = data.SENTENCES.get(noun, data.SENTENCES["default"])

    def build(ctx: Context, state: dict[str, Any]) -> str:
        return " ".join(ctx.rng.sample(pool, ctx.rng.randint(1, min(3, len(pool)))))

    return build


def _place_builder(name: str, spec: Spec) -> Builder | None:
    def part(key: str) -> Builder:
        def build(ctx: Context, state: dict[str, Any]) -> str:
            if "address" not in state:
                picker = _places(spec, ctx, state)
                city = picker.city()
                state["address"] = {**picker.address(city), "_city": city}
            address = state["address"]
            picker = state["places"]
            keys = {"region": picker.region_key, "postal": picker.postal_key}
            if key == "location":
                return picker.location(address["_city"])
            return address[keys.get(key, key)]

        return build

    if name in {"address", "street", "street_address", "address_line", "address_line1"}:
        return part("address")
    if name in {"city", "town", "origin", "destination", "departure_city", "arrival_city"}:
        return part("city")
    if name in {"state", "region", "county", "province"}:
        return part("region")
    if name in {"zip", "zip_code", "postal_code", "postcode"}:
        return part("postal")
    if name in {"location", "hometown", "based_in"}:
        return part("location")
    if name == "country":
        return lambda ctx, state: _COUNTRY[ctx.locale]
    return None


def _money_builder(name: str, tokens: list[str], spec: Spec, noun: str) -> Builder | None:
    if not (set(tokens) & _MONEY_WORDS or name in _MONEY_WORDS):
        return None
    if name == "currency":
        return None
    low_usd, high_usd = _MONEY_DEFAULTS.get(noun, _MONEY_DEFAULTS["default"])
    if "salary" in tokens or "wage" in tokens or "income" in tokens:
        low_usd, high_usd = _MONEY_DEFAULTS["employee"]
    bounds = spec.ranges.get("salary" if "salary" in tokens else "price") or spec.ranges.get("amount") or NumberRange()
    whole = "salary" in tokens or "income" in tokens

    def build(ctx: Context, state: dict[str, Any]) -> float | int:
        currency = ctx.currency
        low, high = bounds.clamp(from_usd(low_usd, currency), from_usd(high_usd, currency))
        value = ctx.rng.uniform(low, high)
        if whole:
            rounded = int(round(value, -3)) if high - low > 2000 else round(value)
            return min(int(high), max(int(low), rounded))
        return round(min(high, max(low, value)), 2)

    return build


def _window(spec: Spec, ctx: Context, days: int = 365) -> tuple[datetime, datetime]:
    if spec.window is not None:
        return spec.window
    return ctx.now - timedelta(days=days), ctx.now


def _time_builder(name: str, tokens: list[str], spec: Spec) -> Builder | None:
    if "year" in tokens:
        bounds = spec.ranges.get("year") or NumberRange()

        def build_year(ctx: Context, state: dict[str, Any]) -> int:
            if spec.window is not None and bounds.low is None and bounds.high is None:
                return ctx.rng.randint(spec.window[0].year, spec.window[1].year)
            low, high = bounds.clamp(ctx.now.year - 40, ctx.now.year)
            return ctx.rng.randint(int(low), int(high))

        return build_year

    if not set(tokens) & _DATE_WORDS:
        return None

    if {"birth", "birthday", "dob"} & set(tokens):
        return lambda ctx, state: (ctx.now - timedelta(days=ctx.rng.randint(18 * 365, 85 * 365))).date().isoformat()

    future = bool({"due", "deadline", "expires", "expiry", "departure", "start", "end"} & set(tokens))
    with_time = bool({"at", "time", "timestamp"} & set(tokens))

    def build(ctx: Context, state: dict[str, Any]) -> str:
        if future and spec.window is None:
            start, end = ctx.now, ctx.now + timedelta(days=90)
        else:
            start, end = _window(spec, ctx)
        moment = datetime_between(ctx.rng, start, end)
        return iso_utc(moment) if with_time else moment.date().isoformat()

    return build


_CHOICE_FIELDS: dict[str, tuple[str, ...]] = {
    "priority": data.PRIORITIES, "severity": data.PRIORITIES, "urgency": data.PRIORITIES,
    "category": data.PRODUCT_CATEGORIES, "industry": data.INDUSTRIES, "sector": data.INDUSTRIES,
    "department": data.DEPARTMENTS, "team": data.DEPARTMENTS, "cuisine": data.CUISINES,
    "gender": ("female", "male", "non-binary"),
    "blood_type": ("O+", "A+", "B+", "AB+", "O-", "A-", "B-", "AB-"),
    "major": data.MAJORS, "subject_area": data.MAJORS, "airline": tuple(name for name, _ in data.AIRLINES),
}  # fmt: skip


def _misc_builder(name: str, tokens: list[str], last: str, spec: Spec, noun: str) -> Builder:
    numeric = _numeric_builder(name, last, spec, noun)
    if numeric is not None:
        return numeric

    if name in _CHOICE_FIELDS:
        choices = _CHOICE_FIELDS[name]
        return lambda ctx, state: ctx.rng.choice(choices)
    if name == "status":
        statuses = data.STATUSES.get(noun, data.STATUSES["default"])
        return lambda ctx, state: ctx.rng.choice(statuses)
    if name in {"genre", "genres"}:
        genres = data.GENRES.get(noun, data.GENRES["book"])
        return lambda ctx, state: ctx.rng.choice(genres)
    if name.startswith(_BOOL_PREFIXES) or name in _BOOL_NAMES:
        return lambda ctx, state: ctx.rng.random() < 0.8
    if name == "currency":
        return lambda ctx, state: ctx.currency
    if name == "price_level":
        return lambda ctx, state: "$" * ctx.rng.randint(1, 4)
    if name == "venue":
        return lambda ctx, state: f"{ctx.rng.choice(data.TITLE_WORDS)} {ctx.rng.choice(data.VENUE_KINDS)}"

    identifier = _identifier_builder(name, tokens, noun)
    if identifier is not None:
        return identifier

    if name in {"skills", "required_skills"}:
        return lambda ctx, state: ctx.rng.sample(_all_skills(), ctx.rng.randint(3, 6))
    if name in {"programming_languages", "languages"}:
        return lambda ctx, state: ctx.rng.sample(job_data.PROGRAMMING_LANGUAGES, ctx.rng.randint(2, 5))
    if name in {"tags", "keywords", "labels"}:
        return lambda ctx, state: [word.lower() for word in ctx.rng.sample(data.TITLE_WORDS, ctx.rng.randint(1, 4))]
    if last.endswith("s") and not last.endswith("ss"):
        return lambda ctx, state: [ctx.rng.choice(data.TITLE_WORDS) for _ in range(ctx.rng.randint(1, 4))]

    return lambda ctx, state: f"{ctx.rng.choice(data.TITLE_WORDS)} {ctx.rng.choice(data.TITLE_WORDS)}"


def _numeric_builder(name: str, last: str, spec: Spec, noun: str) -> Builder | None:
    if name in {"rating", "stars", "star_rating"} or last == "rating":
        bounds = spec.ranges.get("rating") or NumberRange()
        if noun == "movie" and bounds.high is None:
            return lambda ctx, state: round(ctx.rng.uniform(4.0, 9.5), 1)
        low, high = bounds.clamp(1, 5)
        choices = list(range(int(low), int(high) + 1))
        weights = [1 + value * value for value in choices]
        return lambda ctx, state: ctx.rng.choices(choices, weights=weights)[0]

    if name == "gpa":
        return lambda ctx, state: round(ctx.rng.uniform(2.0, 4.0), 2)

    if name in _INT_RANGES or last in {"count", "quantity", "minutes"} or name.startswith("number_of_"):
        low, high = _INT_RANGES.get(name, _INT_RANGES.get(last, (1, 100)))
        bounds = spec.ranges.get(name) or spec.ranges.get(last) or NumberRange()
        low_bound, high_bound = bounds.clamp(low, high)
        return lambda ctx, state: ctx.rng.randint(int(low_bound), int(max(low_bound, high_bound)))
    return None


def _identifier_builder(name: str, tokens: list[str], noun: str) -> Builder | None:
    if name == "isbn":
        return _isbn
    if name == "sku":
        return lambda ctx, state: "SKU-" + "".join(ctx.rng.choices("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", k=8))
    if name in {"uuid", "guid"}:
        return lambda ctx, state: _uuid(ctx)
    if name == "invoice_number":
        return lambda ctx, state: f"INV-{ctx.now.year}-{ctx.rng.randint(1, 99999):05d}"
    if name == "flight_number":
        return lambda ctx, state: f"{ctx.rng.choice(data.AIRLINES)[1]}{ctx.rng.randint(10, 9999)}"
    if name in {"url", "website", "link", "homepage", "site"}:
        return _website
    if {"image", "avatar", "photo", "thumbnail", "picture"} & set(tokens):
        folder = noun or "item"
        return lambda ctx, state: f"https://images.example.com/{folder}/{ctx.rng.randrange(16**8):08x}.jpg"
    return None


def _all_skills() -> tuple[str, ...]:
    return tuple(dict.fromkeys(skill for family in job_data.ROLE_FAMILIES.values() for skill in family["skills"]))


def _isbn(ctx: Context, state: dict[str, Any]) -> str:
    first12 = "978" + "".join(str(ctx.rng.randrange(10)) for _ in range(9))
    return first12 + isbn13_check_digit(first12)


def _uuid(ctx: Context) -> str:
    digits = f"{ctx.rng.getrandbits(128):032x}"
    digits = digits[:12] + "4" + digits[13:16] + "89ab"[int(digits[16], 16) % 4] + digits[17:]
    return f"{digits[:8]}-{digits[8:12]}-{digits[12:16]}-{digits[16:20]}-{digits[20:]}"


def _website(ctx: Context, state: dict[str, Any]) -> str:
    slug = ascii_fold(ctx.rng.choice(job_data.COMPANY_WORDS)) + ctx.rng.choice(("", "hq", "app", "labs"))
    return f"https://www.{slug}.{data.WEBSITE_TLDS[ctx.locale]}"
