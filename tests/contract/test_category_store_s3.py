"""The category store contract against `S3CategoryStore` on a versioned bucket under moto."""

from __future__ import annotations

import threading

import pytest

from tests.aws_tables import CATEGORIES_BUCKET, REGION, SerializedCalls
from tests.contract.category_store_contract import ACCOUNT, CategoryStoreContract, create, put

boto3 = pytest.importorskip("boto3")
moto = pytest.importorskip("moto")


@pytest.fixture
def s3_client(monkeypatch):
    for name in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN"):
        monkeypatch.setenv(name, "testing")
    monkeypatch.setenv("AWS_DEFAULT_REGION", REGION)
    with moto.mock_aws():
        client = boto3.client("s3", region_name=REGION)
        client.create_bucket(Bucket=CATEGORIES_BUCKET)
        client.put_bucket_versioning(Bucket=CATEGORIES_BUCKET, VersioningConfiguration={"Status": "Enabled"})
        yield client


class TestS3CategoryStore(CategoryStoreContract):
    @pytest.fixture
    def store(self, s3_client):
        from spectrapi_core.stores.s3_categories import S3CategoryStore

        writes = {"put_object", "get_object", "delete_objects", "list_object_versions"}
        return S3CategoryStore(SerializedCalls(s3_client, threading.Lock(), writes), CATEGORIES_BUCKET)


def test_s3_versions_are_object_versions(s3_client):
    from spectrapi_core.stores.s3_categories import S3CategoryStore

    store = S3CategoryStore(s3_client, CATEGORIES_BUCKET)
    create(store)
    put(store, 2)
    put(store, 3)
    listed = s3_client.list_object_versions(Bucket=CATEGORIES_BUCKET, Prefix=f"categories/{ACCOUNT}/")["Versions"]
    assert len(listed) == 3
    assert store.get(ACCOUNT, "cat_vehicles", version=1).name == "Vehicles"


def test_s3_delete_removes_every_object_version(s3_client):
    from spectrapi_core.stores.s3_categories import S3CategoryStore

    store = S3CategoryStore(s3_client, CATEGORIES_BUCKET)
    create(store)
    put(store, 2)
    assert store.delete(ACCOUNT, "cat_vehicles")
    listed = s3_client.list_object_versions(Bucket=CATEGORIES_BUCKET, Prefix=f"categories/{ACCOUNT}/")
    assert listed.get("Versions", []) == []
    assert listed.get("DeleteMarkers", []) == []
