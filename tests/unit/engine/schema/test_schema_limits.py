"""Size limits, the record size cap and the time budget: hostile schemas fail fast and name the keyword."""

from __future__ import annotations

import json
import random
import time
from datetime import datetime
from typing import Any

import pytest

from spectrapi_core.engine.schema import build_records, check_schema, compile_validator
from spectrapi_core.engine.schema.limits import MAX_MIN_LENGTH, MAX_RECORD_BYTES
from spectrapi_core.engine.schema.validation import is_multiple_of
from spectrapi_core.errors import BadRequestError, InvalidInstructionError
from spectrapi_core.service.categories import check_category_schema


def _obj(**properties: Any) -> dict[str, Any]:
    return {"type": "object", "required": list(properties), "properties": properties}


OVER_LIMIT = [
    pytest.param(
        _obj(a={"type": "string", "minLength": 1_000_000_000}),
        ["/properties/a/minLength", "1000000000", "10000 characters"],
        id="min-length",
    ),
    pytest.param(
        {"type": "object", "minProperties": 100_000_000},
        ["/minProperties", "100000000", "1000 properties"],
        id="min-properties",
    ),
    pytest.param(
        _obj(a={"type": "array", "minItems": 50_000}),
        ["/properties/a/minItems", "50000", "1000 items"],
        id="min-items",
    ),
    pytest.param(
        _obj(a={"type": "array", "contains": {"type": "integer"}, "minContains": 5_000}),
        ["/properties/a/minContains", "5000"],
        id="min-contains",
    ),
    pytest.param(
        _obj(a={"type": "string", "pattern": "^a{1000000}$"}),
        ["/properties/a/pattern", "1000000 times", "10000 repetitions"],
        id="pattern-repeat",
    ),
    pytest.param(
        _obj(a={"type": "string", "pattern": "^((a{1000}){1000}){10}$"}),
        ["/properties/a/pattern", "10000000 characters", "maximum of 10000"],
        id="pattern-nested-repeats",
    ),
    pytest.param(
        {"type": "object", "patternProperties": {"^x{20000}$": {"type": "integer"}}},
        ["/patternProperties/^x{20000}$", "20000 times"],
        id="pattern-properties-repeat",
    ),
    pytest.param(
        _obj(a={"type": "number", "multipleOf": 1e-300, "minimum": 0.5, "maximum": 0.6}),
        ["/properties/a/multipleOf", "1e-300", "1e-9"],
        id="multiple-of-tiny",
    ),
    pytest.param(
        _obj(a={"type": "number", "multipleOf": 0.001, "maximum": 1e20}),
        ["/properties/a/multipleOf", "0.001", "1e+15"],
        id="multiple-of-huge-ratio",
    ),
]


@pytest.mark.parametrize(("schema", "fragments"), OVER_LIMIT)
def test_limits_reject_at_check(schema: dict[str, Any], fragments: list[str]) -> None:
    started = time.perf_counter()
    with pytest.raises(BadRequestError) as caught:
        check_schema(schema)
    assert time.perf_counter() - started < 1
    for fragment in fragments:
        assert fragment in caught.value.message


@pytest.mark.parametrize(("schema", "fragments"), OVER_LIMIT)
def test_limits_reject_category_save(schema: dict[str, Any], fragments: list[str]) -> None:
    with pytest.raises(BadRequestError) as caught:
        check_category_schema(schema)
    assert fragments[0] in caught.value.message


@pytest.mark.parametrize(
    "schema",
    [
        pytest.param(_obj(a={"type": "string", "minLength": MAX_MIN_LENGTH}), id="min-length"),
        pytest.param(_obj(a={"type": "string", "pattern": "^a{10000}$"}), id="pattern"),
        pytest.param(_obj(a={"type": "string", "pattern": "^[a-f]{10000}$"}), id="class-pattern"),
        pytest.param(_obj(a={"type": "array", "minItems": 1000, "items": {"type": "integer"}}), id="min-items"),
        pytest.param({"type": "object", "minProperties": 1000}, id="min-properties"),
        pytest.param(_obj(a={"type": "string", "maxLength": 10**9}), id="huge-max-length"),
    ],
)
def test_limits_at_maximum_generate(schema: dict[str, Any], now: datetime) -> None:
    started = time.perf_counter()
    records = build_records(schema, 5, random.Random(3), locale="en-US", now=now)
    assert time.perf_counter() - started < 3
    validate = compile_validator(schema)
    assert all(validate(record) == [] for record in records)


