"""Titles, subjects, names and free text of generic records: grammatical shapes and no repeats within a request."""

from __future__ import annotations

import itertools

import pytest

from spectrapi_core.engine.builtin.data import generic as generic_data
from spectrapi_core.engine.builtin.data import jobs as job_data
from spectrapi_core.engine.builtin.data import text as text_data
from tests.unit.engine.builtin_support import SEEDS, generate, template_pattern

BOOKS = "Generate books with title, author, ISBN"
TICKETS = "Generate support tickets"
JOBS = "Generate job postings with title, level, salary_min, salary_max"
REVIEWS = "Generate product reviews with rating, title and body"
PRODUCTS = "Generate products with name, category, description and price"
BOOK_TITLE = template_pattern(text_data.BOOK_TEMPLATES, text_data.BOOK_WORDS)
TICKET_SUBJECT = template_pattern(text_data.TICKET_TEMPLATES, text_data.TICKET_WORDS)
ADJECTIVES = set(text_data.BOOK_WORDS["adjective"])
PRODUCT_KINDS = {noun: (modifiers, category, low, high) for noun, modifiers, category, low, high in text_data.PRODUCTS}


@pytest.mark.parametrize(
    ("instruction", "field"),
    [
        pytest.param(BOOKS, "title", id="book-title"),
        pytest.param(TICKETS, "subject", id="ticket-subject"),
        pytest.param(TICKETS, "description", id="ticket-description"),
        pytest.param(PRODUCTS, "name", id="product-name"),
        pytest.param("Generate product reviews with rating, title and body", "body", id="review-body"),
        pytest.param("Generate product reviews with rating, title and body", "title", id="review-title"),
        pytest.param("Generate events with name, venue and date", "name", id="event-name"),
        pytest.param("Generate projects with name, owner and budget", "name", id="project-name"),
        pytest.param("Generate companies with name and industry", "name", id="company-name"),
        pytest.param("Generate courses with title and category", "title", id="course-title"),
        pytest.param("Generate hotels with name, city and stars", "name", id="hotel-name"),
    ],
)
def test_text_distinct_within_request(instruction: str, field: str) -> None:
    for seed in SEEDS:
        values = [record[field] for record in generate(instruction, 20, seed)]
        assert len(set(values)) == len(values), values


def test_book_titles_match_templates() -> None:
    for seed in SEEDS:
        for record in generate(BOOKS, 20, seed):
            assert BOOK_TITLE.fullmatch(record["title"]), record["title"]


def test_book_titles_no_adjective_pairs() -> None:
    for seed in SEEDS:
        for record in generate(BOOKS, 20, seed):
            words = record["title"].split()
            pairs = list(itertools.pairwise(words))
            assert not any(first in ADJECTIVES and second in ADJECTIVES for first, second in pairs), record["title"]


def test_book_titles_end_with_noun() -> None:
    for seed in SEEDS:
        for record in generate(BOOKS, 20, seed):
            assert record["title"].split()[-1] not in ADJECTIVES, record["title"]


def test_book_titles_article_agrees() -> None:
    for seed in SEEDS:
        for record in generate(BOOKS, 50, seed):
            words = record["title"].split()
            for article, following in itertools.pairwise(words):
                if article in {"A", "An"}:
                    assert (article == "An") == (following[0] in "AEIO"), record["title"]


@pytest.mark.parametrize("field", ["title", "body"])
def test_review_text_fits_rating(field: str) -> None:
    words = text_data.REVIEW_WORDS
    headline = text_data.REVIEW_HEADLINE_WORDS
    praise = set(words["praise"]) | set(words["good_verdict"]) | set(headline["good"])
    complaint = set(words["complaint"]) | set(words["bad_verdict"]) | set(headline["bad"])
    for seed in SEEDS:
        for record in generate(REVIEWS, 50, seed):
            text = record[field]
            if record["rating"] >= 4:
                assert not any(phrase in text for phrase in complaint), record
            if record["rating"] <= 2:
                assert not any(phrase in text for phrase in praise), record


def test_ticket_subjects_match_templates() -> None:
    for seed in SEEDS:
        for record in generate(TICKETS, 20, seed):
            assert TICKET_SUBJECT.fullmatch(record["subject"]), record["subject"]


def test_ticket_description_sentence_order() -> None:
    words = text_data.TICKET_SENTENCE_WORDS
    for seed in SEEDS:
        for record in generate(TICKETS, 20, seed):
            description = record["description"]
            assert any(description.startswith(sentence) for sentence in words["start"]), description
            assert any(sentence in description for sentence in words["detail"]), description


