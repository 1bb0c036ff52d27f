"""Both clients over real HTTP to a scripted server on 127.0.0.1, with httpx's default transport."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from spectrapi_test_helpers import TEST_KEY, envelope, error_body

from spectrapi import APIConnectionError, APITimeoutError, AsyncSpectrAPI, NotFoundError, SpectrAPI


class LoopbackServer:
    """An HTTP server on 127.0.0.1 that records requests and replays queued replies in order."""

    def __init__(self) -> None:
        self.replies: list[tuple[int, Any, dict[str, str], float]] = []
        self.requests: list[dict[str, Any]] = []
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/api/v1"

    def reply(
        self, status: int = 200, body: Any = None, headers: dict[str, str] | None = None, delay: float = 0.0
    ):
        self.replies.append((status, body, headers or {}, delay))
        return self

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                server.requests.append(
                    {
                        "method": self.command,
                        "path": self.path,
                        "headers": dict(self.headers),
                        "body": json.loads(raw) if raw else None,
                    }
                )
                status, body, headers, delay = (
                    server.replies.pop(0) if server.replies else (500, None, {}, 0.0)
                )
                if delay:
                    time.sleep(delay)
                payload = b"" if body is None else json.dumps(body).encode()
                try:
                    self.send_response(status)
                    self.send_header("X-Request-Id", f"req_{len(server.requests):08d}")
                    for name, value in headers.items():
                        self.send_header(name, value)
                    if payload:
                        self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    self.wfile.write(payload)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client timed out and closed the connection before the delayed reply

            do_GET = do_POST = do_PUT = do_DELETE = _serve

            def log_message(self, format: str, *args: Any) -> None:
                pass

        return Handler

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    loopback = LoopbackServer()
    loopback.start()
    yield loopback
    loopback.stop()


@pytest.fixture
def closed_port_url() -> str:
    """A base URL on 127.0.0.1 whose port was just released, so connections are refused."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/api/v1"


def test_loopback_generate_roundtrip(server: LoopbackServer) -> None:
    server.reply(
        200, envelope(), {"X-RateLimit-Limit": "10", "X-RateLimit-Remaining": "9", "X-RateLimit-Reset": "60"}
    )

    with SpectrAPI(TEST_KEY, base_url=server.base_url) as client:
        result = client.generate(instruction="Generate Tesla vehicle listings", count=1)

    request = server.requests[0]
    assert request["path"] == "/api/v1/generate"
    assert request["headers"]["Authorization"] == f"Bearer {TEST_KEY}"
    assert request["body"] == {"instruction": "Generate Tesla vehicle listings", "count": 1}
    assert result.data[0]["make"] == "Tesla"
    assert result.request_id == "req_00000001"
    assert result.rate_limit.remaining == 9


def test_loopback_retry_after_zero(server: LoopbackServer) -> None:
    server.reply(503, error_body(503, "internal_error"), {"Retry-After": "0"}).reply(200, envelope())

    with SpectrAPI(TEST_KEY, base_url=server.base_url) as client:
        result = client.generate(instruction="Generate people")

    assert result.meta.count == 1
    assert len(server.requests) == 2


def test_loopback_delete_no_content(server: LoopbackServer) -> None:
    server.reply(204)

    with SpectrAPI(TEST_KEY, base_url=server.base_url) as client:
        deleted = client.categories.delete("cat_jobs")

    assert server.requests[0]["method"] == "DELETE"
    assert deleted.id == "cat_jobs"


def test_loopback_not_found_error(server: LoopbackServer) -> None:
    server.reply(404, error_body(404, "not_found", "category 'cat_x' was not found"))

    with SpectrAPI(TEST_KEY, base_url=server.base_url) as client, pytest.raises(NotFoundError) as caught:
        client.categories.get("cat_x")

    assert caught.value.request_id == "req_00000001"


def test_loopback_read_timeout(server: LoopbackServer) -> None:
    server.reply(200, envelope(), delay=1.0)

    client = SpectrAPI(TEST_KEY, base_url=server.base_url, timeout=0.2, max_retries=0)

    with client, pytest.raises(APITimeoutError):
        client.generate(instruction="Generate people")


def test_loopback_connection_refused(closed_port_url: str) -> None:
    sleeps: list[float] = []

    client = SpectrAPI(TEST_KEY, base_url=closed_port_url, max_retries=1)
    client._sleep = sleeps.append

    with client, pytest.raises(APIConnectionError) as caught:
        client.usage()

    assert not isinstance(caught.value, APITimeoutError)
    assert len(sleeps) == 1


@pytest.mark.anyio
async def test_loopback_async_generate(server: LoopbackServer) -> None:
    server.reply(200, envelope())

    async with AsyncSpectrAPI(TEST_KEY, base_url=server.base_url) as client:
        result = await client.generate(instruction="Generate people", seed=5)

    assert server.requests[0]["body"] == {"instruction": "Generate people", "seed": 5}
    assert result.meta.count == 1


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
