"""A small stand-in for API Gateway: HTTP request → authorizer event → REST proxy event → api handler.

Differences from the deployed gateway, kept deliberately small: no authorizer cache (a revoked key is rejected at
once), and no usage plans (the exact per-key limits in the service still apply).
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from spectrapi_core.errors import BadRequestError, InvalidApiKeyError, SpectrAPIError
from spectrapi_core.http.entrypoints import api_handler, authorizer_handler, is_public_route
from spectrapi_core.ids import new_request_id
from spectrapi_core.service.deps import Dependencies

LOCAL_API_ID = "local"
LOCAL_STAGE = "v1"
LOCAL_ACCOUNT = "000000000000"
LOCAL_REGION = "local"


@dataclass
class LocalLambdaContext:
    """The attributes of a Lambda context object that Powertools reads."""

    function_name: str = "spectrapi-local"
    function_version: str = "$LATEST"
    memory_limit_in_mb: int = 1024
    aws_request_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    invoked_function_arn: str = "arn:aws:lambda:local:000000000000:function:spectrapi-local"
    log_group_name: str = "/local/spectrapi"
    log_stream_name: str = "local"

    def get_remaining_time_in_millis(self) -> int:
        return 29_000


@dataclass(frozen=True)
class HttpRequest:
    method: str
    path: str
    query_string: str
    headers: list[tuple[str, str]]
    body: bytes
    source_ip: str = "127.0.0.1"


@dataclass
class HttpResponse:
    status: int
    headers: list[tuple[str, str]]
    body: bytes


def _text_body(body: bytes) -> tuple[str, bool]:
    try:
        return body.decode("utf-8"), False
    except UnicodeDecodeError:
        import base64

        return base64.b64encode(body).decode("ascii"), True


def build_proxy_event(request: HttpRequest, gateway_request_id: str) -> dict[str, Any]:
    """Build a REST API (payload 1.0) proxy event from an HTTP request."""
    headers: dict[str, str] = {}
    multi_headers: dict[str, list[str]] = {}
    for name, value in request.headers:
        canonical = "-".join(part.capitalize() for part in name.split("-"))
        headers[canonical] = value
        multi_headers.setdefault(canonical, []).append(value)
    query = parse_qsl(request.query_string, keep_blank_values=True)
    single_query = dict(query)
    multi_query: dict[str, list[str]] = {}
    for name, value in query:
        multi_query.setdefault(name, []).append(value)
    body, is_base64 = _text_body(request.body) if request.body else (None, False)
    return {
        "resource": "/{proxy+}",
        "path": request.path,
        "httpMethod": request.method,
        "headers": headers,
        "multiValueHeaders": multi_headers,
        "queryStringParameters": single_query or None,
        "multiValueQueryStringParameters": multi_query or None,
        "pathParameters": {"proxy": request.path.lstrip("/")},
        "stageVariables": None,
        "body": body,
        "isBase64Encoded": is_base64,
        "requestContext": {
            "accountId": LOCAL_ACCOUNT,
            "apiId": LOCAL_API_ID,
            "stage": LOCAL_STAGE,
            "requestId": gateway_request_id,
            "requestTimeEpoch": int(time.time() * 1000),
            "httpMethod": request.method,
            "path": request.path,
            "resourcePath": "/{proxy+}",
            "protocol": "HTTP/1.1",
            "identity": {"sourceIp": request.source_ip, "userAgent": headers.get("User-Agent")},
        },
    }


def build_authorizer_event(proxy_event: Mapping[str, Any]) -> dict[str, Any]:
    """Build the REQUEST authorizer event API Gateway sends before the proxy event."""
    method_arn = (
        f"arn:aws:execute-api:{LOCAL_REGION}:{LOCAL_ACCOUNT}:{LOCAL_API_ID}/{LOCAL_STAGE}/"
        f"{proxy_event['httpMethod']}{proxy_event['path']}"
    )
    return {
        "type": "REQUEST",
        "methodArn": method_arn,
        "resource": proxy_event["resource"],
        "path": proxy_event["path"],
        "httpMethod": proxy_event["httpMethod"],
        "headers": proxy_event["headers"],
        "queryStringParameters": proxy_event["queryStringParameters"],
        "requestContext": proxy_event["requestContext"],
    }


def _error(error: SpectrAPIError, request_id: str) -> HttpResponse:
    import json

    headers = [
        ("Content-Type", "application/json"),
        ("X-Request-Id", request_id),
        ("Access-Control-Allow-Origin", "*"),
        *error.headers.items(),
    ]
    return HttpResponse(error.status, headers, json.dumps(error.to_body()).encode("utf-8"))


class LocalGateway:
    """Dispatches HTTP requests through the authorizer and api handlers, on the caller's thread.

    Requests run concurrently: each thread has its own resolver (see `entrypoints.app_for`), so a slow request
    (an LLM call, a large category) does not hold up the others.
    """

    def __init__(self, deps: Dependencies) -> None:
        self.deps = deps

    def dispatch(self, request: HttpRequest) -> HttpResponse:
        if len(request.body) > self.deps.settings.max_body_bytes:
            return _error(
                BadRequestError(
                    f"Request body is {len(request.body)} bytes; the maximum is "
                    f"{self.deps.settings.max_body_bytes} bytes. Send a smaller body."
                ),
                new_request_id(),
            )
        event = build_proxy_event(request, gateway_request_id=str(uuid.uuid4()))
        if request.method.upper() != "OPTIONS" and not is_public_route(request.method, request.path):
            decision = authorizer_handler(build_authorizer_event(event), LocalLambdaContext(), self.deps)
            statement = decision["policyDocument"]["Statement"][0]
            if statement["Effect"] != "Allow":
                context = decision.get("context", {})
                return _error(
                    InvalidApiKeyError(str(context.get("error_message", "Invalid API key."))),
                    new_request_id(),
                )
            event["requestContext"]["authorizer"] = {
                **decision["context"],
                "principalId": decision["principalId"],
            }

        result = api_handler(event, LocalLambdaContext(), self.deps)
        return self._to_http(result)

    @staticmethod
    def _to_http(result: Mapping[str, Any]) -> HttpResponse:
        import base64

        headers: list[tuple[str, str]] = []
        multi = result.get("multiValueHeaders") or {}
        for name, values in multi.items():
            headers.extend((name, str(value)) for value in values)
        for name, value in (result.get("headers") or {}).items():
            if name not in multi:
                headers.append((name, str(value)))
        body = result.get("body") or ""
        raw = base64.b64decode(body) if result.get("isBase64Encoded") else body.encode("utf-8")
        return HttpResponse(int(result.get("statusCode", 500)), headers, raw)
