"""Counts, batching, top-ups and determinism of the llm engine against the fake server."""

from __future__ import annotations

import json
import re

import pytest

from tests.fakes.openai_server import duplicates, good, truncated
from tests.integration.llm.engine_requests import make_request

ID_PATTERN = re.compile(r"^[a-z]+_[0-9a-z]{8}$")


def _content(record: dict) -> str:
    return json.dumps({k: v for k, v in record.items() if k != "id"}, sort_keys=True)


@pytest.mark.parametrize("count", [1, 5, 7, 100])
def test_generate_exact_count(make_engine, count):
    result = make_engine().generate(make_request(count=count))

    assert len(result.records) == count
    assert len({record["id"] for record in result.records}) == count
    assert all(ID_PATTERN.match(record["id"]) for record in result.records)
    assert len({_content(record) for record in result.records}) == count


def test_large_count_split_into_batches(make_engine, fake_server):
    result = make_engine(batch_size=15).generate(make_request(count=100))

    requested = [call.requested_count for call in fake_server.calls]
    assert result.stats["batches"] == 7
    assert sum(requested) == 100
    assert max(requested) <= 15


def test_batches_get_different_hints(make_engine, fake_server):
    make_engine(batch_size=10).generate(make_request(count=60))

    hints = [re.search(r"Batch \d+ of \d+; (.*)", call.user_message).group(1) for call in fake_server.calls]
    assert len(set(hints)) == len(hints)


def test_duplicate_batch_topped_up(make_engine, fake_server):
    fake_server.enqueue(duplicates(total=24, distinct=6))

    result = make_engine(batch_size=30).generate(make_request(count=24))

    assert len(result.records) == 24
    assert len({_content(record) for record in result.records}) == 24
    assert result.stats["rejected_duplicate"] == 18
    assert len(fake_server.calls) >= 2


def test_top_up_avoids_existing_values(make_engine, fake_server):
    fake_server.enqueue(duplicates(total=5, distinct=2))

    make_engine().generate(make_request(count=5))

    assert "Do not repeat records with these values" in fake_server.calls[1].user_message


def test_short_batch_topped_up(make_engine, fake_server):
    fake_server.enqueue(good(count=3))

    result = make_engine().generate(make_request(count=7))

    assert len(result.records) == 7
    assert result.stats["rounds"] == 2


def test_extra_records_trimmed(make_engine, fake_server):
    fake_server.enqueue(good(count=12))

    result = make_engine().generate(make_request(count=7))

    assert len(result.records) == 7
    assert len(fake_server.calls) == 1


def test_truncated_output_salvaged_and_topped_up(make_engine, fake_server):
    fake_server.enqueue(truncated(keep_fraction=0.5))

    result = make_engine().generate(make_request(count=10))

    assert len(result.records) == 10
    assert result.stats["truncated"] == 1
    assert result.stats["rounds"] == 2
    assert fake_server.calls[1].requested_count < 10


def test_schemaless_records_share_fields(make_engine, fake_server):
    def drop_price(records):
        del records[3]["price"]

    fake_server.enqueue(good(edit=drop_price))

    result = make_engine().generate(make_request(count=6))

    field_sets = {tuple(sorted(record)) for record in result.records}
    assert len(field_sets) == 1
    assert result.stats["rejected_invalid"] == 1


def test_model_id_replaced_without_schema(make_engine, fake_server):
    def add_ids(records):
        for record in records:
            record["id"] = "model-made"

    fake_server.enqueue(good(edit=add_ids))

    result = make_engine().generate(make_request("Generate vehicle listings", count=3))

    assert all(record["id"].startswith("veh_") for record in result.records)


def test_same_seed_same_ids(make_engine):
    engine = make_engine()

    first = engine.generate(make_request(count=5, seed=42))
    second = engine.generate(make_request(count=5, seed=42))

    assert [r["id"] for r in first.records] == [r["id"] for r in second.records]


def test_seed_sent_to_api(make_engine, fake_server):
    engine = make_engine()

    engine.generate(make_request(count=3, seed=42))
    engine.generate(make_request(count=3, seed=42))

    seeds = [call.body["seed"] for call in fake_server.calls]
    assert seeds[0] == seeds[1]
    assert isinstance(seeds[0], int)


def test_stats_record_usage(make_engine):
    result = make_engine(batch_size=5).generate(make_request(count=12))

    assert result.stats["calls"] == 3
    assert result.stats["batches"] == 3
    assert result.stats["prompt_tokens"] > 0
    assert result.stats["completion_tokens"] > 0
    assert result.stats["llm_ms"] >= 0


def test_info_logs_omit_prompt(make_engine, caplog):
    instruction = "Generate product records for the zebra-striped umbrella shop"

    with caplog.at_level("INFO", logger="spectrapi_core"):
        make_engine().generate(make_request(instruction, count=3))

    logged = " ".join(f"{record.getMessage()} {record.__dict__}" for record in caplog.records)
    assert "llm generation finished" in logged
    assert "zebra-striped" not in logged
