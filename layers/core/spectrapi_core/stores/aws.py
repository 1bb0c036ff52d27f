"""Wiring of the AWS adapters from settings (the `aws` backend)."""

from __future__ import annotations

from typing import Any

from spectrapi_core.errors import InternalError
from spectrapi_core.settings import Settings


def build_aws_stores(settings: Settings) -> dict[str, Any]:
    """Create the DynamoDB and S3 adapters named by the settings; boto3 is imported here, not at module load."""
    import boto3

    missing = [
        name
        for name, value in (
            ("SPECTRAPI_KEYS_TABLE", settings.keys_table),
            ("SPECTRAPI_USAGE_TABLE", settings.usage_table),
        )
        if not value
    ]
    if missing:
        raise InternalError(f"{', '.join(missing)} not set; the aws backend needs the stack's table names.")
    from spectrapi_core.stores.dynamodb_keys import DynamoDBKeyStore
    from spectrapi_core.stores.dynamodb_usage import DynamoDBUsageStore

    dynamodb = boto3.resource("dynamodb")
    return {
        "key_store": DynamoDBKeyStore(dynamodb.Table(settings.keys_table)),
        "usage_store": DynamoDBUsageStore(dynamodb.Table(settings.usage_table)),
    }
