"""Builders that choose a realistic value from a field's name alone, for the generic path and unknown fields.

`builder_for` reads the field name once per request and returns a function of (context, record state), so the
per-record work is a single call. The record state dict carries values that several fields must agree on, such
as the person that `author` and `author_email` both describe, or the line items that `subtotal` adds up.
Fields that read such values are built later (see `build_order`), while the record keeps the requested key order.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from .common import Context, ascii_fold, email_for, from_usd, person_name
from .data import generic as data
from .data import jobs as job_data
from .data import text as text_data
from .identifiers import identifier_builder
from .places import PlacePicker
from .spec import NumberRange, Spec
from .text import draw_unique, fill
from .timeline import build_order as time_build_order
from .timeline import time_builder

Builder = Callable[[Context, dict[str, Any]], Any]

_PERSON_FIELDS = frozenset(
    {"full_name", "contact_name", "reported_by", "created_by", "cardholder_name", "requester", "assigned_to",
     "approved_by", "updated_by", "submitted_by"}
)  # fmt: skip
_PERSON_ENTITIES = frozenset(
    {"customer", "user", "employee", "student", "patient", "person", "contact", "member", "guest", "passenger",
     "client", "author", "teacher", "doctor", "athlete", "player", "volunteer", "tenant", "applicant", "subscriber"}
)  # fmt: skip
_TEXT_FIELDS = frozenset(
    {"description", "body", "summary", "content", "text", "comment", "comments", "notes", "note", "review",
     "review_text", "message", "bio", "details", "feedback", "excerpt", "abstract", "remarks", "instructions",
     "special_requests", "synopsis", "plot"}
)  # fmt: skip
_BOOL_PREFIXES = ("is_", "has_", "can_", "was_", "allows_", "should_", "needs_", "requires_")
_BOOL_NAMES = frozenset(
    {"verified", "verified_purchase", "active", "enabled", "available", "in_stock", "completed", "paid",
     "refundable", "featured", "published", "archived", "deleted", "approved", "subscribed", "fragile",
     "smoker", "vegan", "vegetarian", "remote", "insured", "recurring", "visible", "online", "resolved",
     "cancelled", "confirmed", "premium", "breakfast_included", "pet_friendly", "opt_in", "newsletter"}
)  # fmt: skip
_COUNTRY = {"en-US": "United States", "en-GB": "United Kingdom", "fr-FR": "France", "de-DE": "Germany"}
_INT_RANGES: dict[str, tuple[int, int]] = {
    "quantity": (1, 10), "qty": (1, 10), "count": (1, 50), "stock": (0, 500), "stock_quantity": (0, 500),
    "inventory": (0, 500), "pages": (120, 900), "page_count": (120, 900), "age": (18, 80),
    "employee_count": (10, 20000), "employees": (10, 20000), "word_count": (300, 3000), "likes": (0, 2500),
    "views": (0, 100000), "item_count": (1, 12), "runtime_minutes": (80, 180), "duration_minutes": (15, 240),
    "capacity": (20, 2000), "grade_level": (9, 12), "seats": (1, 8), "followers": (0, 50000), "votes": (0, 5000),
    "attendees": (10, 5000), "nights": (1, 14), "guests": (1, 4), "adults": (1, 4), "children": (0, 3),
    "passengers": (1, 6), "rooms": (1, 3), "bedrooms": (1, 5), "bathrooms": (1, 3), "floor": (1, 30),
    "room_number": (101, 1450), "credits": (1, 5), "semester": (1, 8), "year_of_study": (1, 4),
    "duration_days": (1, 30), "downloads": (0, 100000), "retweets": (0, 5000), "shares": (0, 5000),
    "reviews_count": (0, 2000), "review_count": (0, 2000), "num_reviews": (0, 2000), "units": (1, 100),
    "population": (5000, 2000000), "priority_level": (1, 5), "version_number": (1, 20), "sessions": (1, 40),
    "steps": (500, 20000), "servings": (1, 8), "prep_time_minutes": (5, 60), "cook_time_minutes": (10, 180),
    "episodes": (6, 24), "tracks": (8, 16), "copies_sold": (1000, 500000), "members": (2, 500),
    "view_count": (0, 100000), "like_count": (0, 2500), "comment_count": (0, 300), "share_count": (0, 2000),
}  # fmt: skip
_AGES: dict[str, tuple[int, int]] = {
    "pet": (1, 15), "dog": (1, 15), "cat": (1, 18), "student": (17, 30), "patient": (1, 95), "child": (3, 12),
    "player": (18, 38), "athlete": (18, 38), "employee": (20, 66),
}  # fmt: skip
"""Age ranges in years by entity; other entities use the adult range of `_INT_RANGES`."""
_MONEY_DEFAULTS: dict[str, tuple[float, float]] = {
    "book": (8, 45), "product": (5, 500), "order": (12, 650), "invoice": (50, 5000), "flight": (80, 1200),
    "event": (15, 250), "customer": (50, 12000), "employee": (35000, 180000), "booking": (80, 350),
    "hotel": (80, 350), "course": (19, 499), "subscription": (5, 99), "movie": (5, 25), "restaurant": (12, 90),
    "project": (5000, 500000), "shipment": (8, 120), "default": (5, 500),
}  # fmt: skip
"""Typical amounts in US dollars by entity; for bookings and hotels this is the price of one night."""
_MONEY_FIELD_DEFAULTS: dict[str, tuple[float, float]] = {
    "salary": (35000, 180000), "wage": (12, 60), "hourly_rate": (15, 150), "income": (25000, 250000),
    "revenue": (100000, 50000000), "budget": (5000, 500000), "fee": (5, 200), "shipping": (0, 25),
    "shipping_cost": (0, 25), "deposit": (100, 2000), "balance": (0, 20000), "tip": (2, 40),
    "credit_limit": (1000, 25000), "funding": (500000, 50000000), "valuation": (1000000, 900000000),
    "market_cap": (50000000, 900000000000), "net_worth": (10000, 5000000), "rent": (800, 4500),
}  # fmt: skip
_WHOLE_MONEY = frozenset({"salary", "income", "revenue", "budget", "funding", "valuation", "market_cap", "net_worth"})
_MONEY_WORDS = frozenset(
    {"price", "cost", "amount", "total", "salary", "revenue", "fee", "balance", "budget", "income", "subtotal",
     "tax", "payment", "lifetime_value", "spend", "wage", "rate", "shipping", "deposit", "tip", "funding",
     "valuation", "rent", "fare", "refund", "discount_amount", "credit_limit"}
)  # fmt: skip
_LINE_ITEM_FIELDS = frozenset({"items", "line_items", "order_items", "products", "cart_items", "order_lines"})
_LINE_ITEM_ENTITIES = frozenset({"order", "invoice", "cart", "receipt", "purchase", "quote", "sale", "basket"})
_DERIVED_NAMES = frozenset(
    {"subtotal", "tax", "tax_amount", "vat", "item_count", "items_count", "nights", "total_items",
     "number_of_items", "amount_due"}
)  # fmt: skip
_TOTAL_NAMES = frozenset({"total", "total_price", "total_amount", "grand_total", "total_cost", "order_total",
                          "amount", "invoice_total", "total_due"})  # fmt: skip
_TAX_RATE = 0.08
"""Sales-tax share of a subtotal when records list both."""


def build_order(name: str, noun: str) -> int:
    """Return the build step of a field: people 0, plain fields 1, second dates 2, sums and counts 3, totals 4.

    A record is built in ascending steps, so a total can add up the line items and tax built before it.
    """
    tokens = name.split("_")
    if _is_person_field(name, tokens, noun) or name in _LINE_ITEM_FIELDS:
        return 0
    if name in _TOTAL_NAMES:
        return 4
    if name in _DERIVED_NAMES or name == "status":
        return 3
    if _reads_record_kind(name, tokens, noun):
        return 2
    return time_build_order(name, tokens)


def _reads_record_kind(name: str, tokens: list[str], noun: str) -> bool:
    """Tell whether a field reads a value drawn by another field: seniority, school level or product kind."""
    if noun in _JOB_ENTITIES and (name in _SENIORITY_FIELDS or {"salary", "wage", "pay"} & set(tokens)):
        return True
    if noun == "student" and name in {"major", "age"}:
        return True
    if noun == "review" and (is_text_field(name) or name in {"title", "headline", "subject"}):
        return True
    if noun == "course" and name == "category":
        return True
    if name in {"website", "url", "homepage", "website_url"}:
        return True
    return noun == "product" and name in {"price", "category", "list_price", "sale_price"}


def builder_for(name: str, spec: Spec, noun: str) -> Builder:
    """Return a function that builds a value for a field called `name` in a record of entity `noun`."""
    tokens = name.split("_")
    last = tokens[-1]

    if tokens[0] in _BOUND_WORDS and len(tokens) > 1:
        base = "_".join(tokens[1:])
        return _bound_builder(tokens[0] in {"max", "maximum"}, builder_for(base, spec, noun), base)
    if tokens[-1] in _BOUND_WORDS and len(tokens) > 1:
        base = "_".join(tokens[:-1])
        return _bound_builder(tokens[-1] in {"max", "maximum"}, builder_for(base, spec, noun), base)
    if name == "id" or last == "id" or (last == "ids" and len(tokens) > 1):
        prefix = (re.sub(r"[^a-z]", "", tokens[0])[:3] or "rec") + "_"
        return lambda ctx, state: ctx.new_id(prefix)
    if "email" in tokens or "emails" in tokens:
        role = _role(name)
        return lambda ctx, state: _email(ctx, state, role)
    if {"phone", "mobile", "telephone", "fax", "cell"} & set(tokens):
        return lambda ctx, state: _places(spec, ctx, state).phone(mobile=True)
    if name in {"username", "user_name", "handle", "login", "screen_name"}:
        return _username
    if name == "first_name":
        return lambda ctx, state: _person(ctx, state)[0]
    if name in {"last_name", "surname", "family_name"}:
        return lambda ctx, state: _person(ctx, state)[1]
    if _is_person_field(name, tokens, noun):
        role = _role(name)
        return lambda ctx, state: " ".join(_person(ctx, state, role))
    if name in {"job_title", "position", "occupation", "profession"}:
        return _job_title
    if name in _SENIORITY_FIELDS and noun in _JOB_ENTITIES:
        return lambda ctx, state: _seniority(ctx, state)
    if noun == "student" and name in {"major", "grade_level", "year_of_study", "age"}:
        return _student_builder(name, spec)
    if name in {"company", "company_name", "employer", "publisher", "brand", "manufacturer", "business_name"}:
        return _company

    line_items = _line_item_builder(name, spec, noun)
    if line_items is not None:
        return line_items
    if noun == "course" and name in {"name", "title", "course_name", "course_title"}:
        return _course_title
    if name == "name" or last == "name":
        head = "_".join(tokens[:-1]) or noun
        return _name_builder(data.NAME_KINDS.get(head) or data.NAME_KINDS.get(head.split("_")[-1]) or head)
    if last == "title" and len(tokens) > 1 and tokens[-2] in data.NAME_KINDS:
        return _name_builder(data.NAME_KINDS[tokens[-2]])
    if name in {"title", "headline", "subject"} or last == "title":
        return _title(noun)
    if is_text_field(name):
        return _sentences(noun)

    place = _place_builder(name, spec)
    if place is not None:
        return place

    money = _money_builder(name, tokens, spec, noun)
    if money is not None:
        return money

    temporal = time_builder(name, tokens, spec, noun)
    if temporal is not None:
        return temporal

    return _misc_builder(name, tokens, last, spec, noun)


_BOUND_WORDS = frozenset({"min", "max", "minimum", "maximum"})


def _bound_builder(upper: bool, element: Builder, base: str) -> Builder:
    """Build `min_price` and `max_price` (or `salary_min` and `salary_max`) from one pair of draws.

    Both bounds of a pair read the same sorted draws, so the minimum never exceeds the maximum.
    """
    key = "bound_" + base

    def build(ctx: Context, state: dict[str, Any]) -> Any:
        pair = state.get(key)
        if pair is None:
            first, second = element(ctx, state), element(ctx, state)
            try:
                pair = sorted((first, second))
            except TypeError:  # values without an order, such as lists of objects, stay as drawn
                pair = [first, second]
            state[key] = pair
        return pair[1] if upper else pair[0]

    return build


def is_text_field(name: str) -> bool:
    """Return whether a field contains free text (`description`, `review_text`), which reads by entity."""
    return name in _TEXT_FIELDS or name.split("_")[-1] in _TEXT_FIELDS


def _is_person_field(name: str, tokens: list[str], noun: str) -> bool:
    """Tell whether a field contains a person's name: `guest_name`, `author`, `created_by`, or `name` of a person."""
    if name in _PERSON_FIELDS or name in data.PERSON_ROLES:
        return True
    if name == "name":
        return noun in _PERSON_ENTITIES or noun in data.PERSON_ROLES
    if tokens[-1] == "name" and len(tokens) > 1:
        head = "_".join(tokens[:-1])
        return head in data.PERSON_ROLES or tokens[-2] in data.PERSON_ROLES
    return tokens[-1] == "by" and len(tokens) > 1


