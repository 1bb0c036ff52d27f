"""Compare JSON Schema validators for correctness on hand-checked cases and for speed on records.

Run from the repository root: `python bench/validator_compare.py`. Each case states the expected
verdict by the JSON Schema specification (draft 2020-12 unless the schema says draft-07), with format
assertion switched on. Peers: `jsonschema` (Python), `jsonschema_rs` (Rust), `fastjsonschema`
(code generation; it has no draft 2020-12 support, so it runs in draft-07 mode).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import fastjsonschema
import jsonschema
import jsonschema_rs

D7 = "http://json-schema.org/draft-07/schema#"
ADDR = {"type": "object", "required": ["city"], "properties": {"city": {"type": "string"}}}

# (name, schema, instance, expected verdict)
CASES: list[tuple[str, dict[str, Any], Any, bool]] = [
    (
        "defs ref ok",
        {"$defs": {"a": ADDR}, "properties": {"h": {"$ref": "#/$defs/a"}}},
        {"h": {"city": "X"}},
        True,
    ),
    (
        "defs ref missing",
        {"$defs": {"a": ADDR}, "properties": {"h": {"$ref": "#/$defs/a"}}},
        {"h": {}},
        False,
    ),
    (
        "d7 definitions ref",
        {"$schema": D7, "definitions": {"a": ADDR}, "properties": {"h": {"$ref": "#/definitions/a"}}},
        {"h": {}},
        False,
    ),
    (
        "nested ref",
        {"$defs": {"a": {"$ref": "#/$defs/b"}, "b": {"type": "integer"}}, "$ref": "#/$defs/a"},
        "x",
        False,
    ),
    ("ref sibling 2020", {"$defs": {"a": {"type": "integer"}}, "$ref": "#/$defs/a", "minimum": 5}, 3, False),
    (
        "recursive tree",
        {
            "$defs": {
                "n": {
                    "type": "object",
                    "required": ["c"],
                    "properties": {"c": {"type": "array", "items": {"$ref": "#/$defs/n"}}},
                }
            },
            "$ref": "#/$defs/n",
        },
        {"c": [{"c": [{}]}]},
        False,
    ),
    ("prefixItems", {"prefixItems": [{"type": "integer"}], "items": False}, [1, 2], False),
    ("prefixItems ok", {"prefixItems": [{"type": "integer"}], "items": {"type": "string"}}, [1, "a"], True),
    (
        "d7 items tuple",
        {"$schema": D7, "items": [{"type": "integer"}], "additionalItems": False},
        [1, 2],
        False,
    ),
    ("contains", {"contains": {"const": 1}, "minContains": 2}, [1, 2], False),
    ("maxContains", {"contains": {"const": 1}, "maxContains": 1}, [1, 1], False),
    (
        "unevaluatedProperties",
        {"properties": {"a": {}}, "unevaluatedProperties": False},
        {"a": 1, "b": 2},
        False,
    ),
    ("dependentRequired", {"dependentRequired": {"a": ["b"]}}, {"a": 1}, False),
    ("oneOf both", {"oneOf": [{"type": "number"}, {"type": "integer"}]}, 1, False),
    ("exclusiveMinimum", {"exclusiveMinimum": 1.5}, 1.5, False),
    ("multipleOf 0.01", {"multipleOf": 0.01}, 19.99, True),
    ("multipleOf int float", {"type": "integer"}, 1.0, True),
    ("bool not int", {"type": "integer"}, True, False),
    ("uniqueItems 1 vs 1.0", {"uniqueItems": True}, [1, 1.0], False),
    ("fmt date ok", {"format": "date"}, "2024-02-29", True),
    ("fmt date bad", {"format": "date"}, "2023-02-29", False),
    ("fmt date-time ok", {"format": "date-time"}, "2024-01-01T10:00:00Z", True),
    ("fmt date-time no tz", {"format": "date-time"}, "2024-01-01T10:00:00", False),
    ("fmt time ok", {"format": "time"}, "10:00:00+02:00", True),
    ("fmt time no tz", {"format": "time"}, "10:00:00", False),
    ("fmt email ok", {"format": "email"}, "ann.lee@example.com", True),
    ("fmt email bad", {"format": "email"}, "ann lee", False),
    ("fmt uri ok", {"format": "uri"}, "https://example.com/a?b=1", True),
    ("fmt uri relative", {"format": "uri"}, "/a/b", False),
    ("fmt uuid ok", {"format": "uuid"}, "8c6f3c1e-1f2a-4b4e-9f3a-2b1c0d9e8f7a", True),
    ("fmt uuid bad", {"format": "uuid"}, "8c6f3c1e1f2a4b4e9f3a2b1c0d9e8f7a", False),
    ("fmt ipv4 ok", {"format": "ipv4"}, "192.168.0.1", True),
    ("fmt ipv4 bad", {"format": "ipv4"}, "256.1.1.1", False),
    ("fmt ipv6 ok", {"format": "ipv6"}, "2001:db8::1", True),
    ("fmt ipv6 bad", {"format": "ipv6"}, "2001:db8:::1", False),
    ("fmt hostname ok", {"format": "hostname"}, "api.example.com", True),
    ("fmt hostname bad", {"format": "hostname"}, "-bad-.example.com", False),
    ("pattern", {"pattern": "^[A-Z]{3}-\\d{4}$"}, "ABC-1234", True),
    ("pattern unanchored", {"pattern": "\\d"}, "a1b", True),
    (
        "additionalProperties",
        {"properties": {"a": {}}, "patternProperties": {"^x_": {}}, "additionalProperties": False},
        {"x_1": 1},
        True,
    ),
    ("nullable", {"type": ["string", "null"]}, None, True),
    ("anyOf", {"anyOf": [{"type": "string"}, {"minimum": 3}]}, 2, False),
]


def _python(schema: dict[str, Any]) -> Callable[[Any], bool]:
    cls = jsonschema.validators.validator_for(schema, default=jsonschema.Draft202012Validator)
    return cls(schema, format_checker=cls.FORMAT_CHECKER).is_valid


def _rust(schema: dict[str, Any]) -> Callable[[Any], bool]:
    return jsonschema_rs.validator_for(schema, validate_formats=True).is_valid


def _fast(schema: dict[str, Any]) -> Callable[[Any], bool]:
    check = fastjsonschema.compile(schema)

    def is_valid(instance: Any) -> bool:
        try:
            check(instance)
        except fastjsonschema.JsonSchemaException:
            return False
        return True

    return is_valid


PEERS = {"jsonschema": _python, "jsonschema_rs": _rust, "fastjsonschema": _fast}


def main() -> None:
    """Print each peer's wrong verdicts and its speed on a realistic record."""
    for peer, compile_ in PEERS.items():
        wrong = []
        for name, schema, instance, expected in CASES:
            try:
                verdict = compile_(schema)(instance)
            except Exception as exc:  # a peer that cannot compile the schema counts as wrong
                wrong.append(f"{name} (error: {type(exc).__name__})")
                continue
            if verdict != expected:
                wrong.append(name)
        print(f"{peer}: {len(CASES) - len(wrong)}/{len(CASES)} correct; wrong: {', '.join(wrong) or 'none'}")

    schema = {
        "type": "object",
        "required": ["id", "email", "created_at", "home", "tags"],
        "properties": {
            "id": {"type": "string", "format": "uuid"},
            "email": {"type": "string", "format": "email"},
            "created_at": {"type": "string", "format": "date-time"},
            "price": {"type": "number", "minimum": 0, "multipleOf": 0.01},
            "home": {"$ref": "#/$defs/addr"},
            "tags": {"type": "array", "items": {"type": "string"}, "uniqueItems": True, "maxItems": 5},
        },
        "$defs": {"addr": ADDR},
    }
    record = {
        "id": "8c6f3c1e-1f2a-4b4e-9f3a-2b1c0d9e8f7a",
        "email": "ann.lee@example.com",
        "created_at": "2024-01-01T10:00:00Z",
        "price": 19.5,
        "home": {"city": "Austin"},
        "tags": ["a", "b", "c"],
    }
    rounds = 20_000
    for peer, compile_ in PEERS.items():
        started = time.perf_counter()
        is_valid = compile_(schema)
        compiled = time.perf_counter()
        for _ in range(rounds):
            is_valid(record)
        finished = time.perf_counter()
        per_record_us = (finished - compiled) / rounds * 1e6
        print(f"{peer}: compile {1e3 * (compiled - started):.2f} ms, {per_record_us:.2f} µs per record")


if __name__ == "__main__":
    main()
