"""Category schemas: strict structured outputs, validation against the original schema, nullables."""

from __future__ import annotations

import jsonschema
import pytest

from spectrapi_core.errors import UpstreamError
from tests.fakes.openai_server import good, json_schema_unsupported
from tests.integration.llm.engine_requests import make_request

EVENT_SCHEMA = {
    "type": "object",
    "properties": {
        "title": {"type": "string"},
        "starts_at": {"type": "string", "format": "date-time"},
        "attendees": {"type": "integer", "minimum": 1, "maximum": 500},
    },
    "required": ["title", "starts_at", "attendees"],
}

PERSON_SCHEMA = {
    "type": "object",
    "properties": {
        "first_name": {"type": "string"},
        "middle_name": {"type": ["string", "null"]},
        "last_name": {"type": "string"},
        "nickname": {"type": "string"},
    },
    "required": ["first_name", "last_name"],
}


def _sent_item_schema(call) -> dict:
    return call.body["response_format"]["json_schema"]["schema"]["properties"]["records"]["items"]


def _validator(schema):
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def test_schema_sent_as_strict_json_schema(make_engine, fake_server):
    make_engine().generate(make_request(count=2, schema=EVENT_SCHEMA))

    response_format = fake_server.calls[0].body["response_format"]
    assert response_format["type"] == "json_schema"
    assert response_format["json_schema"]["strict"] is True
    assert response_format["json_schema"]["schema"]["required"] == ["records"]
    assert _sent_item_schema(fake_server.calls[0])["additionalProperties"] is False


def test_schemaless_uses_json_object(make_engine, fake_server):
    make_engine().generate(make_request(count=2))

    assert fake_server.calls[0].body["response_format"] == {"type": "json_object"}


def test_datetime_phrase_rejected_and_regenerated(make_engine, fake_server):
    def plant_phrase(records):
        records[0]["starts_at"] = "next Thursday afternoon"

    fake_server.enqueue(good(edit=plant_phrase))

    result = make_engine().generate(make_request(count=4, schema=EVENT_SCHEMA))

    validator = _validator(EVENT_SCHEMA)
    assert len(result.records) == 4
    assert all(validator.is_valid({k: v for k, v in r.items() if k != "id"}) for r in result.records)
    assert all(r["starts_at"] != "next Thursday afternoon" for r in result.records)
    assert result.stats["rejected_invalid"] == 1
    assert len(fake_server.calls) == 2


def test_optional_nullable_sent_as_required(make_engine, fake_server):
    make_engine().generate(make_request(count=2, schema=PERSON_SCHEMA))

    item = _sent_item_schema(fake_server.calls[0])
    assert "middle_name" in item["required"]
    assert "null" in item["properties"]["middle_name"]["type"]
    assert "nickname" in item["required"]
    assert item["properties"]["nickname"]["type"] == ["string", "null"]


def test_optional_nullable_keeps_null(make_engine, fake_server):
    fake_server.default = good(nulls=("middle_name", "nickname"))

    result = make_engine().generate(make_request(count=5, schema=PERSON_SCHEMA))

    assert all(record["middle_name"] is None for record in result.records)
    assert all("nickname" not in record for record in result.records)
    assert all(_validator(PERSON_SCHEMA).is_valid(record) for record in result.records)


def test_schema_id_kept_from_model(make_engine):
    schema = {
        "type": "object",
        "properties": {"id": {"type": "string", "format": "uuid"}, "name": {"type": "string"}},
        "required": ["id", "name"],
        "additionalProperties": False,
    }

    result = make_engine().generate(make_request(count=3, schema=schema))

    assert all(_validator(schema).is_valid(record) for record in result.records)


def test_removed_keyword_still_enforced(make_engine, fake_server):
    schema = {
        "type": "object",
        "properties": {"sku": {"type": "string", "minLength": 40}},
        "required": ["sku"],
    }

    with pytest.raises(UpstreamError) as caught:
        make_engine(max_rounds=2).generate(make_request(count=3, schema=schema))

    assert "minLength" not in _sent_item_schema(fake_server.calls[0])["properties"]["sku"]
    assert "0 usable records of 3" in caught.value.message
    assert caught.value.status == 502


def test_free_form_object_falls_back_to_prompt(make_engine, fake_server):
    schema = {"type": "object", "additionalProperties": {"type": ["string", "number", "boolean"]}}

    result = make_engine().generate(make_request(count=2, schema=schema))

    assert fake_server.calls[0].body["response_format"] == {"type": "json_object"}
    assert "JSON Schema" in fake_server.calls[0].user_message
    assert len(result.records) == 2


def test_engine_id_replaces_model_id(make_engine, fake_server):
    schema = {"type": "object", "properties": {"name": {"type": "string"}}, "required": ["name"]}

    def add_ids(records):
        for record in records:
            record["id"] = "model-made"

    fake_server.enqueue(good(edit=add_ids))

    result = make_engine().generate(make_request("Generate customer profiles", count=3, schema=schema))

    assert all(record["id"].startswith("per_") for record in result.records)


def test_json_schema_rejected_falls_back(make_engine, fake_server):
    fake_server.default = json_schema_unsupported()
    schema = {"type": "object", "properties": {"name": {"type": "string"}}, "required": ["name"]}
    engine = make_engine()

    first = engine.generate(make_request(count=3, schema=schema))
    calls_after_first = len(fake_server.calls)
    engine.generate(make_request(count=3, schema=schema))

    assert len(first.records) == 3
    assert fake_server.calls[0].body["response_format"]["type"] == "json_schema"
    assert fake_server.calls[1].body["response_format"] == {"type": "json_object"}
    assert '"name"' in fake_server.calls[1].user_message
    assert fake_server.calls[calls_after_first].body["response_format"] == {"type": "json_object"}