_PERSON_PARTS = frozenset({"name", "email", "phone", "first", "last", "full", "username", "user", "by", "emails"})


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
    """Draw a company name not yet used in the request and keep it for the record's website."""

    def draw() -> str:
        if ctx.rng.random() < 0.3:
            return ctx.rng.choice(job_data.TECH_COMPANIES)[0]
        word = ctx.rng.choice(job_data.COMPANY_WORDS)
        return f"{word} {ctx.rng.choice(job_data.COMPANY_SUFFIXES[ctx.locale])}"

    name = draw_unique(ctx, "company", draw)
    state.setdefault("company_name", name)
    return name


def _course_subject(ctx: Context, state: dict[str, Any]) -> tuple[str, str]:
    """Return the record's (subject, category) of course, drawn on first use."""
    if "course_subject" not in state:
        state["course_subject"] = ctx.rng.choice(text_data.COURSE_SUBJECTS)
    return state["course_subject"]


def _course_title(ctx: Context, state: dict[str, Any]) -> str:
    """Build a course title such as "Introduction to SQL" whose subject matches the record's category."""
    if "course_title" not in state:

        def draw() -> str:
            subject = ctx.rng.choice(text_data.COURSE_SUBJECTS)
            state["course_subject"] = subject
            return ctx.rng.choice(text_data.COURSE_TEMPLATES).format(subject=subject[0])

        state["course_title"] = draw_unique(ctx, "course_title", draw)
    return state["course_title"]


