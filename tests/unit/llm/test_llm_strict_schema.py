"""Strict-mode schema transform and the null clean-up after generation."""

from __future__ import annotations

import random

import jsonschema
import pytest

from spectrapi_core.engine.llm.strict_schema import (
    StrictSchemaUnsupportedError,
    drop_absent_optionals,
    to_strict_schema,
)

LISTING = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "properties": {
        "title": {"type": "string", "minLength": 5, "maxLength": 80},
        "price": {"type": "number", "minimum": 0},
        "website": {"type": "string", "format": "uri"},
        "status": {"enum": ["active", "sold"]},
        "dealer": {
            "type": "object",
            "properties": {"name": {"type": "string"}, "phone": {"type": "string", "pattern": "^[0-9-]+$"}},
            "required": ["name"],
        },
        "features": {"type": "array", "items": {"type": "string"}, "uniqueItems": True},
        "contact": {"$ref": "#/definitions/contact"},
        "kind": {"oneOf": [{"type": "string"}, {"type": "integer"}]},
    },
    "required": ["title", "price", "dealer"],
    "definitions": {"contact": {"type": "object", "properties": {"email": {"type": "string", "format": "email"}}}},
}


def _objects(node):
    if isinstance(node, dict):
        if node.get("type") == "object" or "properties" in node:
            yield node
        for value in node.values():
            yield from _objects(value)
    elif isinstance(node, list):
        for item in node:
            yield from _objects(item)


def test_strict_objects_closed_and_required():
    record, definitions = to_strict_schema(LISTING)

    for node in _objects([record, definitions]):
        assert node["additionalProperties"] is False
        assert node["required"] == list(node["properties"])


def test_strict_optional_becomes_nullable():
    record, _ = to_strict_schema(LISTING)

    assert record["properties"]["website"]["type"] == ["string", "null"]
    assert None in record["properties"]["status"]["enum"]
    assert record["properties"]["dealer"]["properties"]["phone"]["type"] == ["string", "null"]
    assert {"type": "null"} in record["properties"]["contact"]["anyOf"]


def test_strict_required_stays_non_null():
    record, _ = to_strict_schema(LISTING)

    assert record["properties"]["title"]["type"] == "string"


def test_strict_removes_unsupported_keywords():
    record, _ = to_strict_schema(LISTING)

    title = record["properties"]["title"]
    assert "minLength" not in title
    assert "maxLength" not in title
    assert "minLength 5" in title["description"]
    assert "uniqueItems" not in record["properties"]["features"]
    assert "format" not in record["properties"]["website"]
    assert "format uri" in record["properties"]["website"]["description"]


def test_strict_keeps_supported_keywords():
    record, definitions = to_strict_schema(LISTING)

    assert record["properties"]["price"]["minimum"] == 0
    assert record["properties"]["dealer"]["properties"]["phone"]["pattern"] == "^[0-9-]+$"
    assert definitions["contact"]["properties"]["email"]["format"] == "email"


def test_strict_rewrites_definitions_refs():
    record, definitions = to_strict_schema(LISTING)

    assert record["properties"]["contact"]["anyOf"][0] == {"$ref": "#/$defs/contact"}
    assert "contact" in definitions


def test_strict_one_of_becomes_any_of():
    record, _ = to_strict_schema(LISTING)

    assert "oneOf" not in record["properties"]["kind"]
    assert len(record["properties"]["kind"]["anyOf"]) == 3


def test_strict_merges_all_of():
    schema = {
        "allOf": [
            {"type": "object", "properties": {"a": {"type": "string"}}, "required": ["a"]},
            {"properties": {"b": {"type": "integer"}}},
        ]
    }

    record, _ = to_strict_schema(schema)

    assert record["required"] == ["a", "b"]
    assert record["properties"]["b"]["type"] == ["integer", "null"]


def test_strict_input_not_modified():
    before = repr(LISTING)

    to_strict_schema(LISTING)

    assert repr(LISTING) == before


