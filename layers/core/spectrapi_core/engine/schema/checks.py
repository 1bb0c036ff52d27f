"""Validity checks for a category schema: draft, size, meta-schema, patterns and references.

Every failure is a `BadRequestError` (400) whose message names the problem and its location as a
JSON pointer into the schema. Size and nesting are checked before any recursive code reads the
schema, so hostile input fails fast.
"""

from __future__ import annotations

import json
import re
from typing import Any

import jsonschema
from jsonschema.exceptions import best_match

from spectrapi_core.errors import BadRequestError

from .limits import check_limits
from .refs import RefResolver, UnresolvableRefError, pointer
from .walk import in_place_children, iter_schemas

DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema"
DRAFT_07 = "http://json-schema.org/draft-07/schema#"
_DRAFTS: dict[str, type[jsonschema.protocols.Validator]] = {
    "json-schema.org/draft/2020-12/schema": jsonschema.Draft202012Validator,
    "json-schema.org/draft-07/schema": jsonschema.Draft7Validator,
}

MAX_SCHEMA_BYTES = 256 * 1024
"""Largest accepted schema as compact JSON; a record schema is rarely above a few kilobytes."""
MAX_NESTING = 64
"""Deepest accepted nesting of JSON objects and arrays in the schema document."""
MAX_NODES = 20_000
"""Most JSON values (objects, arrays and scalars) accepted in one schema document."""
MAX_ENUM_VALUES = 1_000
MAX_PATTERN_LENGTH = 1_000
# NOTE: generation tests candidates with Python's backtracking `re`, so a pattern with nested
# quantifiers such as `^(a+)+$` could still be slow on an unlucky candidate; only length is bounded.


def validator_class(schema: dict[str, Any]) -> type[jsonschema.protocols.Validator]:
    """Return the `jsonschema` validator class for the draft named by `$schema` (2020-12 when absent).

    Raises:
        BadRequestError: `$schema` names a draft other than 2020-12 or draft-07.
    """
    declared = schema.get("$schema")
    if declared is None:
        return jsonschema.Draft202012Validator
    if isinstance(declared, str):
        key = declared.split("://", 1)[-1].rstrip("#")
        found = _DRAFTS.get(key)
        if found is not None:
            return found
    raise BadRequestError(
        f"schema is invalid at /$schema: {declared!r} is not a supported draft; "
        f"use {DRAFT_2020_12!r} (the default) or {DRAFT_07!r}"
    )


def check_schema(schema: Any) -> None:
    """Check that a category schema is a valid JSON Schema for one record.

    The checks run cheapest first: size and nesting, `$schema`, the draft's meta-schema, regular
    expressions, the generator's size limits, references, and finally that the top level describes an
    object. `prepare` and category saves also compile the record validator, which rejects the few
    regular expressions Python accepts and the Rust validator does not.

    Args:
        schema: the decoded JSON Schema.

    Raises:
        BadRequestError: the schema is invalid; the message names the error and its JSON pointer.

    Example:
        >>> check_schema({"type": "object", "properties": {"age": {"minimum": "ten"}}})
        Traceback (most recent call last):
        ...
        spectrapi_core.errors.BadRequestError: schema is invalid at /properties/age/minimum: ...
    """
    check_schema_size(schema)
    cls = validator_class(schema)
    _check_meta(schema, cls)
    _check_patterns(schema)
    check_limits(schema)
    _check_refs(schema)
    _check_top_level_object(schema)


def check_schema_size(schema: Any) -> None:
    """Check that a schema is a JSON object within the size, nesting and enum limits, without recursion.

    Raises:
        BadRequestError: the schema is not an object or exceeds a limit; the message names it.
    """
    if not isinstance(schema, dict):
        raise BadRequestError(f"schema is invalid: expected a JSON object, got {type(schema).__name__}")
    _check_size(schema)


def _check_size(schema: dict[str, Any]) -> None:
    nodes = 0
    stack: list[tuple[Any, int, tuple[str | int, ...]]] = [(schema, 1, ())]
    while stack:
        value, depth, path = stack.pop()
        nodes += 1
        if nodes > MAX_NODES:
            raise BadRequestError(f"schema is invalid: it has more than {MAX_NODES} JSON values; simplify it")
        if depth > MAX_NESTING:
            where = pointer(path)
            shortened = where if len(where) <= 120 else where[:117] + "..."
            raise BadRequestError(f"schema is invalid at {shortened}: nesting is deeper than {MAX_NESTING} levels")
        if isinstance(value, dict):
            enum = value.get("enum")
            if isinstance(enum, list) and len(enum) > MAX_ENUM_VALUES:
                raise BadRequestError(
                    f"schema is invalid at {pointer((*path, 'enum'))}: enum has {len(enum)} values, "
                    f"more than the {MAX_ENUM_VALUES} allowed"
                )
            stack.extend((item, depth + 1, (*path, key)) for key, item in value.items())
        elif isinstance(value, list):
            stack.extend((item, depth + 1, (*path, index)) for index, item in enumerate(value))
        elif not isinstance(value, str | int | float | bool | type(None)):
            raise BadRequestError(f"schema is invalid at {pointer(path)}: {type(value).__name__} is not JSON")

    size = len(json.dumps(schema, separators=(",", ":")))
    if size > MAX_SCHEMA_BYTES:
        raise BadRequestError(
            f"schema is invalid: it is {size} bytes as JSON, more than the {MAX_SCHEMA_BYTES} allowed"
        )