def _all_titles() -> tuple[str, ...]:
    return tuple(title for family in job_data.ROLE_FAMILIES.values() for title in family["titles"])


def _product_kind(ctx: Context, state: dict[str, Any]) -> tuple[str, tuple[str, ...], str, float, float]:
    """Return the record's kind of product (noun, modifiers, category, price range), drawn on first use."""
    if "product_kind" not in state:
        state["product_kind"] = ctx.rng.choice(text_data.PRODUCTS)
    return state["product_kind"]


def _product_name(ctx: Context, state: dict[str, Any]) -> str:
    """Build a name such as "Insulated Water Bottle" or "Wireless Headphones Pro" from modifiers that fit."""
    noun, modifiers, _category, _low, _high = _product_kind(ctx, state)

    def draw() -> str:
        name = f"{ctx.rng.choice(modifiers)} {noun}"
        return f"{name} {ctx.rng.choice(text_data.PRODUCT_LINES)}" if ctx.rng.random() < 0.3 else name

    return draw_unique(ctx, "product", draw)


def _line_product(ctx: Context) -> tuple[str, float, float]:
    """Draw a line item's (name, low price, high price) in US dollars, independent of the record's product."""
    noun, modifiers, _category, low, high = ctx.rng.choice(text_data.PRODUCTS)
    return f"{ctx.rng.choice(modifiers)} {noun}", low, high


