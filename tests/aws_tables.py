"""Create the stack's DynamoDB tables and S3 bucket under moto, with the key schemas the stack declares."""

from __future__ import annotations

import threading
from types import SimpleNamespace
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


class SerializedCalls:
    """Run the named calls of a wrapped boto3 object one at a time, under one lock.

    moto applies a conditional write (a DynamoDB `UpdateItem`, an S3 `PutObject` with `If-Match`) as a check and a
    write without a lock, so two threads can both pass the check; AWS applies each call atomically. Serializing
    single calls restores that guarantee while the calls of concurrent operations still interleave, which is what
    the adapters' own logic (retries, undo, reads between writes) must survive.
    """

    def __init__(self, target: Any, lock: threading.Lock, methods: set[str]) -> None:
        self._target = target
        self._lock = lock
        self._methods = methods

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self._target, name)
        if name in self._methods:

            def call(*args: Any, **kwargs: Any) -> Any:
                with self._lock:
                    return attribute(*args, **kwargs)

            return call
        if name == "meta" and hasattr(attribute, "client"):
            return SimpleNamespace(client=SerializedCalls(attribute.client, self._lock, self._methods))
        return attribute
