"""Generic entities, locales, conflicting constraints and the engine interface of the builtin engine."""

from __future__ import annotations

import random
import re
from datetime import datetime

import pytest

from spectrapi_core.engine.base import EngineRequest
from spectrapi_core.engine.builtin import BuiltinEngine, generate_source_records
from spectrapi_core.engine.builtin.checksums import isbn13_check_digit, luhn_check_digit, vin_check_digit
from spectrapi_core.engine.builtin.data import generic as generic_data
from spectrapi_core.engine.builtin.data import places
from spectrapi_core.engine.builtin.locale_tables import tables_for
from spectrapi_core.errors import BadRequestError, InvalidInstructionError
from tests.unit.engine.builtin_support import NOW, generate, generate_many

REVIEWS = "Generate 10 product reviews with rating, author, and date"


# --- generic entities ------------------------------------------------------------------------------------


def test_generic_reviews_exact_fields() -> None:
    assert set(generate(REVIEWS)[0]) == {"id", "rating", "author", "date"}


def test_generic_reviews_rating_one_to_five() -> None:
    ratings = {record["rating"] for record in generate_many(REVIEWS)}
    assert ratings <= {1, 2, 3, 4, 5}
    assert len(ratings) >= 3


def test_generic_reviews_date_not_future() -> None:
    for record in generate_many(REVIEWS):
        assert datetime.fromisoformat(record["date"]).date() <= NOW.date()


def test_generic_reviews_author_two_words() -> None:
    for record in generate_many(REVIEWS):
        assert len(record["author"].split()) >= 2


def test_generic_reviews_ids_use_rev() -> None:
    assert all(record["id"].startswith("rev_") for record in generate_many(REVIEWS))


@pytest.mark.parametrize(
    ("instruction", "expected_keys"),
    [
        ("Generate support tickets", {"subject", "status", "priority", "customer_email", "created_at"}),
        ("Generate books", {"title", "author", "isbn", "published_year", "pages"}),
        ("Generate widgets", {"name", "description", "status", "created_at"}),
    ],
)
def test_generic_default_fields(instruction: str, expected_keys: set[str]) -> None:
    assert expected_keys <= set(generate(instruction)[0])


def test_generic_books_isbn_valid() -> None:
    for record in generate_many("Generate books"):
        assert record["isbn"][-1] == isbn13_check_digit(record["isbn"][:12])


def test_generic_tickets_email_matches_customer() -> None:
    for record in generate_many("Generate support tickets"):
        last_name = record["customer_name"].split()[-1].lower()
        assert re.sub(r"[^a-z]", "", last_name) in record["customer_email"]


def test_generic_records_share_keys() -> None:
    records = generate("Generate support tickets", 100)
    assert len({tuple(record) for record in records}) == 1


def test_generic_houses_are_properties() -> None:
    records = generate("Generate some houses")
    assert all(record["id"].startswith("prop_") for record in records)


def test_generic_contradictory_years_normalized() -> None:
    years = {record["year"] for record in generate_many("Generate cars between 2024 and 2020")}
    assert min(years) >= 2020
    assert max(years) <= 2024


def test_generic_conflict_names_constraints() -> None:
    with pytest.raises(InvalidInstructionError) as caught:
        generate("Generate listings for only Tesla gasoline cars")
    assert "Tesla" in caught.value.message
    assert "Gasoline" in caught.value.message


def test_generic_impossible_years_raise() -> None:
    with pytest.raises(InvalidInstructionError):
        generate("Generate electric vehicles between 1990 and 1995")


def test_generic_vague_raises_through_engine() -> None:
    with pytest.raises(InvalidInstructionError):
        generate("stuff")


# --- locales ---------------------------------------------------------------------------------------------

LOCALE_CASES = [
    ("en-US", "state", r"\d{5}", r"\(\d{3}\) \d{3}-\d{4}"),
    ("en-GB", "county", r"[A-Z]{1,2}\d{1,2} \d[A-Z]{2}", r"0\d{2,4} \d{3,4} ?\d{0,4}|07\d{3} \d{6}"),
    ("fr-FR", "region", r"\d{5}", r"0\d( \d{2}){4}"),
    ("de-DE", "state", r"\d{5}", r"0\d{2,4} \d{6,9}"),
]


@pytest.mark.parametrize(("locale", "region_key", "postal_re", "phone_re"), LOCALE_CASES)
def test_locale_cities_from_locale(locale: str, region_key: str, postal_re: str, phone_re: str) -> None:
    known = {(row[0], row[1]) for row in places.CITIES_BY_LOCALE[locale]}
    for record in generate_many("Generate residential property listings", 25, locale):
        assert (record["city"], record[region_key]) in known


@pytest.mark.parametrize(("locale", "region_key", "postal_re", "phone_re"), LOCALE_CASES)
def test_locale_postal_code_format(locale: str, region_key: str, postal_re: str, phone_re: str) -> None:
    postal_key = tables_for(locale).postal_key
    for record in generate_many("Generate residential property listings", 25, locale):
        assert re.fullmatch(postal_re, record[postal_key])


@pytest.mark.parametrize(("locale", "region_key", "postal_re", "phone_re"), LOCALE_CASES)
def test_locale_phone_format(locale: str, region_key: str, postal_re: str, phone_re: str) -> None:
    for record in generate_many("Generate a list of software engineers", 25, locale):
        assert re.fullmatch(phone_re, record["phone"])


