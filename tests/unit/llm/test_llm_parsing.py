"""Reading model output, including output cut off by the token limit."""

from __future__ import annotations

import json
import random

from spectrapi_core.engine.llm.parsing import parse_model_output, salvage_records


def _random_record(rng: random.Random) -> dict:
    return {
        "name": rng.choice(["Ada", 'Quote "x"', "Brace {y}", "Bracket ]z[", "Back\\slash"]) + str(rng.random()),
        "tags": [rng.randint(0, 9) for _ in range(rng.randint(0, 3))],
        "nested": {"deep": {"value": rng.random()}} if rng.random() < 0.5 else None,
    }


def test_parse_complete_output():
    parsed = parse_model_output('{"records": [{"a": 1}, {"a": 2}]}')

    assert parsed.records == [{"a": 1}, {"a": 2}]
    assert parsed.complete


def test_parse_code_fenced_output():
    parsed = parse_model_output('```json\n{"records": [{"a": 1}]}\n```')

    assert parsed.records == [{"a": 1}]


def test_parse_error_object_is_refusal():
    parsed = parse_model_output('{"error": "not a data request"}')

    assert parsed.refusal == "not a data request"
    assert parsed.records == []


def test_parse_records_missing_incomplete():
    parsed = parse_model_output('{"items": [{"a": 1}]}')

    assert not parsed.complete


def test_parse_cut_output_salvages_closed():
    parsed = parse_model_output('{"records": [{"a": 1}, {"a": {"b": 2}}, {"a": 3, "c": "x')

    assert parsed.records == [{"a": 1}, {"a": {"b": 2}}]
    assert not parsed.complete


def test_salvage_every_cut_position():
    rng = random.Random(1234)
    for _ in range(30):
        records = [_random_record(rng) for _ in range(rng.randint(1, 6))]
        text = json.dumps({"records": records})
        for cut in range(len(text)):
            salvaged = salvage_records(text[:cut])
            assert salvaged == records[: len(salvaged)], (text[:cut], salvaged)


def test_salvage_full_text_returns_all():
    rng = random.Random(99)
    records = [_random_record(rng) for _ in range(5)]

    assert salvage_records(json.dumps({"records": records})) == records