def _work_title(ctx: Context, state: dict[str, Any]) -> str:
    """Build a book or film title from a template, such as "The Hidden Orchard" or "A Stranger in Lisbon"."""

    def draw() -> str:
        return fill(ctx.rng.choice(text_data.BOOK_TEMPLATES), text_data.BOOK_WORDS, ctx.rng)

    return draw_unique(ctx, "work_title", draw)


def _ticket_subject(ctx: Context, state: dict[str, Any]) -> str:
    """Build a subject such as "Checkout page returns a 500 error" or "Cannot export invoices to PDF"."""

    def draw() -> str:
        return fill(ctx.rng.choice(text_data.TICKET_TEMPLATES), text_data.TICKET_WORDS, ctx.rng)

    return draw_unique(ctx, "ticket_subject", draw)


def _ticket_description(ctx: Context, state: dict[str, Any]) -> str:
    """Write 2-3 sentences in a customer's order: when the problem started, a detail, then a request."""
    words = text_data.TICKET_SENTENCE_WORDS

    def draw() -> str:
        parts = [ctx.rng.choice(words["start"]), ctx.rng.choice(words["detail"])]
        if ctx.rng.random() < 0.6:
            parts.append(ctx.rng.choice(words["ask"]))
        return " ".join(parts)

    return draw_unique(ctx, "ticket_description", draw)


def _review_mood(ctx: Context, state: dict[str, Any]) -> str:
    """Return "good", "bad" or "mixed" from the record's 1-5 rating, or draw one when the record has no rating."""
    rating = state.get("rating")
    if not isinstance(rating, int | float):
        return "bad" if ctx.rng.random() < 0.2 else "good"
    if rating >= 4:
        return "good"
    return "bad" if rating <= 2 else "mixed"


def _review_headline(ctx: Context, state: dict[str, Any]) -> str:
    """Build a short headline such as "Solid purchase, easy setup" or "Poor value" that fits the rating."""
    mood = _review_mood(ctx, state)
    templates = tuple(
        template
        for template in text_data.REVIEW_HEADLINE_TEMPLATES
        if mood == "mixed" or template.startswith("{" + mood)
    )

    def draw() -> str:
        return fill(ctx.rng.choice(templates), text_data.REVIEW_HEADLINE_WORDS, ctx.rng)

    return draw_unique(ctx, "review_headline", draw)


def _review_text(ctx: Context, state: dict[str, Any]) -> str:
    """Write a product review: an opening of praise or complaint, a detail, and sometimes a verdict."""
    words = text_data.REVIEW_WORDS
    mood = _review_mood(ctx, state)
    if mood == "mixed":
        mood = ctx.rng.choice(("good", "bad"))
        closing: tuple[str, ...] = ()
    else:
        closing = words[f"{mood}_verdict"]
    opening = words["praise"] if mood == "good" else words["complaint"]

    def draw() -> str:
        parts = [ctx.rng.choice(opening), ctx.rng.choice(words["detail"])]
        if closing and ctx.rng.random() < 0.6:
            parts.append(ctx.rng.choice(closing))
        return " ".join(parts)

    return draw_unique(ctx, "review_text", draw)


def _job_title(ctx: Context, state: dict[str, Any]) -> str:
    if "job_title" not in state:
        state["job_title"] = ctx.rng.choice(_all_titles())
    return state["job_title"]


_SENIORITY_FIELDS = frozenset({"level", "seniority", "seniority_level", "experience_level", "job_level"})
_JOB_ENTITIES = frozenset({"job", "employee", "position", "candidate", "posting", "listing", "staff", "role"})


def _seniority(ctx: Context, state: dict[str, Any]) -> str:
    """Return the record's seniority level ("entry" to "lead"), read from its job title when it has one."""
    if "seniority" not in state:
        title_words = str(state.get("job_title", "")).lower().split()
        fixed = next((job_data.SENIORITY_WORDS[word] for word in title_words if word in job_data.SENIORITY_WORDS), None)
        state["seniority"] = fixed or ctx.rng.choice(tuple(job_data.SENIORITY_SALARY_SHARE))
    return state["seniority"]