@pytest.mark.parametrize("locale", ["en-US", "en-GB", "fr-FR", "de-DE"])
def test_locale_names_from_locale_table(locale: str) -> None:
    tables = tables_for(locale)
    first_names = set(tables.male_first_names.names) | set(tables.female_first_names.names)
    last_names = set(tables.last_names.names)
    for record in generate_many("Generate a list of software engineers", 25, locale):
        name = record["name"]
        splits = [(name[:index], name[index + 1 :]) for index, char in enumerate(name) if char == " "]
        assert any(first in first_names and last in last_names for first, last in splits), name


def test_locale_currency_for_vehicles() -> None:
    currencies = {
        locale: generate("Generate Toyota cars", 5, locale=locale)[0]["currency"]
        for locale in places.CURRENCY_BY_LOCALE
    }
    assert currencies == places.CURRENCY_BY_LOCALE


def test_locale_german_postal_matches_city() -> None:
    prefixes = {row[0]: row[2] for row in places.DE_CITIES}
    for record in generate_many("Generate residential property listings", 25, "de-DE"):
        assert record["postal_code"].startswith(prefixes[record["city"]])


# --- engine interface ------------------------------------------------------------------------------------


def test_engine_name_and_version() -> None:
    engine = BuiltinEngine()
    assert engine.name == "builtin"
    assert engine.version.startswith("builtin-")


def test_engine_result_reports_engine() -> None:
    request = EngineRequest("Generate books", 3, "en-US", 1, NOW)
    result = BuiltinEngine().generate(request)
    assert result.engine == "builtin"
    assert result.stats["domain"] == "generic"


def test_engine_unknown_locale_raises_400() -> None:
    with pytest.raises(BadRequestError):
        generate("Generate books", locale="es-ES")


def test_engine_locale_case_insensitive() -> None:
    assert generate("Generate books", 3, locale="en_gb") == generate("Generate books", 3, locale="en-GB")


def test_engine_source_records_use_given_rng() -> None:
    first = generate_source_records("Generate Toyota cars", 5, "en-US", random.Random(9), NOW)
    second = generate_source_records("Generate Toyota cars", 5, "en-US", random.Random(9), NOW)
    assert first == second


def test_engine_schema_still_returns_records() -> None:
    request = EngineRequest("Generate books", 4, "en-US", 1, NOW, schema={"type": "object"})
    assert len(BuiltinEngine().generate(request).records) == 4


# --- check digits ----------------------------------------------------------------------------------------


def test_checksum_vin_known_example() -> None:
    assert vin_check_digit("1M8GDM9AXKP042788") == "X"


def test_checksum_luhn_known_example() -> None:
    assert luhn_check_digit("7992739871") == "3"


def test_checksum_isbn_known_example() -> None:
    assert isbn13_check_digit("978030640615") == "7"


# --- vehicle ranges beyond the scenarios -----------------------------------------------------------------


def test_vehicle_price_under_limit() -> None:
    prices = [record["price"] for record in generate_many("Generate used Toyota cars under $15,000")]
    assert max(prices) <= 15_000


def test_vehicle_mileage_over_limit() -> None:
    mileages = [record["mileage"] for record in generate_many("Generate used cars with over 50,000 miles")]
    assert min(mileages) >= 50_000


def test_vehicle_kilometres_in_metric_locale() -> None:
    records = generate_many("Generate used cars with over 100,000 km", locale="de-DE")
    assert min(record["mileage"] for record in records) >= 100_000
    assert {record["mileage_unit"] for record in records} == {"km"}


def test_vehicle_body_type_filter() -> None:
    assert {record["body_type"] for record in generate_many("Generate Ford trucks")} == {"Truck"}


def test_vehicle_model_filter() -> None:
    assert {record["model"] for record in generate_many("Generate Toyota Camry listings")} == {"Camry"}


def test_vehicle_german_dealer_names() -> None:
    names = [record["dealer"]["name"] for record in generate_many("Generate Toyota cars", locale="de-DE")]
    assert not any(" of " in name for name in names)


# --- currency and countries ------------------------------------------------------------------------------


def test_currency_follows_dollar_sign() -> None:
    records = generate("Generate homes in Austin, TX priced between $400k-$600k", locale="en-GB")
    assert {record["currency"] for record in records} == {"USD"}


def test_currency_follows_pound_sign() -> None:
    records = generate_many("Generate homes in Manchester under £300,000", locale="en-GB")
    assert {record["currency"] for record in records} == {"GBP"}
    assert max(record["price"] for record in records) <= 300_000


def test_country_selects_city_table() -> None:
    known = {row[0] for row in places.DE_CITIES}
    records = generate_many("Generate remote job postings in Germany")
    assert {record["location"] for record in records} <= known


def test_country_sets_place_currency() -> None:
    records = generate("Generate remote job postings in Germany")
    assert {record["currency"] for record in records} == {"EUR"}


def test_jobs_workplace_filter() -> None:
    records = generate_many("Generate remote job postings in Germany")
    assert {record["workplace_type"] for record in records} == {"remote"}


@pytest.mark.parametrize("entity", sorted(generic_data.ENTITY_DEFAULT_FIELDS))
def test_generic_entity_types_stable(entity: str) -> None:
    records = generate(f"Generate {entity}s", 100, seed=5)
    shapes = {tuple((key, type(value).__name__) for key, value in record.items()) for record in records}
    assert len(shapes) == 1


def test_engine_source_records_zero_count() -> None:
    assert generate_source_records("Generate Toyota cars", 0, "en-US", random.Random(1), NOW) == []
