"""API key providers: environment variable and AWS Secrets Manager (moto)."""

from __future__ import annotations

import json

import boto3
import pytest
from moto import mock_aws

from spectrapi_core.engine.llm import env_key_provider, secrets_manager_key_provider
from spectrapi_core.errors import UpstreamError


@pytest.fixture
def secrets_client(monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")
    with mock_aws():
        yield boto3.client("secretsmanager", region_name="us-east-1")


def test_secret_plain_string_read(secrets_client):
    secrets_client.create_secret(Name="spectrapi/llm", SecretString="sk-plain")

    assert secrets_manager_key_provider("spectrapi/llm", secrets_client)() == "sk-plain"


def test_secret_json_api_key_read(secrets_client):
    secrets_client.create_secret(Name="spectrapi/llm", SecretString=json.dumps({"api_key": "sk-json"}))

    assert secrets_manager_key_provider("spectrapi/llm", secrets_client)() == "sk-json"


def test_secret_read_once(secrets_client):
    secrets_client.create_secret(Name="spectrapi/llm", SecretString="sk-first")
    provider = secrets_manager_key_provider("spectrapi/llm", secrets_client)

    provider()
    secrets_client.put_secret_value(SecretId="spectrapi/llm", SecretString="sk-second")

    assert provider() == "sk-first"


def test_secret_default_client(secrets_client):
    secrets_client.create_secret(Name="spectrapi/llm", SecretString="sk-default")

    assert secrets_manager_key_provider("spectrapi/llm")() == "sk-default"


def test_secret_missing_raises(secrets_client):
    with pytest.raises(UpstreamError) as caught:
        secrets_manager_key_provider("spectrapi/absent", secrets_client)()

    assert "spectrapi/absent" in caught.value.message


def test_secret_json_without_key_raises(secrets_client):
    secrets_client.create_secret(Name="spectrapi/llm", SecretString=json.dumps({"token": "x"}))

    with pytest.raises(UpstreamError):
        secrets_manager_key_provider("spectrapi/llm", secrets_client)()


def test_env_provider_reads_variable(monkeypatch):
    monkeypatch.setenv("SPECTRAPI_LLM_API_KEY", "sk-env")

    assert env_key_provider()() == "sk-env"


def test_env_provider_missing_names_variable(monkeypatch):
    monkeypatch.delenv("SPECTRAPI_LLM_API_KEY", raising=False)

    with pytest.raises(UpstreamError) as caught:
        env_key_provider()()

    assert "SPECTRAPI_LLM_API_KEY" in caught.value.message
