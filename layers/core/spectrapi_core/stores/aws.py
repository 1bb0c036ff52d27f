"""Wiring of the AWS adapters from settings (the `aws` backend)."""

from __future__ import annotations

from typing import Any

from spectrapi_core.errors import InternalError
from spectrapi_core.settings import Settings


def build_aws_stores(settings: Settings) -> dict[str, Any]:
    """Create the DynamoDB and S3 adapters named by the settings; boto3 is imported here, not at module load."""
    import boto3

    if not settings.keys_table:
        raise InternalError("SPECTRAPI_KEYS_TABLE is not set; the aws backend needs the keys table name.")
    from spectrapi_core.stores.dynamodb_keys import DynamoDBKeyStore

    dynamodb = boto3.resource("dynamodb")
    return {"key_store": DynamoDBKeyStore(dynamodb.Table(settings.keys_table))}
