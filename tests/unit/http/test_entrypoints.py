"""The Lambda entry points invoked with API Gateway events, as API Gateway would call them."""

from __future__ import annotations

import json

import pytest

from spectrapi_core.http.entrypoints import api_handler, authorizer_handler
from spectrapi_core.local.gateway import HttpRequest, LocalLambdaContext, build_authorizer_event, build_proxy_event
from spectrapi_core.service.deps import build_dependencies
from spectrapi_core.service.keys import create_key, revoke_key
from spectrapi_core.settings import Settings

METHOD_ARN = "arn:aws:execute-api:eu-west-1:123456789012:abc123/prod/POST/api/v1/generate"


@pytest.fixture
def deps(tmp_path):
    return build_dependencies(Settings(db_path=tmp_path / "keys.sqlite3"))


def authorizer_event(authorization: str | None) -> dict:
    headers = {"Authorization": authorization} if authorization is not None else {}
    return {"type": "REQUEST", "methodArn": METHOD_ARN, "headers": headers}


def test_authorizer_allows_whole_api(deps):
    created = create_key(deps.key_store, plan="pro", mode="test")
    decision = authorizer_handler(authorizer_event(f"Bearer {created.secret}"), LocalLambdaContext(), deps)
    statement = decision["policyDocument"]["Statement"][0]
    assert statement["Effect"] == "Allow"
    assert statement["Resource"] == "arn:aws:execute-api:eu-west-1:123456789012:abc123/prod/*/*"
    assert decision["context"]["key_id"] == created.key.key_id
    assert decision["context"]["plan"] == "pro"
    assert decision["context"]["mode"] == "test"
    assert decision["usageIdentifierKey"] == created.key.key_hash
    assert all(isinstance(value, str | int | bool) for value in decision["context"].values())


@pytest.mark.parametrize("authorization", [None, "Bearer sk_live_" + "x" * 40, "Basic Zm9vOmJhcg=="])
def test_authorizer_denies_bad_keys(deps, authorization):
    decision = authorizer_handler(authorizer_event(authorization), LocalLambdaContext(), deps)
    assert decision["policyDocument"]["Statement"][0]["Effect"] == "Deny"
    assert decision["context"]["error_code"] == "invalid_api_key"
    assert decision["context"]["error_status"] == 401
    assert decision["context"]["error_message"]


def test_authorizer_denies_revoked_key(deps):
    created = create_key(deps.key_store, plan="free")
    revoke_key(deps.key_store, created.key.key_id)
    decision = authorizer_handler(authorizer_event(f"Bearer {created.secret}"), LocalLambdaContext(), deps)
    assert decision["policyDocument"]["Statement"][0]["Effect"] == "Deny"
    assert "revoked" in decision["context"]["error_message"]


def test_api_handler_without_authorizer_context_is_401(deps):
    request = HttpRequest(
        "POST", "/api/v1/generate", "", [("content-type", "application/json")], b'{"instruction":"x"}'
    )
    result = api_handler(build_proxy_event(request, "gw-1"), LocalLambdaContext(), deps)
    assert result["statusCode"] == 401
    assert json.loads(result["body"])["error"]["code"] == "invalid_api_key"


def test_api_handler_sets_request_id_on_errors(deps):
    created = create_key(deps.key_store, plan="pro")
    request = HttpRequest("GET", "/api/v1/missing", "", [("authorization", f"Bearer {created.secret}")], b"")
    event = build_proxy_event(request, "gw-2")
    decision = authorizer_handler(build_authorizer_event(event), LocalLambdaContext(), deps)
    event["requestContext"]["authorizer"] = decision["context"]
    result = api_handler(event, LocalLambdaContext(), deps)
    assert result["statusCode"] == 404
    request_ids = result["multiValueHeaders"]["X-Request-Id"]
    assert len(request_ids) == 1
    assert request_ids[0].startswith("req_")


def test_openapi_document_is_public_and_complete(deps):
    request = HttpRequest("GET", "/api/v1/openapi.json", "", [], b"")
    result = api_handler(build_proxy_event(request, "gw-3"), LocalLambdaContext(), deps)
    assert result["statusCode"] == 200
    document = json.loads(result["body"])
    assert document["openapi"].startswith("3.1")
    generate = document["paths"]["/api/v1/generate"]["post"]
    assert set(generate["responses"]) >= {"200", "400", "401", "404", "422", "429", "500"}
    assert "X-RateLimit-Remaining" in generate["responses"]["200"]["headers"]
    assert "Retry-After" in generate["responses"]["429"]["headers"]
    request_schema = document["components"]["schemas"]["GenerateRequest"]
    assert set(request_schema["properties"]) == {"instruction", "count", "locale", "category_id", "seed"}
    assert request_schema["properties"]["count"]["maximum"] == 100
