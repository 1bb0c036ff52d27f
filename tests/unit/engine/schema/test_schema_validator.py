"""The record validator asserts formats and reports plain messages; the pattern builder matches."""

from __future__ import annotations

import random
import re

import pytest

from spectrapi_core.engine.schema import compile_validator
from spectrapi_core.engine.schema.patterns import string_matching
from spectrapi_core.engine.schema.validation import is_multiple_of

BAD_FORMAT_VALUES = [
    ("date", "2023-02-29"),
    ("date-time", "2024-01-01T10:00:00"),
    ("time", "25:00:00Z"),
    ("email", "not an email"),
    ("uri", "/relative/path"),
    ("uuid", "1234"),
    ("ipv4", "256.1.1.1"),
    ("ipv6", "2001:db8:::1"),
    ("hostname", "-bad-.example.com"),
]


@pytest.mark.parametrize(("fmt", "value"), BAD_FORMAT_VALUES)
def test_validator_rejects_bad_format(fmt: str, value: str) -> None:
    validate = compile_validator({"type": "object", "properties": {"v": {"type": "string", "format": fmt}}})
    assert validate({"v": value}) != []


def test_validator_message_names_path() -> None:
    validate = compile_validator({"type": "object", "properties": {"age": {"type": "integer", "minimum": 0}}})
    assert validate({"age": -1}) == ["/age: -1 is less than the minimum of 0"]


def test_validator_accepts_valid_record() -> None:
    validate = compile_validator(
        {"type": "object", "properties": {"home": {"$ref": "#/$defs/a"}}, "$defs": {"a": {"type": "object"}}}
    )
    assert validate.is_valid({"home": {}})


def test_multiple_of_rejects_float_artifacts() -> None:
    assert not is_multiple_of(19.99, 0.01)


def test_multiple_of_accepts_exact_cents() -> None:
    assert is_multiple_of(19.5, 0.01)


PATTERNS = [
    r"^[A-Z]{3}-\d{4}$",
    r"^(\([0-9]{3}\))?[0-9]{3}-[0-9]{4}$",
    r"^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$",
    r"^(?:foo|bar)+$",
    r"^(ab)\1$",
    r"^[^aeiou\s]{2,5}$",
    r"^\w+\s\w+$",
    r"\d{3}",
    r"^[A-HJ-NPR-Z0-9]{17}$",
]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_pattern_strings_match(pattern: str) -> None:
    rng = random.Random(5)
    for _ in range(200):
        text = string_matching(pattern, rng)
        assert text is not None
        assert re.search(pattern, text)
