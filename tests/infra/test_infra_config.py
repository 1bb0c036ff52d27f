"""Unit tests for reading deployment settings from CDK context."""

from __future__ import annotations

import pytest
from aws_cdk import App
from aws_cdk import aws_logs as logs

from infra.config import MAX_AUTHORIZER_CACHE_TTL_SECONDS, DeploySettings


def _settings(**context) -> DeploySettings:
    return DeploySettings.from_context(App(context=context))


def test_settings_defaults():
    settings = _settings()
    assert settings.stack_name == "SpectrAPI"
    assert settings.authorizer_cache_ttl == 60
    assert settings.llm_secret_name is None
    assert settings.destroy_data is False
    assert settings.api_memory_mb == 1024
    assert settings.log_retention == logs.RetentionDays.ONE_MONTH
    assert settings.nag is True


def test_settings_strings_from_command_line():
    # `cdk deploy -c key=value` passes every value as a string.
    settings = _settings(authorizerCacheTtl="0", destroyData="true", apiMemoryMb="2048", logLevel="debug")
    assert settings.authorizer_cache_ttl == 0
    assert settings.destroy_data is True
    assert settings.api_memory_mb == 2048
    assert settings.log_level == "DEBUG"


@pytest.mark.parametrize("ttl", [MAX_AUTHORIZER_CACHE_TTL_SECONDS + 1, -1, 3600])
def test_settings_cache_ttl_out_of_range(ttl):
    with pytest.raises(ValueError, match="authorizerCacheTtl"):
        _settings(authorizerCacheTtl=ttl)


@pytest.mark.parametrize("value", ["soon", True, "1.5"])
def test_settings_cache_ttl_not_integer(value):
    with pytest.raises(ValueError, match="whole number"):
        _settings(authorizerCacheTtl=value)


def test_settings_destroy_data_invalid():
    with pytest.raises(ValueError, match="destroyData"):
        _settings(destroyData="maybe")


def test_settings_retention_not_allowed():
    with pytest.raises(ValueError, match="logRetentionDays"):
        _settings(logRetentionDays=10)


def test_settings_log_level_invalid():
    with pytest.raises(ValueError, match="logLevel"):
        _settings(logLevel="verbose")


@pytest.mark.parametrize("name", ["1stack", "my_stack", "a" * 61, ""])
def test_settings_stack_name_invalid(name):
    with pytest.raises(ValueError, match="stackName"):
        _settings(stackName=name)


def test_settings_stack_name_longest_allowed():
    assert _settings(stackName="a" * 60).stack_name == "a" * 60


def test_settings_memory_out_of_range():
    with pytest.raises(ValueError, match="apiMemoryMb"):
        _settings(apiMemoryMb=64)
