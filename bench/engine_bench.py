"""In-process throughput and latency of the builtin engine and of the generate service call.

For each seed instruction and count (1, 10, 100) it times `BuiltinEngine.generate` and the full service call
`spectrapi_core.service.generate.generate` (instruction check, engine, envelope, `meta.latency_ms`), each request
with its own seed. The baseline in the same run builds comparable records with direct Faker calls, one call per
field, so the ratio survives a noisy machine. The first request of each instruction is a warm-up and is not timed.

Usage, from the repository root: python bench/engine_bench.py [--repeat 100] [--no-write]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "layers" / "core"))
sys.path.insert(0, str(ROOT))

from bench.report import percentile, write_section  # noqa: E402

NOW = datetime(2026, 6, 1, tzinfo=UTC)
COUNTS = (1, 10, 100)
GOAL_P50_MS = 10.0
GOAL_INSTRUCTION = "vehicles: luxury BMW/Mercedes 2022+"

# Short label -> instruction, in the order of the product's example instructions.
INSTRUCTIONS = {
    "vehicles: Toyota": "Generate vehicle listings for Toyota cars",
    GOAL_INSTRUCTION: "Generate luxury vehicle listings with BMW and Mercedes models from 2022 or newer",
    "properties: Austin 3-4 bed $400k-$600k": (
        "Generate residential property listings in Austin, TX with 3-4 bedrooms, priced between $400k-$600k"
    ),
    "transactions: last 30 days": (
        "Generate credit card transactions from the last 30 days, including common grocery stores, restaurants, "
        "and gas stations"
    ),
    "job postings: field list": (
        "Generate job postings with title, company name, salary range (as min/max integers), array of required "
        "skills, and ISO 8601 posted date"
    ),
    "software engineers 5+ years": (
        "Generate a list of software engineers with 5+ years experience, including their name, email, phone "
        "number, current company, job title, programming languages they know, and years of experience. Make sure "
        "emails match the person's name and use common tech company domains."
    ),
    "used EVs 2020-2024 CA/TX + dealer": (
        "Generate used electric vehicle listings from 2020 to 2024 in California or Texas, "
        "include dealer info with name, city, and state"
    ),
}

MAKES = ("BMW", "Mercedes-Benz", "Toyota", "Honda", "Ford", "Tesla")
MODELS = ("3 Series", "5 Series", "C-Class", "E-Class", "Camry", "Civic", "F-150", "Model 3")
BODY_TYPES = ("Sedan", "SUV", "Coupe", "Truck", "Hatchback")
FUEL_TYPES = ("Gasoline", "Hybrid", "Electric", "Diesel")
FEATURES = (
    "Sunroof",
    "Backup Camera",
    "Heated Seats",
    "Apple CarPlay",
    "Android Auto",
    "Blind Spot Monitoring",
    "Lane Keeping Assist",
    "Premium Sound System",
    "Navigation",
    "Leather Seats",
)
LANGUAGES = ("Python", "Go", "Java", "TypeScript", "Rust", "C++", "SQL", "Kotlin")
TITLES = ("Software Engineer", "Senior Software Engineer", "Staff Engineer", "Backend Engineer")


def faker_vehicle(fake: Any) -> dict[str, Any]:
    """Build one vehicle listing shaped like the engine's, one Faker call per field."""
    return {
        "id": "veh_" + fake.lexify("????????"),
        "make": fake.random_element(MAKES),
        "model": fake.random_element(MODELS),
        "trim": fake.bothify("??-###").upper(),
        "year": fake.pyint(2022, 2026),
        "body_type": fake.random_element(BODY_TYPES),
        "fuel_type": fake.random_element(FUEL_TYPES),
        "condition": fake.random_element(("New", "Used", "Certified Pre-Owned")),
        "price": fake.pyint(30000, 120000, step=100),
        "currency": "USD",
        "mileage": fake.pyint(0, 60000),
        "mileage_unit": "mi",
        "exterior_color": fake.color_name(),
        "vin": fake.bothify("?#??##?#?#?######", letters="ABCDEFGHJKLMNPRSTUVWXYZ"),
        "features": fake.random_elements(FEATURES, length=fake.pyint(4, 10), unique=True),
        "dealer": {
            "name": fake.company(),
            "city": fake.city(),
            "state": fake.state_abbr(),
            "phone": fake.phone_number(),
        },
        "listed_date": fake.date_between(date(2026, 3, 1), date(2026, 6, 1)).isoformat(),
    }


def faker_engineer(fake: Any) -> dict[str, Any]:
    """Build one software engineer record shaped like the engine's, one Faker call per field."""
    first, last = fake.first_name(), fake.last_name()
    return {
        "id": "per_" + fake.lexify("????????"),
        "name": f"{first} {last}",
        "email": f"{first}.{last}@{fake.free_email_domain()}".lower(),
        "phone": fake.phone_number(),
        "current_company": fake.company(),
        "job_title": fake.random_element(TITLES),
        "programming_languages": fake.random_elements(LANGUAGES, length=fake.pyint(2, 5), unique=True),
        "years_of_experience": fake.pyint(5, 25),
    }


