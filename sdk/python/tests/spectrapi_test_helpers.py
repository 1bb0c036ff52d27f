"""Shared test data and a scripted mock server for `httpx.MockTransport`."""

from __future__ import annotations

from typing import Any

import httpx

TEST_KEY = "sk_test_" + "a" * 32
MOCK_BASE_URL = "http://spectrapi.mock/api/v1"


def meta(**overrides: Any) -> dict[str, Any]:
    """Return a `meta` object as the server sends it, with fields overridden."""
    fields: dict[str, Any] = {
        "request_id": "req_b4d6f8h0",
        "latency_ms": 82,
        "count": 1,
        "locale": "en-US",
        "seed": 42,
        "engine": "builtin",
    }
    fields.update(overrides)
    return fields


def envelope(records: list[dict[str, Any]] | None = None, **meta_overrides: Any) -> dict[str, Any]:
    """Return a success envelope of `POST /generate`."""
    records = (
        records if records is not None else [{"id": "veh_k8m3n7p2", "make": "Tesla", "model": "Model 3"}]
    )
    return {"data": records, "meta": meta(count=len(records), **meta_overrides)}


def error_body(status: int, code: str, message: str = "something is wrong") -> dict[str, Any]:
    """Return the error envelope the server sends."""
    return {"error": {"code": code, "message": message, "status": status}}


class Script:
    """A mock server that records each request and replays the queued responses and errors in order."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.queue: list[httpx.Response | Exception] = []

    def add(self, status: int = 200, json: Any = None, headers: dict[str, str] | None = None) -> Script:
        """Queue one response; `X-Request-Id` is added unless given."""
        all_headers = {"X-Request-Id": f"req_{len(self.queue):08d}", **(headers or {})}
        self.queue.append(httpx.Response(status, json=json, headers=all_headers))
        return self

    def fail(self, exc: Exception) -> Script:
        """Queue a transport error."""
        self.queue.append(exc)
        return self

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if not self.queue:
            raise AssertionError(f"unexpected request {request.method} {request.url}")
        queued = self.queue.pop(0)
        if isinstance(queued, Exception):
            raise queued
        return queued
