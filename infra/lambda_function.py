"""A Python 3.12 arm64 Lambda function with its own role, log group and the SpectrAPI layer."""

from __future__ import annotations

from pathlib import Path

from aws_cdk import Duration, RemovalPolicy
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_logs as logs
from constructs import Construct

from infra import names
from infra.layer import IGNORED_NAMES


class SpectrApiFunction(Construct):
    """Lambda function whose role starts with no permissions except writing to its own log group.

    Callers add exactly what the function needs with `grant_*` calls on other resources, so the role stays
    least-privilege and no AWS managed policy is attached.
    """

    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        code_dir: Path,
        layer: lambda_.ILayerVersion,
        timeout_seconds: int,
        memory_mb: int,
        environment: dict[str, str],
        log_retention: logs.RetentionDays,
        xray_tracing: bool,
        description: str,
        function_name: str | None = None,
    ) -> None:
        super().__init__(scope, construct_id)

        self.log_group = logs.LogGroup(
            self,
            "Logs",
            retention=log_retention,
            removal_policy=RemovalPolicy.DESTROY,
        )
        self.role = iam.Role(
            self,
            "Role",
            assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"),
            description=f"Runs the {description}",
        )
        self.log_group.grant_write(self.role)

        self.function = lambda_.Function(
            self,
            "Function",
            function_name=function_name,
            description=description,
            runtime=lambda_.Runtime.PYTHON_3_12,
            architecture=lambda_.Architecture.ARM_64,
            handler=names.FUNCTION_HANDLER,
            code=lambda_.Code.from_asset(str(code_dir), exclude=list(IGNORED_NAMES)),
            layers=[layer],
            timeout=Duration.seconds(timeout_seconds),
            memory_size=memory_mb,
            environment=environment,
            role=self.role,
            log_group=self.log_group,
            tracing=lambda_.Tracing.ACTIVE if xray_tracing else lambda_.Tracing.DISABLED,
        )
