"""Flattening of `$ref` and `allOf` into one schema object per location.

The generator works on a "normalized" node: a plain dict whose `$ref` and `allOf` parts are merged
into it, so bounds, types and required properties are visible in one place. `anyOf`/`oneOf` groups
move to `CHOICES` (a list of `(keyword, branches)`) and are decided while generating. Keywords that
cannot be merged exactly go to `RESIDUAL`, a list of schemas the generated value is checked against.
A merge that can never be satisfied records why under `CONFLICT`.
"""

from __future__ import annotations

import json
import math
from decimal import Decimal
from typing import Any

from .refs import RefResolver

CHOICES = "x-spectrapi-choices"
RESIDUAL = "x-spectrapi-residual"
CONFLICT = "x-spectrapi-conflict"

TYPES = ("null", "boolean", "object", "array", "number", "string", "integer")

_MAXIMA = ("maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties", "maxContains")
_MINIMA = ("minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties", "minContains")
_SUBSCHEMA_AND = ("items", "additionalItems", "contains", "propertyNames", "unevaluatedItems")
_ANNOTATIONS = frozenset(
    (
        "$schema",
        "$id",
        "$anchor",
        "$comment",
        "$defs",
        "definitions",
        "title",
        "description",
        "default",
        "examples",
        "readOnly",
        "writeOnly",
        "deprecated",
        "contentMediaType",
        "contentEncoding",
        "$dynamicAnchor",
    )
)


def json_key(value: Any) -> str:
    """Return a string equal for JSON-equal values (1 and 1.0 match, true and 1 do not)."""
    # Fast paths for the common scalars; each returns what the general path below returns for the value.
    if type(value) is str:
        return json.dumps(value)
    if type(value) is int and abs(value) < 2**63:
        return str(value)

    def canon(item: Any) -> Any:
        if isinstance(item, bool) or item is None or isinstance(item, str):
            return item
        if isinstance(item, int | float):
            return int(item) if float(item).is_integer() and abs(item) < 2**63 else item
        if isinstance(item, list):
            return [canon(element) for element in item]
        if isinstance(item, dict):
            return {key: canon(element) for key, element in item.items()}
        return item

    return json.dumps(canon(value), sort_keys=True, separators=(",", ":"))


def declared_types(node: dict[str, Any]) -> set[str] | None:
    """Return the set of JSON types a node allows, or None when it names none."""
    declared = node.get("type")
    if isinstance(declared, str):
        return {declared}
    if isinstance(declared, list):
        return set(declared)
    return None


def _intersect_types(left: set[str], right: set[str]) -> set[str]:
    common = left & right
    if ("integer" in left and "number" in right) or ("number" in left and "integer" in right):
        common.add("integer")
    return common


def _decimal_lcm(left: float | int, right: float | int) -> float | int:
    a, b = Decimal(repr(left)), Decimal(repr(right))
    scale = max(-a.as_tuple().exponent, -b.as_tuple().exponent, 0)  # type: ignore[operator]
    ia, ib = int(a.scaleb(scale)), int(b.scaleb(scale))
    result = Decimal(math.lcm(ia, ib)).scaleb(-scale)
    return int(result) if result == result.to_integral_value() else float(result)


def merge(left: dict[str, Any], right: dict[str, Any]) -> dict[str, Any]:
    """Merge two normalized nodes into one that allows only values both allow (or flags a conflict)."""
    merged = dict(left)
    for keyword, value in right.items():
        if keyword in _ANNOTATIONS:
            merged.setdefault(keyword, value)
        elif keyword not in merged:
            merged[keyword] = value
        elif merged[keyword] == value and keyword not in (CHOICES, RESIDUAL):
            continue
        else:
            _merge_keyword(merged, keyword, merged[keyword], value)
    return merged