# Instruction label -> name of the Faker builder whose records are comparable.
BASELINES = {
    "vehicles: Toyota": "vehicle",
    GOAL_INSTRUCTION: "vehicle",
    "used EVs 2020-2024 CA/TX + dealer": "vehicle",
    "software engineers 5+ years": "engineer",
}
BUILDERS = {"vehicle": faker_vehicle, "engineer": faker_engineer}


def time_calls(call: Callable[[int], Any], repeat: int) -> list[float]:
    """Call `call(seed)` once untimed, then `repeat` times with new seeds; return milliseconds per call."""
    call(0)
    timings = []
    for seed in range(1, repeat + 1):
        started = time.perf_counter()
        call(seed)
        timings.append((time.perf_counter() - started) * 1000)
    return timings


def summarize(timings: list[float], count: int) -> tuple[float, float, float]:
    """Return p50 ms, p99 ms and records per second (total records over total time)."""
    return percentile(timings, 0.5), percentile(timings, 0.99), count * len(timings) / (sum(timings) / 1000)


def main() -> None:
    """Time every instruction and count, print the table and write the Engine section."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=100, help="timed requests per instruction and count")
    parser.add_argument("--no-write", action="store_true", help="print only; leave docs/benchmarks.md alone")
    args = parser.parse_args()

    from faker import Faker

    from spectrapi_core.engine.base import EngineRequest
    from spectrapi_core.engine.builtin import BuiltinEngine
    from spectrapi_core.models import GenerateRequest
    from spectrapi_core.service.deps import build_dependencies
    from spectrapi_core.service.generate import generate
    from spectrapi_core.settings import Settings

    engine = BuiltinEngine()
    fake = Faker("en_US")
    tmp = tempfile.TemporaryDirectory()
    deps = build_dependencies(Settings(db_path=Path(tmp.name) / "bench.sqlite3", engine="builtin"))

    baseline: dict[tuple[str, int], tuple[float, float, float]] = {}
    for name, build in BUILDERS.items():
        for count in COUNTS:

            def faker_call(seed: int, build=build, count=count) -> None:
                fake.seed_instance(seed)
                [build(fake) for _ in range(count)]

            baseline[name, count] = summarize(time_calls(faker_call, args.repeat), count)

    rows = []
    latency_meta: dict[tuple[str, int], list[int]] = {}
    for label, instruction in INSTRUCTIONS.items():
        for count in COUNTS:

            def engine_call(seed: int, instruction=instruction, count=count) -> None:
                engine.generate(EngineRequest(instruction, count, "en-US", seed, NOW))

            metas: list[int] = []

            def service_call(seed: int, instruction=instruction, count=count, metas=metas) -> None:
                request = GenerateRequest(instruction=instruction, count=count, seed=seed)
                response = generate(request, deps=deps, principal=None, request_id="req_bench", now=NOW)
                metas.append(response.meta.latency_ms)

            engine_stats = summarize(time_calls(engine_call, args.repeat), count)
            service_stats = summarize(time_calls(service_call, args.repeat), count)
            latency_meta[label, count] = metas[1:]
            rows.append((label, count, engine_stats, service_stats))
    tmp.cleanup()

    lines = [
        f"{args.repeat} timed requests per row after one untimed warm-up, seed 1..{args.repeat}, locale en-US. "
        "Engine = `BuiltinEngine.generate`. Service = `spectrapi_core.service.generate.generate` with the "
        "request model built outside the timer (no HTTP, no key check, no rate limit). rec/s = records / total "
        "time. The Faker baseline builds a record of the same shape with one Faker 40.x call per field "
        "(`faker_vehicle`, `faker_engineer` in the script), reseeded per request; ratio = engine rec/s over "
        "baseline rec/s at the same count.",
        "",
        "| instruction | count | engine p50 ms | engine p99 ms | engine rec/s | service p50 ms | service p99 ms | "
        "service rec/s | meta.latency_ms p50 | Faker baseline rec/s | ratio |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for label, count, (e50, e99, erate), (s50, s99, srate) in rows:
        base = BASELINES.get(label)
        base_rate = baseline[base, count][2] if base else None
        base_cell = f"{base_rate:,.0f} ({base})" if base_rate else "–"
        ratio = f"{erate / base_rate:.1f}x" if base_rate else "–"
        meta_p50 = percentile([float(value) for value in latency_meta[label, count]], 0.5)
        lines.append(
            f"| {label} | {count} | {e50:.2f} | {e99:.2f} | {erate:,.0f} | {s50:.2f} | {s99:.2f} | {srate:,.0f} | "
            f"{meta_p50:.0f} | {base_cell} | {ratio} |"
        )

    goal_row = next(row for row in rows if row[0] == GOAL_INSTRUCTION and row[1] == 100)
    p50, rate = goal_row[2][0], goal_row[2][2]
    verdict = "met" if p50 <= GOAL_P50_MS else "missed"
    lines += [
        "",
        f"Goal: count = 100 on the luxury vehicle instruction in <= {GOAL_P50_MS:.0f} ms p50 in process "
        f"(>= 10,000 records/s). Measured engine p50 {p50:.2f} ms, {rate:,.0f} records/s: **{verdict}**.",
    ]
    report = "\n".join(lines)
    print(report)
    if not args.no_write:
        write_section("Engine", report, "python bench/engine_bench.py")


if __name__ == "__main__":
    main()