def _student_builder(name: str, spec: Spec) -> Builder:
    """Return a builder of student fields that agree on one school level per record.

    A record with `grade_level` is a high-school student (grades 9-12, ages 14-18, a track instead of a major);
    otherwise the student is at university (year 1-4, ages 18-30, a university major).
    """
    bounds = spec.ranges.get(name) or NumberRange()

    def level(state: dict[str, Any]) -> str:
        return state.setdefault("school_level", "university")

    def build(ctx: Context, state: dict[str, Any]) -> Any:
        if name == "grade_level":
            state["school_level"] = "high_school"
            low, high = bounds.clamp(9, 12)
            return ctx.rng.randint(int(low), int(max(low, high)))
        if name == "year_of_study":
            low, high = bounds.clamp(1, 4)
            return ctx.rng.randint(int(low), int(max(low, high)))
        high_school = level(state) == "high_school"
        if name == "major":
            return ctx.rng.choice(text_data.HIGH_SCHOOL_TRACKS if high_school else data.MAJORS)
        low, high = bounds.clamp(*((14, 18) if high_school else (18, 30)))
        return ctx.rng.randint(int(low), int(max(low, high)))

    return build


_LABEL_WORDS = ("Atlas", "Nova", "Summit", "Harbor", "Vertex", "Pioneer", "Meridian", "Beacon", "Cedar", "Orbit")


def _name_builder(kind: str) -> Builder:
    """Return a builder of names of one kind ("hotel", "company", "product"), or labels for an unknown kind."""
    if kind in data.PERSON_ROLES or kind in _PERSON_ENTITIES:
        return lambda ctx, state: " ".join(_person(ctx, state, kind))
    if kind == "company":
        return _company
    if kind == "course":
        return _course_title
    if kind == "product":
        return _product_name
    if kind in {"book", "movie"}:
        return _work_title
    if kind in data.NAME_PARTS:
        firsts, lasts = data.NAME_PARTS[kind]
        return lambda ctx, state: draw_unique(ctx, kind, lambda: f"{ctx.rng.choice(firsts)} {ctx.rng.choice(lasts)}")
    if kind in data.NAME_LISTS:
        names = data.NAME_LISTS[kind]
        return lambda ctx, state: _distinct(ctx, state, kind, lambda: ctx.rng.choice(names))
    label = kind.replace("_", " ").title() if kind else "Item"
    return lambda ctx, state: draw_unique(ctx, kind, lambda: f"{ctx.rng.choice(_LABEL_WORDS)} {label}")


def _title(noun: str) -> Builder:
    if noun in {"ticket", "issue", "bug"}:
        return _ticket_subject
    if noun == "review":
        return _review_headline
    if noun.endswith("_review"):
        sentences = data.ENTITY_SENTENCES[noun]
        return lambda ctx, state: draw_unique(ctx, noun, lambda: ctx.rng.choice(sentences).rstrip("."))
    if noun in data.TITLE_NOUNS:
        return _work_title
    if noun in data.TITLES:
        titles = data.TITLES[noun]
        return lambda ctx, state: draw_unique(ctx, f"title_{noun}", lambda: ctx.rng.choice(titles))
    if noun in {"employee", "person", "candidate", "user", "staff", "job"}:
        return _job_title
    kind = data.NAME_KINDS.get(noun)
    if kind is not None:
        return _name_builder(kind)
    articles = data.TITLES["article"]
    return lambda ctx, state: draw_unique(ctx, "title_article", lambda: ctx.rng.choice(articles))


def _sentences(noun: str) -> Builder:
    # NOTE: the sentence tables are English only, so free-text fields stay English in fr-FR and de-DE records.
    if noun in {"ticket", "issue", "bug"}:
        return _ticket_description
    if noun == "review":
        return _review_text
    pool = data.SENTENCES.get(noun) or data.ENTITY_SENTENCES.get(noun)
    if pool is None:
        pool = data.SENTENCES["default"] if noun == "product" else data.ENTITY_SENTENCES["record"]

    def build(ctx: Context, state: dict[str, Any]) -> str:
        return draw_unique(
            ctx, f"text_{noun}", lambda: " ".join(ctx.rng.sample(pool, ctx.rng.randint(1, min(3, len(pool)))))
        )

    return build


_ROUTE_ENDS = frozenset({"origin", "destination", "departure_city", "arrival_city", "from_city", "to_city",
                         "origin_city", "destination_city", "pickup_city", "dropoff_city"})  # fmt: skip
"""Fields naming the two ends of a trip, which should not be the same place."""