def _merge_keyword(merged: dict[str, Any], keyword: str, old: Any, new: Any) -> None:
    if keyword == "type":
        left = declared_types({"type": old}) or set()
        right = declared_types({"type": new}) or set()
        common = _intersect_types(left, right)
        if not common:
            _conflict(merged, f"allOf requires type {sorted(left)} and type {sorted(right)} at once")
        merged["type"] = sorted(common)
    elif keyword in _MINIMA:
        merged[keyword] = max(old, new)
    elif keyword in _MAXIMA:
        merged[keyword] = min(old, new)
    elif keyword in ("properties", "patternProperties", "dependentSchemas"):
        combined = dict(old)
        for name, schema in new.items():
            combined[name] = {"allOf": [combined[name], schema]} if name in combined else schema
        merged[keyword] = combined
    elif keyword == "required":
        merged[keyword] = list(dict.fromkeys([*old, *new]))
    elif keyword == "dependentRequired":
        combined = {name: list(names) for name, names in old.items()}
        for name, names in new.items():
            combined[name] = list(dict.fromkeys([*combined.get(name, []), *names]))
        merged[keyword] = combined
    elif keyword == "enum":
        allowed = {json_key(item) for item in new}
        shared = [item for item in old if json_key(item) in allowed]
        if not shared:
            _conflict(merged, "allOf combines enums with no value in common")
        merged[keyword] = shared
    elif keyword == "const":
        if json_key(old) != json_key(new):
            _conflict(merged, f"allOf requires const {old!r} and const {new!r} at once")
    elif keyword == "uniqueItems":
        merged[keyword] = bool(old or new)
    elif keyword == "multipleOf":
        merged[keyword] = _decimal_lcm(old, new)
    elif keyword in _SUBSCHEMA_AND:
        merged[keyword] = {"allOf": [old, new]}
    elif keyword == "additionalProperties":
        merged[keyword] = False if old is False or new is False else {"allOf": [old, new]}
    elif keyword == "prefixItems" and isinstance(old, list) and isinstance(new, list):
        longer, shorter = (old, new) if len(old) >= len(new) else (new, old)
        merged[keyword] = [
            {"allOf": [item, shorter[index]]} if index < len(shorter) else item for index, item in enumerate(longer)
        ]
    elif keyword in (CHOICES, RESIDUAL):
        merged[keyword] = [*old, *new]
    elif keyword == CONFLICT:
        pass
    else:
        # pattern, format, not, if/then/else and the like: keep one, check the other after generating.
        merged[RESIDUAL] = [*merged.get(RESIDUAL, []), {keyword: new}]


def _conflict(merged: dict[str, Any], reason: str) -> None:
    merged.setdefault(CONFLICT, reason)


# Shared nodes for boolean schemas, so caches keyed by node identity see one node each. Never mutated:
# `merge` copies its left operand.
_TRUE_NODE: dict[str, Any] = {}
_FALSE_NODE: dict[str, Any] = {CONFLICT: "the schema is false, so no value is allowed"}


class Normalizer:
    """Normalizes the schemas of one document and caches the result per schema object."""

    def __init__(self, resolver: RefResolver) -> None:
        self.resolver = resolver
        self._cache: dict[int, tuple[Any, dict[str, Any]]] = {}

    def __call__(self, schema: Any) -> dict[str, Any]:
        """Return the normalized node for a schema (`true` → `{}`, `false` → a conflict)."""
        if schema is True:
            return _TRUE_NODE
        if schema is False or not isinstance(schema, dict):
            return _FALSE_NODE
        cached = self._cache.get(id(schema))
        if cached is not None:
            return cached[1]

        node = {key: value for key, value in schema.items() if key not in ("$ref", "allOf", "anyOf", "oneOf")}
        choices = [
            (keyword, schema[keyword]) for keyword in ("anyOf", "oneOf") if isinstance(schema.get(keyword), list)
        ]
        if choices:
            node[CHOICES] = choices
        parts = []
        if isinstance(schema.get("$ref"), str):
            target, _ = self.resolver.resolve(schema["$ref"])
            parts.append(self(target))
        for member in schema.get("allOf", []):
            parts.append(self(member))
        # `not: {not: S}` means S; merging it lets the builder construct S's values instead of guessing.
        negated = schema.get("not")
        if isinstance(negated, dict) and set(negated) == {"not"}:
            del node["not"]
            parts.append(self(negated["not"]))
        for part in parts:
            node = merge(node, part)

        # The cache keeps `schema` alive, so its id stays unique for the life of the normalizer.
        self._cache[id(schema)] = (schema, node)
        return node


def as_schema(node: dict[str, Any]) -> dict[str, Any]:
    """Turn a normalized node back into a plain JSON Schema that a validator can check values against."""
    plain = {key: value for key, value in node.items() if key not in (CHOICES, RESIDUAL, CONFLICT)}
    extra: list[Any] = list(node.get(RESIDUAL, []))
    for keyword, branches in node.get(CHOICES, []):
        extra.append({keyword: branches})
    if CONFLICT in node:
        extra.append(False)
    if extra:
        plain["allOf"] = extra
    return plain
