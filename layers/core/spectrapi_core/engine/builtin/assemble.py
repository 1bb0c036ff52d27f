"""Turn a spec into records: run the domain generator, then keep, rename and complete the requested fields.

Every record of one request gets the same keys in the same order, because the key plan is fixed once per
request from the spec and the first domain record, before any record is assembled.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import datetime
from typing import Any, Protocol

from .common import Context
from .data import generic as generic_data
from .domains.jobs import JobGenerator, PersonGenerator
from .domains.properties import PropertyGenerator
from .domains.transactions import TransactionGenerator
from .domains.vehicles import VehicleGenerator
from .locale_tables import tables_for
from .spec import FieldRequest, Spec
from .values import Builder, build_order, builder_for, is_text_field


class DomainGenerator(Protocol):
    """A domain record builder; `default_fields` are the keys shown when the instruction lists none."""

    default_fields: tuple[str, ...]

    def record(self) -> dict[str, Any]: ...


GENERATORS: dict[str, Callable[[Spec, Context], DomainGenerator]] = {
    "vehicle": VehicleGenerator,
    "property": PropertyGenerator,
    "transaction": TransactionGenerator,
    "job": JobGenerator,
    "person": PersonGenerator,
}

FIELD_SOURCES: dict[str, dict[str, str]] = {
    "vehicle": {
        "color": "exterior_color", "colour": "exterior_color", "fuel": "fuel_type", "body": "body_type",
        "body_style": "body_type", "listing_date": "listed_date", "date": "listed_date",
        "dealership": "dealer",
        "odometer": "mileage", "model_year": "year", "vin_number": "vin", "asking_price": "price",
    },
    "property": {
        "type": "property_type", "list_price": "price", "date": "listing_date", "listed_date": "listing_date",
        "realtor": "agent", "listing_agent": "agent", "street_address": "address", "size": "square_feet",
    },
    "transaction": {
        "date": "timestamp", "transaction_date": "timestamp", "time": "timestamp",
        "merchant_name": "merchant",
        "merchant_category": "category", "last4": "card_last4", "card_last_four": "card_last4",
        "card_type": "card_network", "network": "card_network", "cardholder": "cardholder_name",
        "location": "city",
    },
    "job": {
        "job_title": "title", "company": "company_name", "employer": "company_name",
        "skills": "required_skills", "level": "experience_level", "seniority": "experience_level",
        "seniority_level": "experience_level", "job_level": "experience_level", "min_salary": "salary_min",
        "max_salary": "salary_max", "salary": "salary_range", "date_posted": "posted_date", "posted_at": "posted_date",
        "date": "posted_date",
        "type": "employment_type", "experience": "min_years_experience",
    },
    "person": {
        "full_name": "name", "company": "current_company", "company_name": "current_company",
        "employer": "current_company", "title": "job_title", "experience": "years_of_experience",
        "years_experience": "years_of_experience", "languages": "programming_languages",
        "phone_number": "phone", "location": "city",
    },
}  # fmt: skip
"""Requested field name → key of the domain record that supplies its value."""


def build_records(spec: Spec, count: int, locale: str, rng: random.Random, now: datetime) -> list[dict[str, Any]]:
    """Generate `count` records for a parsed spec, drawing every value from `rng`."""
    ctx = Context(rng=rng, tables=tables_for(locale), now=now, currency=spec.currency or "")
    generator_class = GENERATORS.get(spec.domain)
    if generator_class is None:
        return _build_generic(spec, count, ctx)

    generator = generator_class(spec, ctx)
    if count <= 0:
        return []
    rich_records = [generator.record() for _ in range(count)]
    plan = _plan(spec, ctx, generator.default_fields, rich_records[0])

    records = []
    for rich in rich_records:
        record: dict[str, Any] = {"id": ctx.new_id(spec.id_prefix)}
        state: dict[str, Any] = {}
        for key, source, builder, request in plan:
            value = rich[source] if source is not None else builder(ctx, state)  # type: ignore[misc]
            record[key] = _shape(value, request, ctx, state, spec) if request is not None else value
        records.append(record)
    return records


def _aliases(spec: Spec, rich: dict[str, Any]) -> dict[str, str]:
    aliases = dict(FIELD_SOURCES.get(spec.domain, {}))
    region_key = next((key for key in ("state", "county", "region") if key in rich), None)
    postal_key = next((key for key in ("zip_code", "postcode", "postal_code") if key in rich), None)
    if region_key:
        aliases.update(dict.fromkeys(("state", "county", "region", "province"), region_key))
    if postal_key:
        aliases.update(dict.fromkeys(("zip_code", "zip", "postcode", "postal_code"), postal_key))
    if "square_meters" in rich:
        aliases.update(dict.fromkeys(("square_feet", "size", "area"), "square_meters"))
    return aliases


def _plan(
    spec: Spec, ctx: Context, default_fields: tuple[str, ...], rich: dict[str, Any]
) -> list[tuple[str, str | None, Builder | None, FieldRequest | None]]:
    """Fix, once per request, each output key with its source key in the domain record or its builder."""
    aliases = _aliases(spec, rich)
    requested = {item.name: item for item in spec.fields}
    if spec.fields_exclusive:
        keys = [item.name for item in spec.fields]
    else:
        sources = {aliases.get(name, name) for name in requested}
        keys = [key for key in default_fields if key not in sources or key in requested]
        keys += [name for name in requested if name not in keys]

    noun = spec.entity.split()[-1] if spec.entity else ""
    plan: list[tuple[str, str | None, Builder | None, FieldRequest | None]] = []
    for key in keys:
        if key == "id":
            continue
        source = aliases.get(key, key)
        request = requested.get(key)
        if source in rich:
            plan.append((key, source, None, request))
        else:
            plan.append((key, None, builder_for(key, spec, noun), request))
    return plan


def _shape(value: Any, request: FieldRequest, ctx: Context, state: dict[str, Any], spec: Spec) -> Any:
    """Apply the shape the instruction asked for: nested subfields, min/max objects, arrays, integers."""
    if request.hint == "object":
        return _nested(value, request, ctx, spec)
    if request.hint == "min_max":
        if isinstance(value, dict) and {"min", "max"} <= value.keys():
            return {"min": int(value["min"]), "max": int(value["max"])}
        number = float(value) if isinstance(value, int | float) else float(ctx.rng.randint(40, 160) * 1000)
        return {"min": int(number * 0.9), "max": int(number * 1.1)}
    if request.hint == "array" and not isinstance(value, list):
        return [value]
    if request.hint == "integer" and isinstance(value, float):
        return round(value)
    return value


def _nested(value: Any, request: FieldRequest, ctx: Context, spec: Spec) -> dict[str, Any]:
    subfields = request.subfields or (tuple(value) if isinstance(value, dict) else ("name", "email", "phone"))
    source = value if isinstance(value, dict) else {}
    aliases = _aliases(spec, source)
    state: dict[str, Any] = {}
    nested: dict[str, Any] = {}
    for name in subfields:
        key = aliases.get(name, name)
        if key in source:
            nested[name] = source[key]
        else:
            nested[name] = builder_for(name, spec, request.name)(ctx, state)
    return nested


def _build_generic(spec: Spec, count: int, ctx: Context) -> list[dict[str, Any]]:
    noun = _generic_noun(spec)
    requested = {item.name: item for item in spec.fields}
    defaults = generic_data.ENTITY_DEFAULT_FIELDS.get(noun, generic_data.FALLBACK_FIELDS)
    qualifier = spec.entity.split()[-2] if len(spec.entity.split()) >= 2 else ""
    text_noun = noun
    if noun == "review" and f"{qualifier}_review" in generic_data.ENTITY_SENTENCES:
        # "restaurant reviews" name the restaurant and read like restaurant reviews, not product reviews.
        text_noun = f"{qualifier}_review"
        defaults = tuple(f"{qualifier}_name" if key == "product_name" else key for key in defaults)
    keys = list(requested) if spec.fields_exclusive else list(dict.fromkeys([*defaults, *requested]))
    keys = [key for key in keys if key != "id"]
    builders = []
    for key in keys:
        field_noun = text_noun if is_text_field(key) or key == "title" else noun
        builders.append((key, builder_for(key, spec, field_noun), requested.get(key)))
    # Fields that read other fields (a total reads the line items, check-out reads check-in) are built after
    # them. The record still keeps the requested key order, because its keys are placed before any value is built.
    builders.sort(key=lambda item: build_order(item[0], noun))

    records = []
    for _ in range(count):
        record: dict[str, Any] = {"id": ctx.new_id(spec.id_prefix), **dict.fromkeys(keys)}
        state: dict[str, Any] = {}
        for key, builder, request in builders:
            if request is not None and request.hint == "object":
                record[key] = _nested(None, request, ctx, spec)
                continue
            value = builder(ctx, state)
            record[key] = _shape(value, request, ctx, state, spec) if request is not None else value
        records.append(record)
    return records


def _generic_noun(spec: Spec) -> str:
    words = spec.entity.split()
    if not words:
        return ""
    for size in (2, 1):
        phrase = " ".join(words[-size:])
        for candidate in (phrase, phrase + "s"):
            if candidate in generic_data.ENTITY_SYNONYMS:
                return generic_data.ENTITY_SYNONYMS[candidate]
    return words[-1]
