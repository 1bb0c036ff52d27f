"""Names that the stack, the Lambda functions, the CLI and the infrastructure tests share.

Change a name here and every user of it follows. Environment variable names are part of the contract with the
functions' settings model, and output names are part of the contract with
`spectrapi keys create --backend aws`.
"""

from __future__ import annotations

# Context keys (`cdk deploy -c KEY=VALUE`), with their defaults in `infra.config`.
CONTEXT_STACK_NAME = "stackName"
CONTEXT_AUTHORIZER_CACHE_TTL = "authorizerCacheTtl"
CONTEXT_LLM_SECRET_NAME = "llmSecretName"
CONTEXT_LLM_BASE_URL = "llmBaseUrl"
CONTEXT_LLM_MODEL = "llmModel"
CONTEXT_DESTROY_DATA = "destroyData"
CONTEXT_CORS_ALLOW_ORIGIN = "corsAllowOrigin"
CONTEXT_API_MEMORY_MB = "apiMemoryMb"
CONTEXT_LOG_LEVEL = "logLevel"
CONTEXT_LOG_RETENTION_DAYS = "logRetentionDays"
CONTEXT_XRAY_TRACING = "xrayTracing"
CONTEXT_ALARM_TOPIC_ARN = "alarmTopicArn"
CONTEXT_NAG = "nag"

# Paths of the Lambda entry points and the layer, relative to the repository root.
AUTHORIZER_CODE_DIR = "functions/authorizer"
API_CODE_DIR = "functions/api"
CORE_PACKAGE_DIR = "layers/core/spectrapi_core"
LAYER_REQUIREMENTS_FILE = "infra/layer-requirements.txt"
FUNCTION_HANDLER = "handler.handler"

# Directory on Lambda's path where a layer's `python/` folder is unpacked.
LAYER_PYTHON_PATH = "/opt/python"

# API layout.
STAGE_NAME = "prod"
API_BASE_PATH = "api/v1"
OPENAPI_PATH_PART = "openapi.json"
CONSOLE_PATH_PART = "console"
AUTHORIZATION_HEADER = "Authorization"
AUTHORIZER_IDENTITY_SOURCE = f"method.request.header.{AUTHORIZATION_HEADER}"

# API Gateway's integration timeout for REST APIs (the default maximum) and the api function's timeout below
# it, so the function ends and writes its own error before the gateway gives up.
INTEGRATION_TIMEOUT_SECONDS = 29
API_FUNCTION_TIMEOUT_SECONDS = 28
AUTHORIZER_FUNCTION_TIMEOUT_SECONDS = 5

# Environment variables read by the functions.
ENV_KEYS_TABLE = "SPECTRAPI_KEYS_TABLE"
ENV_USAGE_TABLE = "SPECTRAPI_USAGE_TABLE"
ENV_CATEGORIES_BUCKET = "SPECTRAPI_CATEGORIES_BUCKET"
ENV_PLANS_FILE = "SPECTRAPI_PLANS_FILE"
ENV_BACKEND = "SPECTRAPI_BACKEND"
ENV_ENGINE = "SPECTRAPI_ENGINE"
ENV_LLM_SECRET_NAME = "SPECTRAPI_LLM_SECRET_NAME"
ENV_LLM_BASE_URL = "SPECTRAPI_LLM_BASE_URL"
ENV_LLM_MODEL = "SPECTRAPI_LLM_MODEL"
ENV_AUTHORIZER_CACHE_TTL = "SPECTRAPI_AUTHORIZER_CACHE_TTL"
ENV_CORS_ALLOW_ORIGIN = "SPECTRAPI_CORS_ALLOW_ORIGIN"
ENV_USAGE_PLAN_PREFIX = "SPECTRAPI_USAGE_PLAN_"
ENV_POWERTOOLS_SERVICE_NAME = "POWERTOOLS_SERVICE_NAME"
ENV_POWERTOOLS_METRICS_NAMESPACE = "POWERTOOLS_METRICS_NAMESPACE"
ENV_POWERTOOLS_LOG_LEVEL = "POWERTOOLS_LOG_LEVEL"

# Powertools Metrics (EMF): namespace and the metric names the service emits. Powertools adds the `service`
# dimension to every metric; `errors` also carries the error code as the `code` dimension.
SERVICE_NAME = "spectrapi"
METRICS_NAMESPACE = "SpectrAPI"
METRIC_SERVICE_DIMENSION = "service"
METRIC_LATENCY = "latency_ms"
METRIC_RECORDS_GENERATED = "records_generated"
METRIC_ERRORS = "errors"
METRIC_ERRORS_CODE_DIMENSION = "code"
METRIC_LLM_TOKENS = "llm_tokens"

# Stack outputs.
OUTPUT_API_URL = "ApiUrl"
OUTPUT_REST_API_ID = "RestApiId"
OUTPUT_KEYS_TABLE = "KeysTableName"
OUTPUT_USAGE_TABLE = "UsageTableName"
OUTPUT_CATEGORIES_BUCKET = "CategoriesBucketName"
OUTPUT_DASHBOARD = "DashboardName"
OUTPUT_USAGE_PLAN_PREFIX = "UsagePlanId"

# DynamoDB key schema and indexes, shared with the AWS store adapters.
KEYS_TABLE_PARTITION_KEY = "pk"
KEYS_INDEX_BY_KEY_ID = "by_key_id"
KEYS_INDEX_BY_KEY_ID_ATTRIBUTE = "key_id"
KEYS_INDEX_BY_ACCOUNT = "by_account"
KEYS_INDEX_BY_ACCOUNT_ATTRIBUTE = "account_id"
USAGE_TABLE_PARTITION_KEY = "pk"
USAGE_TABLE_SORT_KEY = "sk"
USAGE_TABLE_TTL_ATTRIBUTE = "expires_at"


def usage_plan_env_var(plan_name: str) -> str:
    """Return the environment variable with a plan's usage plan id, e.g. `SPECTRAPI_USAGE_PLAN_FREE`."""
    return f"{ENV_USAGE_PLAN_PREFIX}{plan_name.upper()}"


def usage_plan_output(plan_name: str) -> str:
    """Return the stack output name that carries a plan's usage plan id, e.g. `UsagePlanIdFree`."""
    return f"{OUTPUT_USAGE_PLAN_PREFIX}{plan_name.title()}"
