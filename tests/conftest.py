"""Shared fixtures: a real `spectrapi serve` process on 127.0.0.1 over a temporary SQLite file."""

from __future__ import annotations

import contextlib
import io
import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

# Metrics are flushed as EMF lines to stdout on Lambda; tests that check them turn them back on.
os.environ.setdefault("POWERTOOLS_METRICS_DISABLED", "true")

ROOT = Path(__file__).resolve().parent.parent
CORE = ROOT / "layers" / "core"
SERVER_START_TIMEOUT_S = 30.0


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def subprocess_env(**extra: str) -> dict[str, str]:
    """Environment for child processes: the core library on the path, no LLM configured, quiet logs."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("SPECTRAPI_")}
    env["PYTHONPATH"] = os.pathsep.join([str(CORE), str(ROOT), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    env.setdefault("POWERTOOLS_LOG_LEVEL", "WARNING")
    env.update(extra)
    return env


@dataclass
class LocalServer:
    """A running `spectrapi serve` process and the SQLite file behind it."""

    base_url: str
    db_path: Path
    process: subprocess.Popen[bytes]

    def create_key(self, *, plan: str = "pro", test: bool = True, account: str | None = None) -> str:
        """Create a key in the server's database through the CLI, run in this process, and return its secret.

        With `account`, the key joins that account and takes its plan, so `plan` is not passed on.
        """
        from spectrapi_core.cli import main

        args = ["keys", "create", "--json", "--db", str(self.db_path)]
        args += ["--account", account] if account else ["--plan", plan]
        if test:
            args.append("--test")
        output = io.StringIO()
        with contextlib.redirect_stdout(output):
            code = main(args)
        if code != 0:
            raise RuntimeError(f"'spectrapi keys create' failed: {output.getvalue()}")
        return str(json.loads(output.getvalue())["key"])


def start_server(db_path: Path, **env: str) -> LocalServer:
    """Start `spectrapi serve` on a free port; its output goes to `server.log` beside the database.

    The output goes to a file, not a pipe, because an unread pipe fills up and blocks a server that logs a lot.
    """
    port = free_port()
    log_path = db_path.with_name("server.log")
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "spectrapi_core.cli", "serve", "--port", str(port), "--db", str(db_path)],
            env=subprocess_env(**env),
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    deadline = time.monotonic() + SERVER_START_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited early: {log_path.read_text(errors='replace')}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return LocalServer(f"http://127.0.0.1:{port}", db_path, process)
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise RuntimeError(f"server did not accept connections on port {port} within {SERVER_START_TIMEOUT_S} s")


def stop_server(server: LocalServer) -> None:
    server.process.terminate()
    try:
        server.process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.process.kill()


@pytest.fixture(scope="session")
def local_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalServer]:
    """One server for the whole session; tests that need their own limits create their own keys."""
    server = start_server(tmp_path_factory.mktemp("server") / "spectrapi.sqlite3")
    yield server
    stop_server(server)


@pytest.fixture
def pro_key(local_server: LocalServer) -> str:
    """A fresh Pro test key per test, so no test runs into another test's per-minute rate (100 on Pro)."""
    return local_server.create_key(plan="pro", test=True)


@pytest.fixture
def api(local_server: LocalServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=local_server.base_url, timeout=30.0) as client:
        yield client


@pytest.fixture
def auth_headers(pro_key: str) -> Callable[..., dict[str, str]]:
    def build(key: str | None = None) -> dict[str, str]:
        return {"Authorization": f"Bearer {key or pro_key}"}

    return build
