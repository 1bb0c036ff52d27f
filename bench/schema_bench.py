"""Benchmark schema-driven generation against polyfactory and json-schema-faker on the fixture schemas.

Run from the repository root after `npm install` in `bench/`:

    python bench/schema_bench.py --records 500

Every peer builds `--records` records per fixture schema in `tests/fixtures/schemas/`; the same
`jsonschema` validator (format assertion on) judges all of them. Records per second counts generation
only, not validation. Our generator runs in requests of at most 100 records, as the API does.
polyfactory runs on pydantic models converted from the schemas (see `bench/peer_models/README.md`);
json-schema-faker runs in Node through `bench/jsf_generate.mjs`.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import jsonschema

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "layers" / "core"))

from spectrapi_core.engine.schema import build_records  # noqa: E402
from spectrapi_core.errors import SpectrAPIError  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "schemas"
PEER_MODELS = ROOT / "bench" / "peer_models"
NOW = datetime(2026, 1, 15, 12, 0, tzinfo=UTC)
REQUEST_SIZE = 100


@dataclass
class Run:
    """One peer's output for one schema."""

    seconds: float
    records: list[Any]
    error: str | None = None


def run_ours(schema: dict[str, Any], count: int) -> Run:
    """Build records with the schema-driven generator, in requests of at most 100."""
    records: list[Any] = []
    started = time.perf_counter()
    try:
        for seed, start in enumerate(range(0, count, REQUEST_SIZE)):
            size = min(REQUEST_SIZE, count - start)
            records += build_records(schema, size, random.Random(seed), locale="en-US", now=NOW)
    except SpectrAPIError as exc:
        return Run(time.perf_counter() - started, records, exc.message[:120])
    return Run(time.perf_counter() - started, records)


def run_polyfactory(name: str, count: int) -> Run:
    """Build records with polyfactory from the pydantic model converted from the schema."""
    from polyfactory.factories.pydantic_factory import ModelFactory

    spec = importlib.util.spec_from_file_location(f"peer_models_{name}", PEER_MODELS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # pydantic resolves the models' string annotations through sys.modules
    records: list[Any] = []
    started = time.perf_counter()
    try:
        spec.loader.exec_module(module)
        module.Record.model_rebuild()
        factory = ModelFactory.create_factory(module.Record)
        factory.seed_random(7)
        started = time.perf_counter()
        for _ in range(count):
            records.append(factory.build().model_dump(mode="json", by_alias=True, exclude_none=True))
    except Exception as exc:  # a peer failure is a result to report, not a crash of the benchmark
        return Run(time.perf_counter() - started, records, f"{type(exc).__name__}: {str(exc)[:100]}")
    return Run(time.perf_counter() - started, records)


def run_json_schema_faker(count: int) -> dict[str, Run]:
    """Build records with json-schema-faker in one Node process for all schemas."""
    with tempfile.NamedTemporaryFile(suffix=".json") as output:
        subprocess.run(
            ["node", str(ROOT / "bench" / "jsf_generate.mjs"), str(FIXTURES), str(count), output.name],
            check=True,
            cwd=ROOT,
        )
        raw = json.loads(Path(output.name).read_text())
    return {
        name: Run(entry["seconds"], entry["records"], (entry["error"] or "").split("\n")[0][:120] or None)
        for name, entry in raw.items()
    }


def validity(schema: dict[str, Any], run: Run, count: int) -> float:
    """Return the share of the requested records that were produced and are valid."""
    cls = jsonschema.validators.validator_for(schema, default=jsonschema.Draft202012Validator)
    validator = cls(schema, format_checker=cls.FORMAT_CHECKER)
    return sum(1 for record in run.records if validator.is_valid(record)) / count


def machine() -> str:
    """Describe the machine: CPU model, cores, Python and Node versions."""
    cpu = "unknown CPU"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    node = subprocess.run(["node", "--version"], capture_output=True, text=True, check=False).stdout.strip()
    return f"{cpu} ({platform.machine()}), nproc {os.cpu_count()}, Python {platform.python_version()}, Node {node}"


def main() -> None:
    """Run every peer on every fixture schema and print a Markdown table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--records", type=int, default=500, help="records per schema and peer")
    args = parser.parse_args()
    count = args.records

    names = sorted(path.stem for path in FIXTURES.glob("*.json"))
    jsf = run_json_schema_faker(count)
    rows = []
    totals = {peer: [0.0, 0, 0.0] for peer in ("ours", "polyfactory", "jsf")}  # seconds, records, valid
    for name in names:
        schema = json.loads((FIXTURES / f"{name}.json").read_text())
        runs = {
            "ours": run_ours(schema, count),
            "polyfactory": run_polyfactory(name, count),
            "jsf": jsf[name],
        }
        cells = [name]
        for peer, run in runs.items():
            share = validity(schema, run, count)
            rate = len(run.records) / run.seconds if run.records and run.seconds > 0 else 0.0
            totals[peer][0] += run.seconds
            totals[peer][1] += len(run.records)
            totals[peer][2] += share * count
            note = " ✗" if run.error else ""
            cells += [f"{rate:,.0f}", f"{share:.1%}{note}"]
            if run.error:
                print(f"<!-- {peer} on {name}: {run.error} -->", file=sys.stderr)
        rows.append(cells)

    print(f"Machine: {machine()}\n")
    print(f"Records per schema and peer: {count}\n")
    print(
        "| schema | ours rec/s | ours valid | polyfactory rec/s | polyfactory valid "
        "| json-schema-faker rec/s | json-schema-faker valid |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|")
    for cells in rows:
        print("| " + " | ".join(cells) + " |")
    summary = ["**all**"]
    for seconds, produced, valid in totals.values():
        summary += [f"**{produced / seconds:,.0f}**", f"**{valid / (count * len(names)):.1%}**"]
    print("| " + " | ".join(summary) + " |")


if __name__ == "__main__":
    main()
