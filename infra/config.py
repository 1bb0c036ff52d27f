"""Deployment settings read from CDK context (`cdk.json` or `cdk deploy -c KEY=VALUE`), checked once."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from aws_cdk import aws_logs as logs
from constructs import Construct

from infra import names

# API Gateway allows an authorizer cache of up to 3600 s. SpectrAPI caps it at 60 s because a cached "allow"
# outlives a revoked key by up to that long.
MAX_AUTHORIZER_CACHE_TTL_SECONDS = 60
# The api function is named "<stack name>-api", and Lambda function names have at most 64 characters.
MAX_STACK_NAME_LENGTH = 60
STACK_NAME_PATTERN = re.compile(rf"[A-Za-z][A-Za-z0-9-]{{0,{MAX_STACK_NAME_LENGTH - 1}}}")
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")
# The retention periods CloudWatch Logs accepts, in days, with the CDK `RetentionDays` member for each.
LOG_RETENTION: dict[int, logs.RetentionDays] = {
    1: logs.RetentionDays.ONE_DAY,
    3: logs.RetentionDays.THREE_DAYS,
    5: logs.RetentionDays.FIVE_DAYS,
    7: logs.RetentionDays.ONE_WEEK,
    14: logs.RetentionDays.TWO_WEEKS,
    30: logs.RetentionDays.ONE_MONTH,
    60: logs.RetentionDays.TWO_MONTHS,
    90: logs.RetentionDays.THREE_MONTHS,
    120: logs.RetentionDays.FOUR_MONTHS,
    150: logs.RetentionDays.FIVE_MONTHS,
    180: logs.RetentionDays.SIX_MONTHS,
    365: logs.RetentionDays.ONE_YEAR,
    400: logs.RetentionDays.THIRTEEN_MONTHS,
    545: logs.RetentionDays.EIGHTEEN_MONTHS,
    731: logs.RetentionDays.TWO_YEARS,
    1096: logs.RetentionDays.THREE_YEARS,
    1827: logs.RetentionDays.FIVE_YEARS,
    2192: logs.RetentionDays.SIX_YEARS,
    2557: logs.RetentionDays.SEVEN_YEARS,
}

DEFAULTS: dict[str, Any] = {
    names.CONTEXT_STACK_NAME: "SpectrAPI",
    names.CONTEXT_AUTHORIZER_CACHE_TTL: 60,
    names.CONTEXT_LLM_SECRET_NAME: "",
    names.CONTEXT_LLM_BASE_URL: "",
    names.CONTEXT_LLM_MODEL: "",
    names.CONTEXT_DESTROY_DATA: False,
    names.CONTEXT_CORS_ALLOW_ORIGIN: "*",
    # NOTE: 1024 MB is a starting point, not a measured size. Tune it by measuring duration and cost at a few
    # sizes under real traffic.
    names.CONTEXT_API_MEMORY_MB: 1024,
    names.CONTEXT_LOG_LEVEL: "INFO",
    names.CONTEXT_LOG_RETENTION_DAYS: 30,
    names.CONTEXT_XRAY_TRACING: False,
    names.CONTEXT_ALARM_TOPIC_ARN: "",
    names.CONTEXT_NAG: True,
}


@dataclass(frozen=True)
class DeploySettings:
    """Checked deployment settings; `from_context` documents each field's context key."""

    stack_name: str
    authorizer_cache_ttl: int
    llm_secret_name: str | None
    llm_base_url: str | None
    llm_model: str | None
    destroy_data: bool
    cors_allow_origin: str
    api_memory_mb: int
    log_level: str
    log_retention: logs.RetentionDays
    xray_tracing: bool
    alarm_topic_arn: str | None
    nag: bool

    @classmethod
    def from_context(cls, scope: Construct) -> DeploySettings:
        """Read every setting from the CDK context of `scope`, falling back to `DEFAULTS`.

        Raises:
            ValueError: a value has the wrong type or is out of range; the message names the context key.
        """

        def read(key: str) -> Any:
            value = scope.node.try_get_context(key)
            return DEFAULTS[key] if value is None else value

        ttl = _to_int(names.CONTEXT_AUTHORIZER_CACHE_TTL, read(names.CONTEXT_AUTHORIZER_CACHE_TTL))
        if not 0 <= ttl <= MAX_AUTHORIZER_CACHE_TTL_SECONDS:
            raise ValueError(
                f"context {names.CONTEXT_AUTHORIZER_CACHE_TTL}={ttl} is out of range: use 0 to "
                f"{MAX_AUTHORIZER_CACHE_TTL_SECONDS} seconds (it is how long a revoked key keeps working)"
            )

        stack_name = str(read(names.CONTEXT_STACK_NAME))
        if not STACK_NAME_PATTERN.fullmatch(stack_name):
            raise ValueError(
                f"context {names.CONTEXT_STACK_NAME}={stack_name!r} is invalid: use a letter followed by "
                f"up to {MAX_STACK_NAME_LENGTH - 1} letters, digits or hyphens"
            )

        memory = _to_int(names.CONTEXT_API_MEMORY_MB, read(names.CONTEXT_API_MEMORY_MB))
        if not 128 <= memory <= 10240:
            raise ValueError(f"context {names.CONTEXT_API_MEMORY_MB}={memory} is out of range: use 128 to 10240 MB")

        log_level = str(read(names.CONTEXT_LOG_LEVEL)).upper()
        if log_level not in LOG_LEVELS:
            raise ValueError(f"context {names.CONTEXT_LOG_LEVEL}={log_level!r} is invalid: use one of {LOG_LEVELS}")

        retention = _to_int(names.CONTEXT_LOG_RETENTION_DAYS, read(names.CONTEXT_LOG_RETENTION_DAYS))
        if retention not in LOG_RETENTION:
            raise ValueError(
                f"context {names.CONTEXT_LOG_RETENTION_DAYS}={retention} is not a CloudWatch Logs retention "
                f"period: use one of {sorted(LOG_RETENTION)}"
            )

        return cls(
            stack_name=stack_name,
            authorizer_cache_ttl=ttl,
            llm_secret_name=str(read(names.CONTEXT_LLM_SECRET_NAME)) or None,
            llm_base_url=str(read(names.CONTEXT_LLM_BASE_URL)) or None,
            llm_model=str(read(names.CONTEXT_LLM_MODEL)) or None,
            destroy_data=_to_bool(names.CONTEXT_DESTROY_DATA, read(names.CONTEXT_DESTROY_DATA)),
            cors_allow_origin=str(read(names.CONTEXT_CORS_ALLOW_ORIGIN)),
            api_memory_mb=memory,
            log_level=log_level,
            log_retention=LOG_RETENTION[retention],
            xray_tracing=_to_bool(names.CONTEXT_XRAY_TRACING, read(names.CONTEXT_XRAY_TRACING)),
            alarm_topic_arn=str(read(names.CONTEXT_ALARM_TOPIC_ARN)) or None,
            nag=_to_bool(names.CONTEXT_NAG, read(names.CONTEXT_NAG)),
        )


def _to_int(key: str, value: Any) -> int:
    """Convert a context value to int; `-c` on the command line always passes strings."""
    if isinstance(value, bool):
        raise ValueError(f"context {key}={value!r} is invalid: use a whole number")
    try:
        return int(value)
    except (TypeError, ValueError):
        raise ValueError(f"context {key}={value!r} is invalid: use a whole number") from None


def _to_bool(key: str, value: Any) -> bool:
    """Convert a context value to bool, accepting JSON booleans and the strings true/false."""
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("true", "1", "yes"):
        return True
    if text in ("false", "0", "no", ""):
        return False
    raise ValueError(f"context {key}={value!r} is invalid: use true or false")
