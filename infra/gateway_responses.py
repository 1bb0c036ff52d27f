"""API Gateway's own error responses, rewritten to SpectrAPI's error envelope.

API Gateway responds to some requests itself, before the api function runs: a missing or rejected key, the
usage plan's throttle or quota, an unknown path, a timeout. Each entry below sets the status, the envelope's
`code` and a fixed `message` for one response type, so clients parse these errors like any other.

Messages are fixed strings on purpose: a gateway response template does only `$context` substitution with no
escaping, so putting request values (path, headers) into the JSON body could produce invalid JSON.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

# Seconds a client should wait after the gateway's per-second throttle (the usage plan's token bucket) rejects
# a request. The plans are sold per minute, so a full window is the safe wait.
THROTTLE_RETRY_AFTER_SECONDS = 60
# Seconds a client should wait after the usage plan's monthly quota is spent. The real wait is until 00:00 UTC
# on the first day of the next month, but a gateway response is a static template and cannot compute it. An
# hour keeps well-behaved clients from hammering the API without promising a reset time.
QUOTA_RETRY_AFTER_SECONDS = 3600


@dataclass(frozen=True)
class GatewayError:
    """One gateway response: the HTTP status, the envelope code and message, and an optional Retry-After."""

    status: int
    code: str
    message: str
    retry_after_seconds: int | None = None

    def body(self) -> str:
        """Render the error envelope as the response template."""
        return json.dumps({"error": {"code": self.code, "message": self.message, "status": self.status}})


# Keys are API Gateway response types (`ResponseType` in CDK, `responseType` in CloudFormation).
GATEWAY_ERRORS: dict[str, GatewayError] = {
    # The Authorization header is missing (API Gateway rejects it before calling the authorizer), or the
    # authorizer raised "Unauthorized" for a malformed, unknown or revoked key.
    "UNAUTHORIZED": GatewayError(
        401,
        "invalid_api_key",
        "Missing or invalid API key. Send the header 'Authorization: Bearer sk_live_...' with an active key.",
    ),
    # The authorizer returned a Deny policy. Its policy covers the whole API, so a Deny means the key itself
    # was refused, which the public contract reports as 401, not 403.
    "ACCESS_DENIED": GatewayError(
        401,
        "invalid_api_key",
        "The API key was rejected. Check that it is active and not revoked, or create a new key.",
    ),
    # The key is valid but API Gateway has no API key with that value in a usage plan of this stage.
    "INVALID_API_KEY": GatewayError(
        401,
        "invalid_api_key",
        "The API key is not enabled on this deployment. Create it again with 'spectrapi keys create'.",
    ),
    "THROTTLED": GatewayError(
        429,
        "rate_limit_exceeded",
        "Too many requests for this key's plan. Wait for the time in the Retry-After header, then retry.",
        THROTTLE_RETRY_AFTER_SECONDS,
    ),
    "QUOTA_EXCEEDED": GatewayError(
        429,
        "rate_limit_exceeded",
        "The monthly request quota of this key's plan is spent. It resets at 00:00 UTC on the first day of "
        "the month; upgrade the plan for more requests.",
        QUOTA_RETRY_AFTER_SECONDS,
    ),
    "BAD_REQUEST_BODY": GatewayError(400, "bad_request", "The request body is invalid. Send a JSON object."),
    "BAD_REQUEST_PARAMETERS": GatewayError(
        400, "bad_request", "The request parameters are invalid. Check the query string and headers."
    ),
    "REQUEST_TOO_LARGE": GatewayError(400, "bad_request", "The request body is too large. Send a smaller body."),
    "UNSUPPORTED_MEDIA_TYPE": GatewayError(
        400, "bad_request", "The content type is not supported. Send 'Content-Type: application/json'."
    ),
    # REST APIs respond to an unknown path or method with 403 "Missing Authentication Token", but the public
    # contract specifies 404.
    "MISSING_AUTHENTICATION_TOKEN": GatewayError(
        404,
        "not_found",
        "No route matches this method and path. The routes are listed at /api/v1/openapi.json.",
    ),
    "RESOURCE_NOT_FOUND": GatewayError(
        404,
        "not_found",
        "No route matches this method and path. The routes are listed at /api/v1/openapi.json.",
    ),
    # A 504 with the same code the service uses when the LLM runs out of time, because a 500 internal_error would
    # hide that a smaller request may succeed.
    "INTEGRATION_TIMEOUT": GatewayError(
        504,
        "upstream_timeout",
        "The request took longer than the gateway's 29 second limit. Retry with a smaller count.",
    ),
    "DEFAULT_4XX": GatewayError(400, "bad_request", "The request is invalid."),
    "DEFAULT_5XX": GatewayError(
        500,
        "internal_error",
        "An unexpected error occurred. Retry later, and report the X-Request-Id if it persists.",
    ),
}

# Headers that every gateway error carries. Values are API Gateway mapping expressions: a quoted string is a
# literal, and `context.requestId` is the gateway's request id.
# NOTE: `context.requestId` as a header mapping value is checked by template tests only, never against a
# deployed API. If API Gateway rejects it on deploy, drop the X-Request-Id entry.
COMMON_HEADERS_EXCEPT_ORIGIN: dict[str, str] = {
    "Access-Control-Allow-Headers": "'Authorization,Content-Type,X-Request-Id'",
    "Access-Control-Allow-Methods": "'GET,POST,PUT,DELETE,OPTIONS'",
    "Access-Control-Expose-Headers": (
        "'X-Request-Id,X-RateLimit-Limit,X-RateLimit-Remaining,X-RateLimit-Reset,Retry-After'"
    ),
    "X-Request-Id": "context.requestId",
}


def response_headers(error: GatewayError, allow_origin: str) -> dict[str, str]:
    """Build the header mappings for one gateway error, quoting the literal values as API Gateway expects."""
    headers = {"Access-Control-Allow-Origin": f"'{allow_origin}'", **COMMON_HEADERS_EXCEPT_ORIGIN}
    if error.retry_after_seconds is not None:
        headers["Retry-After"] = f"'{error.retry_after_seconds}'"
    return headers
