"""The API as a Powertools `APIGatewayRestResolver`, and the entry point both Lambda and the local server call.

Routes stay thin: read the body, call one service function, return the model. Every `SpectrAPIError` becomes the
error envelope in `_on_spectrapi_error`; anything else is logged with its request id and becomes a generic 500.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Mapping
from typing import Any

from aws_lambda_powertools import Logger
from aws_lambda_powertools.event_handler import APIGatewayRestResolver, CORSConfig, Response, content_types

from spectrapi_core.errors import InternalError, NotFoundError, SpectrAPIError
from spectrapi_core.http.body import parse_model, read_json_object
from spectrapi_core.http.limits import rate_limit_middleware
from spectrapi_core.http.openapi import RouteDoc, build_openapi_document, document_route
from spectrapi_core.ids import new_request_id
from spectrapi_core.models import GenerateRequest, GenerateResponse
from spectrapi_core.observability import record_request
from spectrapi_core.service import generate as generate_service
from spectrapi_core.service.deps import Dependencies
from spectrapi_core.service.keys import Principal

logger = Logger(service="spectrapi", child=True)

API_PREFIX = "/api/v1"
GENERATE_EXAMPLE = '{"instruction": "Generate vehicle listings for Toyota cars", "count": 3}'
EXPOSED_HEADERS = [
    "X-Request-Id",
    "X-RateLimit-Limit",
    "X-RateLimit-Remaining",
    "X-RateLimit-Reset",
    "Retry-After",
]

RouteRegistrar = Callable[[APIGatewayRestResolver, Dependencies], None]
_extra_route_registrars: list[RouteRegistrar] = []


def register_routes(registrar: RouteRegistrar) -> RouteRegistrar:
    """Add a function that registers more routes on every app built after this call."""
    _extra_route_registrars.append(registrar)
    return registrar


def json_response(status: int, body: Any, headers: Mapping[str, str] | None = None) -> Response:
    """Build a JSON response from a pydantic model or plain data."""
    text = body.model_dump_json(exclude_none=True) if hasattr(body, "model_dump_json") else json.dumps(body)
    return Response(
        status_code=status,
        content_type=content_types.APPLICATION_JSON,
        body=text,
        headers=dict(headers or {}),
    )


def error_response(error: SpectrAPIError) -> Response:
    return json_response(error.status, error.to_body(), error.headers)


def current_principal(app: APIGatewayRestResolver) -> Principal:
    """Return the caller the authorizer resolved for this request."""
    authorizer = app.current_event.request_context.authorizer
    return Principal.from_context(authorizer.raw_event if authorizer else None)


def request_body(app: APIGatewayRestResolver, deps: Dependencies, example: str) -> dict[str, Any]:
    event = app.current_event
    return read_json_object(
        event.body,
        is_base64=bool(event.is_base64_encoded),
        max_bytes=deps.settings.max_body_bytes,
        example=example,
    )


document_route(
    RouteDoc(
        method="post",
        path=f"{API_PREFIX}/generate",
        summary="Generate records from a plain-language instruction",
        operation_id="generate",
        tag="generate",
        request=GenerateRequest,
        response=GenerateResponse,
        errors=(400, 401, 403, 404, 422, 429, 500),
    )
)
document_route(
    RouteDoc(
        method="get",
        path=f"{API_PREFIX}/openapi.json",
        summary="This OpenAPI document",
        operation_id="getOpenapiDocument",
        tag="meta",
        errors=(),
        public=True,
    )
)


class ThreadSafeRestResolver(APIGatewayRestResolver):
    """A REST resolver that keeps the current event per thread.

    Powertools 3 stores the event being resolved on the `BaseRouter` class, which every resolver shares. That is
    fine in Lambda, where a container handles one event at a time, but the local server resolves events on several
    threads. Reading the event through a thread-local property keeps each thread on its own event. The mutable
    `context` dict is per instance, so each thread also uses its own resolver (see `entrypoints.app_for`).
    """

    _thread_state = threading.local()

    @property
    def current_event(self) -> Any:
        return self._thread_state.event

    @current_event.setter
    def current_event(self, value: Any) -> None:
        self._thread_state.event = value

    @property
    def lambda_context(self) -> Any:
        return self._thread_state.lambda_context

    @lambda_context.setter
    def lambda_context(self, value: Any) -> None:
        self._thread_state.lambda_context = value

    def resolve(self, event: Mapping[str, Any], context: Any) -> dict[str, Any]:
        self._thread_state.event = self._to_proxy_event(dict(event))
        self._thread_state.lambda_context = context
        return super().resolve(event, context)


def create_app(deps: Dependencies) -> APIGatewayRestResolver:
    """Build the resolver with every route and the error mapper."""
    cors = CORSConfig(allow_origin="*", allow_headers=["Authorization", "Content-Type"], expose_headers=EXPOSED_HEADERS)
    app = ThreadSafeRestResolver(cors=cors)
    app.use([rate_limit_middleware(deps)])

    @app.post(f"{API_PREFIX}/generate")
    def generate() -> Response:
        principal = current_principal(app)
        request = parse_model(GenerateRequest, request_body(app, deps, GENERATE_EXAMPLE))
        app.context["log_keys"].update(key_id=principal.key_id, count=request.count)
        response = generate_service.generate(
            request,
            deps=deps,
            principal=principal,
            request_id=app.context["request_id"],
            started=app.context["started"],
        )
        app.context["log_keys"].update(engine=response.meta.engine, records=len(response.data))
        return json_response(200, response)

    @app.get(f"{API_PREFIX}/openapi.json")
    def openapi_document() -> Response:
        return json_response(200, build_openapi_document(), {"Cache-Control": "public, max-age=300"})

    from spectrapi_core.http.routes_categories import add_category_routes  # imports this module: no cycle at load

    add_category_routes(app, deps)
    for registrar in _extra_route_registrars:
        registrar(app, deps)

    @app.not_found
    def _on_not_found(_: Exception) -> Response:
        event = app.current_event
        allowed = _methods_for_path(app, event.path)
        if allowed:
            hint = f"{event.path} accepts {', '.join(allowed)}."
        else:
            hint = f"The API lives under {API_PREFIX}/; {API_PREFIX}/openapi.json lists every route."
        return error_response(NotFoundError(f"No route for {event.http_method} {event.path}. {hint}"))

    @app.exception_handler(SpectrAPIError)
    def _on_spectrapi_error(error: SpectrAPIError) -> Response:
        if error.status >= 500:
            logger.error("request failed", extra={"code": error.code, "request_id": app.context.get("request_id")})
        return error_response(error)

    @app.exception_handler(Exception)
    def _on_unexpected_error(error: Exception) -> Response:
        logger.exception("unexpected error", extra={"request_id": app.context.get("request_id")})
        return error_response(
            InternalError("An unexpected error occurred. Retry, and quote the request id if it persists.")
        )

    return app


def _methods_for_path(app: APIGatewayRestResolver, path: str) -> list[str]:
    """Return the methods registered for a path, to tell a wrong method apart from an unknown path."""
    routes = app._static_routes + app._dynamic_routes
    return sorted({route.method for route in routes if route.rule.match(path) and route.method != "OPTIONS"})


def _set_header(result: dict[str, Any], name: str, value: str) -> None:
    if "multiValueHeaders" in result:
        result["multiValueHeaders"][name] = [value]
    result.setdefault("headers", {})
    if result["headers"] is not None:
        result["headers"][name] = value


def handle_api_event(app: APIGatewayRestResolver, event: Mapping[str, Any], context: Any) -> dict[str, Any]:
    """Resolve one REST proxy event; add X-Request-Id and any headers the route set aside (rate limits)."""
    request_id = new_request_id()
    started = time.perf_counter()
    extra_headers: dict[str, str] = {}
    log_keys: dict[str, Any] = {}
    app.append_context(request_id=request_id, started=started, extra_headers=extra_headers, log_keys=log_keys)
    result = app.resolve(dict(event), context)

    for name, value in extra_headers.items():
        _set_header(result, name, value)
    _set_header(result, "X-Request-Id", request_id)
    status = int(result.get("statusCode") or 500)
    latency_ms = round((time.perf_counter() - started) * 1000)
    error_code = _error_code(result) if status >= 400 else None
    record_request(
        status=status,
        error_code=error_code,
        latency_ms=latency_ms,
        records=int(log_keys.get("records", 0)),
        llm_tokens=int(log_keys.get("llm_tokens", 0)),
    )
    logger.info(
        "request finished",
        extra={
            "request_id": request_id,
            "method": event.get("httpMethod"),
            "path": event.get("path"),
            "status": status,
            "error_code": error_code,
            "latency_ms": latency_ms,
            **log_keys,
        },
    )
    return result


def _error_code(result: Mapping[str, Any]) -> str:
    try:
        return str(json.loads(result.get("body") or "")["error"]["code"])
    except (ValueError, KeyError, TypeError):
        return "unknown"


# Importing the route modules registers their routes (through `register_routes`) and their OpenAPI descriptions.
from spectrapi_core.http import routes_categories, routes_console, routes_usage  # noqa: E402, F401
