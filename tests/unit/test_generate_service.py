"""The generate service: seeds and the time engines count from."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from spectrapi_core.models import GenerateRequest
from spectrapi_core.service.deps import build_dependencies
from spectrapi_core.service.generate import MAX_CHOSEN_SEED, generate, generation_time
from spectrapi_core.settings import Settings

INSTRUCTION = "Generate credit card transactions from the last 30 days"


@pytest.fixture
def deps(tmp_path):
    return build_dependencies(Settings(db_path=tmp_path / "spectrapi.sqlite3", engine="builtin"))


def run(deps, *, now: datetime, seed: int | None = None, count: int = 5):
    request = GenerateRequest(instruction=INSTRUCTION, count=count, seed=seed)
    return generate(request, deps=deps, principal=None, request_id="req_test0001", now=now)


def test_chosen_seed_is_javascript_safe(deps):
    now = datetime(2026, 5, 1, 12, tzinfo=UTC)
    seeds = [run(deps, now=now, count=1).meta.seed for _ in range(200)]
    assert all(0 <= seed <= MAX_CHOSEN_SEED for seed in seeds)
    assert len(set(seeds)) == len(seeds)


def test_reported_seed_repeats_records(deps):
    first = run(deps, now=datetime(2026, 5, 1, 9, 15, tzinfo=UTC))
    again = run(deps, now=datetime(2026, 5, 1, 9, 15, tzinfo=UTC), seed=first.meta.seed)
    assert again.data == first.data


def test_same_seed_later_same_day(deps):
    morning = run(deps, now=datetime(2026, 5, 1, 0, 0, 1, tzinfo=UTC), seed=42)
    evening = run(deps, now=datetime(2026, 5, 1, 23, 59, 59, tzinfo=UTC), seed=42)
    assert evening.data == morning.data


def test_same_seed_next_day_moves_window(deps):
    today = run(deps, now=datetime(2026, 5, 1, 12, tzinfo=UTC), seed=42)
    tomorrow = run(deps, now=datetime(2026, 5, 2, 12, tzinfo=UTC), seed=42)
    assert tomorrow.data != today.data


def test_generation_time_is_utc_midnight():
    moment = datetime.fromisoformat("2026-05-01T23:30:00-05:00")
    assert generation_time(moment) == datetime(2026, 5, 2, tzinfo=UTC)


def test_same_seed_other_instruction_new_ids(deps):
    now = datetime(2026, 5, 1, 12, tzinfo=UTC)
    transactions = run(deps, now=now, seed=7, count=20)
    request = GenerateRequest(instruction="Generate credit card transactions from the last 7 days", count=20, seed=7)
    other = generate(request, deps=deps, principal=None, request_id="req_test0002", now=now)
    first_ids = {record["id"] for record in transactions.data}
    other_ids = {record["id"] for record in other.data}
    assert first_ids.isdisjoint(other_ids)
