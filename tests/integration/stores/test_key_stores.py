"""The KeyStore contract, run against the SQLite adapter and the DynamoDB adapter under moto."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from spectrapi_core.errors import BadRequestError, InvalidApiKeyError, NotFoundError
from spectrapi_core.service.keys import authenticate, create_key, revoke_key
from spectrapi_core.stores.sqlite import SQLiteDatabase, SQLiteKeyStore
from tests.aws_tables import REGION, create_keys_table


@pytest.fixture(params=["sqlite", "dynamodb"])
def key_store(request, tmp_path, monkeypatch):
    if request.param == "sqlite":
        yield SQLiteKeyStore(SQLiteDatabase(tmp_path / "keys.sqlite3"))
        return
    boto3 = pytest.importorskip("boto3")
    moto = pytest.importorskip("moto")
    for name in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN"):
        monkeypatch.setenv(name, "testing")
    monkeypatch.setenv("AWS_DEFAULT_REGION", REGION)
    from spectrapi_core.stores.dynamodb_keys import DynamoDBKeyStore

    with moto.mock_aws():
        yield DynamoDBKeyStore(create_keys_table(boto3.resource("dynamodb", region_name=REGION)))


def test_create_key_round_trip(key_store):
    created = create_key(key_store, plan="pro", mode="test", label="ci")
    found = key_store.find_key_by_hash(created.key.key_hash)
    assert found == created.key
    assert key_store.get_key(created.key.key_id) == created.key
    assert key_store.get_account(created.account.account_id) == created.account
    assert created.secret not in repr(found)


def test_authenticate_resolves_principal(key_store):
    created = create_key(key_store, plan="enterprise", rate_per_minute=3)
    principal = authenticate(key_store, f"Bearer {created.secret}")
    assert principal.key_id == created.key.key_id
    assert principal.plan == "enterprise"
    assert principal.mode == "live"
    assert principal.rate_per_minute == 3


def test_revoked_key_rejected(key_store):
    created = create_key(key_store, plan="free")
    first = revoke_key(key_store, created.key.key_id, now=datetime(2026, 1, 1, tzinfo=UTC))
    second = revoke_key(key_store, created.key.key_id, now=datetime(2026, 2, 1, tzinfo=UTC))
    assert first.revoked_at == datetime(2026, 1, 1, tzinfo=UTC)
    assert second.revoked_at == first.revoked_at
    with pytest.raises(InvalidApiKeyError, match="revoked"):
        authenticate(key_store, f"Bearer {created.secret}")


def test_revoke_unknown_key_is_404(key_store):
    with pytest.raises(NotFoundError, match="key_missing"):
        revoke_key(key_store, "key_missing")


def test_second_key_shares_account(key_store):
    first = create_key(key_store, plan="pro")
    second = create_key(key_store, account_id=first.account.account_id, mode="test")
    assert second.account == first.account
    listed = key_store.list_keys(first.account.account_id)
    assert [key.key_id for key in listed] == [first.key.key_id, second.key.key_id]
    assert {key.key_id for key in key_store.list_keys()} == {first.key.key_id, second.key.key_id}


def test_test_secret_does_not_match_live_mode(key_store):
    created = create_key(key_store, plan="pro", mode="live")
    forged = "sk_test_" + created.secret.removeprefix("sk_live_")
    with pytest.raises(InvalidApiKeyError):
        authenticate(key_store, f"Bearer {forged}")


def test_unknown_plan_rejected(key_store):
    with pytest.raises(BadRequestError, match="free, pro, enterprise"):
        create_key(key_store, plan="gold")


def test_unknown_account_rejected(key_store):
    with pytest.raises(NotFoundError, match="acct_nope"):
        create_key(key_store, account_id="acct_nope")
