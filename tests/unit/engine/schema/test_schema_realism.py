"""Values follow property names, agree within an object and respect bounds."""

from __future__ import annotations

import random
import re
from datetime import datetime, timedelta
from typing import Any

from spectrapi_core.engine.schema import build_records
from spectrapi_core.engine.schema.values import _name_pool, ascii_fold
from spectrapi_core.engine.schema.vocabulary import PLACES

PERSON = {
    "type": "object",
    "required": ["first_name", "last_name", "email", "city", "state", "zip", "created_at", "rating", "price"],
    "properties": {
        "first_name": {"type": "string"},
        "last_name": {"type": "string"},
        "email": {"type": "string", "format": "email"},
        "city": {"type": "string"},
        "state": {"type": "string"},
        "zip": {"type": "string"},
        "created_at": {"type": "string", "format": "date-time"},
        "rating": {"type": "number", "minimum": 1, "maximum": 5},
        "price": {"type": "number", "minimum": 0, "multipleOf": 0.01},
        "description": {"type": "string"},
    },
}


def _records(now: datetime, locale: str = "en-US") -> list[dict[str, Any]]:
    return build_records(PERSON, 200, random.Random(3), locale=locale, now=now)


def test_email_built_from_names(now: datetime) -> None:
    for record in _records(now):
        local_part = record["email"].split("@")[0]
        assert local_part == f"{ascii_fold(record['first_name'])}.{ascii_fold(record['last_name'])}"


def test_city_state_zip_agree(now: datetime) -> None:
    places = {(city, state): prefix for city, state, _, prefix in PLACES["en-US"]}
    for record in _records(now):
        prefix = places.get((record["city"], record["state"]))
        assert prefix is not None, (record["city"], record["state"])
        assert record["zip"].startswith(prefix)


def test_created_at_within_last_year(now: datetime) -> None:
    for record in _records(now):
        moment = datetime.fromisoformat(record["created_at"].replace("Z", "+00:00"))
        assert now - timedelta(days=366) <= moment <= now


def test_rating_within_bounds(now: datetime) -> None:
    assert all(1 <= record["rating"] <= 5 for record in _records(now))


def test_price_has_cents_only(now: datetime) -> None:
    assert all(round(record["price"], 2) == record["price"] for record in _records(now))


def test_description_is_sentence(now: datetime) -> None:
    descriptions = [record["description"] for record in _records(now) if "description" in record]
    assert descriptions
    assert all(re.fullmatch(r"[A-Z][^.]*( [^ ]+)+\.", text) for text in descriptions)


def test_optional_fields_shared_across_records(now: datetime) -> None:
    key_sets = {tuple(record) for record in _records(now)}
    assert len(key_sets) == 1


def test_locale_picks_local_cities(now: datetime) -> None:
    cities = {city for city, *_ in PLACES["de-DE"]}
    assert all(record["city"] in cities for record in _records(now, locale="de-DE"))


def test_age_matches_birth_date(now: datetime) -> None:
    schema = {
        "type": "object",
        "required": ["age", "birth_date"],
        "properties": {
            "age": {"type": "integer", "minimum": 0, "maximum": 120},
            "birth_date": {"type": "string", "format": "date"},
        },
    }
    for record in build_records(schema, 100, random.Random(9), locale="en-US", now=now):
        born = datetime.fromisoformat(record["birth_date"]).date()
        today = now.date()
        expected = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
        assert record["age"] == expected


def test_record_name_follows_title(now: datetime) -> None:
    schema = {
        "title": "Product",
        "type": "object",
        "required": ["id", "name"],
        "properties": {"id": {"type": "string"}, "name": {"type": "string"}},
    }
    records = build_records(schema, 50, random.Random(9), locale="en-US", now=now)
    assert all(record["id"].startswith("pro_") for record in records)
    first_names = set(_name_pool("en-US", "first_name"))
    assert not any(record["name"].split()[0] in first_names for record in records)
