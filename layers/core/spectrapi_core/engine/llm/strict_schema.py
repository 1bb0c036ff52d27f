"""Turn a category's JSON Schema into the subset that strict structured outputs accept, and back.

Strict mode (OpenAI structured outputs with `"strict": true`) requires every object to list all its
properties in `required` and to set `additionalProperties: false`, and it rejects some keywords. The
transform below therefore:

- makes optional properties required but nullable, so the model may return null for "absent";
- removes keywords outside the documented subset and restates them in the property's description, so
  the model still sees them (the engine enforces them by validating against the original schema);
- rewrites `oneOf` as `anyOf` and merges `allOf` parts into their parent.

After generation, `drop_absent_optionals` removes the nulls the model wrote for optional properties
whose original schema does not allow null, so records validate against the original schema.
"""

from __future__ import annotations

import copy
from typing import Any

# Keywords the strict subset accepts, from OpenAI's "Supported schemas" list for structured outputs
# (checked December 2026). Everything else is removed from the sent schema.
STRICT_KEYWORDS = frozenset(
    {
        "type",
        "properties",
        "required",
        "additionalProperties",
        "items",
        "enum",
        "const",
        "anyOf",
        "$ref",
        "$defs",
        "description",
        "title",
        "pattern",
        "format",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "multipleOf",
        "minItems",
        "maxItems",
    }
)
STRICT_FORMATS = frozenset({"date-time", "time", "date", "duration", "email", "hostname", "ipv4", "ipv6", "uuid"})
# Keywords that carry no constraint; removing them needs no note in the description.
ANNOTATION_KEYWORDS = frozenset({"$schema", "$id", "$comment", "examples", "default", "readOnly", "writeOnly"})


class StrictSchemaUnsupportedError(ValueError):
    """The schema uses a construct strict mode cannot express (free-form maps, tuples, root recursion)."""


