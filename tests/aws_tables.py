"""Create the stack's DynamoDB tables and S3 bucket under moto, with the key schemas the stack declares."""

from __future__ import annotations

from typing import Any

KEYS_TABLE = "spectrapi-keys-test"
USAGE_TABLE = "spectrapi-usage-test"
CATEGORIES_BUCKET = "spectrapi-categories-test"
REGION = "us-east-1"


def create_keys_table(dynamodb: Any, name: str = KEYS_TABLE) -> Any:
    return dynamodb.create_table(
        TableName=name,
        BillingMode="PAY_PER_REQUEST",
        AttributeDefinitions=[
            {"AttributeName": "pk", "AttributeType": "S"},
            {"AttributeName": "key_id", "AttributeType": "S"},
            {"AttributeName": "account_id", "AttributeType": "S"},
        ],
        KeySchema=[{"AttributeName": "pk", "KeyType": "HASH"}],
        GlobalSecondaryIndexes=[
            {
                "IndexName": "by_key_id",
                "KeySchema": [{"AttributeName": "key_id", "KeyType": "HASH"}],
                "Projection": {"ProjectionType": "ALL"},
            },
            {
                "IndexName": "by_account",
                "KeySchema": [{"AttributeName": "account_id", "KeyType": "HASH"}],
                "Projection": {"ProjectionType": "ALL"},
            },
        ],
    )


def create_usage_table(dynamodb: Any, name: str = USAGE_TABLE) -> Any:
    return dynamodb.create_table(
        TableName=name,
        BillingMode="PAY_PER_REQUEST",
        AttributeDefinitions=[
            {"AttributeName": "pk", "AttributeType": "S"},
            {"AttributeName": "sk", "AttributeType": "S"},
        ],
        KeySchema=[{"AttributeName": "pk", "KeyType": "HASH"}, {"AttributeName": "sk", "KeyType": "RANGE"}],
    )
