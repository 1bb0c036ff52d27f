"""Async client: the same surface and behaviour as the sync client."""

from __future__ import annotations

import json

import httpx
import pytest
from spectrapi_test_helpers import MOCK_BASE_URL, TEST_KEY, Script, envelope, error_body

from spectrapi import (
    APIConnectionError,
    AsyncSpectrAPI,
    InvalidInstructionError,
    RateLimitError,
    SpectrAPI,
    SpectrAPIError,
    UpstreamError,
)

pytestmark = pytest.mark.anyio

PUBLIC_METHODS = ["generate", "usage", "with_options", "close"]
CATEGORY_METHODS = ["create", "get", "list", "update", "delete"]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


async def test_async_generate_sends_body(make_async_client, script: Script) -> None:
    script.add(json=envelope(), headers={"X-RateLimit-Remaining": "9"})
    client = make_async_client()

    result = await client.generate(instruction="Generate Tesla vehicle listings", count=10)

    request = script.requests[0]
    assert str(request.url) == f"{MOCK_BASE_URL}/generate"
    assert json.loads(request.content) == {"instruction": "Generate Tesla vehicle listings", "count": 10}
    assert request.headers["authorization"] == f"Bearer {TEST_KEY}"
    assert result.data[0]["make"] == "Tesla"
    assert result.rate_limit.remaining == 9
    assert result.request_id == "req_00000000"
    await client._client.aclose()


async def test_async_generate_wrong_type(make_async_client, script: Script) -> None:
    client = make_async_client()

    with pytest.raises(TypeError, match="count"):
        await client.generate(instruction="Generate people", count="10")
    assert script.requests == []
    await client._client.aclose()


async def test_async_retry_after_honoured(make_async_client, script: Script, sleeps: list[float]) -> None:
    script.add(429, json=error_body(429, "rate_limit_exceeded"), headers={"Retry-After": "4"})
    script.add(json=envelope())
    client = make_async_client()

    await client.generate(instruction="Generate people")

    assert sleeps == [4.0]
    assert len(script.requests) == 2
    await client._client.aclose()


async def test_async_retries_exhausted(make_async_client, script: Script, sleeps: list[float]) -> None:
    for _ in range(3):
        script.add(502, json=error_body(502, "upstream_error"))
    client = make_async_client()

    with pytest.raises(UpstreamError):
        await client.generate(instruction="Generate people")

    assert len(script.requests) == 3
    assert len(sleeps) == 2
    await client._client.aclose()


async def test_async_too_long_retry_after(make_async_client, script: Script, sleeps: list[float]) -> None:
    script.add(429, json=error_body(429, "rate_limit_exceeded"), headers={"Retry-After": "3600"})
    client = make_async_client()

    with pytest.raises(RateLimitError):
        await client.usage()

    assert sleeps == []
    await client._client.aclose()


async def test_async_connection_error_retried(make_async_client, script: Script, sleeps: list[float]) -> None:
    for _ in range(3):
        script.fail(httpx.ConnectError("connection refused"))
    client = make_async_client()

    with pytest.raises(APIConnectionError):
        await client.usage()

    assert len(sleeps) == 2
    await client._client.aclose()


async def test_async_error_attributes(make_async_client, script: Script) -> None:
    script.add(
        422,
        json=error_body(422, "invalid_instruction", "instruction is empty"),
        headers={"X-Request-Id": "req_zzzzzzzz"},
    )
    client = make_async_client()

    with pytest.raises(InvalidInstructionError) as caught:
        await client.generate(instruction=" ")

    assert caught.value.status == 422
    assert caught.value.code == "invalid_instruction"
    assert caught.value.request_id == "req_zzzzzzzz"
    await client._client.aclose()


async def test_async_categories_roundtrip(make_async_client, script: Script) -> None:
    category = {"id": "cat_a", "name": "A", "schema": {"type": "object"}, "version": 1}
    script.add(201, json=category)
    script.add(json={"data": [category]})
    script.add(json=category)
    script.add(json={**category, "version": 2})
    script.add(204)
    client = make_async_client()

    created = await client.categories.create(name="A", schema={"type": "object"})
    listing = await client.categories.list()
    fetched = await client.categories.get("cat_a", version=1)
    updated = await client.categories.update("cat_a", schema={"type": "object"})
    deleted = await client.categories.delete("cat_a")

    calls = [(request.method, request.url.path, request.url.query) for request in script.requests]
    assert calls == [
        ("POST", "/api/v1/categories", b""),
        ("GET", "/api/v1/categories", b""),
        ("GET", "/api/v1/categories/cat_a", b"version=1"),
        ("PUT", "/api/v1/categories/cat_a", b""),
        ("DELETE", "/api/v1/categories/cat_a", b""),
    ]
    assert created.id == "cat_a"
    assert listing.data[0].id == "cat_a"
    assert fetched.version == 1
    assert updated.version == 2
    assert deleted.deleted is True
    await client._client.aclose()


async def test_async_usage_parses(make_async_client, script: Script) -> None:
    script.add(
        json={
            "plan": "free",
            "mode": "live",
            "minute": {"used": 1, "limit": 10, "remaining": 9, "reset": 1},
            "month": {"used": 1, "limit": 1000, "remaining": 999, "reset": 2},
        }
    )
    client = make_async_client()

    usage = await client.usage()

    assert usage.month.remaining == 999
    await client._client.aclose()


async def test_async_context_manager_closes() -> None:
    async with AsyncSpectrAPI(TEST_KEY) as client:
        http_client = client._client

    assert http_client.is_closed


async def test_async_with_options_copies(make_async_client) -> None:
    client = make_async_client()

    copy = client.with_options(max_retries=0, base_url="http://127.0.0.1:1/api/v1")

    assert isinstance(copy, AsyncSpectrAPI)
    assert copy.max_retries == 0
    assert str(copy.base_url) == "http://127.0.0.1:1/api/v1/"
    assert copy._client is client._client
    await client._client.aclose()


def test_async_key_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPECTRAPI_API_KEY", "sk_test_env")
    monkeypatch.setenv("SPECTRAPI_BASE_URL", "http://127.0.0.1:8000/api/v1")

    client = AsyncSpectrAPI()

    assert client.api_key == "sk_test_env"
    assert str(client.base_url) == "http://127.0.0.1:8000/api/v1/"


def test_async_key_missing_raises() -> None:
    with pytest.raises(SpectrAPIError, match="SPECTRAPI_API_KEY"):
        AsyncSpectrAPI()


@pytest.mark.parametrize("name", PUBLIC_METHODS)
def test_surfaces_match_client(name) -> None:
    assert hasattr(SpectrAPI, name)
    assert hasattr(AsyncSpectrAPI, name)


@pytest.mark.parametrize("name", CATEGORY_METHODS)
def test_surfaces_match_categories(name) -> None:
    sync_client = SpectrAPI(TEST_KEY)
    async_client = AsyncSpectrAPI(TEST_KEY)

    assert callable(getattr(sync_client.categories, name))
    assert callable(getattr(async_client.categories, name))
