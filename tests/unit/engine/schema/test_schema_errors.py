"""Invalid, unsatisfiable and hostile schemas fail fast with errors that name the problem."""

from __future__ import annotations

import random
import time
from datetime import datetime
from typing import Any

import pytest

from spectrapi_core.engine.schema import build_records, check_schema
from spectrapi_core.errors import BadRequestError, InvalidInstructionError


def _obj(**properties: Any) -> dict[str, Any]:
    return {"type": "object", "required": list(properties), "properties": properties}


def _build(schema: dict[str, Any], now: datetime) -> list[dict[str, Any]]:
    return build_records(schema, 5, random.Random(1), locale="en-US", now=now)


UNSATISFIABLE = [
    pytest.param(
        _obj(tags={"type": "array", "uniqueItems": True, "minItems": 3, "items": {"enum": ["a", "b"]}}),
        ["/properties/tags", "uniqueItems", "minItems 3", "2 distinct"],
        id="unique-items-too-few-values",
    ),
    pytest.param(
        _obj(age={"type": "integer", "minimum": 10, "maximum": 5}),
        ["/properties/age", "minimum 10"],
        id="minimum-above-maximum",
    ),
    pytest.param(
        _obj(x={"type": "number", "exclusiveMinimum": 1, "exclusiveMaximum": 1}),
        ["exclusiveMinimum 1"],
        id="exclusive-bounds-equal",
    ),
    pytest.param(
        _obj(code={"type": "string", "minLength": 5, "maxLength": 2}),
        ["minLength 5", "maxLength 2"],
        id="min-length-above-max-length",
    ),
    pytest.param(_obj(kind={"type": "string", "const": 5}), ["const 5"], id="const-wrong-type"),
    pytest.param(_obj(size={"type": "string", "enum": [1, 2]}), ["enum"], id="enum-wrong-type"),
    pytest.param(
        _obj(v={"allOf": [{"type": "string"}, {"type": "integer"}]}),
        ["allOf", "type"],
        id="all-of-contradicting-types",
    ),
    pytest.param(
        {"type": "object", "required": ["secret"], "properties": {"secret": False}},
        ["'secret'"],
        id="required-false-property",
    ),
    pytest.param(
        {"type": "object", "required": ["extra"], "additionalProperties": False},
        ["'extra'"],
        id="required-not-allowed",
    ),
    pytest.param(
        _obj(n={"type": "integer", "minimum": 1, "maximum": 4, "multipleOf": 5}),
        ["multiple of 5"],
        id="no-multiple-in-range",
    ),
    pytest.param(
        _obj(items={"type": "array", "minItems": 4, "maxItems": 2}),
        ["minItems 4"],
        id="min-items-above-max-items",
    ),
    pytest.param(
        {"type": "object", "required": ["a"], "properties": {"a": {"type": "integer"}}, "maxProperties": 0},
        ["maxProperties 0"],
        id="required-above-max-properties",
    ),
    pytest.param(
        {
            "type": "object",
            "required": ["root"],
            "properties": {"root": {"$ref": "#/$defs/node"}},
            "$defs": {
                "node": {
                    "type": "object",
                    "required": ["child"],
                    "properties": {"child": {"$ref": "#/$defs/node"}},
                }
            },
        },
        ["refers to itself", "/properties/root"],
        id="recursion-without-base-case",
    ),
    pytest.param(
        _obj(
            v={
                "oneOf": [
                    {"type": "string", "maxLength": 1, "minLength": 3},
                    {"type": "integer", "minimum": 3, "maximum": 1},
                ]
            }
        ),
        ["oneOf"],
        id="one-of-no-branch",
    ),
    pytest.param(
        _obj(v={"type": "string", "format": "email", "maxLength": 4}),
        ["format 'email'", "maxLength 4"],
        id="format-longer-than-max-length",
    ),
    pytest.param(
        _obj(v={"type": "string", "pattern": "^[0-9]{6}$", "maxLength": 3}),
        ["pattern", "maxLength 3"],
        id="pattern-longer-than-max-length",
    ),
]


@pytest.mark.parametrize(("schema", "expected"), UNSATISFIABLE)
def test_unsatisfiable_schema_names_constraint(schema: dict[str, Any], expected: list[str], now: datetime) -> None:
    started = time.perf_counter()
    with pytest.raises(InvalidInstructionError) as caught:
        _build(schema, now)
    assert time.perf_counter() - started < 10
    for fragment in expected:
        assert fragment in caught.value.message


