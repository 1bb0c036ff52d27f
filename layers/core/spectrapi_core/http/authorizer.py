"""Lambda REQUEST authorizer as a plain function.

Kept apart from the API routes so the authorizer function imports neither the resolver, the engines nor
jsonschema.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from aws_lambda_powertools import Logger

from spectrapi_core.errors import SpectrAPIError
from spectrapi_core.keys import hash_secret, parse_authorization
from spectrapi_core.service.deps import Dependencies, get_dependencies
from spectrapi_core.service.keys import authenticate

logger = Logger(service="spectrapi", child=True)


def _whole_api_resource(method_arn: str) -> str:
    """Widen `arn:...:api-id/stage/METHOD/path` to `arn:...:api-id/stage/*/*`.

    The authorizer's decision is cached per key; a policy naming only the first route would deny every other route
    while the cache lasts.
    """
    arn_prefix, _, api_path = method_arn.partition(":execute-api:")
    parts = api_path.split("/")
    if not arn_prefix or len(parts) < 2:
        return method_arn
    return f"{arn_prefix}:execute-api:{parts[0]}/{parts[1]}/*/*"


def _policy(effect: str, method_arn: str) -> dict[str, Any]:
    return {
        "Version": "2012-10-17",
        "Statement": [{"Action": "execute-api:Invoke", "Effect": effect, "Resource": _whole_api_resource(method_arn)}],
    }


def _header(headers: Mapping[str, Any] | None, name: str) -> str | None:
    for key, value in (headers or {}).items():
        if key.lower() == name.lower():
            return value
    return None


def authorizer_handler(event: Mapping[str, Any], context: Any, deps: Dependencies | None = None) -> dict[str, Any]:
    """Handle one API Gateway REQUEST authorizer event.

    Allowed keys get an Allow policy over the whole API, the principal in the context, and `usageIdentifierKey`
    (the key's hash, which is also the value of its API Gateway API key) for the usage plans. Denied keys get a
    Deny policy whose context carries the error code and message. On AWS the ACCESS_DENIED gateway response turns
    a Deny into a 401 error envelope with a fixed message, and the local gateway shows the context's message.
    """
    deps = deps or get_dependencies()
    method_arn = str(event.get("methodArn", ""))
    authorization = _header(event.get("headers"), "Authorization")
    try:
        principal = authenticate(deps.key_store, authorization)
    except SpectrAPIError as error:
        logger.info("key denied", extra={"code": error.code})
        return {
            "principalId": "anonymous",
            "policyDocument": _policy("Deny", method_arn),
            "context": {
                "error_code": error.code,
                "error_message": error.message,
                "error_status": error.status,
            },
        }

    return {
        "principalId": principal.key_id,
        "policyDocument": _policy("Allow", method_arn),
        "context": principal.to_context(),
        "usageIdentifierKey": hash_secret(parse_authorization(authorization)),
    }
