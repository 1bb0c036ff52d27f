"""Behaviour every `CategoryStore` adapter must have.

An adapter's test module subclasses `CategoryStoreContract` (as `Test...`) and provides a `store` fixture that
returns an empty store; pytest then runs every test below against it.
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from spectrapi_core.stores.ports import CategoryExistsError, CategoryStore

ACCOUNT = "acct_contract0001"
OTHER_ACCOUNT = "acct_contract0002"
T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def schema_v(version: int) -> dict[str, Any]:
    """Build a schema that differs per version, with nesting and non-ASCII text to check the round trip."""
    return {
        "type": "object",
        "title": f"Véhicule v{version}",
        "properties": {
            "make": {"type": "string", "enum": ["BMW", "Škoda"]},
            "year": {"type": "integer", "minimum": 2000 + version},
            "dealer": {"type": "object", "properties": {"city": {"type": "string"}}},
        },
        "required": ["make"],
    }


def create(store: CategoryStore, category_id: str = "cat_vehicles", account: str = ACCOUNT, **overrides: Any):
    fields: dict[str, Any] = {"name": "Vehicles", "description": "Cars for sale", "schema": schema_v(1), "at": T0}
    fields.update(overrides)
    return store.create(account, category_id, **fields)


def put(store: CategoryStore, version: int, category_id: str = "cat_vehicles", account: str = ACCOUNT, **overrides):
    fields: dict[str, Any] = {
        "name": f"Vehicles {version}",
        "description": f"version {version}",
        "schema": schema_v(version),
        "at": T0 + timedelta(minutes=version),
    }
    fields.update(overrides)
    return store.put_version(account, category_id, **fields)


class CategoryStoreContract:
    """Tests shared by every adapter; the subclass supplies the `store` fixture."""

    @pytest.fixture
    def store(self) -> CategoryStore:
        raise NotImplementedError("the adapter's test class provides an empty store")

    def test_create_returns_version_one(self, store):
        created = create(store)
        assert created.version == 1
        assert created.category_id == "cat_vehicles"
        assert created.account_id == ACCOUNT
        assert created.created_at == T0
        assert created.updated_at == T0

    def test_get_round_trips_fields(self, store):
        create(store)
        fetched = store.get(ACCOUNT, "cat_vehicles")
        assert fetched is not None
        assert fetched.name == "Vehicles"
        assert fetched.description == "Cars for sale"
        assert fetched.schema == schema_v(1)
        assert fetched.created_at == T0
        assert fetched.updated_at == T0

    def test_get_unknown_is_none(self, store):
        assert store.get(ACCOUNT, "cat_nothing") is None

    def test_create_existing_id_raises(self, store):
        create(store)
        with pytest.raises(CategoryExistsError):
            create(store, name="Again")

    def test_create_existing_keeps_original(self, store):
        create(store)
        with pytest.raises(CategoryExistsError):
            create(store, name="Again", schema=schema_v(9))
        fetched = store.get(ACCOUNT, "cat_vehicles")
        assert fetched is not None
        assert fetched.name == "Vehicles"
        assert fetched.schema == schema_v(1)

    def test_put_version_increments(self, store):
        create(store)
        second = put(store, 2)
        third = put(store, 3)
        assert second is not None and second.version == 2
        assert third is not None and third.version == 3

    def test_put_version_keeps_created_at(self, store):
        create(store)
        second = put(store, 2)
        assert second is not None
        assert second.created_at == T0
        assert second.updated_at == T0 + timedelta(minutes=2)

    def test_get_latest_after_put(self, store):
        create(store)
        put(store, 2)
        latest = store.get(ACCOUNT, "cat_vehicles")
        assert latest is not None
        assert latest.version == 2
        assert latest.schema == schema_v(2)
        assert latest.name == "Vehicles 2"

    def test_old_versions_stay_readable(self, store):
        create(store)
        put(store, 2)
        put(store, 3)
        first = store.get(ACCOUNT, "cat_vehicles", 1)
        second = store.get(ACCOUNT, "cat_vehicles", 2)
        assert first is not None and first.schema == schema_v(1)
        assert first.name == "Vehicles"
        assert second is not None and second.schema == schema_v(2)

    def test_get_unknown_version_is_none(self, store):
        create(store)
        assert store.get(ACCOUNT, "cat_vehicles", 2) is None

    def test_put_version_unknown_is_none(self, store):
        assert put(store, 2, category_id="cat_nothing") is None

    def test_put_version_unknown_creates_nothing(self, store):
        put(store, 2, category_id="cat_nothing")
        assert store.get(ACCOUNT, "cat_nothing") is None

    def test_list_returns_latest_versions(self, store):
        create(store, "cat_b")
        create(store, "cat_a")
        put(store, 2, category_id="cat_b")
        listed = store.list_latest(ACCOUNT)
        assert [(c.category_id, c.version) for c in listed] == [("cat_a", 1), ("cat_b", 2)]

    def test_list_empty_account(self, store):
        assert store.list_latest(ACCOUNT) == []

    def test_accounts_isolated_on_get(self, store):
        create(store)
        assert store.get(OTHER_ACCOUNT, "cat_vehicles") is None

    def test_accounts_isolated_on_list(self, store):
        create(store)
        assert store.list_latest(OTHER_ACCOUNT) == []

    def test_accounts_isolated_on_put(self, store):
        create(store)
        assert put(store, 2, account=OTHER_ACCOUNT) is None
        latest = store.get(ACCOUNT, "cat_vehicles")
        assert latest is not None and latest.version == 1

    def test_accounts_isolated_on_delete(self, store):
        create(store)
        assert store.delete(OTHER_ACCOUNT, "cat_vehicles") is False
        assert store.get(ACCOUNT, "cat_vehicles") is not None

    def test_same_id_in_two_accounts(self, store):
        create(store, schema=schema_v(1))
        create(store, account=OTHER_ACCOUNT, schema=schema_v(5))
        mine = store.get(ACCOUNT, "cat_vehicles")
        theirs = store.get(OTHER_ACCOUNT, "cat_vehicles")
        assert mine is not None and mine.schema == schema_v(1)
        assert theirs is not None and theirs.schema == schema_v(5)

    def test_delete_existing_returns_true(self, store):
        create(store)
        assert store.delete(ACCOUNT, "cat_vehicles") is True

    def test_delete_unknown_returns_false(self, store):
        assert store.delete(ACCOUNT, "cat_nothing") is False

    def test_delete_hides_every_version(self, store):
        create(store)
        put(store, 2)
        store.delete(ACCOUNT, "cat_vehicles")
        assert store.get(ACCOUNT, "cat_vehicles") is None
        assert store.get(ACCOUNT, "cat_vehicles", 1) is None
        assert store.get(ACCOUNT, "cat_vehicles", 2) is None

    def test_delete_removes_from_list(self, store):
        create(store, "cat_a")
        create(store, "cat_b")
        store.delete(ACCOUNT, "cat_a")
        assert [c.category_id for c in store.list_latest(ACCOUNT)] == ["cat_b"]

    def test_delete_twice_returns_false(self, store):
        create(store)
        store.delete(ACCOUNT, "cat_vehicles")
        assert store.delete(ACCOUNT, "cat_vehicles") is False

    def test_put_after_delete_is_none(self, store):
        create(store)
        store.delete(ACCOUNT, "cat_vehicles")
        assert put(store, 2) is None

    def test_recreate_after_delete_restarts(self, store):
        create(store)
        put(store, 2)
        store.delete(ACCOUNT, "cat_vehicles")
        again = create(store, schema=schema_v(7), at=T0 + timedelta(days=1))
        assert again.version == 1
        fetched = store.get(ACCOUNT, "cat_vehicles")
        assert fetched is not None and fetched.schema == schema_v(7)
        assert fetched.created_at == T0 + timedelta(days=1)
        assert store.get(ACCOUNT, "cat_vehicles", 2) is None

    def test_concurrent_puts_get_distinct_versions(self, store):
        create(store)
        results: list[Any] = []
        errors: list[BaseException] = []

        def worker(number: int) -> None:
            try:
                results.append(put(store, number + 2))
            except BaseException as error:  # reported by the asserts below
                errors.append(error)

        threads = [threading.Thread(target=worker, args=(number,)) for number in range(6)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        assert errors == []
        assert sorted(result.version for result in results) == [2, 3, 4, 5, 6, 7]
        latest = store.get(ACCOUNT, "cat_vehicles")
        assert latest is not None and latest.version == 7

    def test_concurrent_creates_one_wins(self, store):
        outcomes: list[str] = []

        def worker(number: int) -> None:
            try:
                create(store, name=f"creator {number}")
                outcomes.append("created")
            except CategoryExistsError:
                outcomes.append("exists")

        threads = [threading.Thread(target=worker, args=(number,)) for number in range(6)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        assert sorted(outcomes) == ["created"] + ["exists"] * 5
