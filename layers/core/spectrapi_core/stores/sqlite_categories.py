"""`CategoryStore` over the shared SQLite file: one row per category version.

A category exists while it has rows. Deleting removes every row, so the id is free again and a category created
under it later starts at version 1.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from typing import Any

from spectrapi_core.stores.ports import Category, CategoryExistsError
from spectrapi_core.stores.sqlite import SQLiteDatabase, _from_text, _to_text

_CATEGORY_SCHEMA = """
CREATE TABLE IF NOT EXISTS category_versions (
    account_id   TEXT NOT NULL,
    category_id  TEXT NOT NULL,
    version      INTEGER NOT NULL CHECK (version >= 1),
    name         TEXT NOT NULL,
    description  TEXT NOT NULL DEFAULT '',
    schema_json  TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    PRIMARY KEY (account_id, category_id, version)
);
"""


class SQLiteCategoryStore:
    """`CategoryStore` over SQLite; writes run in `BEGIN IMMEDIATE` transactions so versions never collide."""

    def __init__(self, db: SQLiteDatabase) -> None:
        self._db = db
        db.executescript(_CATEGORY_SCHEMA)

    def create(
        self, account_id: str, category_id: str, *, name: str, description: str, schema: dict[str, Any], at: datetime
    ) -> Category:
        category = Category(
            account_id=account_id,
            category_id=category_id,
            version=1,
            name=name,
            description=description,
            schema=schema,
            created_at=at,
            updated_at=at,
        )
        with self._db.transaction() as conn:
            existing = conn.execute(
                "SELECT 1 FROM category_versions WHERE account_id = ? AND category_id = ? LIMIT 1",
                (account_id, category_id),
            ).fetchone()
            if existing is not None:
                raise CategoryExistsError(category_id)
            self._insert(conn, category)
        return category

    def get(self, account_id: str, category_id: str, version: int | None = None) -> Category | None:
        conn = self._db.connection()
        if version is None:
            row = conn.execute(
                "SELECT * FROM category_versions WHERE account_id = ? AND category_id = ? "
                "ORDER BY version DESC LIMIT 1",
                (account_id, category_id),
            ).fetchone()
        else:
            row = conn.execute(
                "SELECT * FROM category_versions WHERE account_id = ? AND category_id = ? AND version = ?",
                (account_id, category_id, version),
            ).fetchone()
        return None if row is None else self._category(row)

    def list_latest(self, account_id: str) -> list[Category]:
        rows = (
            self._db.connection()
            .execute(
                "SELECT v.* FROM category_versions AS v "
                "JOIN (SELECT category_id, MAX(version) AS version FROM category_versions "
                "      WHERE account_id = ? GROUP BY category_id) AS latest "
                "ON v.category_id = latest.category_id AND v.version = latest.version "
                "WHERE v.account_id = ? ORDER BY v.category_id",
                (account_id, account_id),
            )
            .fetchall()
        )
        return [self._category(row) for row in rows]

    def put_version(
        self, account_id: str, category_id: str, *, name: str, description: str, schema: dict[str, Any], at: datetime
    ) -> Category | None:
        with self._db.transaction() as conn:
            latest = conn.execute(
                "SELECT version, created_at FROM category_versions WHERE account_id = ? AND category_id = ? "
                "ORDER BY version DESC LIMIT 1",
                (account_id, category_id),
            ).fetchone()
            if latest is None:
                return None
            category = Category(
                account_id=account_id,
                category_id=category_id,
                version=latest["version"] + 1,
                name=name,
                description=description,
                schema=schema,
                created_at=_from_text(latest["created_at"]) or at,
                updated_at=at,
            )
            self._insert(conn, category)
        return category

    def delete(self, account_id: str, category_id: str) -> bool:
        with self._db.transaction() as conn:
            cursor = conn.execute(
                "DELETE FROM category_versions WHERE account_id = ? AND category_id = ?", (account_id, category_id)
            )
        return cursor.rowcount > 0

    @staticmethod
    def _insert(conn: sqlite3.Connection, category: Category) -> None:
        conn.execute(
            "INSERT INTO category_versions (account_id, category_id, version, name, description, schema_json,"
            " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                category.account_id,
                category.category_id,
                category.version,
                category.name,
                category.description,
                json.dumps(category.schema, ensure_ascii=False, separators=(",", ":")),
                _to_text(category.created_at),
                _to_text(category.updated_at),
            ),
        )

    @staticmethod
    def _category(row: sqlite3.Row) -> Category:
        created_at = _from_text(row["created_at"])
        updated_at = _from_text(row["updated_at"])
        assert created_at is not None and updated_at is not None  # both columns are NOT NULL
        return Category(
            account_id=row["account_id"],
            category_id=row["category_id"],
            version=row["version"],
            name=row["name"],
            description=row["description"],
            schema=json.loads(row["schema_json"]),
            created_at=created_at,
            updated_at=updated_at,
        )