def _distinct(ctx: Context, state: dict[str, Any], group: str, draw: Callable[[], str]) -> str:
    """Draw a value that differs from the values already drawn for `group` in this record, if a few tries allow."""
    used: set[str] = state.setdefault(f"distinct_{group}", set())
    value = draw()
    for _ in range(5):
        if value not in used:
            break
        value = draw()
    used.add(value)
    return value


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

    if name in {"address", "street", "street_address", "address_line", "address_line1", "shipping_address",
                "billing_address", "home_address", "delivery_address"}:  # fmt: skip
        return part("address")
    if name in _ROUTE_ENDS:
        return lambda ctx, state: _distinct(ctx, state, "route", lambda: _places(spec, ctx, state).city().name)
    if name in {"city", "town"}:
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


def _money_bounds(name: str, spec: Spec) -> NumberRange:
    tokens = set(name.split("_"))
    if name in spec.ranges:
        return spec.ranges[name]
    if tokens & {"salary", "wage", "income"}:
        return spec.ranges.get("salary") or NumberRange()
    return spec.ranges.get("price") or spec.ranges.get("amount") or NumberRange()


def _money_builder(name: str, tokens: list[str], spec: Spec, noun: str) -> Builder | None:
    token_set = set(tokens)
    if not (token_set & _MONEY_WORDS or name in _MONEY_WORDS) or name in {"currency", "tax_rate", "interest_rate"}:
        return None
    if name in {"rate"} and noun not in {"booking", "hotel"}:
        return None
    if token_set & {"date", "at", "method", "status", "type", "terms", "id"}:
        return None

    field_key = next((key for key in _MONEY_FIELD_DEFAULTS if key == name or key in token_set), None)
    low_usd, high_usd = (
        _MONEY_FIELD_DEFAULTS[field_key] if field_key else _MONEY_DEFAULTS.get(noun, _MONEY_DEFAULTS["default"])
    )
    whole = bool(token_set & _WHOLE_MONEY)
    bounds = _money_bounds(name, spec)

    def draw(ctx: Context, share: tuple[float, float] = (0.0, 1.0)) -> float | int:
        low, high = bounds.clamp(from_usd(low_usd, ctx.currency), from_usd(high_usd, ctx.currency))
        span = high - low
        value = ctx.rng.uniform(low + span * share[0], low + span * share[1])
        if whole:
            rounded = (
                int(round(value, -3))
                if high - low > 20000
                else int(round(value, -2))
                if high - low > 2000
                else round(value)
            )
            return min(int(high), max(int(low), rounded))
        return round(min(high, max(low, value)), 2)

    if name in {"subtotal"}:
        return lambda ctx, state: _subtotal(ctx, state, draw)
    if name in {"tax", "tax_amount", "vat"}:
        return lambda ctx, state: _tax(ctx, state, draw)
    if name in _TOTAL_NAMES:
        return lambda ctx, state: _total(ctx, state, draw, noun)
    if noun in {"booking", "hotel"} and (token_set & {"night", "nightly", "rate"}):
        return lambda ctx, state: _nightly_rate(ctx, state, draw)
    if noun in _JOB_ENTITIES and token_set & {"salary", "wage", "pay"}:
        return lambda ctx, state: draw(ctx, job_data.SENIORITY_SALARY_SHARE[_seniority(ctx, state)])
    if noun == "product" and field_key is None and not bounds.low and not bounds.high:
        return _product_price
    return lambda ctx, state: draw(ctx)


def _product_price(ctx: Context, state: dict[str, Any]) -> float:
    """Draw a price within the range of the record's kind of product, so a notebook costs less than a chair."""
    _noun, _modifiers, _category, low, high = _product_kind(ctx, state)
    return round(ctx.rng.uniform(from_usd(low, ctx.currency), from_usd(high, ctx.currency)), 2)


def _subtotal(ctx: Context, state: dict[str, Any], draw: Callable[[Context], float | int]) -> float:
    if "subtotal" not in state:
        items = state.get("line_items")
        state["subtotal"] = round(sum(item["line_total"] for item in items), 2) if items else float(draw(ctx))
    return state["subtotal"]


def _tax(ctx: Context, state: dict[str, Any], draw: Callable[[Context], float | int]) -> float:
    state["tax"] = round(_subtotal(ctx, state, draw) * _TAX_RATE, 2)
    return state["tax"]


def _nightly_rate(ctx: Context, state: dict[str, Any], draw: Callable[[Context], float | int]) -> float:
    if "nightly_rate" not in state:
        state["nightly_rate"] = float(draw(ctx))
    return state["nightly_rate"]


def _total(ctx: Context, state: dict[str, Any], draw: Callable[[Context], float | int], noun: str) -> float:
    """Add up what the record already holds: line items or subtotal plus tax, or nights times the nightly rate."""
    if noun in {"booking", "hotel"}:
        return round(_nights(ctx, state) * _nightly_rate(ctx, state, draw), 2)
    if "subtotal" in state or "line_items" in state:
        return round(_subtotal(ctx, state, draw) + state.get("tax", 0.0), 2)
    return float(draw(ctx))


def _nights(ctx: Context, state: dict[str, Any]) -> int:
    if "nights" not in state:
        gap = state.get("gap_days_stay")
        state["nights"] = gap if gap else ctx.rng.randint(1, 7)
    return state["nights"]


