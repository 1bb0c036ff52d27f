"""Iteration over the subschemas of a JSON Schema document (draft 2020-12 and draft-07 keywords)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

Path = tuple[str | int, ...]

# Keywords whose value is one subschema.
SINGLE_KEYWORDS = (
    "items",
    "additionalItems",
    "additionalProperties",
    "contains",
    "not",
    "if",
    "then",
    "else",
    "propertyNames",
    "unevaluatedItems",
    "unevaluatedProperties",
)
# Keywords whose value is a list of subschemas (draft-07 `items` may also be a list).
LIST_KEYWORDS = ("allOf", "anyOf", "oneOf", "prefixItems", "items")
# Keywords whose value maps names to subschemas (draft-07 `dependencies` mixes schemas and name lists).
MAP_KEYWORDS = ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas", "dependencies")
# Keywords that apply their subschemas to the same instance, so a cycle through them alone never ends.
IN_PLACE_KEYWORDS = ("allOf", "anyOf", "oneOf", "not", "if", "then", "else")


def child_schemas(node: dict[str, Any]) -> Iterator[tuple[tuple[str | int, ...], Any]]:
    """Yield (relative path, subschema) for every direct subschema of a schema object."""
    for keyword in SINGLE_KEYWORDS:
        value = node.get(keyword)
        if isinstance(value, dict | bool):
            yield (keyword,), value
    for keyword in LIST_KEYWORDS:
        value = node.get(keyword)
        if isinstance(value, list):
            for index, item in enumerate(value):
                if isinstance(item, dict | bool):
                    yield (keyword, index), item
    for keyword in MAP_KEYWORDS:
        value = node.get(keyword)
        if isinstance(value, dict):
            for name, item in value.items():
                if isinstance(item, dict | bool):
                    yield (keyword, name), item


def iter_schemas(root: Any) -> Iterator[tuple[Path, Any]]:
    """Yield (path, schema) for the root and every nested subschema, depth first, without recursion."""
    stack: list[tuple[Path, Any]] = [((), root)]
    while stack:
        path, node = stack.pop()
        yield path, node
        if isinstance(node, dict):
            children = [(path + relative, child) for relative, child in child_schemas(node)]
            stack.extend(reversed(children))


def in_place_children(node: dict[str, Any]) -> Iterator[Any]:
    """Yield the subschemas that apply to the same instance as the node itself (not `$ref`)."""
    for keyword in IN_PLACE_KEYWORDS:
        value = node.get(keyword)
        if isinstance(value, dict):
            yield value
        elif isinstance(value, list):
            yield from (item for item in value if isinstance(item, dict))
    dependent = node.get("dependentSchemas")
    if isinstance(dependent, dict):
        yield from (item for item in dependent.values() if isinstance(item, dict))
