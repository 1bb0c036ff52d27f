"""The `UsageStore` contract over DynamoDB under moto."""

from __future__ import annotations

import threading
from types import SimpleNamespace

import pytest

from tests.aws_tables import REGION, USAGE_TABLE, create_usage_table
from tests.contract.usage_store_contract import StoreFactory, UsageStoreContract, minute

boto3 = pytest.importorskip("boto3")
moto = pytest.importorskip("moto")


@pytest.fixture
def usage_table(monkeypatch):
    for name in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN"):
        monkeypatch.setenv(name, "testing")
    monkeypatch.setenv("AWS_DEFAULT_REGION", REGION)
    with moto.mock_aws():
        create_usage_table(boto3.resource("dynamodb", region_name=REGION))
        yield USAGE_TABLE


class _SerializedCalls:
    """Run each call of a wrapped boto3 object under one lock.

    moto applies an `UpdateItem` as a read and a write without a lock, so two threads can lose an update; DynamoDB
    applies it atomically. Serializing single calls restores that guarantee while still interleaving the calls of
    concurrent `consume`s (increment, undo, read), which is what the adapter's own logic must survive.
    """

    def __init__(self, target, lock: threading.Lock) -> None:
        self._target = target
        self._lock = lock

    def __getattr__(self, name: str):
        attribute = getattr(self._target, name)
        if name in {"update_item", "batch_get_item", "get_item"}:

            def call(*args, **kwargs):
                with self._lock:
                    return attribute(*args, **kwargs)

            return call
        if name == "meta":
            return SimpleNamespace(client=_SerializedCalls(attribute.client, self._lock))
        return attribute


class TestDynamoDBUsageStore(UsageStoreContract):
    @pytest.fixture
    def make_store(self, usage_table: str) -> StoreFactory:
        from spectrapi_core.stores.dynamodb_usage import DynamoDBUsageStore

        lock = threading.Lock()

        # Each factory call builds its own resource and client, as separate Lambda containers would.
        def build() -> DynamoDBUsageStore:
            table = boto3.resource("dynamodb", region_name=REGION).Table(usage_table)
            return DynamoDBUsageStore(_SerializedCalls(table, lock))

        return build


def test_dynamodb_sets_expiry(usage_table):
    from spectrapi_core.stores.dynamodb_usage import EXPIRY_GRACE_S, DynamoDBUsageStore

    table = boto3.resource("dynamodb", region_name=REGION).Table(usage_table)
    window = minute(5)
    DynamoDBUsageStore(table).consume((window,))
    item = table.get_item(Key={"pk": window.scope, "sk": str(window.start)})["Item"]
    assert int(item["expires_at"]) == window.reset + EXPIRY_GRACE_S
    assert int(item["used"]) == 1
