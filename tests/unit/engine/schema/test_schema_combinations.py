"""Satisfiable keyword combinations the generator used to reject: each builds valid records for many seeds."""

from __future__ import annotations

import random
from datetime import datetime
from typing import Any

import pytest

from spectrapi_core.engine.schema import build_records, compile_validator
from spectrapi_core.errors import InvalidInstructionError


def _obj(**properties: Any) -> dict[str, Any]:
    return {"type": "object", "required": list(properties), "properties": properties}


SATISFIABLE = [
    pytest.param(
        _obj(
            a={
                "type": "object",
                "patternProperties": {"^x_": {"type": "integer"}},
                "additionalProperties": False,
                "minProperties": 2,
            }
        ),
        id="pattern-properties-min-properties",
    ),
    pytest.param(
        _obj(a={"type": "object", "propertyNames": {"pattern": "^[a-z]+$"}, "minProperties": 3}),
        id="property-names-min-properties",
    ),
    pytest.param(
        _obj(a={"type": "object", "propertyNames": {"pattern": "^k[0-9]$"}, "minProperties": 5, "maxProperties": 6}),
        id="property-names-narrow",
    ),
    pytest.param(_obj(a={"type": "string", "format": "date", "pattern": "^19"}), id="date-pattern"),
    pytest.param(_obj(a={"type": "string", "format": "date-time", "pattern": "^199[0-5]"}), id="date-time-pattern"),
    pytest.param(_obj(a={"type": "string", "format": "date", "pattern": "-12-"}), id="date-month-pattern"),
    pytest.param(_obj(a={"not": {"not": {"type": "integer", "minimum": 3, "maximum": 3}}}), id="double-not"),
    pytest.param(
        _obj(a={"type": "array", "items": {"type": "object"}, "minItems": 3, "uniqueItems": True}),
        id="unique-objects",
    ),
    pytest.param(
        _obj(
            a={
                "type": "array",
                "items": {"type": "object", "properties": {"flag": {"type": "boolean"}}},
                "minItems": 4,
                "uniqueItems": True,
            }
        ),
        id="unique-objects-one-boolean",
    ),
]


@pytest.mark.parametrize("schema", SATISFIABLE)
def test_combination_builds_valid_records(schema: dict[str, Any], now: datetime) -> None:
    validate = compile_validator(schema)
    for seed in range(20):
        records = build_records(schema, 5, random.Random(seed), locale="en-US", now=now)
        for record in records:
            assert validate(record) == [], (seed, record)


def test_double_not_builds_inner_value(now: datetime) -> None:
    schema = _obj(a={"not": {"not": {"type": "integer", "minimum": 3, "maximum": 3}}})
    records = build_records(schema, 10, random.Random(1), locale="en-US", now=now)
    assert {record["a"] for record in records} == {3}


def test_unique_empty_objects_reported_impossible(now: datetime) -> None:
    schema = _obj(
        a={
            "type": "array",
            "items": {"type": "object", "additionalProperties": False},
            "minItems": 2,
            "uniqueItems": True,
        }
    )
    with pytest.raises(InvalidInstructionError) as caught:
        build_records(schema, 1, random.Random(1), locale="en-US", now=now)
    assert "only 1 distinct values" in caught.value.message


def test_unsupported_combination_message_is_honest(now: datetime) -> None:
    schema = _obj(a={"type": "string", "pattern": "^[a-z]{3}$", "not": {"pattern": "^[a-y]"}})
    with pytest.raises(InvalidInstructionError) as caught:
        build_records(schema, 3, random.Random(1), locale="en-US", now=now)
    assert "does not support this combination" in caught.value.message
