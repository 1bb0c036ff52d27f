"""Error responses: each documented code and status maps to its exception class with its attributes."""

from __future__ import annotations

import httpx
import pytest
from spectrapi_test_helpers import Script, error_body

import spectrapi
from spectrapi import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    InvalidInstructionError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    SpectrAPIError,
    UpstreamError,
    UpstreamTimeoutError,
)

DOCUMENTED_ERRORS = [
    pytest.param(400, "bad_request", BadRequestError, id="400-bad-request"),
    pytest.param(401, "invalid_api_key", AuthenticationError, id="401-invalid-api-key"),
    pytest.param(403, "insufficient_permissions", PermissionDeniedError, id="403-insufficient-permissions"),
    pytest.param(404, "not_found", NotFoundError, id="404-not-found"),
    pytest.param(422, "invalid_instruction", InvalidInstructionError, id="422-invalid-instruction"),
    pytest.param(429, "rate_limit_exceeded", RateLimitError, id="429-rate-limit-exceeded"),
    pytest.param(500, "internal_error", InternalServerError, id="500-internal-error"),
    pytest.param(502, "upstream_error", UpstreamError, id="502-upstream-error"),
    pytest.param(504, "upstream_timeout", UpstreamTimeoutError, id="504-upstream-timeout"),
]


@pytest.mark.parametrize(("status", "code", "error_class"), DOCUMENTED_ERRORS)
def test_error_code_maps_class(make_client, script: Script, status, code, error_class) -> None:
    script.add(
        status,
        json=error_body(status, code, "count must be from 1 to 100; got 500"),
        headers={"X-Request-Id": "req_e1e2e3e4", "X-RateLimit-Remaining": "0"},
    )
    client = make_client(max_retries=0)

    with pytest.raises(error_class) as caught:
        client.generate(instruction="Generate people")

    error = caught.value
    assert type(error) is error_class
    assert error.status == status
    assert error.code == code
    assert error.message == "count must be from 1 to 100; got 500"
    assert error.request_id == "req_e1e2e3e4"
    assert error.headers["x-ratelimit-remaining"] == "0"
    assert error.rate_limit.remaining == 0
    assert error.body == error_body(status, code, "count must be from 1 to 100; got 500")


@pytest.mark.parametrize(("status", "code", "error_class"), DOCUMENTED_ERRORS)
def test_error_status_without_body(make_client, script: Script, status, code, error_class) -> None:
    script.queue.append(httpx.Response(status, text="gateway says no"))
    client = make_client(max_retries=0)

    with pytest.raises(error_class) as caught:
        client.usage()

    assert caught.value.code is None
    assert caught.value.body == "gateway says no"
    assert str(status) in caught.value.message


@pytest.mark.parametrize(("status", "code", "error_class"), DOCUMENTED_ERRORS)
def test_error_class_hierarchy(status, code, error_class) -> None:
    assert issubclass(error_class, APIStatusError)
    assert issubclass(error_class, APIError)
    assert issubclass(error_class, SpectrAPIError)


def test_upstream_errors_are_server_errors() -> None:
    assert issubclass(UpstreamError, InternalServerError)
    assert issubclass(UpstreamTimeoutError, InternalServerError)


def test_connection_errors_hierarchy() -> None:
    assert issubclass(APITimeoutError, APIConnectionError)
    assert issubclass(APIConnectionError, APIError)
    assert not issubclass(APIConnectionError, APIStatusError)


def test_undocumented_client_status_generic(make_client, script: Script) -> None:
    script.add(418, json=error_body(418, "teapot"))
    client = make_client(max_retries=0)

    with pytest.raises(APIStatusError) as caught:
        client.usage()

    assert type(caught.value) is APIStatusError
    assert caught.value.status == 418


def test_undocumented_server_status_internal(make_client, script: Script) -> None:
    script.add(503, json={"message": "Service Unavailable"})
    client = make_client(max_retries=0)

    with pytest.raises(InternalServerError) as caught:
        client.usage()

    assert caught.value.status == 503


def test_error_code_beats_status(make_client, script: Script) -> None:
    script.add(500, json=error_body(500, "upstream_timeout"))
    client = make_client(max_retries=0)

    with pytest.raises(UpstreamTimeoutError):
        client.usage()


def test_error_str_shows_ids(make_client, script: Script) -> None:
    script.add(
        404,
        json=error_body(404, "not_found", "category 'cat_x' was not found"),
        headers={"X-Request-Id": "req_1"},
    )
    client = make_client()

    with pytest.raises(NotFoundError) as caught:
        client.categories.get("cat_x")

    assert (
        str(caught.value) == "category 'cat_x' was not found (status=404, code=not_found, request_id=req_1)"
    )


def test_rate_limit_error_retry_after(make_client, script: Script) -> None:
    script.add(429, json=error_body(429, "rate_limit_exceeded"), headers={"Retry-After": "17"})
    client = make_client(max_retries=0)

    with pytest.raises(RateLimitError) as caught:
        client.generate(instruction="Generate people")

    assert caught.value.retry_after == 17.0


def test_every_error_exported() -> None:
    exported = set(spectrapi.__all__)
    names = {param.values[2].__name__ for param in DOCUMENTED_ERRORS}

    assert names <= exported