def _check_meta(schema: dict[str, Any], cls: type[jsonschema.protocols.Validator]) -> None:
    meta_validator = cls(cls.META_SCHEMA)
    error = best_match(meta_validator.iter_errors(schema))
    if error is not None:
        raise BadRequestError(f"schema is invalid at {pointer(tuple(error.absolute_path))}: {error.message}")


def _check_patterns(schema: dict[str, Any]) -> None:
    for path, node in iter_schemas(schema):
        if not isinstance(node, dict):
            continue
        located: list[tuple[tuple[str | int, ...], str]] = []
        if isinstance(node.get("pattern"), str):
            located.append(((*path, "pattern"), node["pattern"]))
        if isinstance(node.get("patternProperties"), dict):
            located.extend(((*path, "patternProperties", key), key) for key in node["patternProperties"])
        for where, regex in located:
            if len(regex) > MAX_PATTERN_LENGTH:
                raise BadRequestError(
                    f"schema is invalid at {pointer(where)}: the regular expression is longer than "
                    f"{MAX_PATTERN_LENGTH} characters"
                )
            try:
                re.compile(regex)
            except re.error as exc:
                raise BadRequestError(
                    f"schema is invalid at {pointer(where)}: {regex!r} is not a valid regular expression ({exc})"
                ) from None


def _check_refs(schema: dict[str, Any]) -> None:
    resolver = RefResolver(schema)
    for path, node in iter_schemas(schema):
        if not isinstance(node, dict):
            continue
        nested_id = node.get("$id")
        if path and isinstance(nested_id, str) and not nested_id.startswith("#"):
            raise BadRequestError(
                f"schema is invalid at {pointer((*path, '$id'))}: $id inside a subschema is not supported "
                "because it changes how references resolve; remove it or use $anchor"
            )
        for keyword in ("$dynamicRef", "$recursiveRef"):
            if keyword in node:
                raise BadRequestError(
                    f"schema is invalid at {pointer((*path, keyword))}: {keyword} is not supported; "
                    "use $ref to a subschema of this document such as '#/$defs/name'"
                )
        if not isinstance(node.get("$ref"), str):
            continue
        try:
            resolver.resolve(node["$ref"])
        except UnresolvableRefError as exc:
            raise BadRequestError(
                f"schema is invalid at {pointer((*path, '$ref'))}: {exc}; "
                "point it at a subschema of this document such as '#/$defs/name'"
            ) from None
    _check_in_place_cycles(schema, resolver)


def _check_in_place_cycles(schema: dict[str, Any], resolver: RefResolver) -> None:
    """Reject reference loops that return to a schema without descending into the instance.

    `{"$defs": {"a": {"$ref": "#/$defs/a"}}}` or a loop through `allOf` makes every validator recurse
    forever, so such a schema has no meaning. Loops through `properties` or `items` are fine: they
    describe recursive data such as trees.
    """
    locations = {id(node): path for path, node in iter_schemas(schema) if isinstance(node, dict)}
    finished: set[int] = set()
    for start_path, start in iter_schemas(schema):
        if not isinstance(start, dict) or id(start) in finished:
            continue
        # Iterative depth-first search. `on_stack` contains the nodes of the current chain.
        on_stack: set[int] = {id(start)}
        stack: list[tuple[dict[str, Any], list[Any]]] = [(start, _in_place_targets(start, resolver))]
        while stack:
            node, pending = stack[-1]
            if not pending:
                stack.pop()
                on_stack.discard(id(node))
                finished.add(id(node))
                continue
            target = pending.pop()
            if id(target) in on_stack:
                where = locations.get(id(target), start_path)
                raise BadRequestError(
                    f"schema is invalid at {pointer(where)}: $ref cycle without a base case (the schema "
                    "refers back to itself through $ref/allOf/anyOf/oneOf/not without describing any "
                    "nested value); remove the cycle"
                )
            if id(target) in finished:
                continue
            on_stack.add(id(target))
            stack.append((target, _in_place_targets(target, resolver)))


def _in_place_targets(node: dict[str, Any], resolver: RefResolver) -> list[Any]:
    targets = list(in_place_children(node))
    if isinstance(node.get("$ref"), str):
        target, _ = resolver.resolve(node["$ref"])
        if isinstance(target, dict):
            targets.append(target)
    return targets


def _check_top_level_object(schema: dict[str, Any]) -> None:
    root: Any = schema
    resolver = RefResolver(schema)
    seen = 0
    while isinstance(root, dict) and isinstance(root.get("$ref"), str) and "type" not in root and seen < 32:
        root, _ = resolver.resolve(root["$ref"])
        seen += 1
    declared = root.get("type") if isinstance(root, dict) else None
    describes_object = declared in ("object", ["object"]) or (
        declared is None and isinstance(root, dict) and ("properties" in root or "required" in root)
    )
    if not describes_object:
        raise BadRequestError(
            f"schema is invalid at /type: a category describes one record, so the top level must have "
            f'"type": "object" (found {declared!r})'
        )
