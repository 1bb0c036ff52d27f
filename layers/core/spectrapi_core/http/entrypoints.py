"""Lambda entry points as plain functions, shared by `functions/` and the local server."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from aws_lambda_powertools.event_handler import APIGatewayRestResolver

from spectrapi_core.http.app import create_app, handle_api_event
from spectrapi_core.http.authorizer import authorizer_handler
from spectrapi_core.service.deps import Dependencies, get_dependencies

PUBLIC_ROUTES = frozenset({("GET", "/"), ("GET", "/api/v1/openapi.json")})
"""Routes served without a key: the web console and the OpenAPI document."""

_apps: dict[int, APIGatewayRestResolver] = {}


def app_for(deps: Dependencies) -> APIGatewayRestResolver:
    """Return the resolver for a set of dependencies, built once."""
    app = _apps.get(id(deps))
    if app is None:
        app = _apps[id(deps)] = create_app(deps)
    return app


def api_handler(event: Mapping[str, Any], context: Any, deps: Dependencies | None = None) -> dict[str, Any]:
    """Handle one API Gateway REST proxy event."""
    return handle_api_event(app_for(deps or get_dependencies()), event, context)


__all__ = ["PUBLIC_ROUTES", "api_handler", "app_for", "authorizer_handler"]