def _line_item_builder(name: str, spec: Spec, noun: str) -> Builder | None:
    """Return a builder of line items ({product_name, quantity, unit_price, line_total}) for orders and invoices."""
    if name not in _LINE_ITEM_FIELDS or (noun not in _LINE_ITEM_ENTITIES and name == "products"):
        return None
    bounds = spec.ranges.get("unit_price") or NumberRange()
    quantity_bounds = spec.ranges.get("quantity") or NumberRange()

    def build(ctx: Context, state: dict[str, Any]) -> list[dict[str, Any]]:
        fewest, most = quantity_bounds.clamp(1, 4)
        items = []
        for _ in range(ctx.rng.randint(1, 4)):
            product, kind_low, kind_high = _line_product(ctx)
            low, high = bounds.clamp(from_usd(kind_low, ctx.currency), from_usd(kind_high, ctx.currency))
            quantity = ctx.rng.randint(int(fewest), int(max(fewest, most)))
            unit_price = round(ctx.rng.uniform(low, high), 2)
            items.append(
                {
                    "product_name": product,
                    "quantity": quantity,
                    "unit_price": unit_price,
                    "line_total": round(quantity * unit_price, 2),
                }
            )
        state["line_items"] = items
        return items

    return build


_CHOICE_FIELDS: dict[str, tuple[str, ...]] = {
    **data.CHOICES,
    "priority": data.PRIORITIES, "severity": data.PRIORITIES, "urgency": data.PRIORITIES,
    "category": data.PRODUCT_CATEGORIES, "industry": data.INDUSTRIES, "sector": data.INDUSTRIES,
    "department": data.DEPARTMENTS, "team": data.DEPARTMENTS, "cuisine": data.CUISINES,
    "gender": ("female", "male", "non-binary"),
    "blood_type": ("O+", "A+", "B+", "AB+", "O-", "A-", "B-", "AB-"),
    "major": data.MAJORS, "subject_area": data.MAJORS, "airline": tuple(name for name, _ in data.AIRLINES),
}  # fmt: skip


def _misc_builder(name: str, tokens: list[str], last: str, spec: Spec, noun: str) -> Builder:
    if name in {"attendees", "participants", "invitees"} and noun in {"meeting", "call", "class", "session"}:
        return _list_builder("attendee_names", spec, noun)
    numeric = _numeric_builder(name, last, spec, noun)
    if numeric is not None:
        return numeric

    if name == "category" and noun == "course":
        return lambda ctx, state: _course_subject(ctx, state)[1]
    if name == "category" and noun == "product":
        return lambda ctx, state: _product_kind(ctx, state)[2]
    if name == "category" and noun in data.CATEGORIES:
        categories = data.CATEGORIES[noun]
        return lambda ctx, state: ctx.rng.choice(categories)
    if name in {"dimensions", "size_cm"}:
        return _dimensions
    if name in _CHOICE_FIELDS:
        choices = _CHOICE_FIELDS[name]
        return lambda ctx, state: ctx.rng.choice(choices)
    if name == "status" and noun == "booking":
        return _booking_status
    if name == "status" or last == "status":
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
    if name in {"venue"}:
        return _name_builder("venue")
    if last in {"url", "link", "uri"} and name not in {"url", "link"}:
        folder = tokens[0] if len(tokens) > 1 else "files"
        return lambda ctx, state: f"https://files.example.com/{folder}/{ctx.rng.randrange(16**10):010x}"
    if name in {"latitude", "lat", "longitude", "lng", "lon", "coordinates"}:
        return _coordinate_builder(name)

    identifier = identifier_builder(name, tokens, noun)
    if identifier is not None:
        return identifier
    if last in data.NAME_KINDS:
        return _name_builder(data.NAME_KINDS[last])
    if last in _CHOICE_FIELDS:
        choices = _CHOICE_FIELDS[last]
        return lambda ctx, state: ctx.rng.choice(choices)

    if name in {"skills", "required_skills"}:
        return lambda ctx, state: ctx.rng.sample(_all_skills(), ctx.rng.randint(3, 6))
    if name in {"programming_languages", "languages"}:
        return lambda ctx, state: ctx.rng.sample(job_data.PROGRAMMING_LANGUAGES, ctx.rng.randint(2, 5))
    if _is_plural(last):
        return _list_builder(name, spec, noun)

    label = name.replace("_", " ").title()
    return lambda ctx, state: f"{label} {ctx.rng.choice('ABCDEFGH')}{ctx.rng.randint(1, 20)}"


def _dimensions(ctx: Context, state: dict[str, Any]) -> str:
    length, width, height = sorted((ctx.rng.randint(5, 120) for _ in range(3)), reverse=True)
    return f"{length} x {width} x {height} cm"


def _is_plural(word: str) -> bool:
    return word.endswith("s") and not word.endswith(("ss", "us", "is", "ics", "news", "series", "ous", "species"))


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    return word[:-1]


