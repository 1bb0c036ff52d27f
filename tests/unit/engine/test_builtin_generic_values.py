"""Values of generic records (entities outside the five domains), checked as properties over seeded records."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Any

import pytest

from spectrapi_core.engine.builtin.checksums import (
    ean13_check_digit,
    iban_valid,
    isbn13_check_digit,
    ups_check_digit,
)
from spectrapi_core.engine.builtin.data import generic as generic_data
from spectrapi_core.engine.builtin.data import text as text_data
from spectrapi_core.engine.builtin.locale_tables import tables_for
from spectrapi_core.engine.builtin.parser import parse_instruction
from tests.unit.engine.builtin_support import NOW, generate, generate_many, template_pattern

BOOKINGS = "Generate 5 hotel bookings with guest name, check-in and check-out dates"
BOOKS = "Generate books with title, author, ISBN, and price under $30"
INVOICES = "Generate invoices with invoice number, customer, line items, subtotal, tax and total"
FLIGHTS = "Generate flights with flight number, departure and arrival airports and times"
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")
TABLES = tables_for("en-US")
BOOK_TITLE = template_pattern(text_data.BOOK_TEMPLATES, text_data.BOOK_WORDS)
FIRST_NAMES = set(TABLES.male_first_names.names) | set(TABLES.female_first_names.names)
LAST_NAMES = set(TABLES.last_names.names)

REALISTIC_INSTRUCTIONS = (
    BOOKINGS,
    BOOKS,
    INVOICES,
    FLIGHTS,
    "Generate hotel bookings",
    "Generate orders with items, customer name, status and total",
    "Generate products with name, SKU, price and stock",
    "Generate patients with name, date of birth and blood type",
    "Generate students with name, email and GPA",
    "Generate restaurant reviews with restaurant name, reviewer, rating of 4 or more and comment",
    "Generate IoT sensor readings with sensor id, timestamp, temperature and humidity",
    "Generate employees with name, department, hire date and salary",
    "Generate movies with title, director, release year and runtime",
    "Generate projects with start and end dates, budget, owner, and tags",
    "Generate shipments",
    "Generate appointments",
    "Generate widgets with name, flavor, is verified and notes",
)


def _is_person_name(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    splits = [(value[:index], value[index + 1 :]) for index, char in enumerate(value) if char == " "]
    return any(first in FIRST_NAMES and last in LAST_NAMES for first, last in splits)


def _field_names(instruction: str) -> list[str]:
    return [item.name for item in parse_instruction(instruction, NOW).fields]


def _type_names(record: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    return tuple((key, type(value).__name__) for key, value in record.items())


# --- field lists ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("instruction", "expected"),
    [
        (BOOKINGS, ["guest_name", "check_in_date", "check_out_date"]),
        ("Generate projects with start and end dates, owner and budget", ["start_date", "end_date", "owner", "budget"]),
        ("Generate gift cards with min and max price, and code", ["min_price", "max_price", "code"]),
        ("Generate members with first and last name, and email", ["first_name", "last_name", "email"]),
        (FLIGHTS, ["flight_number", "departure_airport", "arrival_airport", "departure_time", "arrival_time"]),
        ("Generate flights with departure/arrival airports", ["departure_airport", "arrival_airport"]),
        ("Generate invoices with line items and totals", ["line_items", "total"]),
    ],
)
def test_fields_shared_noun_distributed(instruction: str, expected: list[str]) -> None:
    assert _field_names(instruction) == expected


@pytest.mark.parametrize(
    ("instruction", "field", "low", "high"),
    [
        (BOOKS, "price", None, 30),
        ("Generate restaurant reviews with restaurant name, rating of 4 or more and comment", "rating", 4, None),
        ("Generate users with age between 18 and 65, username and email", "age", 18, 65),
        ("Generate orders with quantity over 10, product name, and unit price", "quantity", 10, None),
    ],
)
def test_fields_constraint_keeps_field(instruction: str, field: str, low: float | None, high: float | None) -> None:
    assert field in _field_names(instruction)
    for record in generate_many(instruction):
        if low is not None:
            assert record[field] >= low
        if high is not None:
            assert record[field] <= high


# --- bookings -------------------------------------------------------------------------------------------


def test_bookings_guest_name_person() -> None:
    for record in generate_many(BOOKINGS):
        assert _is_person_name(record["guest_name"]), record["guest_name"]


def test_bookings_dates_iso_ordered() -> None:
    for record in generate_many(BOOKINGS):
        assert ISO_DATE.match(record["check_in_date"])
        assert ISO_DATE.match(record["check_out_date"])
        assert record["check_out_date"] > record["check_in_date"]


def test_bookings_ids_use_bkg() -> None:
    assert all(record["id"].startswith("bkg_") for record in generate_many(BOOKINGS))


def test_bookings_reservations_use_res() -> None:
    assert all(record["id"].startswith("res_") for record in generate("Generate reservations"))


def test_bookings_default_fields() -> None:
    expected = {"guest_name", "hotel_name", "room_type", "check_in_date", "check_out_date", "nights",
                "total_price", "status"}  # fmt: skip
    assert expected <= set(generate("Generate hotel bookings")[0])


def test_bookings_nights_match_dates() -> None:
    for record in generate_many("Generate hotel bookings"):
        stay = date.fromisoformat(record["check_out_date"]) - date.fromisoformat(record["check_in_date"])
        assert record["nights"] == stay.days


def test_bookings_total_price_per_night() -> None:
    for record in generate_many("Generate hotel bookings"):
        nightly = record["total_price"] / record["nights"]
        assert 80 <= nightly <= 350


def test_bookings_status_from_booking_set() -> None:
    statuses = {record["status"] for record in generate_many("Generate hotel bookings")}
    assert statuses <= set(generic_data.STATUSES["booking"])


def test_bookings_hotel_name_not_person() -> None:
    for record in generate_many("Generate hotel bookings"):
        assert not _is_person_name(record["hotel_name"])
        assert record["hotel_name"].split()[-1] in {"Hotel", "Inn", "Suites", "Resort", "Lodge", "Spa"}


# --- person names and emails ----------------------------------------------------------------------------

PERSON_FIELDS = ("guest_name", "customer_name", "patient_name", "student_name", "employee_name", "driver_name",
                 "owner", "manager", "agent", "author", "contact_name", "created_by")  # fmt: skip


@pytest.mark.parametrize("field", PERSON_FIELDS)
def test_person_roles_give_person_names(field: str) -> None:
    instruction = f"Generate widgets with {field.replace('_', ' ')}, sku and notes"
    for record in generate_many(instruction, 20):
        assert _is_person_name(record[field]), (field, record[field])


@pytest.mark.parametrize("field", ["company_name", "hotel_name", "product_name", "restaurant_name", "book_title"])
def test_person_roles_exclude_things(field: str) -> None:
    instruction = f"Generate widgets with {field.replace('_', ' ')}, sku and notes"
    for record in generate_many(instruction, 20):
        assert not _is_person_name(record[field]), (field, record[field])


def test_person_email_from_record_name() -> None:
    for record in generate_many("Generate students with name, email and GPA"):
        last_name = re.sub(r"[^a-z]", "", record["name"].split()[-1].lower())
        assert last_name in record["email"]


# --- books ----------------------------------------------------------------------------------------------


def test_books_price_two_decimals() -> None:
    for record in generate_many(BOOKS):
        assert isinstance(record["price"], float)
        assert round(record["price"], 2) == record["price"]
        assert 0 < record["price"] <= 30


def test_books_isbn_check_digit() -> None:
    for record in generate_many(BOOKS):
        assert record["isbn"][-1] == isbn13_check_digit(record["isbn"][:12])


def test_books_author_person_name() -> None:
    for record in generate_many(BOOKS):
        assert _is_person_name(record["author"])


# --- dates ----------------------------------------------------------------------------------------------


def test_dates_created_at_past_datetime() -> None:
    for record in generate_many("Generate widgets with name, created at, updated at and status"):
        assert ISO_DATETIME.match(record["created_at"])
        assert record["created_at"] <= record["updated_at"]
        assert datetime.fromisoformat(record["updated_at"]) <= NOW


def test_dates_due_date_future() -> None:
    for record in generate_many("Generate chores with title, due date and deadline"):
        assert date.fromisoformat(record["due_date"]) > NOW.date()
        assert date.fromisoformat(record["deadline"]) > NOW.date()


def test_dates_birth_date_adult_age() -> None:
    for record in generate_many("Generate members with name, date of birth and email"):
        born = date.fromisoformat(record["date_of_birth"])
        assert NOW.date() - timedelta(days=86 * 366) < born < NOW.date() - timedelta(days=18 * 365)


def test_dates_invoice_due_after_issue() -> None:
    for record in generate_many("Generate invoices"):
        assert record["due_date"] > record["issue_date"]


def test_dates_flight_arrival_after_departure() -> None:
    for record in generate_many(FLIGHTS):
        departure = datetime.fromisoformat(record["departure_time"])
        arrival = datetime.fromisoformat(record["arrival_time"])
        assert timedelta(hours=1) <= arrival - departure <= timedelta(hours=14)


def test_dates_flight_airports_differ() -> None:
    for record in generate_many(FLIGHTS):
        assert record["departure_airport"] != record["arrival_airport"]


# --- amounts, counts and measurements -------------------------------------------------------------------


def test_invoices_subtotal_sums_lines() -> None:
    for record in generate_many(INVOICES):
        lines = sum(item["line_total"] for item in record["line_items"])
        assert record["subtotal"] == pytest.approx(lines, abs=0.01)


def test_invoices_total_adds_tax() -> None:
    for record in generate_many(INVOICES):
        assert record["total"] == pytest.approx(record["subtotal"] + record["tax"], abs=0.01)


def test_invoices_line_total_is_product() -> None:
    for record in generate_many(INVOICES):
        for item in record["line_items"]:
            assert item["line_total"] == pytest.approx(item["quantity"] * item["unit_price"], abs=0.01)


@pytest.mark.parametrize("field", ["quantity", "stock_quantity", "nights", "pages", "seats"])
def test_counts_small_positive_integers(field: str) -> None:
    instruction = f"Generate widgets with name, {field.replace('_', ' ')} and notes"
    for record in generate_many(instruction, 20):
        assert isinstance(record[field], int)
        assert 0 <= record[field] <= 1000


@pytest.mark.parametrize("field", ["price", "cost", "fee", "amount", "total"])
def test_money_positive_two_decimals(field: str) -> None:
    for record in generate_many(f"Generate widgets with name, {field} and notes", 20):
        assert isinstance(record[field], float)
        assert record[field] > 0
        assert round(record[field], 2) == record[field]


def test_money_salary_whole_number() -> None:
    for record in generate_many("Generate employees with name, department, hire date and salary"):
        assert 20000 <= record["salary_range"]["min"] <= record["salary_range"]["max"] <= 250000


def test_ratings_one_to_five() -> None:
    for record in generate_many("Generate widgets with name, rating and hotel stars"):
        assert record["rating"] in {1, 2, 3, 4, 5}
        assert record["hotel_stars"] in {1, 2, 3, 4, 5}


def test_readings_temperature_plausible() -> None:
    for record in generate_many("Generate IoT sensor readings with sensor id, timestamp, temperature and humidity"):
        assert isinstance(record["temperature"], float)
        assert -10 <= record["temperature"] <= 40
        assert 0 <= record["humidity"] <= 100
        assert ISO_DATETIME.match(record["timestamp"])


def test_movies_runtime_minutes() -> None:
    for record in generate_many("Generate movies with title, director, release year and runtime"):
        assert 80 <= record["runtime"] <= 180
        assert record["release_year"] <= NOW.year
        assert _is_person_name(record["director"])


def test_students_gpa_range() -> None:
    for record in generate_many("Generate students with name, email and GPA"):
        assert 0.0 <= record["gpa"] <= 4.0


# --- categories, identifiers, booleans and lists --------------------------------------------------------


@pytest.mark.parametrize("entity", ["ticket", "order", "booking", "shipment"])
def test_status_fits_entity(entity: str) -> None:
    statuses = {record["status"] for record in generate_many(f"Generate {entity}s with title, status and notes")}
    assert statuses <= set(generic_data.STATUSES[entity])


def test_identifiers_iban_mod97() -> None:
    for locale in ("en-US", "en-GB", "fr-FR", "de-DE"):
        for record in generate_many("Generate bank accounts with holder name, iban and balance", 10, locale):
            assert iban_valid(record["iban"]), record["iban"]


def test_identifiers_tracking_check_digit() -> None:
    for record in generate_many("Generate shipments"):
        number = record["tracking_number"]
        assert number.startswith("1Z")
        assert number[-1] == ups_check_digit(number[2:-1])


def test_identifiers_barcode_check_digit() -> None:
    for record in generate_many("Generate products with name, barcode and price"):
        assert record["barcode"][-1] == ean13_check_digit(record["barcode"][:12])


def test_identifiers_formats() -> None:
    for record in generate_many("Generate widgets with sku, uuid, order number and url"):
        assert re.fullmatch(r"SKU-[A-Z0-9]{8}", record["sku"])
        assert re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", record["uuid"])
        assert re.fullmatch(r"ORD-\d{4}-\d{6}", record["order_number"])
        assert record["url"].startswith("https://")


def test_booleans_from_flag_names() -> None:
    for record in generate_many("Generate widgets with name, is verified, has warranty, active and verified"):
        for field in ("is_verified", "has_warranty", "active", "verified"):
            assert isinstance(record[field], bool)


@pytest.mark.parametrize("field", ["tags", "skills", "features", "amenities"])
def test_lists_of_strings(field: str) -> None:
    for record in generate_many(f"Generate widgets with name, {field} and notes", 20):
        assert isinstance(record[field], list)
        assert 1 <= len(record[field]) <= 6
        assert all(isinstance(item, str) and item for item in record[field])


def test_unknown_fields_not_title_words() -> None:
    title_words = {word for words in text_data.BOOK_WORDS.values() for word in words}
    for record in generate_many("Generate widgets with name, flavor, gizmo and notes"):
        for field in ("flavor", "gizmo", "name"):
            assert isinstance(record[field], str)
            assert len(record[field]) <= 40
            assert not set(record[field].split()) <= title_words, record[field]


def test_text_fits_ticket_entity() -> None:
    pattern = template_pattern(text_data.TICKET_TEMPLATES, text_data.TICKET_WORDS)
    for record in generate_many("Generate support tickets with title, status, description and assignee"):
        assert pattern.fullmatch(record["title"]), record["title"]


# --- shape of every record ------------------------------------------------------------------------------


@pytest.mark.parametrize("instruction", REALISTIC_INSTRUCTIONS)
def test_shape_keys_and_types_shared(instruction: str) -> None:
    records = generate_many(instruction, 25)
    assert len({_type_names(record) for record in records}) == 1


@pytest.mark.parametrize("instruction", REALISTIC_INSTRUCTIONS)
def test_shape_same_seed_same_records(instruction: str) -> None:
    assert generate(instruction, 20, seed=7) == generate(instruction, 20, seed=7)


# --- pairs, entity-specific names and text --------------------------------------------------------------


def test_pairs_min_below_max() -> None:
    for record in generate_many("Generate gift cards with min and max price, and code"):
        assert record["min_price"] <= record["max_price"]


def test_pairs_project_end_after_start() -> None:
    for record in generate_many("Generate projects with start and end dates, budget, owner, and tags"):
        assert record["end_date"] > record["start_date"]


def test_orders_items_match_count() -> None:
    for record in generate_many("Generate orders with items, item count, customer name and total"):
        assert record["item_count"] == sum(item["quantity"] for item in record["items"])
        assert record["total"] == pytest.approx(sum(item["line_total"] for item in record["items"]), abs=0.01)


def test_pets_names_and_ages() -> None:
    pet_names = set(generic_data.NAME_LISTS["pet"])
    for record in generate_many("Generate pets with name, species, breed, age and owner"):
        assert record["name"] in pet_names
        assert 1 <= record["age"] <= 15
        assert record["species"] in generic_data.CHOICES["species"]
        assert _is_person_name(record["owner"])


def test_reviews_restaurant_text() -> None:
    pool = set(generic_data.ENTITY_SENTENCES["restaurant_review"])
    for record in generate_many("Generate restaurant reviews"):
        assert "restaurant_name" in record
        sentences = {sentence.strip() for sentence in re.findall(r"[^.!?]+[.!?]", record["body"])}
        assert sentences <= pool


def test_urls_from_field_suffix() -> None:
    for record in generate_many("Generate expenses with amount, category, date, merchant and receipt url"):
        assert record["receipt_url"].startswith("https://")


def test_unknown_entity_name_label() -> None:
    for record in generate_many("Generate widgets"):
        assert record["name"].endswith(" Widget")


def test_bookings_status_fits_dates() -> None:
    for record in generate_many("Generate hotel bookings"):
        if record["status"] == "cancelled":
            continue
        if record["check_out_date"] < NOW.date().isoformat():
            assert record["status"] == "checked_out"
        elif record["check_in_date"] > NOW.date().isoformat():
            assert record["status"] in {"confirmed", "pending"}


def test_titles_follow_field_head() -> None:
    for record in generate_many("Generate library loans with book title, borrower name, loan date and return date"):
        assert BOOK_TITLE.fullmatch(record["book_title"]), record["book_title"]
        assert _is_person_name(record["borrower_name"])
        assert record["return_date"] > record["loan_date"]


@pytest.mark.parametrize(
    ("locale", "pattern"),
    [
        ("en-US", r"\d[A-Z]{3}\d{3}"),
        ("en-GB", r"[A-Z]{2}\d{2} [A-Z]{3}"),
        ("fr-FR", r"[A-Z]{2}-\d{3}-[A-Z]{2}"),
        ("de-DE", r"[A-Z]{1,2}-[A-Z]{2} \d{1,4}"),
    ],
)
def test_identifiers_license_plate_locale(locale: str, pattern: str) -> None:
    for record in generate_many("Generate parking tickets with license plate, issued at and fine amount", 10, locale):
        assert re.fullmatch(pattern, record["license_plate"]), record["license_plate"]


def test_products_stock_alias_quantity() -> None:
    assert "stock_quantity" in _field_names("Generate products with name, SKU, price and stock")


def test_entity_stops_before_due() -> None:
    assert parse_instruction("Generate 3 tasks due this week with title and assignee", NOW).entity == "task"


def test_dates_event_date_upcoming() -> None:
    for record in generate_many("Generate events with name, venue, date and ticket price"):
        assert date.fromisoformat(record["date"]) > NOW.date()
