"""Property test: every fixture schema yields 1,000 records that `jsonschema` accepts."""

from __future__ import annotations

import json
import random
from datetime import datetime

import pytest

from spectrapi_core.engine.schema import build_records
from tests.unit.engine.schema.schema_support import FIXTURES, load_fixture, reference_validator

FIXTURE_NAMES = sorted(path.stem for path in FIXTURES.glob("*.json"))
RECORDS_PER_SCHEMA = 1_000
FORMAT_NAMES = ("date", "date-time", "time", "email", "uri", "uuid", "ipv4", "ipv6", "hostname")


def test_fixtures_cover_enough_schemas() -> None:
    assert len(FIXTURE_NAMES) >= 25


def test_reference_validator_checks_every_format() -> None:
    # Without the optional checkers installed, `jsonschema` silently skips a format.
    checker = reference_validator({"type": "object"}).format_checker
    assert checker is not None
    missing = [name for name in FORMAT_NAMES if name not in checker.checkers]
    assert missing == []


@pytest.mark.parametrize("name", FIXTURE_NAMES)
def test_fixture_records_all_valid(name: str, now: datetime) -> None:
    schema = load_fixture(name)
    validator = reference_validator(schema)

    records: list[dict] = []
    for seed in range(RECORDS_PER_SCHEMA // 100):
        records += build_records(schema, 100, random.Random(seed), locale="en-US", now=now)

    invalid = [
        (record, next(validator.iter_errors(record)).message) for record in records if not validator.is_valid(record)
    ]
    assert len(records) == RECORDS_PER_SCHEMA
    assert invalid[:1] == []


@pytest.mark.parametrize("name", ["person", "nested_order", "tree_recursive", "oneof_payment"])
def test_fixture_records_same_seed_same_output(name: str, now: datetime) -> None:
    schema = load_fixture(name)
    first = build_records(schema, 20, random.Random(42), locale="en-US", now=now)
    second = build_records(schema, 20, random.Random(42), locale="en-US", now=now)
    assert json.dumps(first) == json.dumps(second)


@pytest.mark.parametrize("locale", ["en-GB", "fr-FR", "de-DE"])
def test_fixture_records_valid_per_locale(locale: str, now: datetime) -> None:
    for name in ("person", "job_posting", "formats_all"):
        schema = load_fixture(name)
        validator = reference_validator(schema)
        records = build_records(schema, 100, random.Random(7), locale=locale, now=now)
        assert all(validator.is_valid(record) for record in records), name
