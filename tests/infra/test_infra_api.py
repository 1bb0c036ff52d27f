"""Template tests for the REST API: routes, authorizer wiring, usage plans and the api function."""

from __future__ import annotations

import json
import math

from aws_cdk.assertions import Match

from infra import names
from spectrapi_core.plans import DEFAULT_PLANS_FILE, load_plans

PLANS = load_plans(str(DEFAULT_PLANS_FILE))


def _resource_ref(synthesized, path_part: str | None) -> dict:
    """Return the CloudFormation reference to the resource with this path part (None for the root)."""
    if path_part is None:
        return {"Fn::GetAtt": [synthesized.logical_id(synthesized.stack.api.rest_api), "RootResourceId"]}
    resources = synthesized.resources_of_type("AWS::ApiGateway::Resource")
    matches = [key for key, value in resources.items() if value["Properties"]["PathPart"] == path_part]
    assert len(matches) == 1, f"expected one resource {path_part!r}, found {len(matches)}"
    return {"Ref": matches[0]}


def _method(synthesized, http_method: str, path_part: str | None) -> dict:
    """Return the properties of the one method with this HTTP method on the resource with this path part."""
    resource_ref = _resource_ref(synthesized, path_part)
    methods = [
        props
        for props in synthesized.properties_of_type("AWS::ApiGateway::Method")
        if props["HttpMethod"] == http_method and props["ResourceId"] == resource_ref
    ]
    assert len(methods) == 1, f"expected one {http_method} method on {path_part or '/'}, found {len(methods)}"
    return methods[0]


def test_rest_api_key_source_authorizer(synthesized):
    synthesized.template.has_resource_properties("AWS::ApiGateway::RestApi", {"ApiKeySourceType": "AUTHORIZER"})


def test_console_route_public(synthesized):
    method = _method(synthesized, "GET", None)
    assert method["AuthorizationType"] == "NONE"


def test_console_assets_public(synthesized):
    method = _method(synthesized, "GET", "{asset}")
    assert method["AuthorizationType"] == "NONE"
    assert not method.get("ApiKeyRequired", False)


def test_openapi_route_public(synthesized):
    method = _method(synthesized, "GET", names.OPENAPI_PATH_PART)
    assert method["AuthorizationType"] == "NONE"
    assert not method.get("ApiKeyRequired", False)


def test_proxy_route_uses_authorizer(synthesized):
    method = _method(synthesized, "ANY", "{proxy+}")
    authorizer_id = synthesized.logical_id(synthesized.stack.auth.authorizer)
    assert method["AuthorizationType"] == "CUSTOM"
    assert method["AuthorizerId"] == {"Ref": authorizer_id}


def test_proxy_route_requires_api_key(synthesized):
    method = _method(synthesized, "ANY", "{proxy+}")
    assert method["ApiKeyRequired"] is True


def test_only_public_routes_skip_authorizer(synthesized):
    unauthenticated = sorted(
        props["HttpMethod"]
        for props in synthesized.properties_of_type("AWS::ApiGateway::Method")
        if props["AuthorizationType"] == "NONE"
    )
    # GET /, GET /console/{asset}, GET openapi.json, and a CORS preflight on openapi.json and on the proxy.
    assert unauthenticated == ["GET", "GET", "GET", "OPTIONS", "OPTIONS"]


def test_cors_preflight_allows_authorization_header(synthesized):
    method = _method(synthesized, "OPTIONS", "{proxy+}")
    parameters = method["Integration"]["IntegrationResponses"][0]["ResponseParameters"]
    assert "Authorization" in parameters["method.response.header.Access-Control-Allow-Headers"]
    assert parameters["method.response.header.Access-Control-Allow-Origin"] == "'*'"


def test_integrations_are_lambda_proxy(synthesized):
    for http_method, path_part in (("GET", None), ("GET", names.OPENAPI_PATH_PART), ("ANY", "{proxy+}")):
        integration = _method(synthesized, http_method, path_part)["Integration"]
        assert integration["Type"] == "AWS_PROXY", (http_method, path_part)
        assert integration["TimeoutInMillis"] == names.INTEGRATION_TIMEOUT_SECONDS * 1000


