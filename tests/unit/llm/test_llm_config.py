"""LLMConfig bounds and secret handling."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from spectrapi_core.engine.llm import LLMConfig


def test_config_deadline_below_gateway_limit():
    with pytest.raises(ValidationError):
        LLMConfig(model="m", deadline_s=29)


def test_config_default_deadline():
    assert LLMConfig(model="m").deadline_s == 25


def test_config_hides_api_key():
    config = LLMConfig(model="m", api_key="sk-secret-value")

    assert "sk-secret-value" not in repr(config)


def test_config_frozen():
    config = LLMConfig(model="m")

    with pytest.raises(ValidationError):
        config.model = "other"
