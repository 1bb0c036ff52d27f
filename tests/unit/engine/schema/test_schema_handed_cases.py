"""Handed cases for references, recursion and source records."""

from __future__ import annotations

import random
import re
import time
from datetime import datetime
from typing import Any

from spectrapi_core.engine.schema import build_records
from tests.unit.engine.schema.schema_support import load_fixture, reference_validator

D7 = "http://json-schema.org/draft-07/schema#"
ADDR = {
    "type": "object",
    "required": ["city"],
    "properties": {"city": {"type": "string"}, "zip": {"type": "string"}},
}


def _records(schema: dict[str, Any], now: datetime, count: int = 100, **options: Any) -> list[dict[str, Any]]:
    return build_records(schema, count, random.Random(11), locale="en-US", now=now, **options)


def test_draft07_definitions_ref_has_city(now: datetime) -> None:
    schema = {
        "$schema": D7,
        "type": "object",
        "required": ["home"],
        "properties": {"home": {"$ref": "#/definitions/addr"}},
        "definitions": {"addr": ADDR},
    }
    records = _records(schema, now)
    assert all(isinstance(record["home"]["city"], str) for record in records)


def test_defs_ref_has_city(now: datetime) -> None:
    schema = {
        "type": "object",
        "required": ["home"],
        "properties": {"home": {"$ref": "#/$defs/addr"}},
        "$defs": {"addr": ADDR},
    }
    records = _records(schema, now)
    assert all(isinstance(record["home"]["city"], str) for record in records)


def test_nested_refs_resolve_through_chain(now: datetime) -> None:
    schema = {
        "type": "object",
        "required": ["home"],
        "properties": {"home": {"$ref": "#/$defs/home"}},
        "$defs": {
            "home": {"$ref": "#/$defs/addr"},
            "addr": {"allOf": [{"$ref": "#/$defs/base"}], "required": ["zip"]},
            "base": ADDR,
        },
    }
    records = _records(schema, now)
    assert all({"city", "zip"} <= record["home"].keys() for record in records)


def _tree_depth(node: dict[str, Any]) -> int:
    return 1 + max((_tree_depth(child) for child in node["children"]), default=0)


def test_recursive_node_builds_finite_trees(now: datetime) -> None:
    schema = {
        "type": "object",
        "required": ["root"],
        "properties": {"root": {"$ref": "#/$defs/node"}},
        "$defs": {
            "node": {
                "type": "object",
                "required": ["name", "children"],
                "properties": {
                    "name": {"type": "string"},
                    "children": {"type": "array", "items": {"$ref": "#/$defs/node"}},
                },
            }
        },
    }
    started = time.perf_counter()
    records = _records(schema, now)
    elapsed = time.perf_counter() - started

    validator = reference_validator(schema)
    assert all(validator.is_valid(record) for record in records)
    assert max(_tree_depth(record["root"]) for record in records) <= 6
    assert any(record["root"]["children"] for record in records)
    assert elapsed < 10, "100 trees should take well under a second; 10 s means a runaway"


def test_recursion_respects_min_items_at_limit(now: datetime) -> None:
    # Every node needs one child until depth 3 can stop through the anyOf leaf branch.
    schema = {
        "type": "object",
        "required": ["root"],
        "properties": {"root": {"$ref": "#/$defs/node"}},
        "$defs": {
            "node": {
                "anyOf": [
                    {"type": "object", "required": ["leaf"], "properties": {"leaf": {"const": True}}},
                    {
                        "type": "object",
                        "required": ["kids"],
                        "properties": {"kids": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/node"}}},
                    },
                ]
            }
        },
    }
    validator = reference_validator(schema)
    assert all(validator.is_valid(record) for record in _records(schema, now))


def _electric_sources(count: int) -> list[dict[str, Any]]:
    makes = [("Tesla", "Model 3"), ("Chevrolet", "Bolt EV"), ("Ford", "Mustang Mach-E")]
    return [
        {
            "id": f"veh_{index:08d}",
            "make": makes[index % 3][0],
            "model": makes[index % 3][1],
            "year": 2020 + index % 5,
            "fuel_type": "electric",
            "cost": 35_000 + 250 * index,
            "dealer": {"name": "Volt Motors", "city": "Austin", "state": "TX"},
        }
        for index in range(count)
    ]


def test_vehicle_sources_keep_electric_fuel(now: datetime) -> None:
    records = _records(load_fixture("vehicle"), now, count=50, sources=_electric_sources(50))
    assert {record["fuel_type"] for record in records} == {"Electric"}


def test_vehicle_sources_map_cost_to_price(now: datetime) -> None:
    sources = _electric_sources(50)
    records = _records(load_fixture("vehicle"), now, count=50, sources=sources)
    assert [record["price"] for record in records] == [source["cost"] for source in sources]


def test_vehicle_sources_fill_nested_dealer(now: datetime) -> None:
    records = _records(load_fixture("vehicle"), now, count=20, sources=_electric_sources(20))
    assert all(record["dealer"] == {"name": "Volt Motors", "city": "Austin", "state": "TX"} for record in records)


def test_vehicle_sources_invalid_value_regenerated(now: datetime) -> None:
    sources = [{**source, "year": 1950} for source in _electric_sources(20)]
    records = _records(load_fixture("vehicle"), now, count=20, sources=sources)
    assert all(1990 <= record["year"] <= 2026 for record in records)


def test_vehicle_sources_records_validate(now: datetime) -> None:
    schema = load_fixture("vehicle")
    validator = reference_validator(schema)
    records = _records(schema, now, count=50, sources=_electric_sources(50))
    assert all(validator.is_valid(record) for record in records)


def test_sources_match_zip_to_postal_code(now: datetime) -> None:
    schema = {
        "type": "object",
        "required": ["postal_code"],
        "properties": {"postal_code": {"type": "string", "pattern": "^[0-9]{5}$"}},
    }
    records = _records(schema, now, count=3, sources=[{"zip": "78701"}, {"ZIP": "10001"}, {"zip": "bad"}])
    assert [record["postal_code"] for record in records][:2] == ["78701", "10001"]
    assert records[2]["postal_code"] != "bad"


def test_draft07_id_anchor_resolves(now: datetime) -> None:
    schema = {
        "$schema": D7,
        "type": "object",
        "required": ["home"],
        "properties": {"home": {"$ref": "#addr"}},
        "definitions": {"addr": {"$id": "#addr", **ADDR}},
    }
    records = _records(schema, now)
    assert all(isinstance(record["home"]["city"], str) for record in records)


def test_forbidden_property_idioms_omitted(now: datetime) -> None:
    schema = {
        "type": "object",
        "required": ["name"],
        "properties": {"name": {"type": "string"}, "legacy": {"not": {}}, "secret": False},
    }
    records = _records(schema, now)
    assert all(record.keys() == {"name"} for record in records)


def test_if_then_else_avoids_impossible_branch(now: datetime) -> None:
    schema = {
        "type": "object",
        "required": ["code"],
        "properties": {
            "code": {
                "if": {"type": "string"},
                "then": {"type": "integer"},
                "else": {"type": "integer", "minimum": 1, "maximum": 9},
            }
        },
    }
    records = _records(schema, now)
    assert all(1 <= record["code"] <= 9 for record in records)


def test_record_id_prefix_from_title(now: datetime) -> None:
    records = _records(load_fixture("vehicle"), now, count=20)
    assert all(re.fullmatch(r"veh_[0-9a-z]{8}", record["id"]) for record in records)
