"""Measure parallel batches against one big call for count=100 on a fake endpoint with simulated speed.

The fake OpenAI-compatible server sleeps like a streaming model would: a time to first token plus the
output length (about 4 characters per token) divided by the output speed. The assumed real endpoint
gives 50 tokens/s per stream and 0.5 s to the first token. By default both are sped up 10x (500
tokens/s, 0.05 s), so the single-call run takes seconds instead of more than a minute. Scaling both
by the same factor divides every simulated wait by it, so the ratio between the two strategies stays
about the same (HTTP and parsing overhead is not scaled).

Run from the repository root:

    /work/main/.venv/bin/python bench/llm_batching.py [--scale 10] [--repeat 3] [--real-speed-parallel]

Results are printed and written to docs/benchmarks.md under the "LLM batching" heading.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "layers" / "core"), str(ROOT)]

from spectrapi_core.engine.base import EngineRequest  # noqa: E402
from spectrapi_core.engine.llm import LLMConfig, LLMEngine  # noqa: E402
from tests.fakes.openai_server import FakeOpenAIServer  # noqa: E402

REAL_TOKENS_PER_S = 50.0
REAL_TTFT_S = 0.5
COUNT = 100
RESULTS_FILE = ROOT / "docs" / "benchmarks.md"
HEADING = "## LLM batching"
STRATEGIES = {
    "parallel batches (default: 10 per call, 10 in flight)": {},
    "single call (100 per call)": {"batch_size": 100, "max_parallel_batches": 1},
}


def run_once(server: FakeOpenAIServer, settings: dict, seed: int) -> tuple[float, dict]:
    """Generate COUNT records once and return the wall time in seconds and the engine stats."""
    engine = LLMEngine(
        LLMConfig(base_url=server.base_url, model="fake", api_key="bench", request_timeout_s=28, **settings)
    )
    request = EngineRequest(
        instruction="Generate product records", count=COUNT, locale="en-US", seed=seed, now=datetime.now(UTC)
    )
    started = time.perf_counter()
    result = engine.generate(request)
    elapsed = time.perf_counter() - started
    assert len(result.records) == COUNT
    return elapsed, result.stats


def machine() -> str:
    """Describe the CPU, core count and Python version."""
    cpu = platform.processor() or "unknown CPU"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    system = f"{platform.system()} {platform.release()}"
    return f"{cpu}, {os.cpu_count()} cores, {system}, Python {platform.python_version()}"


def write_section(text: str) -> None:
    """Replace (or append) the LLM batching section of docs/benchmarks.md."""
    existing = RESULTS_FILE.read_text() if RESULTS_FILE.exists() else "# Benchmarks\n"
    start = existing.find(HEADING)
    if start < 0:
        updated = existing.rstrip() + "\n\n" + text
    else:
        end = existing.find("\n## ", start + len(HEADING))
        updated = existing[:start] + text + ("" if end < 0 else existing[end + 1 :])
    RESULTS_FILE.write_text(updated.rstrip() + "\n")


def main() -> None:
    """Run both strategies against the same simulated endpoint and report medians."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=10.0, help="speed-up factor applied to the endpoint")
    parser.add_argument("--repeat", type=int, default=3, help="runs per strategy; the median is reported")
    parser.add_argument(
        "--real-speed-parallel",
        action="store_true",
        help="also run the parallel strategy once at unscaled speed (about 8 s)",
    )
    args = parser.parse_args()

    import openai  # noqa: F401  (imported before timing: the engine imports it lazily on first use)

    tokens_per_s = REAL_TOKENS_PER_S * args.scale
    ttft_s = REAL_TTFT_S / args.scale
    rows = []
    with FakeOpenAIServer(tokens_per_s=tokens_per_s, ttft_s=ttft_s) as server:
        for name, settings in STRATEGIES.items():
            times = []
            stats: dict = {}
            for run in range(args.repeat):
                elapsed, stats = run_once(server, settings, seed=run)
                times.append(elapsed)
            median = statistics.median(times)
            rows.append((name, median, min(times), max(times), stats))
            print(f"{name}: median {median:.2f} s (min {min(times):.2f}, max {max(times):.2f})")
            print(f"  stats {stats}")

    parallel, single = rows[0][1], rows[1][1]
    ratio = single / parallel
    print(f"single / parallel = {ratio:.1f}x")

    real_parallel = None
    if args.real_speed_parallel:
        with FakeOpenAIServer(tokens_per_s=REAL_TOKENS_PER_S, ttft_s=REAL_TTFT_S) as server:
            real_parallel, _ = run_once(server, STRATEGIES[rows[0][0]], seed=0)
        print(f"parallel at {REAL_TOKENS_PER_S:g} tokens/s unscaled: {real_parallel:.2f} s")

    lines = [
        HEADING,
        "",
        f"count={COUNT} against the fake OpenAI-compatible server (`tests/fakes/openai_server.py`) "
        f"simulating {tokens_per_s:g} output tokens/s per call and {ttft_s:g} s to the first token: the "
        f"assumed real endpoint's {REAL_TOKENS_PER_S:g} tokens/s per stream and {REAL_TTFT_S:g} s, both "
        f"sped up {args.scale:g}x. Multiply the times by that factor for real-speed estimates; the ratio "
        "stays about the same because the simulated waits dominate (HTTP and parsing overhead is not "
        "scaled). The fake's records are "
        "short (about 35 tokens each), so real records take longer in both strategies.",
        "",
        f"- Machine: {machine()}",
        f"- Command: `/work/main/.venv/bin/python bench/llm_batching.py --scale {args.scale:g} "
        f"--repeat {args.repeat}{' --real-speed-parallel' if args.real_speed_parallel else ''}`",
        f"- Date: {datetime.now(UTC):%Y-%m-%d}",
        "",
        "| strategy | median s | min s | max s | est. at real speed s | calls | completion tokens |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, median, low, high, stats in rows:
        lines.append(
            f"| {name} | {median:.2f} | {low:.2f} | {high:.2f} | {median * args.scale:.0f} | "
            f"{stats['calls']} | {stats['completion_tokens']} |"
        )
    lines.append("")
    lines.append(f"Single call / parallel batches: {ratio:.1f}x.")
    if real_parallel is not None:
        lines.append(
            f"Parallel batches measured at unscaled speed ({REAL_TOKENS_PER_S:g} tokens/s, {REAL_TTFT_S:g} s "
            f"to first token): {real_parallel:.2f} s, inside the 25 s deadline; the single call would need "
            f"an estimated {single * args.scale:.0f} s and would end in a 504."
        )
    write_section("\n".join(lines) + "\n")
    print(f"wrote {RESULTS_FILE.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
