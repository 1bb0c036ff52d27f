"""Fixtures: clients whose requests go to an `httpx.MockTransport` and whose retry sleeps are recorded.

The SDK is imported from `../src`, so the tests run without installing it and from any working directory.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

SDK_SOURCE = Path(__file__).resolve().parents[1] / "src"
if str(SDK_SOURCE) not in sys.path:
    sys.path.insert(0, str(SDK_SOURCE))

from spectrapi_test_helpers import MOCK_BASE_URL, TEST_KEY, Script  # noqa: E402

from spectrapi import AsyncSpectrAPI, SpectrAPI  # noqa: E402


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SPECTRAPI_API_KEY", raising=False)
    monkeypatch.delenv("SPECTRAPI_BASE_URL", raising=False)


@pytest.fixture
def script() -> Script:
    return Script()


@pytest.fixture
def sleeps() -> list[float]:
    """Delays the client asked to sleep for, in order."""
    return []


@pytest.fixture
def make_client(script: Script, sleeps: list[float]) -> Iterator[Callable[..., SpectrAPI]]:
    """Build sync clients that talk to `script` and record sleeps instead of sleeping."""
    clients: list[SpectrAPI] = []

    def build(**options: Any) -> SpectrAPI:
        options.setdefault("base_url", MOCK_BASE_URL)
        http_client = httpx.Client(transport=httpx.MockTransport(script.handle))
        client = SpectrAPI(options.pop("api_key", TEST_KEY), http_client=http_client, **options)
        client._sleep = sleeps.append
        clients.append(client)
        return client

    yield build
    for client in clients:
        client._client.close()


@pytest.fixture
def make_async_client(script: Script, sleeps: list[float]) -> Callable[..., AsyncSpectrAPI]:
    """Build async clients that talk to `script` and record sleeps instead of sleeping."""

    async def record_sleep(delay: float) -> None:
        sleeps.append(delay)

    def build(**options: Any) -> AsyncSpectrAPI:
        options.setdefault("base_url", MOCK_BASE_URL)
        http_client = httpx.AsyncClient(transport=httpx.MockTransport(script.handle))
        client = AsyncSpectrAPI(options.pop("api_key", TEST_KEY), http_client=http_client, **options)
        client._sleep = record_sleep
        return client

    return build
