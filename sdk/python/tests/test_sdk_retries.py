"""Retries: which failures are retried, how long the client waits, and when it gives up."""

from __future__ import annotations

import random
from datetime import datetime, timezone
from email.utils import format_datetime

import httpx
import pytest
from spectrapi_test_helpers import Script, envelope, error_body

from spectrapi import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    BadRequestError,
    InternalServerError,
    RateLimitError,
)
from spectrapi._retry import (
    INITIAL_RETRY_DELAY,
    MAX_RETRY_AFTER,
    MAX_RETRY_DELAY,
    backoff_delay,
    parse_retry_after,
    retry_delay,
)


@pytest.mark.parametrize("status", [408, 409, 429, 500, 502, 503, 504])
def test_retryable_status_then_success(make_client, script: Script, sleeps: list[float], status) -> None:
    script.add(status, json=error_body(status, "whatever")).add(json=envelope())
    client = make_client()

    result = client.generate(instruction="Generate people")

    assert result.meta.count == 1
    assert len(script.requests) == 2
    assert len(sleeps) == 1


@pytest.mark.parametrize("status", [400, 401, 403, 404, 422])
def test_client_error_not_retried(make_client, script: Script, sleeps: list[float], status) -> None:
    script.add(status, json=error_body(status, "whatever"))
    client = make_client()

    with pytest.raises(APIStatusError):
        client.generate(instruction="Generate people")

    assert len(script.requests) == 1
    assert sleeps == []


def test_retries_exhausted_raise_last(make_client, script: Script, sleeps: list[float]) -> None:
    for _ in range(3):
        script.add(500, json=error_body(500, "internal_error"))
    client = make_client()

    with pytest.raises(InternalServerError):
        client.generate(instruction="Generate people")

    assert len(script.requests) == 3
    assert len(sleeps) == 2


def test_max_retries_zero_single_attempt(make_client, script: Script, sleeps: list[float]) -> None:
    script.add(503)
    client = make_client(max_retries=0)

    with pytest.raises(InternalServerError):
        client.usage()

    assert len(script.requests) == 1
    assert sleeps == []


def test_with_options_max_retries(make_client, script: Script, sleeps: list[float]) -> None:
    for _ in range(5):
        script.add(502)
    client = make_client().with_options(max_retries=4)
    client._sleep = sleeps.append

    with pytest.raises(InternalServerError):
        client.usage()

    assert len(script.requests) == 5


def test_retry_after_seconds_honoured(make_client, script: Script, sleeps: list[float]) -> None:
    script.add(429, json=error_body(429, "rate_limit_exceeded"), headers={"Retry-After": "3"}).add(
        json=envelope()
    )
    client = make_client()

    client.generate(instruction="Generate people")

    assert sleeps == [3.0]


def test_retry_after_http_date_honoured(make_client, script: Script, sleeps: list[float]) -> None:
    later = datetime.now(timezone.utc).timestamp() + 20
    header = format_datetime(datetime.fromtimestamp(later, timezone.utc), usegmt=True)
    script.add(503, headers={"Retry-After": header}).add(json=envelope())
    client = make_client()

    client.generate(instruction="Generate people")

    assert len(sleeps) == 1
    assert sleeps[0] >= 18.0
    assert sleeps[0] <= 20.0


def test_retry_after_too_long_raises(make_client, script: Script, sleeps: list[float]) -> None:
    script.add(429, json=error_body(429, "rate_limit_exceeded"), headers={"Retry-After": "86400"})
    client = make_client()

    with pytest.raises(RateLimitError) as caught:
        client.generate(instruction="Generate people")

    assert caught.value.retry_after == 86400.0
    assert len(script.requests) == 1
    assert sleeps == []


def test_request_rebuilt_each_attempt(make_client, script: Script) -> None:
    script.add(500).add(json=envelope())
    client = make_client()

    client.generate(instruction="Generate people", count=2)

    assert script.requests[0].content == script.requests[1].content
    assert script.requests[1].headers["authorization"] == script.requests[0].headers["authorization"]


def test_connection_error_retried(make_client, script: Script, sleeps: list[float]) -> None:
    script.fail(httpx.ConnectError("connection refused")).add(json=envelope())
    client = make_client()

    result = client.generate(instruction="Generate people")

    assert result.meta.count == 1
    assert len(sleeps) == 1


