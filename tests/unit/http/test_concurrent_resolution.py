"""Concurrent requests on the local gateway each see their own event."""

from __future__ import annotations

import json
import threading

from spectrapi_core.local.gateway import HttpRequest, LocalGateway
from spectrapi_core.service.deps import build_dependencies
from spectrapi_core.service.keys import create_key
from spectrapi_core.settings import Settings

THREADS = 8
ROUNDS = 25


def test_threads_keep_their_own_event(tmp_path):
    deps = build_dependencies(Settings(db_path=tmp_path / "spectrapi.sqlite3", engine="builtin"))
    secret = create_key(deps.key_store, plan="enterprise", rate_per_minute=100_000).secret
    gateway = LocalGateway(deps)
    mismatches: list[str] = []
    barrier = threading.Barrier(THREADS)

    def work(index: int) -> None:
        barrier.wait(timeout=30)
        for round_number in range(ROUNDS):
            # Unknown paths echo the path in the 404 message, so a crossed event shows up as a wrong path.
            path = f"/api/v1/thread-{index}-round-{round_number}"
            response = gateway.dispatch(HttpRequest("GET", path, "", [("authorization", f"Bearer {secret}")], b""))
            message = json.loads(response.body)["error"]["message"]
            if path not in message:
                mismatches.append(f"{path}: {message}")

    threads = [threading.Thread(target=work, args=(index,)) for index in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert mismatches == []
