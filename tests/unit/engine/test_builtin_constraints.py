"""Seeded property loops over negated values, year bounds and realism rules of the known domains."""

from __future__ import annotations

import re

import pytest

from spectrapi_core.engine.builtin.checksums import vin_year_code
from spectrapi_core.engine.builtin.data.properties import BROKERAGE_DOMAINS
from spectrapi_core.engine.builtin.data.vehicles import MAKES
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


NEW_MAKES = ("Mazda", "Jeep", "Land Rover", "Ferrari", "Volvo", "Genesis", "Ram", "GMC", "Dodge", "Polestar")


@pytest.mark.parametrize("make", NEW_MAKES)
def test_catalog_make_honoured(make: str) -> None:
    makes = {record["make"] for record in generate_many(f"Generate {make} listings", count=20)}
    assert makes == {make}


@pytest.mark.parametrize(
    ("make", "locale"), [("Renault", "fr-FR"), ("Vauxhall", "en-GB"), ("Škoda", "de-DE"), ("Citroen", "fr-FR")]
)
def test_european_make_honoured(make: str, locale: str) -> None:
    makes = {record["make"] for record in generate_many(f"Generate {make} cars", count=20, locale=locale)}
    assert len(makes) == 1


def test_uncatalogued_make_rejected() -> None:
    with pytest.raises(InvalidInstructionError, match="Bugatti"):
        generate("Generate Bugatti listings")


def test_two_makes_both_appear() -> None:
    makes = {record["make"] for record in generate_many("Generate Lamborghini and Porsche listings")}
    assert makes == {"Lamborghini", "Porsche"}


def _msrp(record: dict) -> int:
    return dict(MAKES[record["make"]]["models"][record["model"]]["trims"])[record["trim"]]


def _kept_share(year: int) -> float:
    """Return a generous floor on the share of MSRP a car of this model year still fetches."""
    return max(0.25, 0.85 * 0.9 ** max(0, NOW.year - year)) * 0.9


@pytest.mark.parametrize(
    "instruction",
    ["Generate cars under $15,000", "Generate used Honda and Ford cars under $20k", "Generate cars $5k-$8k"],
)
def test_cheap_price_fits_year(instruction: str) -> None:
    records = generate_many(instruction)
    assert all(record["price"] >= _msrp(record) * _kept_share(record["year"]) for record in records)


def test_cheap_cars_under_cap() -> None:
    assert all(record["price"] <= 15000 for record in generate_many("Generate cars under $15,000"))


def test_plug_in_trims_only_phev() -> None:
    records = generate_many("Generate Mercedes-Benz and Toyota listings")
    assert all(
        (record["fuel_type"] == "Plug-in Hybrid")
        == (record["trim"] in {"E 450e", "S 580e", "GLC 350e", "GLE 450e", "Prime XSE", "Prime SE"})
        for record in records
    )


def test_model_name_honoured() -> None:
    models = {record["model"] for record in generate_many("Generate Volkswagen Golf listings")}
    assert models == {"Golf"}


def test_leading_year_bounds_model() -> None:
    records = generate_many("Generate 2019 Honda Civic listings")
    assert {(record["model"], record["year"]) for record in records} == {("Civic", 2019)}


def test_colour_word_honoured() -> None:
    records = generate_many("Generate red cars")
    assert all(
        re.search(
            r"red|rosso|rouge|garnet|flame|firecracker|burgundy|zenith|chili", record["exterior_color"], re.IGNORECASE
        )
        for record in records
    )


RENT = "Generate apartments for rent in Seattle, WA under $2500 per month"


def test_rent_under_cap() -> None:
    assert max(record["price"] for record in generate_many(RENT)) <= 2500


def test_rent_below_cap_spread() -> None:
    prices = [record["price"] for record in generate_many(RENT)]
    assert len(set(prices)) >= len(prices) // 3


@pytest.mark.parametrize(("pick", "bound"), [(min, 500), (max, -15000)])
def test_rent_is_monthly_amount(pick, bound: int) -> None:
    prices = [record["price"] for record in generate_many("Generate apartments for rent in Austin, TX")]
    assert pick(prices) * (1 if bound > 0 else -1) >= bound


@pytest.mark.parametrize("instruction", ["Generate property listings", RENT, "Generate homes in Denver, CO"])
def test_baths_follow_bedrooms(instruction: str) -> None:
    records = generate_many(instruction)
    assert all(record["bathrooms"] <= max(1, record["bedrooms"]) + 1 for record in records)


def test_room_size_plausible() -> None:
    records = [record for record in generate_many("Generate property listings") if record["bedrooms"]]
    assert all(record["square_feet"] / record["bedrooms"] >= 400 for record in records)


def test_agent_domain_of_brokerage() -> None:
    records = generate_many("Generate property listings")
    assert all(
        record["agent"]["email"].split("@")[1] == BROKERAGE_DOMAINS[record["agent"]["brokerage"]] for record in records
    )


def test_experience_capped_at_career() -> None:
    records = generate_many("Generate software engineers with 40+ years experience")
    assert all(40 <= record["years_of_experience"] <= 45 for record in records)


def test_impossible_experience_rejected() -> None:
    with pytest.raises(InvalidInstructionError, match="60"):
        generate("Generate software engineers with 60+ years experience")


def test_role_words_pick_titles() -> None:
    titles = {record["title"] for record in generate_many("Generate remote data engineer job postings")}
    assert titles == {"Data Engineer"}


def test_new_york_jobs_in_city() -> None:
    locations = {record["location"] for record in generate_many("Generate job postings in New York paying over $150k")}
    assert locations == {"New York, NY"}


def test_month_window_honoured() -> None:
    records = generate_many("Generate credit card transactions from January 2026")
    assert all(record["timestamp"].startswith("2026-01-") for record in records)


def test_currency_word_honoured() -> None:
    currencies = {record["currency"] for record in generate_many("Generate credit card transactions in EUR")}
    assert currencies == {"EUR"}


@pytest.mark.parametrize(
    ("locale", "absent"), [("en-US", {"Dacia", "Vauxhall", "Renault"}), ("en-GB", {"Ram", "Buick"})]
)
def test_makes_follow_locale_market(locale: str, absent: set[str]) -> None:
    makes = {record["make"] for record in generate_many("Generate vehicle listings", locale=locale)}
    assert not makes & absent


def test_exotic_makes_are_rare() -> None:
    records = generate_many("Generate vehicle listings")
    exotic = [record for record in records if record["make"] in {"Ferrari", "Lamborghini", "Maserati"}]
    assert len(exotic) <= len(records) // 50


def test_sports_cars_are_sporty() -> None:
    bodies = {record["body_type"] for record in generate_many("Generate sports cars")}
    assert bodies <= {"Coupe", "Convertible"}


def test_negated_comparator_flips_bound() -> None:
    years = {record["year"] for record in generate_many("Generate used cars not older than 2015")}
    assert min(years) >= 2015


def test_commercial_property_rejected() -> None:
    with pytest.raises(InvalidInstructionError, match="commercial"):
        generate("Generate commercial property listings in Denver, CO")


@pytest.mark.parametrize(("locale", "us_word"), [("en-GB", "Single Family"), ("fr-FR", "Central Air")])
def test_property_words_follow_locale(locale: str, us_word: str) -> None:
    records = generate_many("Generate property listings", locale=locale)
    assert all(us_word not in str(record) for record in records)