def test_integrations_target_api_function(synthesized):
    function_name = f"{synthesized.stack.settings.stack_name}-api"
    integration = _method(synthesized, "ANY", "{proxy+}")["Integration"]
    assert f":function:{function_name}/invocations" in json.dumps(integration["Uri"])
    api_function = synthesized.resources[synthesized.logical_id(synthesized.stack.api.handler.function)]
    assert api_function["Properties"]["FunctionName"] == function_name


def test_api_function_timeout_below_integration(synthesized):
    function = synthesized.resources[synthesized.logical_id(synthesized.stack.api.handler.function)]
    integration_timeouts = [
        props["Integration"]["TimeoutInMillis"]
        for props in synthesized.properties_of_type("AWS::ApiGateway::Method")
        if props["Integration"]["Type"] == "AWS_PROXY"
    ]
    assert integration_timeouts
    assert function["Properties"]["Timeout"] * 1000 < min(integration_timeouts)


def test_api_function_runtime_and_arch(synthesized):
    props = synthesized.resources[synthesized.logical_id(synthesized.stack.api.handler.function)]["Properties"]
    assert props["Runtime"] == "python3.12"
    assert props["Architectures"] == ["arm64"]
    assert props["MemorySize"] == 1024
    assert props["Handler"] == names.FUNCTION_HANDLER


def test_api_function_uses_layer(synthesized):
    props = synthesized.resources[synthesized.logical_id(synthesized.stack.api.handler.function)]["Properties"]
    assert props["Layers"] == [{"Ref": synthesized.logical_id(synthesized.stack.layer.layer)}]


def test_api_function_environment(synthesized):
    storage = synthesized.stack.storage
    props = synthesized.resources[synthesized.logical_id(synthesized.stack.api.handler.function)]["Properties"]
    variables = props["Environment"]["Variables"]
    assert variables[names.ENV_KEYS_TABLE] == {"Ref": synthesized.logical_id(storage.keys_table)}
    assert variables[names.ENV_USAGE_TABLE] == {"Ref": synthesized.logical_id(storage.usage_table)}
    assert variables[names.ENV_CATEGORIES_BUCKET] == {"Ref": synthesized.logical_id(storage.categories_bucket)}
    assert variables[names.ENV_PLANS_FILE] == "/opt/python/spectrapi_core/plans.json"
    assert variables[names.ENV_POWERTOOLS_SERVICE_NAME] == names.SERVICE_NAME
    assert variables[names.ENV_POWERTOOLS_METRICS_NAMESPACE] == names.METRICS_NAMESPACE
    assert variables[names.ENV_POWERTOOLS_LOG_LEVEL] == "INFO"


def test_api_function_without_llm_settings(synthesized):
    props = synthesized.resources[synthesized.logical_id(synthesized.stack.api.handler.function)]["Properties"]
    variables = props["Environment"]["Variables"]
    assert names.ENV_LLM_SECRET_NAME not in variables
    assert names.ENV_LLM_BASE_URL not in variables


def test_api_function_llm_settings_from_context(synthesized_options):
    stack = synthesized_options.stack
    props = synthesized_options.resources[synthesized_options.logical_id(stack.api.handler.function)]["Properties"]
    variables = props["Environment"]["Variables"]
    assert variables[names.ENV_LLM_SECRET_NAME] == "spectrapi/llm-api-key"
    assert variables[names.ENV_LLM_BASE_URL] == "http://127.0.0.1:8080/v1"
    assert variables[names.ENV_LLM_MODEL] == "test-model"


def test_api_invoke_permission_scoped_to_stage(synthesized):
    function_id = synthesized.logical_id(synthesized.stack.api.handler.function)
    permissions = [
        props
        for props in synthesized.properties_of_type("AWS::Lambda::Permission")
        if props["FunctionName"] == {"Fn::GetAtt": [function_id, "Arn"]}
    ]
    assert len(permissions) == 1
    assert permissions[0]["Principal"] == "apigateway.amazonaws.com"
    assert json.dumps(permissions[0]["SourceArn"]).endswith(f'"/{names.STAGE_NAME}/*/*"]]}}')


