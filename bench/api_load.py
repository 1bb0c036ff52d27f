"""Local API load test: requests/s and latency percentiles with wrk against `spectrapi serve` on 127.0.0.1.

For each count (10 and 100) it runs wrk for a fixed time with a fixed number of connections, then sends sequential
requests to read the server-side `meta.latency_ms`. The baseline in the same run is `GET /api/v1/openapi.json`,
which goes through the same server, gateway adapter and resolver but generates nothing.
Needs `wrk` (Debian package `wrk`). Usage: python bench/api_load.py [--duration 10] [--connections 4]
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.report import median, percentile, python_env, write_section

GOAL_SERVER_P50_MS = 5
INSTRUCTION = "Generate luxury vehicle listings with BMW and Mercedes models from 2022 or newer"
LUA_POST = """
wrk.method = "POST"
wrk.body = {body}
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer {key}"
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(db: Path) -> tuple[subprocess.Popen[bytes], str, str]:
    env = python_env()
    created = subprocess.run(
        [
            sys.executable,
            "-m",
            "spectrapi_core.cli",
            "keys",
            "create",
            "--plan",
            "enterprise",
            "--rate",
            "100000000",
            "--json",
            "--db",
            str(db),
        ],
        check=True,
        capture_output=True,
        env=env,
    )
    key = json.loads(created.stdout)["key"]
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "spectrapi_core.cli", "serve", "--port", str(port), "--db", str(db)],
        env={**env, "SPECTRAPI_ENGINE": "builtin"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(300):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return process, f"http://127.0.0.1:{port}", key
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise RuntimeError("server did not start")


def parse_wrk(output: str) -> dict[str, float]:
    def to_ms(value: str) -> float:
        number, unit = re.match(r"([\d.]+)(us|ms|s)", value).groups()
        return float(number) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]

    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    p50 = to_ms(re.search(r"50%\s+(\S+)", output).group(1))
    p99 = to_ms(re.search(r"99%\s+(\S+)", output).group(1))
    non_2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    return {"rps": rps, "p50": p50, "p99": p99, "errors": float(non_2xx.group(1)) if non_2xx else 0.0}


def run_wrk(url: str, script: str | None, duration: int, connections: int) -> dict[str, float]:
    args = ["wrk", "--latency", "-t", "1", "-c", str(connections), "-d", f"{duration}s", url]
    with tempfile.NamedTemporaryFile("w", suffix=".lua") as lua:
        if script:
            lua.write(script)
            lua.flush()
            args[1:1] = ["-s", lua.name]
        return parse_wrk(subprocess.run(args, check=True, capture_output=True, text=True).stdout)


def server_latencies(base: str, key: str, count: int, samples: int) -> list[float]:
    import httpx

    values = []
    with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {key}"}, timeout=30) as client:
        for seed in range(samples):
            response = client.post("/api/v1/generate", json={"instruction": INSTRUCTION, "count": count, "seed": seed})
            response.raise_for_status()
            values.append(float(response.json()["meta"]["latency_ms"]))
    return values


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--duration", type=int, default=10, help="seconds per wrk run (default 10)")
    parser.add_argument("--connections", type=int, default=4, help="concurrent connections (default 4)")
    parser.add_argument("--samples", type=int, default=200, help="sequential requests for meta.latency_ms")
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is not installed; install it with 'apt-get install wrk'")

    with tempfile.TemporaryDirectory() as tmp:
        process, base, key = start_server(Path(tmp) / "bench.sqlite3")
        try:
            rows = [
                (
                    "GET /api/v1/openapi.json (baseline)",
                    run_wrk(f"{base}/api/v1/openapi.json", None, args.duration, args.connections),
                    None,
                )
            ]
            for count in (10, 100):
                body = json.dumps(json.dumps({"instruction": INSTRUCTION, "count": count}))
                result = run_wrk(
                    f"{base}/api/v1/generate", LUA_POST.format(body=body, key=key), args.duration, args.connections
                )
                rows.append(
                    (f"POST /api/v1/generate count={count}", result, server_latencies(base, key, count, args.samples))
                )
        finally:
            process.terminate()
            process.wait(timeout=10)

    baseline_rps = rows[0][1]["rps"]
    lines = [
        f"wrk, 1 thread, {args.connections} connections, {args.duration} s per row; the server is one "
        "`spectrapi serve` process (uvicorn, SQLite, builtin engine).",
        "",
        "| request | requests/s | ÷ baseline | client p50 ms | client p99 ms | non-2xx | "
        "server `meta.latency_ms` p50 | p99 |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, result, latencies in rows:
        server = f"{median(latencies):.0f} | {percentile(latencies, 0.99):.0f}" if latencies else "– | –"
        lines.append(
            f"| {name} | {result['rps']:.0f} | {result['rps'] / baseline_rps:.2f} | {result['p50']:.1f} | "
            f"{result['p99']:.1f} | {result['errors']:.0f} | {server} |"
        )
    count_10 = next(latencies for name, _, latencies in rows if name.endswith("count=10"))
    server_p50 = median(count_10)
    verdict = "met" if server_p50 <= GOAL_SERVER_P50_MS else "missed"
    lines += [
        "",
        "`meta.latency_ms` is measured by the server from the API handler receiving the event until the records "
        "and their metadata are built, "
        "rounded to whole milliseconds, over sequential requests (no concurrent load).",
        "",
        f"Goal: count = 10 with `meta.latency_ms` p50 <= {GOAL_SERVER_P50_MS} ms. Measured {server_p50:.0f} ms: "
        f"**{verdict}**.",
    ]
    report = "\n".join(lines)
    print(report)
    write_section("Local API", report, "python bench/api_load.py")


if __name__ == "__main__":
    main()