@pytest.mark.parametrize(
    "schema",
    [
        pytest.param({"type": "object", "additionalProperties": {"type": "string"}}, id="map"),
        pytest.param({"type": "array", "items": {"type": "string"}}, id="array-root"),
        pytest.param(
            {"type": "object", "properties": {"p": {"type": "array", "prefixItems": [{"type": "string"}]}}},
            id="tuple",
        ),
        pytest.param({"type": "object", "properties": {"self": {"$ref": "#"}}}, id="root-recursion"),
    ],
)
def test_strict_unsupported_raises(schema):
    with pytest.raises(StrictSchemaUnsupportedError):
        to_strict_schema(schema)


def test_drop_nulls_of_non_nullable_optionals():
    record = {"title": "Car", "price": 1, "dealer": {"name": "D", "phone": None}, "website": None}

    drop_absent_optionals(record, LISTING)

    assert "website" not in record
    assert "phone" not in record["dealer"]


def test_drop_keeps_nullable_null():
    schema = {"type": "object", "properties": {"middle_name": {"type": ["string", "null"]}}}
    record = {"middle_name": None}

    drop_absent_optionals(record, schema)

    assert record == {"middle_name": None}


def test_drop_keeps_required_null():
    schema = {"type": "object", "properties": {"a": {"type": "string"}}, "required": ["a"]}
    record = {"a": None}

    drop_absent_optionals(record, schema)

    assert record == {"a": None}


def test_drop_follows_refs():
    record = {"title": "Car", "price": 1, "dealer": {"name": "D"}, "contact": {"email": None}}

    drop_absent_optionals(record, LISTING)

    assert record["contact"] == {}


def test_strict_output_validates_after_drop():
    validator = jsonschema.Draft202012Validator(LISTING)
    record = {
        "title": "Sedan 2024",
        "price": 100,
        "website": None,
        "status": None,
        "dealer": {"name": "D", "phone": None},
        "features": None,
        "contact": None,
        "kind": None,
    }

    drop_absent_optionals(record, LISTING)

    assert validator.is_valid(record)


def _random_schema(rng, depth=0):
    properties = {}
    for index in range(rng.randint(1, 4)):
        name = f"field_{depth}_{index}"
        roll = rng.random()
        if roll < 0.2 and depth < 2:
            properties[name] = _random_schema(rng, depth + 1)
        elif roll < 0.35:
            properties[name] = {"type": "array", "items": {"type": "integer", "minimum": 1}, "minItems": 1}
        elif roll < 0.5:
            properties[name] = {"type": ["string", "null"], "maxLength": 30}
        elif roll < 0.65:
            properties[name] = {"type": "string", "format": rng.choice(["date-time", "email", "uri", "uuid"])}
        elif roll < 0.8:
            properties[name] = {"enum": ["a", "b"]}
        else:
            properties[name] = {"type": "string", "minLength": 2}
    required = [name for name in properties if rng.random() < 0.5]
    return {"type": "object", "properties": properties, "required": required}


def _instance(strict, original):
    """Build a value of the strict schema: null wherever the strict schema allows it, else a valid value."""
    types = strict.get("type")
    if isinstance(types, list) and "null" in types:
        return None
    if None in strict.get("enum", []):
        return None
    if "anyOf" in strict:
        return None
    if "enum" in strict:
        return strict["enum"][0]
    if strict["type"] == "object":
        return {
            name: _instance(strict["properties"][name], original["properties"][name]) for name in strict["properties"]
        }
    if strict["type"] == "array":
        return [1]
    samples = {
        "date-time": "2026-03-01T12:00:00Z",
        "email": "ada@example.com",
        "uri": "https://example.com",
        "uuid": "123e4567-e89b-12d3-a456-426614174000",
    }
    return samples.get(original.get("format"), "text value")


def test_strict_round_trip_validates_original():
    rng = random.Random(2026)
    checker = jsonschema.Draft202012Validator.FORMAT_CHECKER
    for _ in range(300):
        original = _random_schema(rng)
        strict, _ = to_strict_schema(original)
        record = _instance(strict, original)

        assert jsonschema.Draft202012Validator(strict, format_checker=checker).is_valid(record), strict
        drop_absent_optionals(record, original)
        assert jsonschema.Draft202012Validator(original, format_checker=checker).is_valid(record), (
            original,
            record,
        )
