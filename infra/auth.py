"""API key authentication: the authorizer function and the REQUEST authorizer that calls it."""

from __future__ import annotations

from pathlib import Path

from aws_cdk import Duration
from aws_cdk import aws_apigateway as apigw
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_logs as logs
from constructs import Construct

from infra import names
from infra.lambda_function import SpectrApiFunction

AUTHORIZER_MEMORY_MB = 256


class Auth(Construct):
    """REQUEST authorizer on the Authorization header, backed by a function that reads the keys table.

    API Gateway caches each decision per Authorization header value for `cache_ttl_seconds`, so a revoked key
    keeps working for up to that long. When the header is missing, API Gateway returns 401 without calling the
    function (the UNAUTHORIZED gateway response).
    """

    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        repo_root: Path,
        layer: lambda_.ILayerVersion,
        keys_table: dynamodb.ITable,
        cache_ttl_seconds: int,
        log_level: str,
        log_retention: logs.RetentionDays,
        xray_tracing: bool,
    ) -> None:
        super().__init__(scope, construct_id)

        self.handler = SpectrApiFunction(
            self,
            "AuthorizerFunction",
            code_dir=repo_root / names.AUTHORIZER_CODE_DIR,
            layer=layer,
            timeout_seconds=names.AUTHORIZER_FUNCTION_TIMEOUT_SECONDS,
            memory_mb=AUTHORIZER_MEMORY_MB,
            environment={
                names.ENV_KEYS_TABLE: keys_table.table_name,
                names.ENV_BACKEND: "aws",
                names.ENV_AUTHORIZER_CACHE_TTL: str(cache_ttl_seconds),
                names.ENV_POWERTOOLS_SERVICE_NAME: names.SERVICE_NAME,
                names.ENV_POWERTOOLS_METRICS_NAMESPACE: names.METRICS_NAMESPACE,
                names.ENV_POWERTOOLS_LOG_LEVEL: log_level,
            },
            log_retention=log_retention,
            xray_tracing=xray_tracing,
            description="SpectrAPI authorizer: checks the API key's hash in the keys table",
        )
        # A key is looked up by the hash of its value, the table's partition key, so GetItem on the table is
        # all the authorizer may do. GetItem does not apply to indexes, which serve listing keys.
        self.handler.role.add_to_policy(
            iam.PolicyStatement(actions=["dynamodb:GetItem"], resources=[keys_table.table_arn])
        )

        self.authorizer = apigw.RequestAuthorizer(
            self,
            "RequestAuthorizer",
            handler=self.handler.function,
            identity_sources=[names.AUTHORIZER_IDENTITY_SOURCE],
            results_cache_ttl=Duration.seconds(cache_ttl_seconds),
        )
