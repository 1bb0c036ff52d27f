"""Parser unit tests, one group per pattern family the instructions use."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from spectrapi_core.engine.builtin import describe_spec, parse_instruction
from spectrapi_core.errors import InvalidInstructionError
from tests.unit.engine.builtin_support import NOW


def _parse(instruction: str, locale: str = "en-US"):
    return parse_instruction(instruction, NOW, locale)


def _bounds(instruction: str, quantity: str) -> tuple[float | None, float | None]:
    bounds = _parse(instruction).ranges[quantity]
    return bounds.low, bounds.high


# --- domains and filters ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("instruction", "domain"),
    [
        ("Generate vehicle listings for Toyota cars", "vehicle"),
        ("Generate some houses", "property"),
        ("Generate credit card transactions", "transaction"),
        ("Generate job postings for data scientists", "job"),
        ("Generate a list of software engineers with their job title", "person"),
        ("Generate 10 product reviews with rating, author, and date", "generic"),
        ("BMW and Audi", "vehicle"),
    ],
)
def test_parser_detects_domain(instruction: str, domain: str) -> None:
    assert _parse(instruction).domain == domain


def test_parser_make_alias_mercedes() -> None:
    assert _parse("Generate BMW and Mercedes listings").makes == ["BMW", "Mercedes-Benz"]


def test_parser_only_electric_vehicles() -> None:
    assert _parse("Generate cars, only electric vehicles").fuel_types == ["Electric"]


def test_parser_non_electric_not_electric() -> None:
    assert _parse("Generate non-electric cars").fuel_types == []


def test_parser_model_sets_make() -> None:
    spec = _parse("Generate Toyota Camry listings")
    assert spec.models == ["Camry"]
    assert spec.makes == ["Toyota"]


def test_parser_luxury_flag() -> None:
    assert _parse("Generate luxury vehicle listings").luxury is True


def test_parser_used_condition() -> None:
    assert _parse("Generate used vehicle listings").condition == "Used"


def test_parser_new_york_not_new() -> None:
    assert _parse("Generate vehicle listings in New York").condition is None


def test_parser_merchant_categories() -> None:
    spec = _parse("Generate card transactions at grocery stores, restaurants, and gas stations")
    assert set(spec.merchant_categories) == {"grocery", "restaurant", "gas"}


def test_parser_tech_email_domains() -> None:
    spec = _parse("Generate developers; use common tech company domains for emails")
    assert spec.tech_email_domains is True


# --- numeric ranges --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("instruction", "quantity", "expected"),
    [
        ("Generate cars between 2020 and 2024", "year", (2020, 2024)),
        ("Generate cars between 2024 and 2020", "year", (2020, 2024)),
        ("Generate BMW models from 2022 or newer", "year", (2022, None)),
        ("Generate BMW models 2022 or newer", "year", (2022, None)),
        ("Generate homes priced $400k-$600k", "price", (400_000, 600_000)),
        ("Generate homes priced between $400k-$600k", "price", (400_000, 600_000)),
        ("Generate homes for $400-600k", "price", (400_000, 600_000)),
        ("Generate homes with 3-4 bedrooms", "bedrooms", (3, 4)),
        ("Generate homes with 2 to 3 bathrooms", "bathrooms", (2, 3)),
        ("Generate homes with 3 bedrooms", "bedrooms", (3, 3)),
        ("Generate engineers with 5+ years experience", "experience", (5, None)),
        ("Generate engineers with at least 3 years of experience", "experience", (3, None)),
        ("Generate used cars under $15,000", "price", (None, 15_000)),
        ("Generate used cars with over 50,000 miles", "mileage", (50_000, None)),
        ("Generate job postings paying $120k-$150k", "salary", (120_000, 150_000)),
        ("Generate card transactions over $500", "amount", (500, None)),
        ("Generate homes built between 1990 and 2000", "year_built", (1990, 2000)),
        ("Generate products rated 4 stars or higher", "rating", (4, None)),
        ("Generate homes with 3 bedrooms or more", "bedrooms", (3, None)),
        ("Generate 3 bedroom houses in Denver, CO", "bedrooms", (3, 3)),
        ("Generate cars less than 3 years old", "year", (2023, None)),
        ("Generate homes under 2,000 sq ft", "square_feet", (None, 2000)),
        ("Generate cars with under 30k miles", "mileage", (None, 30_000)),
    ],
)
def test_parser_numeric_range(instruction: str, quantity: str, expected: tuple) -> None:
    assert _bounds(instruction, quantity) == expected


def test_parser_ignores_count_word() -> None:
    assert _parse("Generate 5 vehicle listings for Toyota cars").ranges == {}


def test_parser_ignores_iso_8601_number() -> None:
    spec = _parse("Generate job postings with ISO 8601 posted date")
    assert spec.ranges == {}
    assert spec.window is None


def test_parser_ignores_model_name_digits() -> None:
    assert _parse("Generate Tesla Model 3 listings").ranges == {}


# --- time windows ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("instruction", "start", "end"),
    [
        ("Generate transactions from the last 30 days", NOW - timedelta(days=30), NOW),
        ("Generate transactions in the last 90 days", NOW - timedelta(days=90), NOW),
        ("Generate transactions from the past week", NOW - timedelta(days=7), NOW),
        ("Generate transactions since 2024-01-01", datetime(2024, 1, 1, tzinfo=UTC), NOW),
        (
            "Generate transactions in 2024",
            datetime(2024, 1, 1, tzinfo=UTC),
            datetime(2024, 12, 31, 23, 59, 59, tzinfo=UTC),
        ),
        (
            "Generate transactions between 2025-03-01 and 2025-03-31",
            datetime(2025, 3, 1, tzinfo=UTC),
            datetime(2025, 3, 31, 23, 59, 59, tzinfo=UTC),
        ),
        (
            "Generate orders in March 2025",
            datetime(2025, 3, 1, tzinfo=UTC),
            datetime(2025, 3, 31, 23, 59, 59, tzinfo=UTC),
        ),
    ],
)
def test_parser_time_window(instruction: str, start: datetime, end: datetime) -> None:
    assert _parse(instruction).window == (start, end)


# --- geography -------------------------------------------------------------------------------------------


def test_parser_city_state_pair() -> None:
    spec = _parse("Generate homes in Austin, TX")
    assert spec.cities == [("Austin", "TX")]
    assert spec.regions == ["TX"]


def test_parser_states_by_name() -> None:
    assert _parse("Generate cars in California or Texas").regions == ["CA", "TX"]


def test_parser_states_by_code() -> None:
    assert _parse("Generate cars in CA or TX").regions == ["CA", "TX"]


def test_parser_city_after_preposition() -> None:
    assert _parse("Generate homes in Seattle").cities == [("Seattle", "WA")]


def test_parser_city_other_locale() -> None:
    spec = _parse("Generate homes in London")
    assert spec.place_locale == "en-GB"
    assert spec.cities == [("London", "Greater London")]


def test_parser_region_locale_match() -> None:
    assert _parse("Generate homes in Bayern", locale="de-DE").regions == ["Bayern"]


def test_parser_city_word_not_place() -> None:
    assert _parse("Generate nice product reviews").cities == []


# --- fields ----------------------------------------------------------------------------------------------


def test_parser_job_field_list() -> None:
    spec = _parse(
        "Generate job postings with title, company name, salary range (as min/max integers), array of "
        "required skills, and ISO 8601 posted date"
    )
    described = describe_spec(spec)["fields"]
    assert [item["name"] for item in described] == [
        "title", "company_name", "salary_range", "required_skills", "posted_date",
    ]  # fmt: skip
    assert [item["hint"] for item in described] == [None, None, "min_max", "array", "iso8601"]
    assert spec.fields_exclusive is True


def test_parser_nested_dealer_object() -> None:
    spec = _parse("Generate used cars, include dealer info with name, city, and state")
    assert [(item.name, item.subfields) for item in spec.fields] == [("dealer", ("name", "city", "state"))]
    assert spec.fields_exclusive is False


def test_parser_constraint_not_field() -> None:
    spec = _parse("Generate luxury vehicle listings with BMW and Mercedes models from 2022 or newer")
    assert spec.fields == []


def test_parser_categories_not_fields() -> None:
    spec = _parse("Generate card transactions including common grocery stores, restaurants, and gas stations")
    assert spec.fields == []


def test_parser_person_field_aliases() -> None:
    spec = _parse(
        "Generate software engineers including their name, phone number, programming languages they know, "
        "and years of experience"
    )
    assert [item.name for item in spec.fields] == [
        "name",
        "phone",
        "programming_languages",
        "years_of_experience",
    ]


# --- generic entities, vague and contradictory instructions ----------------------------------------------


@pytest.mark.parametrize(
    ("instruction", "prefix"),
    [
        ("Generate 10 product reviews with rating, author, and date", "rev_"),
        ("Generate support tickets", "tic_"),
        ("Generate books", "boo_"),
        ("Generate widgets", "wid_"),
        ("Generate hotel bookings", "bkg_"),
        ("Generate reservations", "res_"),
        ("Generate shopping carts with items and subtotal", "crt_"),
        ("records with name, email and phone", "rec_"),
    ],
)
def test_parser_generic_id_prefix(instruction: str, prefix: str) -> None:
    assert _parse(instruction).id_prefix == prefix


@pytest.mark.parametrize("instruction", ["", "   ", "asdf qwerty", "stuff", "???", "Generate stuff", "12345"])
def test_parser_vague_raises_422(instruction: str) -> None:
    with pytest.raises(InvalidInstructionError) as caught:
        _parse(instruction)
    assert caught.value.status == 422
    assert "Generate vehicle listings for Toyota cars" in caught.value.message


def test_parser_long_noise_finishes() -> None:
    spec = _parse("Generate cars " + "between 2020 and 2024 " * 200 + "in Texas")
    assert spec.ranges["year"].low == 2020
