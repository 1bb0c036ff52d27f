"""Build the llm engine from the process settings."""

from __future__ import annotations

from collections.abc import Callable

from spectrapi_core.engine.llm.config import LLMConfig
from spectrapi_core.engine.llm.engine import LLMEngine
from spectrapi_core.engine.llm.keys import secrets_manager_key_provider
from spectrapi_core.settings import Settings

# Self-hosted OpenAI-compatible servers (vLLM, Ollama, llama.cpp) usually ignore the key, but the openai client
# refuses to start without one.
NO_KEY_PLACEHOLDER = "not-needed"


def engine_from_settings(settings: Settings) -> LLMEngine:
    """Create the llm engine: the key comes from the settings, else Secrets Manager, else none for a base URL."""
    provider: Callable[[], str] | None = None
    api_key = settings.llm_api_key
    if api_key is None and settings.llm_secret_name:
        provider = secrets_manager_key_provider(settings.llm_secret_name)
    elif api_key is None and settings.llm_base_url:
        provider = lambda: NO_KEY_PLACEHOLDER  # noqa: E731
    config = LLMConfig(
        base_url=settings.llm_base_url,
        model=settings.llm_model,
        api_key=api_key,
        request_timeout_s=settings.llm_timeout_s,
        deadline_s=min(settings.request_deadline_s, 28.0),
    )
    return LLMEngine(config, api_key_provider=provider)
