"""The SpectrAPI stack: storage, the dependency layer, authentication, the REST API and observability."""

from __future__ import annotations

from pathlib import Path

from aws_cdk import CfnOutput, Stack
from aws_cdk import aws_iam as iam
from aws_cdk import aws_secretsmanager as secretsmanager
from constructs import Construct

from infra import nag, names
from infra.api import Api
from infra.auth import Auth
from infra.config import DeploySettings
from infra.layer import DependencyLayer
from infra.observability import Observability
from infra.storage import Storage
from spectrapi_core.plans import DEFAULT_PLANS_FILE, load_plans

# Permissions of the category store: list categories and their versions, read, write and delete schemas.
CATEGORY_BUCKET_ACTIONS = ["s3:ListBucket", "s3:ListBucketVersions"]
CATEGORY_OBJECT_ACTIONS = ["s3:GetObject", "s3:GetObjectVersion", "s3:PutObject", "s3:DeleteObject"]

REPO_ROOT = Path(__file__).resolve().parent.parent
# Path of the plans file once Lambda unpacks the layer.
LAYER_PLANS_FILE = f"{names.LAYER_PYTHON_PATH}/spectrapi_core/{DEFAULT_PLANS_FILE.name}"


class SpectrApiStack(Stack):
    """Everything one SpectrAPI deployment needs, configured by `DeploySettings`."""

    def __init__(self, scope: Construct, construct_id: str, *, settings: DeploySettings, **kwargs) -> None:
        super().__init__(scope, construct_id, stack_name=settings.stack_name, **kwargs)
        self.settings = settings

        # The usage plans follow the same plans file that ships in the layer, so gateway and service agree.
        plans = load_plans(str(DEFAULT_PLANS_FILE))

        self.storage = Storage(self, "Storage", destroy_data=settings.destroy_data)
        self.layer = DependencyLayer(self, "DependencyLayer", repo_root=REPO_ROOT)

        self.auth = Auth(
            self,
            "Auth",
            repo_root=REPO_ROOT,
            layer=self.layer.layer,
            keys_table=self.storage.keys_table,
            cache_ttl_seconds=settings.authorizer_cache_ttl,
            log_level=settings.log_level,
            log_retention=settings.log_retention,
            xray_tracing=settings.xray_tracing,
        )

        self.api = Api(
            self,
            "Api",
            repo_root=REPO_ROOT,
            function_name=f"{settings.stack_name}-api",
            layer=self.layer.layer,
            authorizer=self.auth.authorizer,
            plans=plans,
            environment=self._api_environment(),
            memory_mb=settings.api_memory_mb,
            cors_allow_origin=settings.cors_allow_origin,
            log_level=settings.log_level,
            log_retention=settings.log_retention,
            xray_tracing=settings.xray_tracing,
        )
        self._grant_api_access()

        self.observability = Observability(
            self,
            "Observability",
            rest_api=self.api.rest_api,
            dashboard_name=settings.stack_name,
            alarm_topic_arn=settings.alarm_topic_arn,
        )

        self._add_outputs()
        nag.acknowledge_findings(self)

    def _api_environment(self) -> dict[str, str]:
        """Build the api function's environment: stores, plans file, engine and LLM settings."""
        settings = self.settings
        environment = {
            names.ENV_BACKEND: "aws",
            names.ENV_KEYS_TABLE: self.storage.keys_table.table_name,
            names.ENV_USAGE_TABLE: self.storage.usage_table.table_name,
            names.ENV_CATEGORIES_BUCKET: self.storage.categories_bucket.bucket_name,
            names.ENV_PLANS_FILE: LAYER_PLANS_FILE,
            names.ENV_AUTHORIZER_CACHE_TTL: str(settings.authorizer_cache_ttl),
            # `auto` runs the LLM engine when an LLM is configured and the builtin engine otherwise.
            names.ENV_ENGINE: "auto",
        }
        if settings.llm_secret_name:
            environment[names.ENV_LLM_SECRET_NAME] = settings.llm_secret_name
        if settings.llm_base_url:
            environment[names.ENV_LLM_BASE_URL] = settings.llm_base_url
        if settings.llm_model:
            environment[names.ENV_LLM_MODEL] = settings.llm_model
        return environment

    def _grant_api_access(self) -> None:
        """Give the api function read/write on counters and categories, read on keys and the LLM secret."""
        role = self.api.handler.role
        bucket = self.storage.categories_bucket
        self.storage.usage_table.grant_read_write_data(role)
        self.storage.keys_table.grant_read_data(role)
        # Explicit actions instead of `grant_read_write`, whose action wildcards include more than categories
        # need.
        role.add_to_policy(iam.PolicyStatement(actions=CATEGORY_BUCKET_ACTIONS, resources=[bucket.bucket_arn]))
        role.add_to_policy(
            iam.PolicyStatement(actions=CATEGORY_OBJECT_ACTIONS, resources=[bucket.arn_for_objects("*")])
        )

        if self.settings.llm_secret_name:
            secret = secretsmanager.Secret.from_secret_name_v2(self, "LlmSecret", self.settings.llm_secret_name)
            secret.grant_read(role)

    def _add_outputs(self) -> None:
        """Export what `spectrapi keys create --backend aws` and operators need."""
        CfnOutput(self, names.OUTPUT_API_URL, value=self.api.rest_api.url)
        CfnOutput(self, names.OUTPUT_REST_API_ID, value=self.api.rest_api.rest_api_id)
        CfnOutput(self, names.OUTPUT_KEYS_TABLE, value=self.storage.keys_table.table_name)
        CfnOutput(self, names.OUTPUT_USAGE_TABLE, value=self.storage.usage_table.table_name)
        CfnOutput(self, names.OUTPUT_CATEGORIES_BUCKET, value=self.storage.categories_bucket.bucket_name)
        CfnOutput(self, names.OUTPUT_DASHBOARD, value=self.observability.dashboard.dashboard_name)
        for plan_name, usage_plan in self.api.usage_plans.items():
            CfnOutput(self, names.usage_plan_output(plan_name), value=usage_plan.usage_plan_id)
