"""Seeded property loops over negated values, year bounds and realism rules of the known domains."""

from __future__ import annotations

import pytest

from spectrapi_core.engine.builtin.checksums import vin_year_code
from spectrapi_core.errors import InvalidInstructionError
from tests.unit.engine.builtin_support import NOW, generate, generate_many

EXCLUSIONS = (
    ("Generate vehicle listings, no Toyota", "make", {"Toyota"}),
    ("Generate vehicle listings excluding BMW and Audi", "make", {"BMW", "Audi"}),
    ("Generate vehicle listings other than Ford", "make", {"Ford"}),
    ("Generate car listings except Honda or Kia", "make", {"Honda", "Kia"}),
    ("Generate non-electric vehicle listings", "fuel_type", {"Electric"}),
    ("Generate vehicle listings without hybrids", "fuel_type", {"Hybrid"}),
    ("Generate vehicle listings, not SUVs", "body_type", {"SUV"}),
    ("Generate property listings, no condos", "property_type", {"Condo"}),
    ("Generate credit card transactions excluding gas stations", "category", {"Gas", "Gas Stations"}),
    ("Generate job postings, no internships", "employment_type", {"internship"}),
    ("Generate non-remote job postings", "workplace_type", {"remote"}),
)


@pytest.mark.parametrize(("instruction", "key", "excluded"), EXCLUSIONS)
def test_exclusion_never_appears(instruction: str, key: str, excluded: set[str]) -> None:
    records = generate_many(instruction)
    values = {str(record[key]) for record in records}
    assert not {value for value in values if value in excluded or value.title() in excluded}


def test_exclusion_leaves_other_values() -> None:
    makes = {record["make"] for record in generate_many("Generate vehicle listings, no Toyota")}
    assert len(makes) >= 5


def test_excluded_state_never_appears() -> None:
    records = generate_many("Generate property listings in the US, not in Texas or California")
    assert not {record["state"] for record in records} & {"TX", "CA"}


def test_excluded_city_never_appears() -> None:
    records = generate_many("Generate credit card transactions except in Chicago")
    assert all("Chicago" not in str(record.values()) for record in records)


def test_exclusion_of_request_rejected() -> None:
    with pytest.raises(InvalidInstructionError):
        generate("Generate electric vehicle listings, no Tesla, non-electric")


@pytest.mark.parametrize(
    "instruction",
    ["Generate vehicle listings from 2026 or newer", "Generate used cars after 2020", "Generate Toyota cars 2024+"],
)
def test_model_year_at_most_next(instruction: str) -> None:
    years = {record["year"] for record in generate_many(instruction)}
    assert max(years) <= NOW.year + 1


def test_vin_year_code_matches_year() -> None:
    records = generate_many("Generate vehicle listings from 2015 or newer")
    assert all(record["vin"][9] == vin_year_code(record["year"]) for record in records)


@pytest.mark.parametrize(
    "instruction",
    [
        "Generate vehicle listings from 2028 or newer",
        "Generate Toyota cars from 2030 or newer",
        "Generate vehicle listings between 2030 and 2035",
        "Generate homes built after 2030",
        "Generate vehicle listings from before 1950",
    ],
)
def test_impossible_year_rejected(instruction: str) -> None:
    with pytest.raises(InvalidInstructionError, match=r"20[23]\d|19\d\d"):
        generate(instruction)


def test_year_built_not_future() -> None:
    years = {record["year_built"] for record in generate_many("Generate homes built after 2020")}
    assert max(years) <= NOW.year


def test_older_than_bounds_year() -> None:
    years = {record["year"] for record in generate_many("Generate cars older than 2010")}
    assert max(years) <= 2010
