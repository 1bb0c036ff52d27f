"""Category records built from instruction sources keep related values together: make, model and dealer;
city, state, postal code and country."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

import pytest

from spectrapi_core.engine.base import EngineRequest
from spectrapi_core.engine.builtin.data.places import CITIES_BY_LOCALE, US_STATE_NAMES
from spectrapi_core.engine.builtin.data.vehicles import MAKES
from spectrapi_core.engine.builtin.engine import BuiltinEngine
from spectrapi_core.engine.schema import compile_validator, source_pool_size
from spectrapi_core.engine.schema import vocabulary as vocab
from spectrapi_core.engine.schema.coherence import find_place, kept_source_props

ENUM_MAKES = ["BMW", "Toyota", "Ford", "Kia"]
VEHICLES = {
    "type": "object",
    "properties": {
        "id": {"type": "string"},
        "make": {"type": "string", "enum": ENUM_MAKES},
        "model": {"type": "string"},
        "fuel_type": {"type": "string"},
        "year": {"type": "integer", "minimum": 2015, "maximum": 2026},
        "price": {"type": "number", "minimum": 1000},
        "dealer": {
            "type": "object",
            "properties": {"name": {"type": "string"}, "city": {"type": "string"}, "state": {"type": "string"}},
            "required": ["name", "city", "state"],
        },
    },
    "required": ["id", "make", "model", "year", "price", "dealer"],
}
PERSON = {
    "type": "object",
    "properties": {name: {"type": "string"} for name in ("name", "email", "phone", "city", "state", "zip", "country")},
    "required": ["name", "email", "phone", "city", "state", "zip", "country"],
}
ALL_MAKES = set(MAKES) | set(vocab.VEHICLE_MAKES)


def _generate(instruction: str, schema: dict[str, Any], locale: str, seed: int, now: datetime) -> list[dict[str, Any]]:
    request = EngineRequest(instruction=instruction, count=20, locale=locale, seed=seed, now=now, schema=schema)
    return BuiltinEngine().generate(request).records


def _models(make: str) -> set[str]:
    return set(MAKES.get(make, {}).get("models", {})) | set(vocab.VEHICLE_MAKES.get(make, ()))


@pytest.mark.parametrize("instruction", ["Used hybrid cars from Texas dealers", "Generate used Kia and Hyundai cars"])
def test_vehicle_model_matches_make(instruction: str, now: datetime) -> None:
    for seed in range(8):
        for record in _generate(instruction, VEHICLES, "en-US", seed, now):
            assert record["model"] in _models(record["make"]), (seed, record)


@pytest.mark.parametrize("instruction", ["Used hybrid cars from Texas dealers", "Generate used Kia and Hyundai cars"])
def test_dealer_names_no_other_make(instruction: str, now: datetime) -> None:
    for seed in range(8):
        for record in _generate(instruction, VEHICLES, "en-US", seed, now):
            # Whole words only: "Seat" is a make, and "Kia of Seattle" is a fine dealer name.
            words = set(re.findall(r"[\w-]+", record["dealer"]["name"]))
            others = [make for make in ALL_MAKES - {record["make"]} if set(make.split()) <= words]
            assert others == [], (seed, record)


def test_vehicle_records_keep_instruction_state(now: datetime) -> None:
    states = {
        record["dealer"]["state"]
        for seed in range(4)
        for record in _generate("Used hybrid cars from Texas dealers", VEHICLES, "en-US", seed, now)
    }
    assert states <= {"TX", "Texas"}


def test_vehicle_records_validate(now: datetime) -> None:
    validate = compile_validator(VEHICLES)
    for seed in range(4):
        for record in _generate("Used hybrid cars from Texas dealers", VEHICLES, "en-US", seed, now):
            assert validate(record) == [], record


def _place_row(city: str) -> tuple[str, str, str, str]:
    rows = [(row, locale) for locale, table in CITIES_BY_LOCALE.items() for row in table if row[0] == city]
    assert rows, city
    return rows[0][0]


@pytest.mark.parametrize(("locale", "countries"), [("en-US", {"Germany"}), ("de-DE", {"Germany", "Deutschland"})])
def test_person_place_agrees(locale: str, countries: set[str], now: datetime) -> None:
    for seed in range(6):
        for record in _generate("Generate customers in Germany", PERSON, locale, seed, now):
            _, region, prefix, _ = _place_row(record["city"])
            assert record["state"] == region, (seed, record)
            assert record["zip"].startswith(prefix), (seed, record)
            assert record["country"] in countries, (seed, record)


@pytest.mark.parametrize("locale", ["en-US", "en-GB", "fr-FR", "de-DE"])
def test_person_without_source_matches_locale(locale: str, now: datetime) -> None:
    place_by_city = {city: (state, prefix) for city, state, _, prefix in vocab.PLACES[locale]}
    for seed in range(4):
        for record in _generate("Generate records", PERSON, locale, seed, now):
            state, prefix = place_by_city[record["city"]]
            assert record["state"] == state, record
            assert record["zip"].startswith(prefix), record
            assert record["country"] == vocab.COUNTRIES[locale][0], record


def test_us_source_place_agrees(now: datetime) -> None:
    for seed in range(6):
        for record in _generate("Generate customers in Texas", PERSON, "en-US", seed, now):
            _, code, prefix, _ = _place_row(record["city"])
            assert record["state"] in (code, US_STATE_NAMES[code]), record
            assert record["zip"].startswith(prefix), record
            assert record["country"] == "United States", record


def test_rejected_make_drops_group() -> None:
    fed = {
        "make": "Hyundai",
        "model": "Tucson",
        "dealer": {"name": "Hyundai of Austin", "city": "Austin"},
        "year": 2020,
    }
    kept = kept_source_props(list(fed), fed, lambda prop, value: value != "Hyundai")
    assert kept == {"dealer", "year"}
    assert fed["dealer"] == {"city": "Austin"}


def test_fitting_make_keeps_group() -> None:
    fed = {"make": "Kia", "model": "Sportage", "dealer": {"name": "Kia of Arlington"}}
    assert kept_source_props(list(fed), fed, lambda prop, value: True) == {"make", "model", "dealer"}


def test_find_place_prefers_state() -> None:
    found = find_place("Portland", "ME", "en-US")
    assert found is not None
    assert found[0][2] == "ME" or found[0][1] == "Maine"


def test_find_place_unknown_city() -> None:
    assert find_place("Smallville", None, "en-US") is None


def test_pool_size_grows_for_enums() -> None:
    assert source_pool_size(VEHICLES, 10) > 10


def test_pool_size_plain_schema() -> None:
    assert source_pool_size(PERSON, 10) == 10
