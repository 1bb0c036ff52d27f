"""JSON Schema checks for category schemas and generated records, on the `jsonschema` package.

Two dialects are accepted: draft 2020-12 (the default when `$schema` is absent) and draft-07. Format assertions are
on, for the formats `jsonschema` can check with the packages installed (date-time, email, ipv4, uuid, regex, ...).
References resolve only inside the schema and to the published meta-schemas; nothing is fetched over the network.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, TypeGuard

from jsonschema import Draft7Validator, Draft202012Validator, ValidationError
from jsonschema.exceptions import SchemaError, best_match
from jsonschema.protocols import Validator
from jsonschema_specifications import REGISTRY as META_SCHEMAS
from referencing._core import Resolver  # public type of Registry.resolver(), not re-exported
from referencing.exceptions import Unresolvable

from spectrapi_core.errors import BadRequestError

DEFAULT_DIALECT = "https://json-schema.org/draft/2020-12/schema"
DIALECTS: dict[str, type[Validator]] = {
    "json-schema.org/draft/2020-12/schema": Draft202012Validator,
    "json-schema.org/draft-07/schema": Draft7Validator,
}
"""Accepted `$schema` values without scheme and trailing '#', so http/https and '#' variants all match."""

DATA_KEYWORDS = frozenset({"const", "default", "enum", "examples"})
"""Keywords whose values are instances rather than schemas: a `$ref` key inside them is data."""

MAX_MESSAGE_CHARS = 300


def json_pointer(path: Any) -> str:
    """Format a path of keys and indexes as a JSON pointer (RFC 6901); the root is '/'."""
    parts = [str(part).replace("~", "~0").replace("/", "~1") for part in path]
    return "/" + "/".join(parts)


def _shorten(message: str) -> str:
    return message if len(message) <= MAX_MESSAGE_CHARS else message[: MAX_MESSAGE_CHARS - 3] + "..."


def validator_class(schema: dict[str, Any]) -> type[Validator]:
    """Pick the validator class for the schema's `$schema` (draft 2020-12 when absent).

    Raises:
        BadRequestError: `$schema` names another dialect.
    """
    dialect = schema.get("$schema", DEFAULT_DIALECT)
    key = dialect.split("://", 1)[-1].rstrip("#") if isinstance(dialect, str) else None
    if key not in DIALECTS:
        raise BadRequestError(
            f"schema.$schema {dialect!r} is not supported; use 'https://json-schema.org/draft/2020-12/schema' "
            "(the default when $schema is omitted) or 'http://json-schema.org/draft-07/schema#'."
        )
    return DIALECTS[key]


def check_json_schema(schema: dict[str, Any]) -> None:
    """Check that `schema` is a valid JSON Schema whose `$ref`s all resolve.

    Raises:
        BadRequestError: naming the first problem and its JSON pointer inside the schema.
    """
    cls = validator_class(schema)
    try:
        cls.check_schema(schema, format_checker=cls.FORMAT_CHECKER)
    except SchemaError as error:
        raise BadRequestError(
            f"schema is not a valid JSON Schema: {_shorten(error.message)} at {json_pointer(error.path)} "
            "inside the schema. Fix that keyword and send the schema again."
        ) from None

    resource = _specification(cls).create_resource(schema)
    subschemas = list(_subschemas(schema, META_SCHEMAS.resolver_with_root(resource), cls, []))
    for path, node, resolver in subschemas:
        if not isinstance(node.get("$ref"), str):
            continue
        try:
            resolver.lookup(node["$ref"])
        except Unresolvable:
            raise BadRequestError(
                f"schema $ref {node['$ref']!r} at {json_pointer([*path, '$ref'])} cannot be resolved. References "
                "must point inside the schema, such as '#/$defs/address'; other documents are never fetched."
            ) from None

    _check_reference_cycles(subschemas, cls)


def compile_record_validator(schema: dict[str, Any]) -> Validator:
    """Build a validator for records of a schema that `check_json_schema` accepted, with format checks on."""
    cls = validator_class(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def first_violation(validator: Validator, record: Any) -> ValidationError | None:
    """Return the most relevant reason `record` does not validate, or None when it does."""
    return best_match(validator.iter_errors(record))


def _specification(cls: type[Validator]) -> Any:
    from referencing.jsonschema import DRAFT7, DRAFT202012

    return DRAFT7 if cls is Draft7Validator else DRAFT202012


def _subschemas(
    node: Any, resolver: Resolver, cls: type[Validator], path: list[str | int]
) -> Iterator[tuple[list[str | int], dict[str, Any], Resolver]]:
    """Yield (path, object, resolver in scope) for every object in the schema, following nested `$id`s."""
    if isinstance(node, list):
        for index, item in enumerate(node):
            yield from _subschemas(item, resolver, cls, [*path, index])
        return
    if not isinstance(node, dict):
        return

    if path and isinstance(node.get("$id"), str):
        resolver = resolver.in_subresource(_specification(cls).create_resource(node))
    yield path, node, resolver
    for key, value in node.items():
        if key not in DATA_KEYWORDS:
            yield from _subschemas(value, resolver, cls, [*path, key])


IN_PLACE_KEYWORDS = ("allOf", "anyOf", "oneOf", "not", "if", "then", "else")
"""Keywords that apply their subschemas to the same value, so a reference cycle through them never ends."""


def _check_reference_cycles(
    subschemas: list[tuple[list[str | int], dict[str, Any], Resolver]], cls: type[Validator]
) -> None:
    """Reject a `$ref` chain that returns to its start without descending into a property or an item.

    Validating any value against such a schema recurses without end.

    Raises:
        BadRequestError: naming the JSON pointer of a schema on the cycle.
    """
    paths = {id(node): path for path, node, _ in subschemas}
    finished: set[int] = set()

    def visit(node: Any, resolver: Resolver, active: set[int]) -> list[str | int] | None:
        if not isinstance(node, dict) or id(node) in finished:
            return None
        if id(node) in active:
            return paths.get(id(node), [])
        active.add(id(node))
        children: list[tuple[Any, Resolver]] = []
        if isinstance(node.get("$ref"), str):
            target = resolver.lookup(node["$ref"])
            children.append((target.contents, target.resolver))
        for keyword in IN_PLACE_KEYWORDS:
            value = node.get(keyword)
            for child in value if isinstance(value, list) else [value]:
                children.append((child, resolver))
        for child, child_resolver in children:
            cycle = visit(child, child_resolver, active)
            if cycle is not None:
                return cycle
        active.discard(id(node))
        finished.add(id(node))
        return None

    try:
        for _, node, resolver in subschemas:
            cycle = visit(node, resolver, set())
            if cycle is not None:
                raise BadRequestError(
                    f"schema refers to itself without end through $ref at {json_pointer(cycle)}: validating a "
                    "value there never finishes. A reference back to an enclosing schema must go through "
                    "properties or items."
                )
    except RecursionError:
        raise BadRequestError(
            "schema $ref chains are nested too deeply to check; shorten the chains of references."
        ) from None


_BOUND_PAIRS = (
    ("minLength", "maxLength"),
    ("minItems", "maxItems"),
    ("minProperties", "maxProperties"),
    ("minContains", "maxContains"),
)


def describe_contradiction(subschema: Any) -> str | None:
    """Describe why no value can satisfy `subschema`, for the contradictions that can be read off its keywords.

    Returns None when no contradiction is found. The subschema may still be unsatisfiable in ways this does not
    detect, such as conflicting `allOf` branches or a `pattern` that excludes its `format`.
    """
    if subschema is False:
        return "the schema is false, which no value satisfies"
    if not isinstance(subschema, dict):
        return None

    enum = subschema.get("enum")
    if isinstance(enum, list) and not enum:
        return "enum is an empty list"
    if "const" in subschema and isinstance(enum, list) and subschema["const"] not in enum:
        return f"const {subschema['const']!r} is not one of enum {enum!r}"
    if subschema.get("type") == []:
        return "type is an empty list"

    for low_name, high_name in _BOUND_PAIRS:
        low, high = subschema.get(low_name), subschema.get(high_name)
        if _is_number(low) and _is_number(high) and low > high:
            return f"{low_name} {low} is greater than {high_name} {high}"
    return _numeric_contradiction(subschema) or _object_contradiction(subschema)


def _is_number(value: Any) -> TypeGuard[int | float]:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _numeric_contradiction(subschema: dict[str, Any]) -> str | None:
    low, high = subschema.get("minimum"), subschema.get("maximum")
    exclusive_low, exclusive_high = subschema.get("exclusiveMinimum"), subschema.get("exclusiveMaximum")
    if _is_number(low) and _is_number(high) and low > high:
        return f"minimum {low} is greater than maximum {high}"
    if _is_number(exclusive_low) and _is_number(exclusive_high) and exclusive_low >= exclusive_high:
        return f"exclusiveMinimum {exclusive_low} is not below exclusiveMaximum {exclusive_high}"
    if _is_number(low) and _is_number(exclusive_high) and low >= exclusive_high:
        return f"minimum {low} is not below exclusiveMaximum {exclusive_high}"
    if _is_number(exclusive_low) and _is_number(high) and exclusive_low >= high:
        return f"exclusiveMinimum {exclusive_low} is not below maximum {high}"

    step = subschema.get("multipleOf")
    if subschema.get("type") == "integer" and _is_number(step) and step == int(step):
        step = int(step)
    elif subschema.get("type") == "integer":
        step = 1
    if isinstance(step, int) and step > 0 and _is_number(low) and _is_number(high):
        first_multiple = -(-low // step) * step
        if first_multiple > high:
            kind = "integer" if step == 1 else f"multiple of {step}"
            return f"no {kind} lies between minimum {low} and maximum {high}"
    return None


def _object_contradiction(subschema: dict[str, Any]) -> str | None:
    required = subschema.get("required")
    if not isinstance(required, list):
        return None
    max_properties = subschema.get("maxProperties")
    if _is_number(max_properties) and len(set(required)) > max_properties:
        return f"required lists {len(set(required))} properties but maxProperties is {max_properties}"
    properties = subschema.get("properties")
    if subschema.get("additionalProperties") is False and not subschema.get("patternProperties"):
        allowed = set(properties) if isinstance(properties, dict) else set()
        missing = [name for name in required if name not in allowed]
        if missing:
            return f"required property {missing[0]!r} is not in properties and additionalProperties is false"
    if isinstance(properties, dict):
        for name in required:
            if properties.get(name) is False:
                return f"required property {name!r} has the schema false"
    return None
