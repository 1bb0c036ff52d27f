"""Fixtures for llm engine tests: a fake OpenAI-compatible server and engines pointed at it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from spectrapi_core.engine.llm import LLMConfig, LLMEngine
from tests.fakes.openai_server import FakeOpenAIServer


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
