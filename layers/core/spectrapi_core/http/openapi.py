"""The OpenAPI 3.1 document, generated from the route models and served at `/api/v1/openapi.json`.

Each route module describes its routes with `document_route`; the JSON Schemas of the pydantic models become
`components/schemas`, so the document changes whenever a model does.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Literal

from pydantic import BaseModel
from pydantic.json_schema import models_json_schema

from spectrapi_core import __version__
from spectrapi_core.models import ErrorEnvelope

RATE_LIMIT_HEADERS = {
    "X-RateLimit-Limit": "Requests allowed in the current window.",
    "X-RateLimit-Remaining": "Requests left in the current window; never below 0.",
    "X-RateLimit-Reset": "Unix time, in seconds, when the current window resets.",
}
ERROR_DESCRIPTIONS = {
    400: "bad_request: the body or a parameter is malformed, of the wrong type or out of range.",
    401: "invalid_api_key: the key is missing, malformed, unknown or revoked.",
    403: "insufficient_permissions: the key's plan does not include this feature.",
    404: "not_found: unknown path or resource.",
    422: "invalid_instruction: the instruction is empty, vague or unprocessable, or its constraints cannot be met.",
    429: "rate_limit_exceeded: the per-minute rate or the monthly quota is spent; see Retry-After.",
    500: "internal_error: something unexpected failed; retry and quote the request id.",
}


@dataclass(frozen=True)
class QueryParameter:
    name: str
    schema: dict[str, Any]
    description: str
    required: bool = False


@dataclass(frozen=True)
class RouteDoc:
    """Description of one route in the OpenAPI document."""

    method: Literal["get", "post", "put", "delete"]
    path: str
    summary: str
    operation_id: str
    tag: str
    request: type[BaseModel] | None = None
    response: type[BaseModel] | None = None
    status: int = 200
    errors: tuple[int, ...] = (400, 401, 429, 500)
    public: bool = False
    query: tuple[QueryParameter, ...] = field(default_factory=tuple)


_routes: dict[tuple[str, str], RouteDoc] = {}


def document_route(doc: RouteDoc) -> None:
    """Add or replace a route in the document."""
    _routes[(doc.method, doc.path)] = doc
    build_openapi_document.cache_clear()


def _path_parameters(path: str) -> list[dict[str, Any]]:
    names = [segment[1:-1] for segment in path.split("/") if segment.startswith("{") and segment.endswith("}")]
    return [{"name": name, "in": "path", "required": True, "schema": {"type": "string"}} for name in names]


def _operation(doc: RouteDoc) -> dict[str, Any]:
    ref = "#/components/schemas/{}"
    limit_headers = {
        name: {"description": text, "schema": {"type": "integer"}} for name, text in RATE_LIMIT_HEADERS.items()
    }
    request_id_header = {
        "X-Request-Id": {"description": "Request id, `req_` + 8 base36.", "schema": {"type": "string"}}
    }
    success_headers = request_id_header if doc.public else {**request_id_header, **limit_headers}

    success: dict[str, Any] = {"description": "Success.", "headers": success_headers}
    if doc.response is not None:
        success["content"] = {"application/json": {"schema": {"$ref": ref.format(doc.response.__name__)}}}
    responses: dict[str, Any] = {str(doc.status): success}
    for status in doc.errors:
        headers = dict(request_id_header)
        if status == 429:
            headers["Retry-After"] = {
                "description": "Seconds until the blocking window resets.",
                "schema": {"type": "integer"},
            }
        responses[str(status)] = {
            "description": ERROR_DESCRIPTIONS.get(status, "Error."),
            "headers": headers,
            "content": {"application/json": {"schema": {"$ref": ref.format(ErrorEnvelope.__name__)}}},
        }

    operation: dict[str, Any] = {
        "summary": doc.summary,
        "operationId": doc.operation_id,
        "tags": [doc.tag],
        "responses": responses,
    }
    parameters = _path_parameters(doc.path) + [
        {
            "name": query.name,
            "in": "query",
            "required": query.required,
            "schema": query.schema,
            "description": query.description,
        }
        for query in doc.query
    ]
    if parameters:
        operation["parameters"] = parameters

    if doc.request is not None:
        operation["requestBody"] = {
            "required": True,
            "content": {"application/json": {"schema": {"$ref": ref.format(doc.request.__name__)}}},
        }
    if doc.public:
        operation["security"] = []
    return operation


@lru_cache(maxsize=1)
def build_openapi_document() -> dict[str, Any]:
    """Build the whole document from the documented routes and their models."""
    models: set[type[BaseModel]] = {ErrorEnvelope}
    for doc in _routes.values():
        models.update(model for model in (doc.request, doc.response) if model is not None)
    ordered = sorted(models, key=lambda model: model.__name__)
    _, schemas = models_json_schema(
        [(model, "validation") for model in ordered], ref_template="#/components/schemas/{model}"
    )
    paths: dict[str, dict[str, Any]] = {}
    for doc in sorted(_routes.values(), key=lambda item: (item.path, item.method)):
        paths.setdefault(doc.path, {})[doc.method] = _operation(doc)
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "SpectrAPI",
            "version": __version__,
            "description": "Plain-language instructions in, realistic structured JSON records out.",
        },
        "servers": [{"url": "/"}],
        "security": [{"bearerAuth": []}],
        "paths": paths,
        "components": {
            "schemas": schemas.get("$defs", {}),
            "securitySchemes": {
                "bearerAuth": {"type": "http", "scheme": "bearer", "description": "sk_live_... or sk_test_... key"}
            },
        },
    }
