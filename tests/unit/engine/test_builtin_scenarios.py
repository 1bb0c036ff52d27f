"""Seeded property loops over the instructions the builtin engine must honour exactly."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

import pytest

from spectrapi_core.engine.builtin.checksums import luhn_valid, vin_check_digit, vin_year_code
from spectrapi_core.engine.builtin.common import ascii_fold
from spectrapi_core.engine.builtin.data.jobs import TECH_COMPANIES
from spectrapi_core.engine.builtin.data.places import US_CITIES
from spectrapi_core.engine.builtin.data.vehicles import MAKES
from tests.unit.engine.builtin_support import NOW, generate, generate_many

TOYOTA = "Generate vehicle listings for Toyota cars"
LUXURY = "Generate luxury vehicle listings with BMW and Mercedes models from 2022 or newer"
AUSTIN = "Generate residential property listings in Austin, TX with 3-4 bedrooms, priced between $400k-$600k"
CARDS = (
    "Generate credit card transactions from the last 30 days, including common grocery stores, restaurants, "
    "and gas stations"
)
JOBS = (
    "Generate job postings with title, company name, salary range (as min/max integers), array of required "
    "skills, and ISO 8601 posted date"
)
ENGINEERS = (
    "Generate a list of software engineers with 5+ years experience, including their name, email, phone "
    "number, current company, job title, programming languages they know, and years of experience. Make sure "
    "emails match the person's name and use common tech company domains."
)
USED_EV = (
    "Generate used vehicle listings, only electric vehicles, between 2020 and 2024, in California or Texas, "
    "include dealer info with name, city, and state"
)
ALL_SCENARIOS = (TOYOTA, LUXURY, AUSTIN, CARDS, JOBS, ENGINEERS, USED_EV)
ID_RE = re.compile(r"^[a-z]{3,4}_[0-9a-z]{8}$")
US_ZIP3 = {(city, state): zip3 for city, state, zip3, _ in US_CITIES}
TECH_DOMAINS = {domain for _, domain in TECH_COMPANIES}


def _valid_vin(vin: str) -> bool:
    return len(vin) == 17 and vin_check_digit(vin) == vin[8]


# --- all scenarios ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("instruction", ALL_SCENARIOS)
def test_scenario_same_seed_same_records(instruction: str) -> None:
    assert generate(instruction, 20, seed=42) == generate(instruction, 20, seed=42)


@pytest.mark.parametrize("instruction", ALL_SCENARIOS)
def test_scenario_other_seed_other_records(instruction: str) -> None:
    assert generate(instruction, 20, seed=1) != generate(instruction, 20, seed=2)


@pytest.mark.parametrize("instruction", ALL_SCENARIOS)
@pytest.mark.parametrize("count", [1, 3, 100])
def test_scenario_returns_exact_count(instruction: str, count: int) -> None:
    assert len(generate(instruction, count)) == count


@pytest.mark.parametrize("instruction", ALL_SCENARIOS)
def test_scenario_records_share_keys_and_types(instruction: str) -> None:
    records = generate(instruction, 100, seed=3)
    shapes = {tuple((key, type(value).__name__) for key, value in record.items()) for record in records}
    assert len(shapes) == 1


@pytest.mark.parametrize("instruction", ALL_SCENARIOS)
def test_scenario_ids_prefixed_base36(instruction: str) -> None:
    records = generate_many(instruction)
    bad = [record["id"] for record in records if not ID_RE.match(record["id"])]
    assert bad == []


# --- Toyota ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("count", [3, 60])
def test_toyota_only_toyota_models(count: int) -> None:
    records = generate_many(TOYOTA, count)
    assert {record["make"] for record in records} == {"Toyota"}
    assert all(record["model"] in MAKES["Toyota"]["models"] for record in records)


def test_toyota_trim_belongs_to_model() -> None:
    for record in generate_many(TOYOTA):
        trims = dict(MAKES["Toyota"]["models"][record["model"]]["trims"])
        assert record["trim"] in trims


def test_toyota_vin_check_digit_valid() -> None:
    bad = [record["vin"] for record in generate_many(TOYOTA) if not _valid_vin(record["vin"])]
    assert bad == []


def test_toyota_vin_year_code_matches() -> None:
    for record in generate_many(TOYOTA):
        assert record["vin"][9] == vin_year_code(record["year"])


def test_toyota_mileage_plausible_for_age() -> None:
    for record in generate_many(TOYOTA):
        age = max(1, NOW.year - record["year"] + 1)
        assert 0 <= record["mileage"] <= age * 16000


def test_toyota_new_cars_have_low_mileage() -> None:
    new = [record for record in generate_many(TOYOTA) if record["condition"] == "New"]
    assert new
    assert all(record["mileage"] <= 50 for record in new)


def test_toyota_price_below_msrp_ceiling() -> None:
    for record in generate_many(TOYOTA):
        msrp = dict(MAKES["Toyota"]["models"][record["model"]]["trims"])[record["trim"]]
        assert 0.2 * msrp <= record["price"] <= 1.06 * msrp


# --- luxury BMW / Mercedes -------------------------------------------------------------------------------


def test_luxury_makes_limited_to_request() -> None:
    makes = {record["make"] for record in generate_many(LUXURY)}
    assert makes == {"BMW", "Mercedes-Benz"}


def test_luxury_years_2022_or_newer() -> None:
    years = [record["year"] for record in generate_many(LUXURY)]
    assert min(years) >= 2022
    assert max(years) <= NOW.year + 1


def test_luxury_vin_check_digit_valid() -> None:
    bad = [record["vin"] for record in generate_many(LUXURY) if not _valid_vin(record["vin"])]
    assert bad == []


def test_luxury_vin_year_code_matches() -> None:
    for record in generate_many(LUXURY):
        assert record["vin"][9] == vin_year_code(record["year"])


def test_luxury_prices_are_luxury_level() -> None:
    prices = [record["price"] for record in generate_many(LUXURY)]
    assert min(prices) >= 25000
    assert max(prices) <= 260000


def test_luxury_vin_prefix_matches_make() -> None:
    for record in generate_many(LUXURY):
        assert record["vin"][:3] in MAKES[record["make"]]["wmi"]


# --- Austin property listings ----------------------------------------------------------------------------


def test_austin_city_and_state() -> None:
    places = {(record["city"], record["state"]) for record in generate_many(AUSTIN)}
    assert places == {("Austin", "TX")}


def test_austin_zip_matches_city() -> None:
    for record in generate_many(AUSTIN):
        assert re.fullmatch(r"787\d\d", record["zip_code"])


def test_austin_bedrooms_three_or_four() -> None:
    bedrooms = {record["bedrooms"] for record in generate_many(AUSTIN)}
    assert bedrooms == {3, 4}


def test_austin_price_in_range() -> None:
    prices = [record["price"] for record in generate_many(AUSTIN)]
    assert min(prices) >= 400_000
    assert max(prices) <= 600_000


def test_austin_size_plausible_for_price() -> None:
    for record in generate_many(AUSTIN):
        assert 800 <= record["square_feet"] <= 4500
        assert 100 <= record["price"] / record["square_feet"] <= 1000


def test_austin_agent_phone_uses_austin_code() -> None:
    for record in generate_many(AUSTIN):
        assert record["agent"]["phone"].startswith("(512)")


def test_austin_listing_date_not_future() -> None:
    for record in generate_many(AUSTIN):
        assert datetime.fromisoformat(record["listing_date"]).date() <= NOW.date()


# --- card transactions -----------------------------------------------------------------------------------


def test_cards_timestamps_in_last_30_days() -> None:
    for record in generate_many(CARDS):
        moment = datetime.fromisoformat(record["timestamp"].replace("Z", "+00:00"))
        assert NOW - timedelta(days=30) <= moment <= NOW


def test_cards_categories_limited_to_request() -> None:
    categories = {record["category"] for record in generate_many(CARDS)}
    assert categories == {"Grocery Stores", "Restaurants", "Gas Stations"}


def test_cards_amounts_plausible_per_category() -> None:
    limits = {"Grocery Stores": (8, 220), "Restaurants": (12, 180), "Gas Stations": (20, 95)}
    for record in generate_many(CARDS):
        low, high = limits[record["category"]]
        assert low <= record["amount"] <= high


def test_cards_last4_matches_mask() -> None:
    for record in generate_many(CARDS):
        assert record["masked_card_number"].endswith(record["card_last4"])
        assert re.fullmatch(r"\d{4}", record["card_last4"])


def test_cards_currency_per_locale() -> None:
    assert {record["currency"] for record in generate(CARDS, locale="de-DE")} == {"EUR"}
    assert {record["currency"] for record in generate(CARDS, locale="en-GB")} == {"GBP"}


def test_cards_full_number_passes_luhn() -> None:
    records = generate_many("Generate credit card transactions with card number, merchant, amount and timestamp")
    assert all(luhn_valid(record["card_number"]) for record in records)


# --- job postings ----------------------------------------------------------------------------------------


def test_jobs_exact_requested_fields() -> None:
    keys = set(generate(JOBS)[0])
    assert keys == {"id", "title", "company_name", "salary_range", "required_skills", "posted_date"}


def test_jobs_salary_min_max_integers() -> None:
    for record in generate_many(JOBS):
        salary = record["salary_range"]
        assert set(salary) == {"min", "max"}
        assert isinstance(salary["min"], int)
        assert isinstance(salary["max"], int)
        assert 0 < salary["min"] <= salary["max"]


def test_jobs_skills_nonempty_string_array() -> None:
    for record in generate_many(JOBS):
        assert isinstance(record["required_skills"], list)
        assert record["required_skills"]
        assert all(isinstance(skill, str) for skill in record["required_skills"])


def test_jobs_posted_date_iso8601_past() -> None:
    for record in generate_many(JOBS):
        posted = datetime.fromisoformat(record["posted_date"])
        assert posted.date() <= NOW.date()


# --- software engineers ----------------------------------------------------------------------------------


def test_engineers_exact_requested_fields() -> None:
    expected = {
        "id", "name", "email", "phone", "current_company", "job_title", "programming_languages",
        "years_of_experience",
    }  # fmt: skip
    assert set(generate(ENGINEERS)[0]) == expected


def test_engineers_experience_at_least_five() -> None:
    years = [record["years_of_experience"] for record in generate_many(ENGINEERS)]
    assert min(years) >= 5


def test_engineers_email_matches_name() -> None:
    for record in generate_many(ENGINEERS):
        first, last = record["name"].split(" ", 1)
        local = record["email"].split("@")[0]
        assert ascii_fold(last) in local
        assert local.startswith(ascii_fold(first)[:1])


def test_engineers_email_tech_domain() -> None:
    domains = {record["email"].split("@")[1] for record in generate_many(ENGINEERS)}
    assert domains <= TECH_DOMAINS


def test_engineers_company_matches_domain() -> None:
    by_name = dict(TECH_COMPANIES)
    for record in generate_many(ENGINEERS):
        assert record["email"].endswith("@" + by_name[record["current_company"]])


def test_engineers_languages_nonempty() -> None:
    for record in generate_many(ENGINEERS):
        assert len(record["programming_languages"]) >= 1


def test_engineers_phone_us_format() -> None:
    for record in generate_many(ENGINEERS):
        assert re.fullmatch(r"\(\d{3}\) [2-9]\d{2}-\d{4}", record["phone"])


# --- used electric vehicles in California or Texas -------------------------------------------------------


def test_used_ev_only_electric() -> None:
    assert {record["fuel_type"] for record in generate_many(USED_EV)} == {"Electric"}


def test_used_ev_years_2020_to_2024() -> None:
    years = [record["year"] for record in generate_many(USED_EV)]
    assert min(years) >= 2020
    assert max(years) <= 2024


def test_used_ev_condition_used() -> None:
    assert {record["condition"] for record in generate_many(USED_EV)} == {"Used"}


def test_used_ev_dealer_exact_subfields() -> None:
    for record in generate(USED_EV):
        assert set(record["dealer"]) == {"name", "city", "state"}


def test_used_ev_dealer_state_ca_or_tx() -> None:
    assert {record["dealer"]["state"] for record in generate_many(USED_EV)} == {"CA", "TX"}


def test_used_ev_dealer_city_in_state() -> None:
    for record in generate_many(USED_EV):
        dealer = record["dealer"]
        assert (dealer["city"], dealer["state"]) in US_ZIP3


def test_used_ev_model_sold_as_electric() -> None:
    for record in generate_many(USED_EV):
        model = MAKES[record["make"]]["models"][record["model"]]
        assert "Electric" in model["fuel"]
        assert model["since"] <= record["year"]
