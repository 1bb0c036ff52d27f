"""The deployed entry points end to end under moto: recorded API Gateway events, DynamoDB and S3 adapters.

API Gateway itself does not run under moto, so the test plays its part: it calls the authorizer, caches the
decision the way API Gateway does (per Authorization header, for the cache TTL), checks the cached policy against
each method ARN, and passes the decision's context to the api function.
"""

from __future__ import annotations

import copy
import fnmatch
import importlib.util
import json
from pathlib import Path

import pytest

from spectrapi_core.local.gateway import LocalLambdaContext
from spectrapi_core.service import deps as deps_module
from spectrapi_core.settings import get_settings
from tests.aws_tables import CATEGORIES_BUCKET, KEYS_TABLE, REGION, USAGE_TABLE, create_keys_table, create_usage_table

boto3 = pytest.importorskip("boto3")
moto = pytest.importorskip("moto")

ROOT = Path(__file__).resolve().parents[3]
EVENTS = ROOT / "tests" / "fixtures" / "events"
ARN_PREFIX = "arn:aws:execute-api:us-east-1:123456789012:a1b2c3d4e5/prod"


def load_handler(name: str):
    spec = importlib.util.spec_from_file_location(f"aws_function_{name}", ROOT / "functions" / name / "handler.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.handler


@pytest.fixture
def aws_stack(monkeypatch):
    for name in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN"):
        monkeypatch.setenv(name, "testing")
    monkeypatch.setenv("AWS_DEFAULT_REGION", REGION)
    monkeypatch.setenv("SPECTRAPI_BACKEND", "aws")
    monkeypatch.setenv("SPECTRAPI_KEYS_TABLE", KEYS_TABLE)
    monkeypatch.setenv("SPECTRAPI_USAGE_TABLE", USAGE_TABLE)
    monkeypatch.setenv("SPECTRAPI_CATEGORIES_BUCKET", CATEGORIES_BUCKET)
    monkeypatch.setenv("SPECTRAPI_ENGINE", "builtin")
    with moto.mock_aws():
        dynamodb = boto3.resource("dynamodb", region_name=REGION)
        create_keys_table(dynamodb)
        create_usage_table(dynamodb)
        s3 = boto3.client("s3", region_name=REGION)
        s3.create_bucket(Bucket=CATEGORIES_BUCKET)
        s3.put_bucket_versioning(Bucket=CATEGORIES_BUCKET, VersioningConfiguration={"Status": "Enabled"})
        get_settings.cache_clear()
        deps_module.get_dependencies.cache_clear()
        yield Gateway(load_handler("authorizer"), load_handler("api"))
        get_settings.cache_clear()
        deps_module.get_dependencies.cache_clear()


class Gateway:
    """Plays API Gateway: authorizer with a decision cache, then the api function."""

    def __init__(self, authorizer, api) -> None:
        self.authorizer = authorizer
        self.api = api
        self.cache: dict[str, dict] = {}
        self.authorizer_calls = 0

    def create_key(self, plan: str = "pro", **options) -> str:
        from spectrapi_core.service.keys import create_key

        return create_key(deps_module.get_dependencies().key_store, plan=plan, **options).secret

    def request(
        self, method: str, path: str, key: str, body: object = None, *, query: dict | None = None, cached: bool = True
    ) -> dict:
        authorization = f"Bearer {key}"
        method_arn = f"{ARN_PREFIX}/{method}{path}"
        decision = self.cache.get(authorization) if cached else None
        if decision is None:
            event = json.loads((EVENTS / "authorizer_request.json").read_text())
            event.update(methodArn=method_arn, path=path, httpMethod=method)
            event["headers"]["Authorization"] = authorization
            decision = self.authorizer(event, LocalLambdaContext())
            self.authorizer_calls += 1
            self.cache[authorization] = decision
        statement = decision["policyDocument"]["Statement"][0]
        if statement["Effect"] != "Allow" or not fnmatch.fnmatchcase(method_arn, statement["Resource"]):
            return {"statusCode": 401, "gateway": "ACCESS_DENIED", "decision": decision}

        event = json.loads((EVENTS / "proxy_request.json").read_text())
        event.update(path=path, httpMethod=method, body=None if body is None else json.dumps(body))
        event["queryStringParameters"] = query
        event["multiValueQueryStringParameters"] = {name: [value] for name, value in query.items()} if query else None
        event["headers"]["Authorization"] = authorization
        event["requestContext"]["authorizer"] = {
            **copy.deepcopy(decision["context"]),
            "principalId": decision["principalId"],
        }
        return self.api(event, LocalLambdaContext())


def body_of(result: dict) -> dict:
    return json.loads(result["body"])


def header(result: dict, name: str) -> str:
    return result["multiValueHeaders"][name][0]


def test_cached_decision_covers_other_routes(aws_stack):
    key = aws_stack.create_key("pro")
    generated = aws_stack.request("POST", "/api/v1/generate", key, {"instruction": "Generate people", "count": 2})
    listed = aws_stack.request("GET", "/api/v1/categories", key)
    assert generated["statusCode"] == 200, generated
    assert listed["statusCode"] == 200, listed
    assert aws_stack.authorizer_calls == 1
    assert len(body_of(generated)["data"]) == 2


def test_unknown_key_denied(aws_stack):
    result = aws_stack.request("POST", "/api/v1/generate", "sk_live_" + "q" * 40, {"instruction": "Generate people"})
    assert result["statusCode"] == 401
    assert result["decision"]["context"]["error_code"] == "invalid_api_key"


def test_revoked_key_denied_after_cache(aws_stack):
    from spectrapi_core.service.keys import revoke_key

    deps = deps_module.get_dependencies()
    created_key = aws_stack.create_key("pro")
    key_id = deps.key_store.list_keys()[-1].key_id
    assert aws_stack.request("GET", "/api/v1/usage", created_key)["statusCode"] == 200
    revoke_key(deps.key_store, key_id)
    result = aws_stack.request("GET", "/api/v1/usage", created_key, cached=False)
    assert result["statusCode"] == 401
    assert "revoked" in result["decision"]["context"]["error_message"]


def test_free_key_limited_by_dynamodb_counters(aws_stack):
    key = aws_stack.create_key("free")
    statuses = [
        aws_stack.request("POST", "/api/v1/generate", key, {"instruction": "Generate people", "count": 1})["statusCode"]
        for _ in range(12)
    ]
    assert statuses == [200] * 10 + [429] * 2


def test_rate_limit_headers_from_dynamodb(aws_stack):
    key = aws_stack.create_key("free")
    result = aws_stack.request("POST", "/api/v1/generate", key, {"instruction": "Generate people", "count": 1})
    assert header(result, "X-RateLimit-Limit") == "10"
    assert header(result, "X-RateLimit-Remaining") == "9"
    assert int(header(result, "X-RateLimit-Reset")) % 60 == 0


def test_categories_stored_in_s3(aws_stack):
    key = aws_stack.create_key("pro")
    schema = {
        "type": "object",
        "properties": {"title": {"type": "string"}, "pages": {"type": "integer", "minimum": 1, "maximum": 900}},
        "required": ["title", "pages"],
    }
    created = aws_stack.request(
        "POST", "/api/v1/categories", key, {"id": "cat_books", "name": "Books", "schema": schema}
    )
    assert created["statusCode"] == 201, created
    updated = aws_stack.request("PUT", "/api/v1/categories/cat_books", key, {"schema": {**schema, "title": "v2"}})
    assert body_of(updated)["version"] == 2
    first = aws_stack.request("GET", "/api/v1/categories/cat_books", key, query={"version": "1"})
    assert first["statusCode"] == 200, first
    assert "title" not in body_of(first)["schema"]
    objects = boto3.client("s3", region_name=REGION).list_object_versions(Bucket=CATEGORIES_BUCKET)["Versions"]
    assert len(objects) == 2


def test_free_plan_cannot_use_categories(aws_stack):
    key = aws_stack.create_key("free")
    result = aws_stack.request("GET", "/api/v1/categories", key)
    assert result["statusCode"] == 403
    assert body_of(result)["error"]["code"] == "insufficient_permissions"
