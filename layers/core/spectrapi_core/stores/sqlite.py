"""Embedded adapters over one SQLite file, for local use and tests.

One connection per thread (SQLite connections must not be shared across threads without care), WAL journal so
readers do not block the writer, and a busy timeout so concurrent writers wait instead of failing. Writes that must
be atomic run inside `BEGIN IMMEDIATE` transactions.
"""

from __future__ import annotations

import secrets
import sqlite3
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from spectrapi_core.ids import BASE36_ALPHABET
from spectrapi_core.stores.ports import Account, ApiKey, ConsumeResult, CounterWindow, WindowCount

BUSY_TIMEOUT_MS = 30_000

_KEY_SCHEMA = """
CREATE TABLE IF NOT EXISTS accounts (
    account_id      TEXT PRIMARY KEY,
    plan            TEXT NOT NULL,
    name            TEXT NOT NULL DEFAULT '',
    rate_per_minute INTEGER,
    created_at      TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS api_keys (
    key_id      TEXT PRIMARY KEY,
    key_hash    TEXT NOT NULL UNIQUE,
    account_id  TEXT NOT NULL REFERENCES accounts(account_id),
    mode        TEXT NOT NULL CHECK (mode IN ('live', 'test')),
    label       TEXT NOT NULL DEFAULT '',
    hint        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    revoked_at  TEXT
);
CREATE INDEX IF NOT EXISTS api_keys_by_account ON api_keys(account_id);
"""

_USAGE_SCHEMA = """
CREATE TABLE IF NOT EXISTS usage_counters (
    scope        TEXT NOT NULL,
    window_start INTEGER NOT NULL,
    reset_at     INTEGER NOT NULL,
    used         INTEGER NOT NULL,
    PRIMARY KEY (scope, window_start)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS usage_counters_by_reset ON usage_counters(reset_at);
"""


def _new_id(prefix: str) -> str:
    return prefix + "".join(secrets.choice(BASE36_ALPHABET) for _ in range(12))


def _to_text(moment: datetime | None) -> str | None:
    return None if moment is None else moment.astimezone(UTC).isoformat()


