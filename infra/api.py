"""The REST API: routes, the api function, usage plans per tier and the gateway's own error responses."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path

from aws_cdk import ArnFormat, Duration, RemovalPolicy, Stack
from aws_cdk import aws_apigateway as apigw
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_logs as logs
from constructs import Construct

from infra import names
from infra.gateway_responses import GATEWAY_ERRORS, response_headers
from infra.lambda_function import SpectrApiFunction
from spectrapi_core.plans import Plan

# The public routes have no key and so no usage plan. A stage-wide throttle, shared by all callers, keeps a
# flood of console or OpenAPI requests from running up Lambda invocations.
# Keys are "<resource path>/<HTTP method>".
PUBLIC_ROUTE_RATE_LIMIT = 20
PUBLIC_ROUTE_BURST_LIMIT = 40
PUBLIC_ROUTE_THROTTLE_PATHS = (
    "//GET",
    f"/{names.API_BASE_PATH}/{names.OPENAPI_PATH_PART}/GET",
    f"/{names.CONSOLE_PATH_PART}/{{asset}}/GET",
)

# Fields of the access log, one JSON line per request. `principalId` is the caller id that the authorizer
# returned.
ACCESS_LOG_FIELDS = {
    "requestId": "$context.requestId",
    "ip": "$context.identity.sourceIp",
    "requestTime": "$context.requestTime",
    "httpMethod": "$context.httpMethod",
    "path": "$context.path",
    "status": "$context.status",
    "responseLength": "$context.responseLength",
    "responseLatency": "$context.responseLatency",
    "integrationLatency": "$context.integrationLatency",
    "authorizerLatency": "$context.authorizer.latency",
    "principalId": "$context.authorizer.principalId",
    "errorType": "$context.error.responseType",
}


@dataclass(frozen=True)
class UsagePlanLimits:
    """API Gateway usage plan limits derived from one plan tier."""

    rate_limit: int
    burst_limit: int
    monthly_quota: int | None

    @classmethod
    def from_plan(cls, plan: Plan) -> UsagePlanLimits:
        """Convert a plan's per-minute rate to a per-second token bucket that never rejects a legal minute.

        The bucket refills at the per-minute rate spread over the minute, rounded up to a whole request per
        second. It has room for a full minute's requests, so a client may send its whole per-minute allowance
        at once. The service keeps the exact per-minute and monthly counters, and these limits are a coarse
        guard in front of them.
        """
        return cls(
            rate_limit=math.ceil(plan.rate_per_minute / 60),
            burst_limit=plan.rate_per_minute,
            monthly_quota=plan.monthly_quota,
        )


class Api(Construct):
    """REST API with the api function behind every route, a REQUEST authorizer and usage plans per tier.

    Routes: `GET /` (web console) and `GET /api/v1/openapi.json` are public. Every other method under
    `/api/v1/` goes through the authorizer and needs a key that belongs to a usage plan.
    """

    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        repo_root: Path,
        function_name: str,
        layer: lambda_.ILayerVersion,
        authorizer: apigw.IAuthorizer,
        plans: dict[str, Plan],
        environment: dict[str, str],
        memory_mb: int,
        cors_allow_origin: str,
        log_level: str,
        log_retention: logs.RetentionDays,
        xray_tracing: bool,
    ) -> None:
        super().__init__(scope, construct_id)

        self.access_logs = logs.LogGroup(
            self, "AccessLogs", retention=log_retention, removal_policy=RemovalPolicy.DESTROY
        )
        self.rest_api = apigw.RestApi(
            self,
            "RestApi",
            rest_api_name=Stack.of(self).stack_name,
            description="SpectrAPI: realistic JSON records from plain-language instructions",
            api_key_source_type=apigw.ApiKeySourceType.AUTHORIZER,
            # API Gateway needs an account-wide role to write access and execution logs.
            cloud_watch_role=True,
            deploy_options=apigw.StageOptions(
                stage_name=names.STAGE_NAME,
                access_log_destination=apigw.LogGroupLogDestination(self.access_logs),
                access_log_format=apigw.AccessLogFormat.custom(json.dumps(ACCESS_LOG_FIELDS)),
                logging_level=apigw.MethodLoggingLevel.ERROR,
                method_options={
                    path: apigw.MethodDeploymentOptions(
                        throttling_rate_limit=PUBLIC_ROUTE_RATE_LIMIT,
                        throttling_burst_limit=PUBLIC_ROUTE_BURST_LIMIT,
                    )
                    for path in PUBLIC_ROUTE_THROTTLE_PATHS
                },
                metrics_enabled=True,
                tracing_enabled=xray_tracing,
            ),
        )

        # The usage plan ids go into the api function's environment, and each usage plan references the stage,
        # which references the deployment, which references every method. A method that referenced the
        # function would close the loop, so the integration points at the function by its fixed name instead,
        # and the invoke permission is granted on the real function below.
        self.usage_plans = {name: self._add_usage_plan(name, plan) for name, plan in plans.items()}
        usage_plan_environment = {
            names.usage_plan_env_var(name): usage_plan.usage_plan_id for name, usage_plan in self.usage_plans.items()
        }

        self.handler = SpectrApiFunction(
            self,
            "ApiFunction",
            function_name=function_name,
            code_dir=repo_root / names.API_CODE_DIR,
            layer=layer,
            timeout_seconds=names.API_FUNCTION_TIMEOUT_SECONDS,
            memory_mb=memory_mb,
            environment={
                **environment,
                **usage_plan_environment,
                names.ENV_CORS_ALLOW_ORIGIN: cors_allow_origin,
                names.ENV_POWERTOOLS_SERVICE_NAME: names.SERVICE_NAME,
                names.ENV_POWERTOOLS_METRICS_NAMESPACE: names.METRICS_NAMESPACE,
                names.ENV_POWERTOOLS_LOG_LEVEL: log_level,
            },
            log_retention=log_retention,
            xray_tracing=xray_tracing,
            description="SpectrAPI api: every /api/v1 route and the web console",
        )
        self.handler.function.add_permission(
            "InvokeFromApiGateway",
            principal=iam.ServicePrincipal("apigateway.amazonaws.com"),
            source_arn=self.rest_api.arn_for_execute_api(stage=names.STAGE_NAME),
        )

        function_by_name = lambda_.Function.from_function_attributes(
            self,
            "ApiFunctionByName",
            function_arn=Stack.of(self).format_arn(
                service="lambda",
                resource="function",
                resource_name=function_name,
                arn_format=ArnFormat.COLON_RESOURCE_NAME,
            ),
            # Not "same environment", so CDK adds no per-method permissions that would name a function which
            # may not exist yet; the one permission above covers every method.
            same_environment=False,
            skip_permissions=True,
        )
        integration = apigw.LambdaIntegration(
            function_by_name,
            proxy=True,
            timeout=Duration.seconds(names.INTEGRATION_TIMEOUT_SECONDS),
            allow_test_invoke=False,
        )
        self._add_routes(integration, authorizer, cors_allow_origin)
        self._add_gateway_responses(cors_allow_origin)

    def _add_routes(
        self, integration: apigw.Integration, authorizer: apigw.IAuthorizer, cors_allow_origin: str
    ) -> None:
        """Add the public routes, the authorized proxy for the rest of `/api/v1` and CORS preflights."""
        public = {"authorization_type": apigw.AuthorizationType.NONE}
        cors = apigw.CorsOptions(
            allow_origins=[cors_allow_origin],
            allow_methods=["GET", "POST", "PUT", "DELETE", "OPTIONS"],
            allow_headers=["Authorization", "Content-Type"],
            expose_headers=[
                "X-Request-Id",
                "X-RateLimit-Limit",
                "X-RateLimit-Remaining",
                "X-RateLimit-Reset",
                "Retry-After",
            ],
            max_age=Duration.hours(1),
        )

        self.root_method = self.rest_api.root.add_method("GET", integration, **public)
        # The console page at / loads its scripts and styles from /console/<file>; the api function serves them.
        console_asset = self.rest_api.root.add_resource(names.CONSOLE_PATH_PART).add_resource("{asset}")
        self.console_method = console_asset.add_method("GET", integration, **public)

        base = self.rest_api.root.resource_for_path(names.API_BASE_PATH)
        openapi = base.add_resource(names.OPENAPI_PATH_PART, default_cors_preflight_options=cors)
        self.openapi_method = openapi.add_method("GET", integration, **public)

        # An explicit resource such as openapi.json wins over the greedy proxy, so it stays public.
        proxy = base.add_resource("{proxy+}", default_cors_preflight_options=cors)
        self.proxy_method = proxy.add_method(
            "ANY",
            integration,
            authorizer=authorizer,
            authorization_type=apigw.AuthorizationType.CUSTOM,
            # Usage plans only count and limit methods that require an API key; the authorizer supplies it.
            api_key_required=True,
        )

    def _add_usage_plan(self, name: str, plan: Plan) -> apigw.UsagePlan:
        """Create the usage plan for one tier on the API's stage."""
        limits = UsagePlanLimits.from_plan(plan)
        quota = None
        monthly = "no monthly quota"
        if limits.monthly_quota is not None:
            quota = apigw.QuotaSettings(limit=limits.monthly_quota, period=apigw.Period.MONTH)
            monthly = f"{limits.monthly_quota} per month"

        return self.rest_api.add_usage_plan(
            f"UsagePlan{plan.title.replace(' ', '')}",
            name=f"{Stack.of(self).stack_name}-{name}",
            description=f"{plan.title} plan: {plan.rate_per_minute} requests per minute, {monthly}",
            throttle=apigw.ThrottleSettings(rate_limit=limits.rate_limit, burst_limit=limits.burst_limit),
            quota=quota,
            api_stages=[apigw.UsagePlanPerApiStage(api=self.rest_api, stage=self.rest_api.deployment_stage)],
        )

    def _add_gateway_responses(self, cors_allow_origin: str) -> None:
        """Rewrite each of API Gateway's own errors to the error envelope with CORS and request id headers."""
        for response_type, error in GATEWAY_ERRORS.items():
            self.rest_api.add_gateway_response(
                f"GatewayResponse{response_type.title().replace('_', '')}",
                type=apigw.ResponseType.of(response_type),
                status_code=str(error.status),
                response_headers=response_headers(error, cors_allow_origin),
                templates={"application/json": error.body()},
            )