def test_connection_error_exhausted(make_client, script: Script) -> None:
    for _ in range(3):
        script.fail(httpx.ConnectError("connection refused"))
    client = make_client()

    with pytest.raises(APIConnectionError, match="connection refused") as caught:
        client.generate(instruction="Generate people")

    assert caught.value.status is None
    assert caught.value.request.url.path == "/api/v1/generate"
    assert len(script.requests) == 3


def test_timeout_raises_timeout_error(make_client, script: Script) -> None:
    for _ in range(2):
        script.fail(httpx.ReadTimeout("timed out"))
    client = make_client(max_retries=1)

    with pytest.raises(APITimeoutError):
        client.generate(instruction="Generate people")

    assert len(script.requests) == 2


def test_backoff_grows_between_retries(make_client, script: Script, sleeps: list[float]) -> None:
    for _ in range(4):
        script.add(500)
    client = make_client(max_retries=3)

    with pytest.raises(InternalServerError):
        client.usage()

    assert len(sleeps) == 3
    for retries_taken, delay in enumerate(sleeps):
        ceiling = INITIAL_RETRY_DELAY * 2**retries_taken
        assert delay >= 0.75 * ceiling
        assert delay <= ceiling


def test_backoff_bounds_seeded_loop() -> None:
    rng = random.Random(1234)

    for _ in range(500):
        retries_taken = rng.randrange(0, 12)
        delay = backoff_delay(retries_taken, rng)
        ceiling = min(INITIAL_RETRY_DELAY * 2**retries_taken, MAX_RETRY_DELAY)
        assert delay >= 0.75 * ceiling
        assert delay <= ceiling


def test_backoff_capped() -> None:
    delay = backoff_delay(30, random.Random(0))

    assert delay <= MAX_RETRY_DELAY


def test_backoff_jitter_varies() -> None:
    rng = random.Random(7)

    delays = {backoff_delay(1, rng) for _ in range(20)}

    assert len(delays) > 1


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param("0", 0.0, id="zero"),
        pytest.param("5", 5.0, id="integer"),
        pytest.param(" 12 ", 12.0, id="padded"),
        pytest.param("1.5", 1.5, id="fraction"),
        pytest.param("-4", 0.0, id="negative-clamped"),
        pytest.param("soon", None, id="garbage"),
        pytest.param("", None, id="empty"),
        pytest.param("nan", None, id="nan"),
    ],
)
def test_retry_after_seconds_parsing(value, expected) -> None:
    assert parse_retry_after(httpx.Headers({"Retry-After": value})) == expected


def test_retry_after_http_date_parsing() -> None:
    now = datetime(2026, 12, 4, 20, 0, 0, tzinfo=timezone.utc).timestamp()

    delay = parse_retry_after(httpx.Headers({"Retry-After": "Fri, 04 Dec 2026 20:00:30 GMT"}), now=now)

    assert delay == 30.0


def test_retry_after_past_date_zero() -> None:
    now = datetime(2026, 12, 4, 20, 0, 0, tzinfo=timezone.utc).timestamp()

    delay = parse_retry_after(httpx.Headers({"Retry-After": "Fri, 04 Dec 2026 19:59:00 GMT"}), now=now)

    assert delay == 0.0


def test_retry_after_absent_none() -> None:
    assert parse_retry_after(httpx.Headers()) is None


def test_retry_delay_prefers_header() -> None:
    delay = retry_delay(0, httpx.Headers({"Retry-After": "2"}), random.Random(0))

    assert delay == 2.0


def test_retry_delay_limit_inclusive() -> None:
    header = httpx.Headers({"Retry-After": str(int(MAX_RETRY_AFTER))})

    assert retry_delay(0, header, random.Random(0)) == MAX_RETRY_AFTER


def test_retry_delay_rejects_long_wait() -> None:
    header = httpx.Headers({"Retry-After": str(int(MAX_RETRY_AFTER) + 1)})

    assert retry_delay(0, header, random.Random(0)) is None


def test_bad_request_after_retry_raised(make_client, script: Script) -> None:
    script.add(503).add(400, json=error_body(400, "bad_request"))
    client = make_client()

    with pytest.raises(BadRequestError):
        client.generate(instruction="Generate people")

    assert len(script.requests) == 2