INVALID = [
    pytest.param(
        _obj(age={"type": "integer", "minimum": "ten"}),
        "schema is invalid at /properties/age/minimum: 'ten' is not of type 'number'",
        id="bad-minimum",
    ),
    pytest.param(_obj(a={"type": "strin"}), "schema is invalid at /properties/a/type", id="unknown-type"),
    pytest.param({"type": "object", "required": "a"}, "schema is invalid at /required", id="required-not-array"),
    pytest.param(
        {"$schema": "http://json-schema.org/draft-04/schema#", "type": "object"},
        "at /$schema",
        id="unsupported-draft",
    ),
    pytest.param({"$schema": "https://example.com/my-schema", "type": "object"}, "at /$schema", id="unknown-draft"),
    pytest.param({"type": "array"}, "at /type", id="top-level-array"),
    pytest.param(_obj(home={"$ref": "#/$defs/missing"}), "'#/$defs/missing'", id="unresolvable-ref"),
    pytest.param(
        _obj(home={"$ref": "https://example.com/addr.json"}),
        "'https://example.com/addr.json'",
        id="remote-ref",
    ),
    pytest.param(
        _obj(code={"type": "string", "pattern": "([a-z]"}),
        "at /properties/code/pattern",
        id="invalid-pattern",
    ),
    pytest.param(
        {
            "type": "object",
            "$defs": {"a": {"$dynamicAnchor": "a"}},
            "properties": {"x": {"$dynamicRef": "#a"}},
        },
        "at /properties/x/$dynamicRef",
        id="dynamic-ref",
    ),
    pytest.param(
        {"type": "object", "properties": {"x": {"$id": "https://example.com/x", "type": "string"}}},
        "at /properties/x/$id",
        id="nested-id",
    ),
    pytest.param(
        {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "type": "object",
            "properties": {"p": {"items": [{"type": "string"}]}},
        },
        "at /properties/p/items",
        id="draft07-items-in-2020",
    ),
]


@pytest.mark.parametrize(("schema", "expected"), INVALID)
def test_invalid_schema_names_location(schema: dict[str, Any], expected: str) -> None:
    with pytest.raises(BadRequestError) as caught:
        check_schema(schema)
    assert expected in caught.value.message


def test_invalid_schema_rejected_by_build(now: datetime) -> None:
    with pytest.raises(BadRequestError):
        _build(_obj(age={"minimum": "ten"}), now)


def test_valid_draft07_schema_accepted() -> None:
    check_schema(
        {
            "$schema": "http://json-schema.org/draft-07/schema#",
            "type": "object",
            "properties": {"p": {"items": [{"type": "string"}], "additionalItems": False}},
        }
    )


def _nested(levels: int) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "object"}
    for _ in range(levels):
        schema = {"type": "object", "required": ["a"], "properties": {"a": schema}}
    return schema


HOSTILE = [
    pytest.param(_nested(1_000), "nesting is deeper than", id="deep-nesting-1000"),
    pytest.param(
        {
            "type": "object",
            "properties": {"a": {"$ref": "#/$defs/x"}},
            "$defs": {"x": {"$ref": "#/$defs/y"}, "y": {"allOf": [{"$ref": "#/$defs/x"}]}},
        },
        "$ref cycle without a base case",
        id="ref-cycle",
    ),
    pytest.param(
        {"type": "object", "properties": {"a": {"$ref": "#"}}, "allOf": [{"$ref": "#"}]},
        "$ref cycle without a base case",
        id="root-self-ref",
    ),
    pytest.param(_obj(e={"enum": list(range(100_000))}), "enum has 100000 values", id="huge-enum"),
    pytest.param(
        _obj(**{f"p{index}": {"type": "string", "description": "x" * 200} for index in range(2_000)}),
        "bytes as JSON",
        id="huge-schema",
    ),
]


@pytest.mark.parametrize(("schema", "expected"), HOSTILE)
def test_hostile_schema_fails_fast(schema: dict[str, Any], expected: str) -> None:
    started = time.perf_counter()
    with pytest.raises(BadRequestError) as caught:
        check_schema(schema)
    assert time.perf_counter() - started < 5
    assert expected in caught.value.message


def test_huge_min_items_fails_fast(now: datetime) -> None:
    schema = _obj(
        grid={
            "type": "array",
            "minItems": 1_000,
            "items": {"type": "array", "minItems": 1_000, "items": {"type": "integer"}},
        }
    )
    started = time.perf_counter()
    with pytest.raises(InvalidInstructionError) as caught:
        _build(schema, now)
    assert time.perf_counter() - started < 20
    assert "more than" in caught.value.message
