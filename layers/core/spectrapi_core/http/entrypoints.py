"""Lambda entry points as plain functions, shared by `functions/` and the local server."""

from __future__ import annotations

import threading
from collections.abc import Mapping
from typing import Any

from aws_lambda_powertools.event_handler import APIGatewayRestResolver

from spectrapi_core.http.app import create_app, handle_api_event
from spectrapi_core.http.authorizer import authorizer_handler
from spectrapi_core.service.deps import Dependencies, get_dependencies

PUBLIC_ROUTES = frozenset({("GET", "/"), ("GET", "/api/v1/openapi.json")})
"""Exact routes served without a key: the web console's page and the OpenAPI document."""

PUBLIC_PREFIXES = (("GET", "/console/"),)
"""Route prefixes served without a key: the web console's scripts and styles.

Any path under them is public, so an unknown or crafted one (`/console/../x`) is a 404 from the console route, never
a 401 that would hint at a private file.
"""


def is_public_route(method: str, path: str) -> bool:
    """Return whether a request is served without a key.

    Only the console and the OpenAPI document are public. Every other route, including unknown paths outside
    `/console/`, needs a key.
    """
    method = method.upper()
    if (method, path) in PUBLIC_ROUTES:
        return True
    for public_method, prefix in PUBLIC_PREFIXES:
        if method == public_method and path.startswith(prefix) and len(path) > len(prefix):
            return True
    return False


_apps = threading.local()


def app_for(deps: Dependencies) -> APIGatewayRestResolver:
    """Return this thread's resolver for a set of dependencies, built once per thread.

    A resolver keeps per-request state (`app.context`), so threads of the local server must not share one.
    """
    # The entry keeps `deps` alive, so its id cannot be reused by a later Dependencies object (tests build many).
    apps: dict[int, tuple[Dependencies, APIGatewayRestResolver]] = getattr(_apps, "by_deps", None) or {}
    _apps.by_deps = apps
    entry = apps.get(id(deps))
    if entry is None or entry[0] is not deps:
        entry = apps[id(deps)] = (deps, create_app(deps))
    return entry[1]


def api_handler(event: Mapping[str, Any], context: Any, deps: Dependencies | None = None) -> dict[str, Any]:
    """Handle one API Gateway REST proxy event."""
    return handle_api_event(app_for(deps or get_dependencies()), event, context)


__all__ = ["PUBLIC_ROUTES", "api_handler", "app_for", "authorizer_handler", "is_public_route"]