def test_fit_length_time_is_linear(now: datetime) -> None:
    small = _obj(a={"type": "string", "minLength": 1_000})
    large = _obj(a={"type": "string", "minLength": 10_000})
    build_records(small, 1, random.Random(1), locale="en-US", now=now)
    timings = []
    for schema in (small, large):
        started = time.perf_counter()
        build_records(schema, 20, random.Random(1), locale="en-US", now=now)
        timings.append(time.perf_counter() - started)
    assert timings[1] < 30 * timings[0] + 0.05


def test_oversize_record_is_422(now: datetime) -> None:
    schema = _obj(a={"type": "array", "minItems": 1000, "items": {"type": "string", "minLength": 10_000}})
    started = time.perf_counter()
    with pytest.raises(InvalidInstructionError) as caught:
        build_records(schema, 5, random.Random(1), locale="en-US", now=now)
    assert time.perf_counter() - started < 2
    assert str(MAX_RECORD_BYTES) in caught.value.message
    assert "/properties/a/items" in caught.value.message


def test_oversize_numbers_record_is_422(now: datetime) -> None:
    schema = _obj(
        a={
            "type": "array",
            "minItems": 900,
            "items": {
                "type": "array",
                "minItems": 19,
                "maxItems": 19,
                "items": {"type": "number", "minimum": 1.5e15, "maximum": 9.5e15},
            },
        }
    )
    with pytest.raises(InvalidInstructionError) as caught:
        build_records(schema, 1, random.Random(1), locale="en-US", now=now)
    assert f"more than the {MAX_RECORD_BYTES} allowed" in caught.value.message


def test_records_under_size_cap(now: datetime) -> None:
    schema = _obj(a={"type": "array", "minItems": 20, "items": {"type": "string", "minLength": 10_000}})
    records = build_records(schema, 3, random.Random(1), locale="en-US", now=now)
    sizes = [len(json.dumps(record, ensure_ascii=False).encode()) for record in records]
    assert max(sizes) <= MAX_RECORD_BYTES


class _SteppingClock:
    """A fake monotonic clock that advances one second each time it is read."""

    def __init__(self) -> None:
        self.reading = 0.0

    def __call__(self) -> float:
        self.reading += 1.0
        return self.reading


def test_deadline_names_constraint(now: datetime) -> None:
    schema = _obj(a={"type": "string", "minLength": 50})
    with pytest.raises(InvalidInstructionError) as caught:
        build_records(schema, 10, random.Random(1), locale="en-US", now=now, deadline_s=3.5, clock=_SteppingClock())
    message = caught.value.message
    assert "within 3.5 s" in message
    assert "/properties/a" in message
    assert "minLength 50" in message


def test_deadline_real_clock_bounds_time(now: datetime) -> None:
    schema = _obj(a={"type": "array", "minItems": 1000, "items": {"type": "string", "minLength": 200}})
    started = time.perf_counter()
    with pytest.raises(InvalidInstructionError) as caught:
        build_records(schema, 100, random.Random(1), locale="en-US", now=now, deadline_s=0.2)
    assert time.perf_counter() - started < 1.5
    assert "did not finish within 0.2 s" in caught.value.message


def test_generous_deadline_builds_all(now: datetime) -> None:
    schema = _obj(a={"type": "string"})
    records = build_records(schema, 10, random.Random(1), locale="en-US", now=now, deadline_s=60)
    assert len(records) == 10


@pytest.mark.parametrize(
    ("value", "divisor", "expected"),
    [(0.5, 1e-300, True), (1e300, 0.01, True), (1e300, 3e-7, False), (0.55, 0.1, False)],
)
def test_is_multiple_of_extreme_operands(value: float, divisor: float, expected: bool) -> None:
    assert is_multiple_of(value, divisor) is expected


@pytest.mark.parametrize("regex", ["a\\Z", "(?P<n>a)(?P=n)", "a{,5}", "\\N{DIGIT ONE}"])
def test_rust_rejected_pattern_fails_save(regex: str) -> None:
    with pytest.raises(BadRequestError) as caught:
        check_category_schema(_obj(a={"type": "string", "pattern": regex}))
    assert "/properties/a/pattern" in caught.value.message


def test_rust_rejected_pattern_fails_build(now: datetime) -> None:
    with pytest.raises(BadRequestError) as caught:
        build_records(_obj(a={"type": "string", "pattern": "a\\Z"}), 1, random.Random(1), locale="en-US", now=now)
    assert "cannot compile" in caught.value.message


def test_deadline_during_retries_names_failure(now: datetime) -> None:
    schema = _obj(a={"type": "string", "pattern": "^[a-z]{3}$", "not": {"pattern": "^[a-y]"}})
    with pytest.raises(InvalidInstructionError) as caught:
        build_records(schema, 3, random.Random(1), locale="en-US", now=now, deadline_s=20, clock=_SteppingClock())
    message = caught.value.message
    assert "within 20 s" in message
    assert "/a" in message
