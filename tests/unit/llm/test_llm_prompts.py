"""Batch planning, prompt assembly and id prefixes."""

from __future__ import annotations

import random

from spectrapi_core.engine.llm.prompts import build_user_message, id_prefix_for, plan_batches


def test_plan_sizes_sum_to_count():
    rng = random.Random(3)
    for _ in range(200):
        count = rng.randint(1, 150)
        batch_size = rng.randint(1, 30)
        plans = plan_batches(count, batch_size, random.Random(rng.random()))
        assert sum(plan.size for plan in plans) == count
        assert max(plan.size for plan in plans) <= batch_size
        assert max(p.size for p in plans) - min(p.size for p in plans) <= 1


def test_plan_same_seed_same_plans():
    assert plan_batches(50, 10, random.Random(1)) == plan_batches(50, 10, random.Random(1))


def test_plan_indexes_continue():
    plans = plan_batches(20, 10, random.Random(1), first_index=4)

    assert [plan.index for plan in plans] == [4, 5]


def test_user_message_ends_with_request():
    plan = plan_batches(5, 10, random.Random(1))[0]

    message = build_user_message(
        "Generate cars", locale="de-DE", plan=plan, total_batches=1, schema_in_prompt=None, avoid=[]
    )

    assert message.endswith("<request>\nGenerate cars\n</request>")
    assert "Locale: de-DE" in message
    assert "Number of records: 5" in message


def test_id_prefix_from_instruction():
    assert id_prefix_for("Generate vehicle listings for Toyota", None) == "veh_"
    assert id_prefix_for("Job postings for engineers", None) == "job_"
    assert id_prefix_for("Something unusual", None) == "rec_"


def test_id_prefix_prefers_schema_title():
    assert id_prefix_for("Generate some data", {"title": "Property"}) == "prop_"
