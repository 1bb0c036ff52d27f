"""Shared helpers for the benchmarks: machine details, percentiles, and writing a section of docs/benchmarks.md."""

from __future__ import annotations

import os
import platform
import re
import statistics
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCHMARKS_DOC = ROOT / "docs" / "benchmarks.md"
DOC_HEADER = "# Benchmarks\n\nEach section is written by the script it names; rerun it to refresh the numbers.\n"


def machine_details() -> str:
    """Describe the machine in one line: CPU model, cores, memory, Python."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        kib = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f", {kib / 1024 / 1024:.0f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    return f"{cpu}, {os.cpu_count()} cores{memory}, Python {platform.python_version()}, {platform.system()}"


def percentile(values: list[float], fraction: float) -> float:
    """Return the nearest-rank percentile (fraction in 0..1) of a non-empty list."""
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * len(ordered) + 0.5) - 1))
    return ordered[index]


def median(values: list[float]) -> float:
    return statistics.median(values)


def write_section(title: str, body: str, command: str) -> None:
    """Replace (or append) the `## title` section of docs/benchmarks.md."""
    BENCHMARKS_DOC.parent.mkdir(parents=True, exist_ok=True)
    text = BENCHMARKS_DOC.read_text() if BENCHMARKS_DOC.exists() else DOC_HEADER
    stamp = datetime.now(UTC).strftime("%Y-%m-%d")
    section = f"## {title}\n\nCommand: `{command}` ({stamp}). Machine: {machine_details()}.\n\n{body.strip()}\n\n"
    pattern = re.compile(rf"^## {re.escape(title)}\n.*?(?=^## |\Z)", re.S | re.M)
    text = pattern.sub(lambda _: section, text) if pattern.search(text) else text.rstrip() + "\n\n" + section
    BENCHMARKS_DOC.write_text(text.rstrip() + "\n")


def python_env() -> dict[str, str]:
    """Environment for child Python processes: the core library importable, metrics and logs quiet."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("SPECTRAPI_")}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "layers" / "core"), str(ROOT)])
    env["POWERTOOLS_METRICS_DISABLED"] = "true"
    env["POWERTOOLS_LOG_LEVEL"] = "WARNING"
    return env


def run_python(code: str, env: dict[str, str] | None = None) -> str:
    return subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True, env=env or python_env(), timeout=120
    ).stdout
