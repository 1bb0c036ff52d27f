"""Wiring of the AWS adapters from settings (the `aws` backend)."""

from __future__ import annotations

from typing import Any

from spectrapi_core.errors import InternalError
from spectrapi_core.settings import Settings


def build_aws_stores(settings: Settings) -> dict[str, Any]:
    """Create the DynamoDB and S3 adapters named by the settings; boto3 is imported here, not at module load.

    The keys table is required. The authorizer function gets only that one, so the usage table and the categories
    bucket are wired when their names are set.
    """
    import boto3

    if not settings.keys_table:
        raise InternalError("SPECTRAPI_KEYS_TABLE is not set; the aws backend needs the stack's keys table name.")
    from spectrapi_core.stores.dynamodb_keys import DynamoDBKeyStore
    from spectrapi_core.stores.dynamodb_usage import DynamoDBUsageStore
    from spectrapi_core.stores.s3_categories import S3CategoryStore

    dynamodb = boto3.resource("dynamodb")
    stores: dict[str, Any] = {"key_store": DynamoDBKeyStore(dynamodb.Table(settings.keys_table))}
    if settings.usage_table:
        stores["usage_store"] = DynamoDBUsageStore(dynamodb.Table(settings.usage_table))
    if settings.categories_bucket:
        stores["category_store"] = S3CategoryStore(boto3.client("s3"), settings.categories_bucket)
    return stores
