"""The Powertools middleware that counts every authenticated request against its rate limit and monthly quota."""

from __future__ import annotations

from collections.abc import Callable

from aws_lambda_powertools.event_handler import APIGatewayRestResolver, Response
from aws_lambda_powertools.event_handler.middlewares import NextMiddleware

from spectrapi_core.service.deps import Dependencies
from spectrapi_core.service.keys import Principal
from spectrapi_core.service.limits import enforce_limits, rate_limit_headers

UNMETERED_ROUTES = frozenset({("GET", "/api/v1/usage")})
"""Authenticated routes that do not count: reading your usage must work while you are rate limited."""

Middleware = Callable[[APIGatewayRestResolver, NextMiddleware], Response]


def rate_limit_middleware(deps: Dependencies) -> Middleware:
    """Build a global middleware that enforces limits before the route body runs.

    It runs for every request the resolver handles, including unknown paths (404) and requests whose body the
    route later rejects (400, 422), so these count too. Requests without an authorizer context (the public routes
    and CORS preflights) and `UNMETERED_ROUTES` are not counted. An admitted request's rate-limit headers go into
    `app.context["extra_headers"]`; a rejected one raises `RateLimitExceededError`, which carries its own headers.
    """

    def enforce_rate_limits(app: APIGatewayRestResolver, next_middleware: NextMiddleware) -> Response:
        event = app.current_event
        authorizer = event.request_context.authorizer
        context = authorizer.raw_event if authorizer else None
        if not context or not context.get("key_id"):
            return next_middleware(app)
        if (event.http_method.upper(), event.path) in UNMETERED_ROUTES:
            return next_middleware(app)

        principal = Principal.from_context(context)
        app.context["log_keys"]["key_id"] = principal.key_id
        result = enforce_limits(deps.usage(), principal, now=deps.clock())
        app.context["extra_headers"].update(rate_limit_headers(result.binding))
        return next_middleware(app)

    return enforce_rate_limits
