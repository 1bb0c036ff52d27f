"""`GET /api/v1/usage`: the calling key's plan and its per-minute and monthly counts. It is not counted itself."""

from __future__ import annotations

from aws_lambda_powertools.event_handler import APIGatewayRestResolver, Response

from spectrapi_core.http.app import API_PREFIX, current_principal, json_response, register_routes
from spectrapi_core.http.openapi import RouteDoc, document_route
from spectrapi_core.models import UsageResponse
from spectrapi_core.service.deps import Dependencies
from spectrapi_core.service.limits import get_usage, rate_limit_headers


@register_routes
def register_usage_routes(app: APIGatewayRestResolver, deps: Dependencies) -> None:
    """Add `GET /api/v1/usage` to an app."""

    @app.get(
        f"{API_PREFIX}/usage",
        summary="Show the key's plan, rate-limit and quota usage",
        description=(
            "Returns this minute's and this month's used, limit, remaining and reset (Unix seconds) for the calling "
            "key. A null limit means unlimited. This request does not count against either limit."
        ),
    )
    def usage() -> Response:
        principal = current_principal(app)
        app.context["log_keys"]["key_id"] = principal.key_id
        report = get_usage(deps.usage(), principal, now=deps.clock())
        app.context["extra_headers"].update(rate_limit_headers(report.binding))
        # Dumped to a dict first, because `json_response` drops None fields and a null limit means unlimited.
        return json_response(200, report.to_response().model_dump(mode="json"))


document_route(
    RouteDoc(
        method="get",
        path=f"{API_PREFIX}/usage",
        summary="Show the key's plan, rate-limit and quota usage",
        operation_id="getUsage",
        tag="usage",
        response=UsageResponse,
        errors=(401, 500),
    )
)
