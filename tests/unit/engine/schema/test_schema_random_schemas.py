"""Seeded property loop: random schemas never crash the builder and never yield invalid records."""

from __future__ import annotations

import random
from datetime import datetime
from typing import Any

from spectrapi_core.engine.schema import build_records
from spectrapi_core.errors import SpectrAPIError
from tests.unit.engine.schema.schema_support import reference_validator

NAMES = [
    "id",
    "name",
    "email",
    "price",
    "age",
    "tags",
    "status",
    "created_at",
    "city",
    "zip",
    "rating",
    "code",
]
FORMATS = ["date", "date-time", "time", "email", "uri", "uuid", "ipv4", "ipv6", "hostname"]
PATTERNS = ["^[a-z]+$", "^[A-Z]{2}[0-9]{3}$", "\\d", "^(foo|bar)$", "^.{3,5}$"]
SCHEMA_COUNT = 300


def _scalar(rng: random.Random) -> Any:
    kind = rng.choice(["string", "integer", "number", "boolean", "null", "enum", "const", "any", "nullable"])
    if kind == "string":
        schema: dict[str, Any] = {"type": "string"}
        if rng.random() < 0.3:
            schema["minLength"] = rng.randint(0, 10)
        if rng.random() < 0.3:
            schema["maxLength"] = rng.randint(0, 20)
        if rng.random() < 0.3:
            schema["format"] = rng.choice(FORMATS)
        if rng.random() < 0.2:
            schema["pattern"] = rng.choice(PATTERNS)
        return schema
    if kind in ("integer", "number"):
        schema = {"type": kind}
        if rng.random() < 0.5:
            schema[rng.choice(["minimum", "exclusiveMinimum"])] = rng.choice([0, 1, -5, 2.5, 100, 0.001])
        if rng.random() < 0.5:
            schema[rng.choice(["maximum", "exclusiveMaximum"])] = rng.choice([0, 1, 10, 3.5, 1000, 1e9])
        if rng.random() < 0.3:
            schema["multipleOf"] = rng.choice([0.01, 0.5, 2, 5, 0.1, 0.25, 3])
        return schema
    if kind == "enum":
        return {"enum": rng.sample(["a", "b", 1, 2.5, None, True, {"k": 1}, [1]], rng.randint(1, 4))}
    if kind == "const":
        return {"const": rng.choice(["x", 1, None, {"a": [1]}])}
    if kind == "any":
        return rng.choice([{}, True])
    if kind == "nullable":
        return {"type": [rng.choice(["string", "integer"]), "null"]}
    return {"type": kind}


def _schema(rng: random.Random, depth: int) -> Any:
    if depth > 3 or rng.random() < 0.4:
        return _scalar(rng)
    kind = rng.choice(["object", "array", "anyOf", "oneOf", "allOf", "ref", "not", "if"])
    if kind == "object":
        properties = {name: _schema(rng, depth + 1) for name in rng.sample(NAMES, rng.randint(0, 4))}
        schema: dict[str, Any] = {"type": "object", "properties": properties}
        if properties and rng.random() < 0.7:
            schema["required"] = rng.sample(list(properties), rng.randint(0, len(properties)))
        if rng.random() < 0.3:
            schema["additionalProperties"] = False
        if rng.random() < 0.2:
            schema["patternProperties"] = {"^x_[0-9]$": _scalar(rng)}
        if rng.random() < 0.2:
            schema["minProperties"] = rng.randint(0, 3)
        if rng.random() < 0.2 and len(properties) >= 2:
            trigger, needed = rng.sample(list(properties), 2)
            schema["dependentRequired"] = {trigger: [needed]}
        return schema
    if kind == "array":
        schema = {"type": "array", "items": _schema(rng, depth + 1)}
        if rng.random() < 0.4:
            schema["minItems"] = rng.randint(0, 4)
        if rng.random() < 0.4:
            schema["maxItems"] = rng.randint(0, 6)
        if rng.random() < 0.3:
            schema["uniqueItems"] = True
        if rng.random() < 0.2:
            schema["prefixItems"] = [_scalar(rng) for _ in range(rng.randint(1, 2))]
        if rng.random() < 0.2:
            schema["contains"] = _scalar(rng)
        return schema
    if kind in ("anyOf", "oneOf", "allOf"):
        return {kind: [_schema(rng, depth + 1) for _ in range(rng.randint(1, 3))]}
    if kind == "ref":
        return {"$ref": "#/$defs/shared"}
    if kind == "not":
        base = _scalar(rng)
        return {**(base if isinstance(base, dict) else {}), "not": _scalar(rng)}
    return {"if": _scalar(rng), "then": _scalar(rng), "else": _scalar(rng)}


def _random_root(rng: random.Random) -> dict[str, Any]:
    properties = {name: _schema(rng, 1) for name in rng.sample(NAMES, rng.randint(1, 5))}
    return {
        "type": "object",
        "properties": properties,
        "required": rng.sample(list(properties), rng.randint(0, len(properties))),
        "$defs": {"shared": _scalar(rng)},
    }


def test_random_schemas_never_invalid(now: datetime) -> None:
    rng = random.Random(2024)
    built = 0
    for index in range(SCHEMA_COUNT):
        schema = _random_root(rng)
        try:
            records = build_records(schema, 10, random.Random(index), locale="en-US", now=now)
        except SpectrAPIError as exc:
            assert exc.status in (400, 422), exc.message
            continue
        validator = reference_validator(schema)
        invalid = [record for record in records if not validator.is_valid(record)]
        assert invalid == [], schema
        built += 1
    assert built > SCHEMA_COUNT // 2
