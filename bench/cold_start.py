"""Cold start proxy: wall time to import each Lambda handler module in a fresh interpreter, and a first request.

Compared in the same run against a bare interpreter start (`python -c pass`), so the ratio survives a noisy machine.
Usage: python bench/cold_start.py [--runs 7]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.report import ROOT, median, python_env, run_python, write_section

TIMED_IMPORT = """
import time, importlib.util, sys
started = time.perf_counter()
spec = importlib.util.spec_from_file_location("handler", {path!r})
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)
imported = time.perf_counter()
print(round((imported - started) * 1000, 1), "openai" in sys.modules)
"""

FIRST_REQUEST = """
import json, resource, time
started = time.perf_counter()
from spectrapi_core.service.deps import build_dependencies
from spectrapi_core.settings import Settings
from spectrapi_core.service.keys import create_key
from spectrapi_core.local.gateway import LocalGateway, HttpRequest
deps = build_dependencies(Settings(db_path={db!r}, engine="builtin"))
secret = create_key(deps.key_store, plan="enterprise", rate_per_minute=1000000).secret
gateway = LocalGateway(deps)
headers = [("authorization", "Bearer " + secret), ("content-type", "application/json")]


def post(path, payload):
    began = time.perf_counter()
    response = gateway.dispatch(HttpRequest("POST", path, "", headers, json.dumps(payload).encode()))
    assert response.status in (200, 201), response.body[:300]
    return (time.perf_counter() - began) * 1000


ready = time.perf_counter()
first_ms = post("/api/v1/generate", {{"instruction": {instruction!r}, "count": 100}})
second_ms = post("/api/v1/generate", {{"instruction": {instruction!r}, "count": 100, "seed": 2}})
save_ms = post("/api/v1/categories", {{"id": "cat_vehicles", "name": "Vehicles", "schema": {schema!r}}})
category_ms = post("/api/v1/generate", {{"instruction": {instruction!r}, "count": 100, "category_id": "cat_vehicles"}})
print(json.dumps({{"import_ms": (ready - started) * 1000, "first_request_ms": first_ms, "second_request_ms": second_ms,
                  "first_save_ms": save_ms, "first_category_ms": category_ms,
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""

GOAL_IMPORT_MS = 300
INSTRUCTION = "Generate luxury vehicle listings with BMW and Mercedes models from 2022 or newer"


def time_imports(path: Path, runs: int, env: dict[str, str]) -> tuple[float, bool]:
    samples = []
    loads_openai = False
    for _ in range(runs):
        elapsed, openai_loaded = run_python(TIMED_IMPORT.format(path=str(path)), env).split()
        samples.append(float(elapsed))
        loads_openai = loads_openai or openai_loaded == "True"
    return median(samples), loads_openai


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7, help="fresh interpreters per measurement (default 7)")
    args = parser.parse_args()

    import subprocess
    import time

    bare = []
    for _ in range(args.runs):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True, env=python_env())
        bare.append((time.perf_counter() - started) * 1000)
    baseline_ms = median(bare)

    rows = []
    engines = {
        "builtin": python_env(),
        "llm": {**python_env(), "SPECTRAPI_ENGINE": "llm", "SPECTRAPI_LLM_BASE_URL": "http://127.0.0.1:9/v1"},
    }
    for function in ("api", "authorizer"):
        for engine, env in engines.items():
            import_ms, openai_loaded = time_imports(ROOT / "functions" / function / "handler.py", args.runs, env)
            rows.append((function, engine, import_ms, openai_loaded))

    with tempfile.TemporaryDirectory() as tmp:
        schema = json.loads((ROOT / "tests" / "fixtures" / "schemas" / "vehicle.json").read_text())
        first = [
            json.loads(
                run_python(FIRST_REQUEST.format(db=f"{tmp}/run{index}.sqlite3", instruction=INSTRUCTION, schema=schema))
            )
            for index in range(3)
        ]

    lines = [
        f"Bare interpreter start (`python -c pass`), the baseline: {baseline_ms:.0f} ms (median of {args.runs}).",
        "",
        "| handler module | engine configured | import ms (median) | × baseline | imports openai |",
        "|---|---|---|---|---|",
    ]
    for function, engine, import_ms, openai_loaded in rows:
        lines.append(
            f"| functions/{function}/handler.py | {engine} | {import_ms:.0f} | {import_ms / baseline_ms:.1f} | "
            f"{'yes' if openai_loaded else 'no'} |"
        )
    lines += [
        "",
        "Requests in a fresh process through the local gateway (builtin engine, count=100, luxury vehicle "
        "instruction), in column order. The first generate loads the engine and its locale tables. The first "
        "category save loads jsonschema and the schema engine, which the handler import skips. The last "
        "request generates with that category (`tests/fixtures/schemas/vehicle.json`).",
        "",
        "| run | library import + wiring ms | 1st generate ms | 2nd generate ms | 1st category save ms | "
        "1st category generate ms | peak RSS MiB |",
        "|---|---|---|---|---|---|---|",
    ]
    for index, sample in enumerate(first, 1):
        lines.append(
            f"| {index} | {sample['import_ms']:.0f} | {sample['first_request_ms']:.0f} | "
            f"{sample['second_request_ms']:.0f} | {sample['first_save_ms']:.0f} | {sample['first_category_ms']:.0f} | "
            f"{sample['peak_rss_mb']:.0f} |"
        )
    builtin_ms = {function: import_ms for function, engine, import_ms, _ in rows if engine == "builtin"}
    slowest = max(builtin_ms.values())
    verdict = "met" if slowest <= GOAL_IMPORT_MS else "missed"
    lines += [
        "",
        f"Goal: each handler imports in <= {GOAL_IMPORT_MS} ms with the builtin engine. Measured "
        + ", ".join(f"{function} {value:.0f} ms" for function, value in builtin_ms.items())
        + f": **{verdict}**.",
    ]
    report = "\n".join(lines)
    print(report)
    write_section("Cold start", report, "python bench/cold_start.py")


if __name__ == "__main__":
    main()