def _list_builder(name: str, spec: Spec, noun: str) -> Builder:
    """Return a builder of 1-4 distinct values: a table of the list's own values, else the singular field's."""
    key = name
    if name == "tags" and noun in {"project", "task", "ticket"}:
        key = "project_tags"
    elif name == "tags" and noun in {"article", "post", "blog"}:
        key = "article_tags"
    values = data.LIST_VALUES.get(key) or data.LIST_VALUES.get(name.split("_")[-1])
    if values is not None:
        pool = values
        return lambda ctx, state: ctx.rng.sample(pool, ctx.rng.randint(1, min(4, len(pool))))

    tokens = name.split("_")
    singular = "_".join([*tokens[:-1], _singular(tokens[-1])])
    element = builder_for(singular, spec, noun)

    def build(ctx: Context, state: dict[str, Any]) -> list[Any]:
        size = ctx.rng.randint(1, 4)
        drawn = [element(ctx, {}) for _ in range(size)]
        return list(dict.fromkeys(drawn)) if all(isinstance(item, str) for item in drawn) else drawn

    return build


def _coordinate_builder(name: str) -> Builder:
    boxes = {"en-US": ((25.0, 49.0), (-124.0, -67.0)), "en-GB": ((50.0, 58.6), (-7.5, 1.7)),
             "fr-FR": ((43.0, 51.0), (-4.5, 7.5)), "de-DE": ((47.3, 55.0), (6.0, 15.0))}  # fmt: skip
    axis = 0 if name in {"latitude", "lat"} else 1

    def build(ctx: Context, state: dict[str, Any]) -> Any:
        (lat_low, lat_high), (lon_low, lon_high) = boxes[ctx.locale]
        if name == "coordinates":
            return {
                "lat": round(ctx.rng.uniform(lat_low, lat_high), 6),
                "lng": round(ctx.rng.uniform(lon_low, lon_high), 6),
            }
        low, high = boxes[ctx.locale][axis]
        return round(ctx.rng.uniform(low, high), 6)

    return build


def _numeric_builder(name: str, last: str, spec: Spec, noun: str) -> Builder | None:
    if name in {"rating", "stars", "star_rating", "review_score"} or last in {"rating", "stars"}:
        bounds = spec.ranges.get(name) or spec.ranges.get("rating") or NumberRange()
        if noun == "movie" and bounds.high is None and bounds.low is None:
            return lambda ctx, state: round(ctx.rng.uniform(4.0, 9.5), 1)
        low, high = bounds.clamp(1, 5)
        choices = list(range(int(-(-low // 1)), int(high) + 1)) or [int(high)]
        weights = [1 + value * value for value in choices]

        def rating(ctx: Context, state: dict[str, Any]) -> int:
            state["rating"] = ctx.rng.choices(choices, weights=weights)[0]
            return state["rating"]

        return rating

    if name == "nights":
        return lambda ctx, state: _nights(ctx, state)
    if name in {"item_count", "items_count", "total_items", "number_of_items"}:
        return _item_count

    if name in data.MEASUREMENTS:
        low, high, decimals = data.MEASUREMENTS[name]
        bounds = spec.ranges.get(name) or NumberRange()
        low, high = bounds.clamp(low, high)
        if decimals == 0:
            return lambda ctx, state: ctx.rng.randint(int(-(-low // 1)), int(max(low, high)))
        return lambda ctx, state: round(ctx.rng.uniform(low, high), decimals)

    if name in _INT_RANGES or last in {"count", "quantity", "minutes"} or name.startswith("number_of_"):
        low, high = _INT_RANGES.get(name, _INT_RANGES.get(last, (1, 100)))
        if name == "age" and noun in _AGES:
            low, high = _AGES[noun]
        bounds = spec.ranges.get(name) or spec.ranges.get(last) or NumberRange()
        low_bound, high_bound = bounds.clamp(low, high)
        low_int = int(-(-low_bound // 1))
        return lambda ctx, state: ctx.rng.randint(low_int, int(max(low_int, high_bound)))
    return None


def _booking_status(ctx: Context, state: dict[str, Any]) -> str:
    """Draw a booking status that fits the stay: past stays are checked out, current ones checked in."""
    check_in = state.get("moment_stay")
    if ctx.rng.random() < 0.08:
        return "cancelled"
    if check_in is None:
        return ctx.rng.choice(("confirmed", "pending"))
    check_out = check_in + timedelta(days=state.get("gap_days_stay") or 0)
    if check_out.date() < ctx.now.date():
        return "checked_out"
    if check_in.date() <= ctx.now.date():
        return "checked_in"
    return "confirmed" if ctx.rng.random() < 0.85 else "pending"


def _item_count(ctx: Context, state: dict[str, Any]) -> int:
    items = state.get("line_items")
    if items:
        return sum(item["quantity"] for item in items)
    return ctx.rng.randint(1, 12)


def _all_skills() -> tuple[str, ...]:
    return tuple(dict.fromkeys(skill for family in job_data.ROLE_FAMILIES.values() for skill in family["skills"]))