def _from_text(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def _enable_wal(conn: sqlite3.Connection) -> None:
    """Switch the file to WAL mode, waiting out other connections that are switching it at the same moment.

    Changing the journal mode needs an exclusive lock and can fail with "database is locked" at once, without
    waiting for the busy timeout, when several connections open a new file together.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            if conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.01)


class SQLiteDatabase:
    """A SQLite file shared by the embedded adapters, with one connection per thread."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        if str(path) != ":memory:":
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        # Writers of this process queue here. SQLite's own busy handler also serializes them, but it polls with
        # sleeps of up to 100 ms, which made concurrent requests of one server wait far longer than the write.
        self._write_lock = threading.Lock()

    def connection(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
            conn.row_factory = sqlite3.Row
            conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            _enable_wal(conn)
            conn.execute("PRAGMA foreign_keys=ON")
            self._local.conn = conn
        return conn

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Run statements in one `BEGIN IMMEDIATE` transaction: the write lock is taken up front.

        Threads of this process take `_write_lock` first; other processes on the same file still wait through
        SQLite's busy timeout.
        """
        conn = self.connection()
        with self._write_lock:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    def executescript(self, script: str) -> None:
        self.connection().executescript(script)


class SQLiteKeyStore:
    """`KeyStore` over SQLite: accounts and SHA-256 hashes of keys."""

    def __init__(self, db: SQLiteDatabase) -> None:
        self._db = db
        db.executescript(_KEY_SCHEMA)

    def create_account(self, plan: str, *, name: str = "", rate_per_minute: int | None = None) -> Account:
        account = Account(
            account_id=_new_id("acct_"),
            plan=plan,
            name=name,
            created_at=datetime.now(UTC),
            rate_per_minute=rate_per_minute,
        )
        with self._db.transaction() as conn:
            conn.execute(
                "INSERT INTO accounts (account_id, plan, name, rate_per_minute, created_at) VALUES (?, ?, ?, ?, ?)",
                (account.account_id, plan, name, rate_per_minute, _to_text(account.created_at)),
            )
        return account

    def get_account(self, account_id: str) -> Account | None:
        row = self._db.connection().execute("SELECT * FROM accounts WHERE account_id = ?", (account_id,)).fetchone()
        return None if row is None else self._account(row)

    def list_accounts(self) -> list[Account]:
        rows = self._db.connection().execute("SELECT * FROM accounts ORDER BY created_at").fetchall()
        return [self._account(row) for row in rows]

    def add_key(self, key: ApiKey) -> None:
        with self._db.transaction() as conn:
            conn.execute(
                "INSERT INTO api_keys (key_id, key_hash, account_id, mode, label, hint, created_at, revoked_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    key.key_id,
                    key.key_hash,
                    key.account_id,
                    key.mode,
                    key.label,
                    key.hint,
                    _to_text(key.created_at),
                    _to_text(key.revoked_at),
                ),
            )

    def find_key_by_hash(self, key_hash: str) -> ApiKey | None:
        row = self._db.connection().execute("SELECT * FROM api_keys WHERE key_hash = ?", (key_hash,)).fetchone()
        return None if row is None else self._key(row)

    def get_key(self, key_id: str) -> ApiKey | None:
        row = self._db.connection().execute("SELECT * FROM api_keys WHERE key_id = ?", (key_id,)).fetchone()
        return None if row is None else self._key(row)

    def list_keys(self, account_id: str | None = None) -> list[ApiKey]:
        conn = self._db.connection()
        if account_id is None:
            rows = conn.execute("SELECT * FROM api_keys ORDER BY created_at").fetchall()
        else:
            rows = conn.execute(
                "SELECT * FROM api_keys WHERE account_id = ? ORDER BY created_at", (account_id,)
            ).fetchall()
        return [self._key(row) for row in rows]

    def revoke_key(self, key_id: str, *, at: datetime) -> ApiKey | None:
        with self._db.transaction() as conn:
            conn.execute(
                "UPDATE api_keys SET revoked_at = COALESCE(revoked_at, ?) WHERE key_id = ?",
                (_to_text(at), key_id),
            )
        return self.get_key(key_id)

    @staticmethod
    def _account(row: sqlite3.Row) -> Account:
        return Account(
            account_id=row["account_id"],
            plan=row["plan"],
            name=row["name"],
            created_at=_from_text(row["created_at"]) or datetime.now(UTC),
            rate_per_minute=row["rate_per_minute"],
        )

    @staticmethod
    def _key(row: sqlite3.Row) -> ApiKey:
        return ApiKey(
            key_id=row["key_id"],
            key_hash=row["key_hash"],
            account_id=row["account_id"],
            mode=row["mode"],
            label=row["label"],
            hint=row["hint"],
            created_at=_from_text(row["created_at"]) or datetime.now(UTC),
            revoked_at=_from_text(row["revoked_at"]),
        )


class SQLiteUsageStore:
    """`UsageStore` over SQLite: one row per (scope, window_start), updated inside `BEGIN IMMEDIATE`.

    The immediate transaction takes the database's write lock before reading the counts, so a check and its
    increment cannot interleave with another process's. Rows of windows that have ended are deleted on each
    `consume`.
    """

    def __init__(self, db: SQLiteDatabase) -> None:
        self._db = db
        db.executescript(_USAGE_SCHEMA)

    def consume(self, windows: Sequence[CounterWindow]) -> ConsumeResult:
        with self._db.transaction() as conn:
            counts = tuple(WindowCount(window, self._used(conn, window)) for window in windows)
            admitted = not any(count.full for count in counts)
            if admitted:
                for window in windows:
                    conn.execute(
                        "INSERT INTO usage_counters (scope, window_start, reset_at, used) VALUES (?, ?, ?, 1)"
                        " ON CONFLICT (scope, window_start) DO UPDATE SET used = used + 1",
                        (window.scope, window.start, window.reset),
                    )
                counts = tuple(WindowCount(count.window, count.used + 1) for count in counts)
            if windows:
                # Every window given starts at or before now, so a row that reset by the latest start has ended.
                conn.execute("DELETE FROM usage_counters WHERE reset_at <= ?", (max(w.start for w in windows),))
        return ConsumeResult(admitted=admitted, counts=counts)

    def peek(self, windows: Sequence[CounterWindow]) -> tuple[WindowCount, ...]:
        conn = self._db.connection()
        # One read transaction, so every window is read from the same snapshot.
        conn.execute("BEGIN")
        try:
            return tuple(WindowCount(window, self._used(conn, window)) for window in windows)
        finally:
            conn.execute("COMMIT")

    @staticmethod
    def _used(conn: sqlite3.Connection, window: CounterWindow) -> int:
        row = conn.execute(
            "SELECT used FROM usage_counters WHERE scope = ? AND window_start = ?", (window.scope, window.start)
        ).fetchone()
        return 0 if row is None else int(row["used"])
