"""The category store contract against `SQLiteCategoryStore` on a temporary SQLite file."""

from __future__ import annotations

import pytest

from spectrapi_core.stores.sqlite import SQLiteDatabase
from spectrapi_core.stores.sqlite_categories import SQLiteCategoryStore
from tests.contract.category_store_contract import ACCOUNT, CategoryStoreContract, create


class TestSQLiteCategoryStore(CategoryStoreContract):
    @pytest.fixture
    def store(self, tmp_path):
        return SQLiteCategoryStore(SQLiteDatabase(tmp_path / "categories.sqlite3"))


def test_sqlite_store_survives_reopen(tmp_path):
    path = tmp_path / "categories.sqlite3"
    create(SQLiteCategoryStore(SQLiteDatabase(path)))
    reopened = SQLiteCategoryStore(SQLiteDatabase(path))
    fetched = reopened.get(ACCOUNT, "cat_vehicles")
    assert fetched is not None
    assert fetched.version == 1