def test_product_name_fits_kind() -> None:
    for seed in SEEDS:
        for record in generate(PRODUCTS, 20, seed):
            noun = next((noun for noun in PRODUCT_KINDS if noun in record["name"]), None)
            assert noun is not None, record["name"]
            modifiers, category, low, high = PRODUCT_KINDS[noun]
            assert record["name"].split(f" {noun}")[0] in modifiers, record["name"]
            assert record["category"] == category, record
            assert low <= record["price"] <= high, record


def test_product_price_range_per_kind() -> None:
    records = [record for seed in SEEDS for record in generate(PRODUCTS, 50, seed)]
    notebooks = [record["price"] for record in records if "Notebook" in record["name"]]
    chairs = [record["price"] for record in records if "Office Chair" in record["name"]]
    assert notebooks, "no notebook drawn"
    assert chairs, "no office chair drawn"
    assert max(notebooks) < min(chairs)


def test_salary_bounds_ordered() -> None:
    instruction = "Generate job postings with title, level, salary_min, salary_max"
    for seed in SEEDS:
        for record in generate(instruction, 20, seed):
            assert record["salary_min"] <= record["salary_max"], record


def test_salary_rises_with_seniority() -> None:
    instruction = "Generate employees with name, job title, seniority and annual_salary"
    by_level: dict[str, list[float]] = {}
    for seed in SEEDS:
        for record in generate(instruction, 50, seed):
            by_level.setdefault(record["seniority"], []).append(record["annual_salary"])
    assert set(by_level) == set(job_data.SENIORITY_SALARY_SHARE)
    assert max(by_level["entry"]) < min(by_level["senior"])
    assert max(by_level["mid"]) < min(by_level["lead"])


def test_job_posting_salary_bounds_ordered() -> None:
    for seed in SEEDS:
        for record in generate(JOBS, 20, seed):
            assert record["salary_min"] <= record["salary_max"], record


def test_job_posting_level_orders_salary() -> None:
    by_title: dict[str, dict[str, list[tuple[int, int]]]] = {}
    for seed in SEEDS:
        for record in generate(JOBS, 50, seed):
            levels = by_title.setdefault(record["title"], {})
            levels.setdefault(record["level"], []).append((record["salary_min"], record["salary_max"]))
    compared = 0
    for title, levels in by_title.items():
        if "entry" in levels and "senior" in levels:
            compared += 1
            highest_entry = max(high for _low, high in levels["entry"])
            lowest_senior = min(low for low, _high in levels["senior"])
            assert highest_entry <= lowest_senior, title
    assert compared > 0


def test_job_posting_title_names_level() -> None:
    for seed in SEEDS:
        for record in generate(JOBS, 50, seed):
            if record["title"].startswith("Senior "):
                assert record["level"] == "senior", record


def test_senior_title_senior_level() -> None:
    instruction = "Generate employees with name, job title, seniority and salary"
    for seed in SEEDS:
        for record in generate(instruction, 50, seed):
            if record["job_title"].startswith("Senior "):
                assert record["seniority"] == "senior", record


def test_student_school_level_consistent() -> None:
    instruction = "Generate students with name, grade_level, major and age"
    for seed in SEEDS:
        for record in generate(instruction, 20, seed):
            assert 9 <= record["grade_level"] <= 12
            assert record["major"] in text_data.HIGH_SCHOOL_TRACKS, record
            assert 14 <= record["age"] <= 18, record


def test_university_student_has_major() -> None:
    instruction = "Generate students with name, major, year_of_study and age"
    for seed in SEEDS:
        for record in generate(instruction, 20, seed):
            assert record["major"] in generic_data.MAJORS, record
            assert 18 <= record["age"] <= 30, record


def test_text_same_seed_same_values() -> None:
    first = generate(TICKETS, 20, 3)
    second = generate(TICKETS, 20, 3)
    assert first == second


def test_course_category_fits_title() -> None:
    categories = dict(text_data.COURSE_SUBJECTS)
    for seed in SEEDS:
        for record in generate("Generate courses with title, category and price", 20, seed):
            subject = max((subject for subject in categories if subject in record["title"]), key=len, default=None)
            assert subject is not None, record["title"]
            assert record["category"] == categories[subject], record


def test_company_website_from_name() -> None:
    for seed in SEEDS:
        for record in generate("Generate companies with name, industry and website", 20, seed):
            first_word = record["name"].split()[0].lower()
            assert first_word in record["website"], record
