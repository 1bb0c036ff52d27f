"""The `UsageStore` contract over a SQLite file, plus what is specific to the SQLite adapter."""

from __future__ import annotations

from pathlib import Path

import pytest

from spectrapi_core.stores.sqlite import SQLiteDatabase, SQLiteUsageStore
from tests.contract.usage_store_contract import MINUTE_START, StoreFactory, UsageStoreContract, minute, month


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "usage.sqlite3"


class TestSQLiteUsageStore(UsageStoreContract):
    @pytest.fixture
    def make_store(self, db_path: Path) -> StoreFactory:
        return lambda: SQLiteUsageStore(SQLiteDatabase(db_path))


def count_rows(db_path: Path) -> int:
    return int(SQLiteDatabase(db_path).connection().execute("SELECT COUNT(*) FROM usage_counters").fetchone()[0])


def test_sqlite_prunes_ended_windows(db_path):
    store = SQLiteUsageStore(SQLiteDatabase(db_path))
    for offset in range(5):
        store.consume((minute(10, start=MINUTE_START + 60 * offset), month(100)))
    assert count_rows(db_path) == 2


def test_sqlite_keeps_current_windows(db_path):
    store = SQLiteUsageStore(SQLiteDatabase(db_path))
    store.consume((minute(10, scope="rate:key_a"), month(100)))
    store.consume((minute(10, scope="rate:key_b"), month(100)))
    assert count_rows(db_path) == 3
