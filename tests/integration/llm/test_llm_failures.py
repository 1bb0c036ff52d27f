"""Refusals, upstream errors, retries and the deadline."""

from __future__ import annotations

import socket
import time

import pytest

from spectrapi_core.engine.llm import LLMConfig, LLMEngine
from spectrapi_core.errors import InvalidInstructionError, UpstreamError, UpstreamTimeoutError
from tests.fakes.openai_server import content_filtered, error_object, good, refusal, slow, status
from tests.integration.llm.engine_requests import make_request


@pytest.mark.parametrize(
    "behaviour",
    [
        pytest.param(refusal(), id="message-refusal"),
        pytest.param(error_object("I won't generate that."), id="error-object"),
        pytest.param(content_filtered(), id="content-filter"),
    ],
)
def test_refusal_raises_without_retry(make_engine, fake_server, behaviour):
    fake_server.enqueue(behaviour)

    with pytest.raises(InvalidInstructionError) as caught:
        make_engine().generate(make_request(count=3))

    assert caught.value.status == 422
    assert len(fake_server.calls) == 1


def test_refusal_message_names_reason(make_engine, fake_server):
    fake_server.enqueue(error_object("The request asks for real people's passwords."))

    with pytest.raises(InvalidInstructionError) as caught:
        make_engine().generate(make_request(count=3))

    assert "passwords" in caught.value.message


def test_rate_limit_then_success(make_engine, fake_server):
    fake_server.enqueue(status(429, retry_after=0.3), good())

    result = make_engine().generate(make_request(count=3))

    assert len(result.records) == 3
    assert len(fake_server.calls) == 2
    assert fake_server.calls[1].received_at - fake_server.calls[0].received_at >= 0.3
    assert result.stats["calls"] == 2


def test_server_error_then_success(make_engine, fake_server):
    fake_server.enqueue(status(500), status(503), good())

    result = make_engine(max_retries=2).generate(make_request(count=3))

    assert len(result.records) == 3
    assert len(fake_server.calls) == 3


def test_persistent_server_error_is_502(make_engine, fake_server):
    fake_server.default = status(500)

    with pytest.raises(UpstreamError) as caught:
        make_engine(max_retries=2, max_rounds=1).generate(make_request(count=3))

    assert caught.value.status == 502
    assert "HTTP 500" in caught.value.message
    assert len(fake_server.calls) == 3


def test_retry_after_beyond_deadline_gives_up(make_engine, fake_server):
    fake_server.default = status(429, retry_after=30)

    started = time.monotonic()
    with pytest.raises(UpstreamError) as caught:
        make_engine(max_rounds=1).generate(make_request(count=3, deadline_s=3))

    assert time.monotonic() - started < 2
    assert caught.value.headers["Retry-After"] == "30"
    assert len(fake_server.calls) == 1


def test_bad_api_key_not_retried(make_engine, fake_server):
    fake_server.default = status(401)

    with pytest.raises(UpstreamError) as caught:
        make_engine().generate(make_request(count=3))

    assert "API key" in caught.value.message
    assert len(fake_server.calls) == 1


def test_deadline_exceeded_is_504(make_engine, fake_server):
    fake_server.default = slow(10)

    started = time.monotonic()
    with pytest.raises(UpstreamTimeoutError) as caught:
        make_engine().generate(make_request(count=5, deadline_s=1.5))
    elapsed = time.monotonic() - started

    assert elapsed < 3.0
    assert caught.value.status == 504
    assert "0 of 5 records within the 1.5 s deadline" in caught.value.message
    assert "smaller count" in caught.value.message


def test_partial_output_before_deadline_is_504(make_engine, fake_server):
    fake_server.enqueue(good(count=2))
    fake_server.default = slow(10)

    with pytest.raises(UpstreamTimeoutError) as caught:
        make_engine().generate(make_request(count=5, deadline_s=1.5))

    assert "2 of 5 records" in caught.value.message


def test_unreachable_endpoint_is_502():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    engine = LLMEngine(
        LLMConfig(base_url=f"http://127.0.0.1:{port}/v1", model="m", api_key="k", max_retries=1, max_rounds=1)
    )

    with pytest.raises(UpstreamError) as caught:
        engine.generate(make_request(count=2, deadline_s=5))

    assert "Could not connect" in caught.value.message


def test_missing_api_key_is_502(fake_server):
    engine = LLMEngine(LLMConfig(base_url=fake_server.base_url, model="m"))

    with pytest.raises(UpstreamError) as caught:
        engine.generate(make_request(count=2))

    assert "no API key" in caught.value.message


def test_key_provider_called_once(fake_server):
    calls = []

    def provider() -> str:
        calls.append(1)
        return "sk-from-provider"

    engine = LLMEngine(LLMConfig(base_url=fake_server.base_url, model="m"), api_key_provider=provider)
    engine.generate(make_request(count=2))
    engine.generate(make_request(count=2))

    assert len(calls) == 1


def test_failure_logs_usage(make_engine, fake_server, caplog):
    fake_server.enqueue(refusal())

    with caplog.at_level("WARNING", logger="spectrapi_core"), pytest.raises(InvalidInstructionError):
        make_engine().generate(make_request(count=3))

    failed = [record for record in caplog.records if record.getMessage() == "llm generation failed"]
    assert len(failed) == 1
    assert failed[0].error == "invalid_instruction"
    assert failed[0].calls == 1


def test_call_timeout_then_success(make_engine, fake_server):
    fake_server.enqueue(slow(2), good())

    result = make_engine(request_timeout_s=0.5).generate(make_request(count=3))

    assert len(result.records) == 3
    assert result.stats["calls"] == 2
