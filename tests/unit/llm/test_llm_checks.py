"""Record checks: schema validation with formats, shared shape, dedupe key, leak detection."""

from __future__ import annotations

import random

import pytest

from spectrapi_core.engine.llm.checks import LeakDetector, SharedShape, build_validator, canonical_key
from spectrapi_core.engine.llm.prompts import SYSTEM_PROMPT


@pytest.mark.parametrize(
    ("fmt", "good", "bad"),
    [
        ("date-time", "2026-03-01T12:00:00Z", "next Thursday afternoon"),
        ("date", "2026-03-01", "March 1st"),
        ("email", "ada@example.com", "ada at example"),
        ("uri", "https://example.com/a", "example dot com"),
        ("uuid", "123e4567-e89b-12d3-a456-426614174000", "not-a-uuid"),
    ],
)
def test_validator_checks_format(fmt, good, bad):
    validate = build_validator({"type": "object", "properties": {"v": {"type": "string", "format": fmt}}})

    assert validate({"v": good}) is None
    assert validate({"v": bad}) is not None


def test_validator_names_bad_field():
    validate = build_validator({"type": "object", "properties": {"year": {"type": "integer"}}})

    assert validate({"year": "2024"}).startswith("year:")


def test_shape_rejects_missing_field():
    shape = SharedShape()
    shape.fix({"a": 1, "b": "x"})

    assert shape.conform({"a": 2}) == "b: missing"


def test_shape_rejects_other_type():
    shape = SharedShape()
    shape.fix({"a": 1})

    assert shape.conform({"a": "one"}) is not None


def test_shape_accepts_null_and_int_float():
    shape = SharedShape()
    shape.fix({"a": 1, "b": "x"})

    assert shape.conform({"a": 1.5, "b": None}) is None


def test_shape_removes_extra_fields():
    shape = SharedShape()
    shape.fix({"a": 1})
    record = {"a": 2, "extra": True}

    shape.conform(record)

    assert record == {"a": 2}


def test_canonical_key_ignores_id_and_order():
    assert canonical_key({"id": "x", "a": 1, "b": 2}) == canonical_key({"b": 2, "a": 1, "id": "y"})


def test_leak_detector_finds_rule_sentence():
    rule_line = SYSTEM_PROMPT.splitlines()[0]

    assert LeakDetector(SYSTEM_PROMPT).leaks({"description": f"Sure! {rule_line.upper()}"})


def test_leak_detector_finds_nested_text():
    fragment = " ".join(SYSTEM_PROMPT.split())[200:260]

    assert LeakDetector(SYSTEM_PROMPT).leaks({"a": [{"b": fragment}]})


def test_leak_detector_passes_ordinary_records():
    detector = LeakDetector(SYSTEM_PROMPT)
    rng = random.Random(5)
    words = [
        "realistic",
        "durable",
        "records",
        "products",
        "data",
        "quality",
        "team",
        "tests",
        "json",
        "value",
        "city",
        "email",
        "name",
    ]
    for _ in range(200):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(5, 40)))
        assert not detector.leaks({"description": text}), text
