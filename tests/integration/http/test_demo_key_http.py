"""`spectrapi serve --demo-key` (what `make run` starts) prints a working Pro test key."""

from __future__ import annotations

import re
import subprocess
import sys
import threading
import time

import httpx

from tests.conftest import free_port, subprocess_env

SECRET = re.compile(r"sk_(?:live|test)_[0-9A-Za-z]+")


def test_demo_key_is_pro_test_key(tmp_path):
    port = free_port()
    command = ["serve", "--demo-key", "--port", str(port), "--db", str(tmp_path / "demo.sqlite3")]
    process = subprocess.Popen(
        [sys.executable, "-m", "spectrapi_core.cli", *command],
        env=subprocess_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    # Reading stdout blocks, so a server that never prints the key is killed, which ends the read.
    watchdog = threading.Timer(60, process.kill)
    watchdog.start()
    try:
        assert process.stdout is not None
        printed = ""
        while not (match := SECRET.search(printed)):
            line = process.stdout.readline()
            assert line, f"server exited before printing a key: {printed!r}"
            printed += line
        secret = match.group(0)

        deadline = time.monotonic() + 30
        while True:
            try:
                response = httpx.get(
                    f"http://127.0.0.1:{port}/api/v1/usage", headers={"Authorization": f"Bearer {secret}"}
                )
                break
            except httpx.ConnectError:
                assert time.monotonic() < deadline, "server did not accept connections within 30 s"
                time.sleep(0.1)
    finally:
        watchdog.cancel()
        process.terminate()
        process.wait(timeout=10)

    assert secret.startswith("sk_test_")
    assert "Pro plan, test mode" in printed
    assert response.status_code == 200, response.text
    assert (response.json()["plan"], response.json()["mode"]) == ("pro", "test")
