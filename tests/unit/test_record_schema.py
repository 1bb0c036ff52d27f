"""Schema checks and the contradiction finder behind the category 422s."""

from __future__ import annotations

import pytest

from spectrapi_core.errors import BadRequestError
from spectrapi_core.service.categories import check_category_schema
from spectrapi_core.service.record_schema import describe_contradiction, json_pointer


@pytest.mark.parametrize(
    "subschema",
    [
        True,
        {},
        {"type": "integer", "minimum": 1, "maximum": 7, "multipleOf": 7},
        {"type": "integer", "minimum": 3, "maximum": 3},
        {"type": "number", "minimum": 1.2, "maximum": 1.8},
        {"minLength": 2, "maxLength": 2},
        {"exclusiveMinimum": 1, "exclusiveMaximum": 2},
        {"required": ["a"], "additionalProperties": False, "properties": {"a": {}}},
        {"required": ["a"], "additionalProperties": False, "patternProperties": {"^a$": {}}},
        {"enum": [1, 2], "const": 2},
    ],
    ids=[
        "true",
        "empty",
        "multiple-at-max",
        "single-integer",
        "number-range",
        "equal-lengths",
        "open-interval",
        "required-declared",
        "required-by-pattern",
        "const-in-enum",
    ],
)
def test_contradiction_none_when_satisfiable(subschema):
    assert describe_contradiction(subschema) is None


@pytest.mark.parametrize(
    ("subschema", "fragment"),
    [
        ({"minItems": 3, "maxItems": 1}, "minItems 3 is greater than maxItems 1"),
        ({"exclusiveMinimum": 2, "exclusiveMaximum": 2}, "exclusiveMinimum 2 is not below exclusiveMaximum 2"),
        ({"minimum": 5, "exclusiveMaximum": 5}, "minimum 5 is not below exclusiveMaximum 5"),
        ({"required": ["a", "b"], "maxProperties": 1}, "maxProperties is 1"),
        ({"enum": [1], "const": 2}, "const 2 is not one of enum"),
        ({"required": ["a"], "properties": {"a": False}}, "required property 'a' has the schema false"),
    ],
    ids=["items", "exclusive-equal", "min-exclusive-max", "max-properties", "const-enum", "required-false"],
)
def test_contradiction_found(subschema, fragment):
    found = describe_contradiction(subschema)
    assert found is not None
    assert fragment in found


def test_json_pointer_escapes_tilde_slash():
    assert json_pointer(["properties", "a/b", "c~d", 0]) == "/properties/a~1b/c~0d/0"


def test_check_schema_rejects_nested_id():
    # Valid JSON Schema, but the generator resolves references against the document root only.
    schema = {
        "type": "object",
        "properties": {"x": {"$id": "https://example.com/x", "$defs": {"b": {"type": "integer"}}, "$ref": "#/$defs/b"}},
    }
    with pytest.raises(BadRequestError, match=r"/properties/x/\$id"):
        check_category_schema(schema)


def test_check_schema_ignores_ref_in_const():
    check_category_schema({"type": "object", "const": {"$ref": "#/nowhere"}})


def test_check_schema_type_list_object():
    check_category_schema({"type": ["object"]})


@pytest.mark.parametrize(
    ("schema", "pointer"),
    [
        (
            {"type": "object", "$defs": {"a": {"$ref": "#/$defs/b"}, "b": {"$ref": "#/$defs/a"}}},
            "/$defs/a",
        ),
        ({"type": "object", "allOf": [{"$ref": "#"}]}, "at /:"),
        ({"type": "object", "$defs": {"a": {"anyOf": [{"type": "null"}, {"$ref": "#/$defs/a"}]}}}, "/$defs/a"),
    ],
    ids=["two-refs", "all-of-root", "any-of-self"],
)
def test_check_schema_rejects_ref_cycle(schema, pointer):
    with pytest.raises(BadRequestError) as caught:
        check_category_schema(schema)
    assert "refers to itself without end" in caught.value.message
    assert pointer in caught.value.message


@pytest.mark.parametrize(
    "schema",
    [
        {"type": "object", "properties": {"next": {"$ref": "#"}}},
        {
            "type": "object",
            "$defs": {"node": {"type": "object", "properties": {"children": {"items": {"$ref": "#/$defs/node"}}}}},
            "properties": {"tree": {"$ref": "#/$defs/node"}},
        },
    ],
    ids=["property-to-root", "tree-through-items"],
)
def test_check_schema_allows_recursion(schema):
    check_category_schema(schema)


def test_check_schema_rejects_bad_format_regex():
    with pytest.raises(BadRequestError) as caught:
        check_category_schema({"type": "object", "patternProperties": {"[": {}}})
    assert "/patternProperties" in caught.value.message
