"""Template tests for API Gateway's own error responses: envelope, status, CORS and Retry-After."""

from __future__ import annotations

import json

import pytest

from infra.gateway_responses import GATEWAY_ERRORS

REQUIRED_TYPES = (
    "UNAUTHORIZED",
    "ACCESS_DENIED",
    "THROTTLED",
    "QUOTA_EXCEEDED",
    "BAD_REQUEST_BODY",
    "BAD_REQUEST_PARAMETERS",
    "INTEGRATION_TIMEOUT",
    "MISSING_AUTHENTICATION_TOKEN",
    "DEFAULT_4XX",
    "DEFAULT_5XX",
)


@pytest.fixture(scope="module")
def responses(synthesized) -> dict[str, dict]:
    """Map each gateway response type to its template properties."""
    return {
        props["ResponseType"]: props for props in synthesized.properties_of_type("AWS::ApiGateway::GatewayResponse")
    }


def _body(props: dict) -> dict:
    return json.loads(props["ResponseTemplates"]["application/json"])


@pytest.mark.parametrize("response_type", REQUIRED_TYPES)
def test_gateway_response_defined(responses, response_type):
    assert response_type in responses


@pytest.mark.parametrize("response_type", sorted(GATEWAY_ERRORS))
def test_gateway_response_envelope_shape(responses, response_type):
    body = _body(responses[response_type])
    assert list(body) == ["error"]
    assert sorted(body["error"]) == ["code", "message", "status"]


@pytest.mark.parametrize("response_type", sorted(GATEWAY_ERRORS))
def test_gateway_response_status_matches_body(responses, response_type):
    props = responses[response_type]
    assert props["StatusCode"] == str(_body(props)["error"]["status"])


@pytest.mark.parametrize("response_type", sorted(GATEWAY_ERRORS))
def test_gateway_response_cors_headers(responses, response_type):
    parameters = responses[response_type]["ResponseParameters"]
    assert parameters["gatewayresponse.header.Access-Control-Allow-Origin"] == "'*'"
    assert "Authorization" in parameters["gatewayresponse.header.Access-Control-Allow-Headers"]
    assert "X-Request-Id" in parameters["gatewayresponse.header.Access-Control-Expose-Headers"]


@pytest.mark.parametrize("response_type", sorted(GATEWAY_ERRORS))
def test_gateway_response_request_id_header(responses, response_type):
    parameters = responses[response_type]["ResponseParameters"]
    assert parameters["gatewayresponse.header.X-Request-Id"] == "context.requestId"


@pytest.mark.parametrize(("response_type", "retry_after"), [("THROTTLED", "'60'"), ("QUOTA_EXCEEDED", "'3600'")])
def test_rate_limit_responses_are_429(responses, response_type, retry_after):
    props = responses[response_type]
    assert props["StatusCode"] == "429"
    assert _body(props)["error"]["code"] == "rate_limit_exceeded"
    assert props["ResponseParameters"]["gatewayresponse.header.Retry-After"] == retry_after


def test_only_rate_limits_send_retry_after(responses):
    with_retry_after = sorted(
        response_type
        for response_type, props in responses.items()
        if "gatewayresponse.header.Retry-After" in props["ResponseParameters"]
    )
    assert with_retry_after == ["QUOTA_EXCEEDED", "THROTTLED"]


@pytest.mark.parametrize("response_type", ["UNAUTHORIZED", "ACCESS_DENIED", "INVALID_API_KEY"])
def test_key_rejections_are_401(responses, response_type):
    props = responses[response_type]
    assert props["StatusCode"] == "401"
    assert _body(props)["error"]["code"] == "invalid_api_key"


def test_unknown_path_is_404_not_found(responses):
    props = responses["MISSING_AUTHENTICATION_TOKEN"]
    assert props["StatusCode"] == "404"
    assert _body(props)["error"]["code"] == "not_found"


def test_default_5xx_is_internal_error(responses):
    props = responses["DEFAULT_5XX"]
    assert props["StatusCode"] == "500"
    assert _body(props)["error"]["code"] == "internal_error"


def test_integration_timeout_is_504(responses):
    assert responses["INTEGRATION_TIMEOUT"]["StatusCode"] == "504"
