"""The deployed entry points in `functions/`, invoked the way Lambda invokes them."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from spectrapi_core.local.gateway import HttpRequest, LocalLambdaContext, build_proxy_event
from spectrapi_core.service import deps as deps_module

ROOT = Path(__file__).resolve().parents[3]


def load_function(name: str):
    spec = importlib.util.spec_from_file_location(f"function_{name}", ROOT / "functions" / name / "handler.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def lambda_env(tmp_path, monkeypatch):
    monkeypatch.setenv("SPECTRAPI_DB_PATH", str(tmp_path / "lambda.sqlite3"))
    monkeypatch.setenv("POWERTOOLS_METRICS_DISABLED", "false")
    monkeypatch.setenv("POWERTOOLS_METRICS_NAMESPACE", "SpectrAPI")
    from spectrapi_core import observability
    from spectrapi_core.settings import get_settings

    get_settings.cache_clear()
    deps_module.get_dependencies.cache_clear()
    observability._enabled.cache_clear()
    yield
    get_settings.cache_clear()
    deps_module.get_dependencies.cache_clear()
    observability._enabled.cache_clear()


def test_api_function_emits_metrics(lambda_env, capsys):
    api = load_function("api")
    event = build_proxy_event(HttpRequest("GET", "/api/v1/openapi.json", "", [], b""), "gw-1")
    result = api.handler(event, LocalLambdaContext())
    assert result["statusCode"] == 200
    emf_lines = [json.loads(line) for line in capsys.readouterr().out.splitlines() if '"_aws"' in line]
    names = {
        metric["Name"]
        for line in emf_lines
        for group in line["_aws"]["CloudWatchMetrics"]
        for metric in group["Metrics"]
    }
    assert "latency_ms" in names


def test_api_function_counts_errors_by_code(lambda_env, capsys):
    api = load_function("api")
    event = build_proxy_event(HttpRequest("POST", "/api/v1/generate", "", [], b"{}"), "gw-2")
    result = api.handler(event, LocalLambdaContext())
    assert result["statusCode"] == 401
    emf_lines = [json.loads(line) for line in capsys.readouterr().out.splitlines() if '"_aws"' in line]
    error_lines = [line for line in emf_lines if "errors" in line]
    assert len(error_lines) == 1
    assert error_lines[0]["code"] == "invalid_api_key"


def test_authorizer_function_denies_unknown_key(lambda_env):
    authorizer = load_function("authorizer")
    event = {
        "type": "REQUEST",
        "methodArn": "arn:aws:execute-api:us-east-1:1:api/v1/GET/api/v1/usage",
        "headers": {"authorization": "Bearer sk_live_" + "z" * 40},
    }
    decision = authorizer.handler(event, LocalLambdaContext())
    assert decision["policyDocument"]["Statement"][0]["Effect"] == "Deny"
    assert decision["context"]["error_code"] == "invalid_api_key"
