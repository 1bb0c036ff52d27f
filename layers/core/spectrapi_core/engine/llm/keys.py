"""API key providers for the llm engine: an environment variable, or AWS Secrets Manager on Lambda."""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable
from typing import Any

from spectrapi_core.errors import UpstreamError


def env_key_provider(variable: str = "SPECTRAPI_LLM_API_KEY") -> Callable[[], str]:
    """Return a provider that reads the API key from an environment variable when first called."""

    def provide() -> str:
        value = os.environ.get(variable, "").strip()
        if not value:
            raise UpstreamError(f"The LLM API key is missing: set the {variable} environment variable.")
        return value

    return provide


def secrets_manager_key_provider(secret_id: str, client: Any = None) -> Callable[[], str]:
    """Return a provider that reads the API key from AWS Secrets Manager once and caches it.

    The secret may be the key itself or a JSON object with an `api_key` field. boto3 is imported on the
    first call, so building the provider costs nothing at import time.

    Args:
        secret_id: Name or ARN of the secret.
        client: A boto3 `secretsmanager` client; by default one is created from the environment.
    """
    cache: dict[str, str] = {}
    lock = threading.Lock()

    def provide() -> str:
        with lock:
            if "key" not in cache:
                cache["key"] = _read_secret(secret_id, client)
            return cache["key"]

    return provide


def _read_secret(secret_id: str, client: Any) -> str:
    if client is None:
        import boto3  # deferred: only Lambda deployments read the key from Secrets Manager

        client = boto3.client("secretsmanager")

    from botocore.exceptions import BotoCoreError, ClientError

    try:
        secret = client.get_secret_value(SecretId=secret_id).get("SecretString") or ""
    except (ClientError, BotoCoreError) as error:
        raise UpstreamError(
            f"Could not read the LLM API key from secret {secret_id!r} ({type(error).__name__}). "
            "Check the secret name and the function's secretsmanager:GetSecretValue permission."
        ) from None

    if secret.lstrip().startswith("{"):
        try:
            secret = str(json.loads(secret).get("api_key", ""))
        except (json.JSONDecodeError, AttributeError):
            secret = ""
    secret = secret.strip()
    if not secret:
        raise UpstreamError(
            f"Secret {secret_id!r} contains no LLM API key: store the key, or JSON with an api_key field."
        )
    return secret
