"""Time the builtin engine in process: median milliseconds for one request of 100 records.

Run from the repository root: `python bench/engine_quick.py [--repeat 50]`. The first request of each locale
loads the locale tables and is reported separately as the cold time.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "layers" / "core"))

INSTRUCTIONS = (
    "Generate luxury vehicle listings with BMW and Mercedes models from 2022 or newer",
    "Generate residential property listings in Austin, TX with 3-4 bedrooms, priced between $400k-$600k",
    "Generate credit card transactions from the last 30 days, including common grocery stores, restaurants, "
    "and gas stations",
    "Generate job postings with title, company name, salary range (as min/max integers), array of required "
    "skills, and ISO 8601 posted date",
    "Generate 10 product reviews with rating, author, and date",
)


def main() -> None:
    """Print import time, cold first-request time and the median warm time per instruction."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=50, help="timed requests per instruction")
    parser.add_argument("--count", type=int, default=100, help="records per request")
    args = parser.parse_args()

    started = time.perf_counter()
    from spectrapi_core.engine.base import EngineRequest
    from spectrapi_core.engine.builtin import BuiltinEngine

    print(f"import spectrapi_core.engine.builtin: {(time.perf_counter() - started) * 1000:.1f} ms")

    engine = BuiltinEngine()
    now = datetime(2026, 6, 1, tzinfo=UTC)
    for index, instruction in enumerate(INSTRUCTIONS):
        timings = []
        for seed in range(args.repeat + 1):
            request = EngineRequest(instruction, args.count, "en-US", seed, now)
            started = time.perf_counter()
            engine.generate(request)
            timings.append((time.perf_counter() - started) * 1000)
        cold = f" (first request {timings[0]:.1f} ms)" if index == 0 else ""
        median = statistics.median(timings[1:])
        print(f"{median:6.2f} ms median for count={args.count}: {instruction[:60]}{cold}")


if __name__ == "__main__":
    main()
