"""Fixtures for llm engine tests: a fake OpenAI-compatible server and engines pointed at it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from spectrapi_core.engine.base import EngineRequest
from spectrapi_core.engine.llm import LLMConfig, LLMEngine

from tests.fakes.openai_server import FakeOpenAIServer

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def fake_server() -> Iterator[FakeOpenAIServer]:
    """Start a fake chat completions server on 127.0.0.1 for one test."""
    with FakeOpenAIServer() as server:
        yield server


@pytest.fixture
def make_engine(fake_server: FakeOpenAIServer) -> Callable[..., LLMEngine]:
    """Build engines against the fake server; keyword arguments override LLMConfig fields."""

    def build(**overrides: Any) -> LLMEngine:
        settings: dict[str, Any] = {
            "base_url": fake_server.base_url,
            "model": "fake-model",
            "api_key": "sk-fake",
        }
        settings.update(overrides)
        return LLMEngine(LLMConfig(**settings))

    return build


def make_request(
    instruction: str = "Generate product records",
    count: int = 5,
    *,
    schema: dict[str, Any] | None = None,
    seed: int = 7,
    deadline_s: float | None = None,
) -> EngineRequest:
    """Build an engine request with a fixed clock."""
    return EngineRequest(
        instruction=instruction,
        count=count,
        locale="en-US",
        seed=seed,
        now=NOW,
        schema=schema,
        deadline_s=deadline_s,
    )
