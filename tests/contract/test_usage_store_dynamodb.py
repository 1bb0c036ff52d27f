"""The `UsageStore` contract over DynamoDB under moto."""

from __future__ import annotations

import threading

import pytest

from tests.aws_tables import REGION, USAGE_TABLE, SerializedCalls, create_usage_table
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


class TestDynamoDBUsageStore(UsageStoreContract):
    @pytest.fixture
    def make_store(self, usage_table: str) -> StoreFactory:
        from spectrapi_core.stores.dynamodb_usage import DynamoDBUsageStore

        lock = threading.Lock()

        # Each factory call builds its own resource and client, as separate Lambda containers would.
        def build() -> DynamoDBUsageStore:
            table = boto3.resource("dynamodb", region_name=REGION).Table(usage_table)
            return DynamoDBUsageStore(SerializedCalls(table, lock, {"update_item", "batch_get_item", "get_item"}))

        return build


def test_dynamodb_sets_expiry(usage_table):
    from spectrapi_core.stores.dynamodb_usage import EXPIRY_GRACE_S, DynamoDBUsageStore

    table = boto3.resource("dynamodb", region_name=REGION).Table(usage_table)
    window = minute(5)
    DynamoDBUsageStore(table).consume((window,))
    item = table.get_item(Key={"pk": window.scope, "sk": str(window.start)})["Item"]
    assert int(item["expires_at"]) == window.reset + EXPIRY_GRACE_S
    assert int(item["used"]) == 1