def to_strict_schema(schema: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Build the strict-mode version of a record schema.

    Args:
        schema: JSON Schema of one record, as saved in the category.

    Returns:
        The strict record schema, and the `$defs` it refers to (to be placed at the root of the sent
        schema, because `$ref` pointers resolve against the root).

    Raises:
        StrictSchemaUnsupportedError: the schema cannot be expressed in strict mode.
    """
    record = copy.deepcopy(schema)
    definitions = {**record.pop("definitions", {}), **record.pop("$defs", {})}
    strict_defs = {name: _strictify(node) for name, node in definitions.items()}
    strict_record = _strictify(record)
    if not _object_type(strict_record):
        raise StrictSchemaUnsupportedError("the record schema is not an object schema")
    return strict_record, strict_defs


def _object_type(node: dict[str, Any]) -> bool:
    return node.get("type") == "object" or "properties" in node


def _strictify(node: Any) -> Any:
    if not isinstance(node, dict):
        raise StrictSchemaUnsupportedError("boolean subschemas have no strict-mode equivalent")

    node = _merge_all_of(node)
    if "oneOf" in node:
        node["anyOf"] = node.pop("oneOf")

    notes: list[str] = []
    result: dict[str, Any] = {}
    for keyword, value in node.items():
        if keyword == "$ref":
            result[keyword] = _rewrite_ref(value)
        elif keyword == "format" and value not in STRICT_FORMATS:
            notes.append(f"format {value}")
        elif keyword in STRICT_KEYWORDS:
            result[keyword] = value
        elif keyword in ("prefixItems", "patternProperties"):
            raise StrictSchemaUnsupportedError(f"keyword {keyword} has no strict-mode equivalent")
        elif keyword not in ANNOTATION_KEYWORDS:
            notes.append(f"{keyword} {value!r}")

    if notes:
        prefix = result.get("description", "")
        result["description"] = (prefix + " " if prefix else "") + "Must also satisfy: " + ", ".join(notes) + "."

    if "anyOf" in result:
        result["anyOf"] = [_strictify(part) for part in result["anyOf"]]
    if isinstance(result.get("items"), dict):
        result["items"] = _strictify(result["items"])
    if _object_type(result):
        _strictify_object(result)
    return result


def _strictify_object(node: dict[str, Any]) -> None:
    additional = node.get("additionalProperties")
    if "properties" not in node or isinstance(additional, dict):
        raise StrictSchemaUnsupportedError("objects without fixed properties have no strict-mode equivalent")

    originally_required = set(node.get("required", []))
    properties: dict[str, Any] = {}
    for name, subschema in node["properties"].items():
        strict = _strictify(subschema)
        properties[name] = strict if name in originally_required else make_nullable(strict)
    node["properties"] = properties
    node["required"] = list(properties)
    node["additionalProperties"] = False
    node["type"] = "object"


def _merge_all_of(node: dict[str, Any]) -> dict[str, Any]:
    if "allOf" not in node:
        return dict(node)
    merged = {key: value for key, value in node.items() if key != "allOf"}
    for part in node["allOf"]:
        part = _merge_all_of(part) if isinstance(part, dict) else {}
        for key, value in part.items():
            if key == "properties":
                merged["properties"] = {**merged.get("properties", {}), **value}
            elif key == "required":
                merged["required"] = list(dict.fromkeys([*merged.get("required", []), *value]))
            else:
                merged.setdefault(key, value)
    return merged


def _rewrite_ref(ref: str) -> str:
    if ref.startswith("#/definitions/"):
        return "#/$defs/" + ref.removeprefix("#/definitions/")
    if ref.startswith("#/$defs/"):
        return ref
    raise StrictSchemaUnsupportedError(f"$ref {ref!r} is not a local #/$defs/ or #/definitions/ reference")


def make_nullable(node: dict[str, Any]) -> dict[str, Any]:
    """Return a copy of a subschema that also accepts null."""
    if "type" in node and "anyOf" not in node:
        nullable = dict(node)
        types = node["type"] if isinstance(node["type"], list) else [node["type"]]
        if "null" not in types:
            nullable["type"] = [*types, "null"]
        if "enum" in nullable and None not in nullable["enum"]:
            nullable["enum"] = [*nullable["enum"], None]
        return nullable
    if "enum" in node and "anyOf" not in node:
        return node if None in node["enum"] else {**node, "enum": [*node["enum"], None]}
    if "anyOf" in node:
        if any(part.get("type") == "null" for part in node["anyOf"]):
            return node
        return {**node, "anyOf": [*node["anyOf"], {"type": "null"}]}
    return {"anyOf": [node, {"type": "null"}]}


def drop_absent_optionals(value: Any, schema: Any, root: dict[str, Any] | None = None) -> Any:
    """Remove null values of optional properties whose original schema does not allow null.

    A property that is optional and declared `["string", "null"]` keeps its null: the model chose
    "no value", which the original schema accepts.

    Args:
        value: One generated record (or a part of it), changed in place.
        schema: The original, non-strict schema of `value`.
        root: The original root schema, for resolving `$ref`.

    Returns:
        The same `value`, for chaining.
    """
    root = schema if root is None else root
    schema = _resolve(schema, root)
    if not isinstance(schema, dict):
        return value

    for part in schema.get("allOf", []):
        drop_absent_optionals(value, part, root)

    if isinstance(value, dict) and isinstance(schema.get("properties"), dict):
        required = set(schema.get("required", []))
        for name, subschema in schema["properties"].items():
            if name not in value:
                continue
            if value[name] is None and name not in required and not allows_null(subschema, root):
                del value[name]
            else:
                drop_absent_optionals(value[name], subschema, root)
    elif isinstance(value, list) and isinstance(schema.get("items"), dict):
        for item in value:
            drop_absent_optionals(item, schema["items"], root)
    return value


def allows_null(schema: Any, root: dict[str, Any]) -> bool:
    """Tell whether a subschema accepts JSON null, following local `$ref`s."""
    schema = _resolve(schema, root)
    if schema is True or schema == {}:
        return True
    if not isinstance(schema, dict):
        return False
    types = schema.get("type")
    if types == "null" or (isinstance(types, list) and "null" in types):
        return True
    if "enum" in schema and None in schema["enum"]:
        return True
    if "const" in schema and schema["const"] is None:
        return True
    return any(allows_null(part, root) for part in schema.get("anyOf", []) + schema.get("oneOf", []))


def _resolve(schema: Any, root: dict[str, Any], depth: int = 0) -> Any:
    if not isinstance(schema, dict) or "$ref" not in schema or depth > 20:
        return schema
    ref = schema["$ref"]
    if not ref.startswith("#"):
        return schema
    target: Any = root
    for part in ref.removeprefix("#").strip("/").split("/"):
        if not part:
            continue
        if not isinstance(target, dict) or part not in target:
            return schema
        target = target[part]
    return _resolve(target, root, depth + 1)