def test_usage_plans_match_plans_file(synthesized):
    usage_plans = {
        props["UsagePlanName"]: props for props in synthesized.properties_of_type("AWS::ApiGateway::UsagePlan")
    }
    assert len(usage_plans) == len(PLANS)
    for name, plan in PLANS.items():
        props = usage_plans[f"{synthesized.stack.settings.stack_name}-{name}"]
        assert props["Throttle"]["RateLimit"] == math.ceil(plan.rate_per_minute / 60), name
        assert props["Throttle"]["BurstLimit"] == plan.rate_per_minute, name
        if plan.monthly_quota is None:
            assert "Quota" not in props, name
        else:
            assert props["Quota"] == {"Limit": plan.monthly_quota, "Period": "MONTH"}, name


def test_usage_plans_rate_never_below_plan(synthesized):
    for props in synthesized.properties_of_type("AWS::ApiGateway::UsagePlan"):
        throttle = props["Throttle"]
        # A minute of refill covers at least the plan's per-minute rate (the burst equals that rate).
        assert throttle["RateLimit"] * 60 >= throttle["BurstLimit"], props["UsagePlanName"]


def test_usage_plans_attached_to_stage(synthesized):
    stage_id = synthesized.logical_id(synthesized.stack.api.rest_api.deployment_stage)
    for props in synthesized.properties_of_type("AWS::ApiGateway::UsagePlan"):
        assert props["ApiStages"][0]["Stage"] == {"Ref": stage_id}, props["UsagePlanName"]


def test_usage_plan_ids_in_api_environment(synthesized):
    stack = synthesized.stack
    props = synthesized.resources[synthesized.logical_id(stack.api.handler.function)]["Properties"]
    variables = props["Environment"]["Variables"]
    for name, usage_plan in stack.api.usage_plans.items():
        assert variables[names.usage_plan_env_var(name)] == {"Ref": synthesized.logical_id(usage_plan)}, name


def test_usage_plan_ids_in_outputs(synthesized):
    stack = synthesized.stack
    for name, usage_plan in stack.api.usage_plans.items():
        synthesized.template.has_output(
            names.usage_plan_output(name), {"Value": {"Ref": synthesized.logical_id(usage_plan)}}
        )


def test_stack_outputs_for_key_creation(synthesized):
    outputs = synthesized.template.find_outputs("*")
    for output in (names.OUTPUT_API_URL, names.OUTPUT_REST_API_ID, names.OUTPUT_KEYS_TABLE):
        assert output in outputs, output


def test_stage_access_logging(synthesized):
    synthesized.template.has_resource_properties(
        "AWS::ApiGateway::Stage",
        {
            "StageName": names.STAGE_NAME,
            "AccessLogSetting": {
                "DestinationArn": Match.any_value(),
                "Format": Match.string_like_regexp("requestId"),
            },
            "MethodSettings": Match.array_with([Match.object_like({"LoggingLevel": "ERROR", "MetricsEnabled": True})]),
        },
    )


def test_public_routes_throttled_at_stage(synthesized):
    stage = synthesized.properties_of_type("AWS::ApiGateway::Stage")[0]
    throttled = {
        (setting["ResourcePath"], setting["HttpMethod"]): (
            setting["ThrottlingRateLimit"],
            setting["ThrottlingBurstLimit"],
        )
        for setting in stage["MethodSettings"]
        if "ThrottlingRateLimit" in setting
    }
    assert throttled == {
        ("/", "GET"): (20, 40),
        ("/~1api~1v1~1openapi.json", "GET"): (20, 40),
        ("/~1console~1{asset}", "GET"): (20, 40),
    }


def test_rest_api_named_after_stack(synthesized):
    synthesized.template.has_resource_properties(
        "AWS::ApiGateway::RestApi", {"Name": synthesized.stack.settings.stack_name}
    )
