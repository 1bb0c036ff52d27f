"""Storage ports. The service depends on these Protocols only; adapters live beside them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal, Protocol

KeyMode = Literal["live", "test"]


@dataclass(frozen=True)
class Account:
    """A customer account: owns keys and categories, and has one plan."""

    account_id: str
    plan: str
    name: str
    created_at: datetime
    rate_per_minute: int | None = None
    """Per-minute rate for plans whose rate is set per account (Enterprise); None uses the plan default."""


@dataclass(frozen=True)
class ApiKey:
    """Stored view of an API key: only the SHA-256 hash of the secret is kept."""

    key_id: str
    key_hash: str
    account_id: str
    mode: KeyMode
    label: str
    created_at: datetime
    revoked_at: datetime | None = None
    hint: str = ""
    """Last four characters of the secret, for telling keys apart in listings."""

    @property
    def revoked(self) -> bool:
        return self.revoked_at is not None


class KeyStore(Protocol):
    """Accounts and hashed API keys."""

    def create_account(self, plan: str, *, name: str = "", rate_per_minute: int | None = None) -> Account: ...

    def get_account(self, account_id: str) -> Account | None: ...

    def list_accounts(self) -> list[Account]: ...

    def add_key(self, key: ApiKey) -> None: ...

    def find_key_by_hash(self, key_hash: str) -> ApiKey | None: ...

    def get_key(self, key_id: str) -> ApiKey | None: ...

    def list_keys(self, account_id: str | None = None) -> list[ApiKey]: ...

    def revoke_key(self, key_id: str, *, at: datetime) -> ApiKey | None:
        """Mark the key revoked; return the updated key, or None when no such key exists."""
        ...


@dataclass(frozen=True)
class CounterWindow:
    """One fixed window of one request counter.

    `scope` names what is counted, for example `rate:key_…` or `quota:acct_…:live`. `start` and `reset` are Unix
    seconds: `start` is the window's first second and `reset` the first second of the next window. A `limit` of None
    means unlimited, so the window counts requests but never rejects one.
    """

    scope: str
    start: int
    reset: int
    limit: int | None


@dataclass(frozen=True)
class WindowCount:
    """Requests counted in one window."""

    window: CounterWindow
    used: int

    @property
    def limit(self) -> int | None:
        return self.window.limit

    @property
    def reset(self) -> int:
        return self.window.reset

    @property
    def remaining(self) -> int | None:
        """Requests still allowed in this window: never below 0, None when unlimited."""
        if self.window.limit is None:
            return None
        return max(self.window.limit - self.used, 0)

    @property
    def full(self) -> bool:
        """Whether this window rejects the next request."""
        return self.window.limit is not None and self.used >= self.window.limit


@dataclass(frozen=True)
class ConsumeResult:
    """Outcome of `UsageStore.consume`.

    When the request was admitted, `counts` include it. When it was rejected, nothing was counted and `counts` are
    the counts that caused the rejection.
    """

    admitted: bool
    counts: tuple[WindowCount, ...]

    @property
    def binding(self) -> WindowCount | None:
        """Return the window a client should pace itself by (see `binding_window`)."""
        return binding_window(self.counts)


def binding_window(counts: Sequence[WindowCount]) -> WindowCount | None:
    """Pick the window that limits the caller soonest.

    Among full windows, the one that resets last, because no request is admitted before it resets. Otherwise the
    limited window with the fewest remaining requests; on a tie the one listed first. Returns None when every window
    is unlimited.
    """
    full = [count for count in counts if count.full]
    if full:
        return max(full, key=lambda count: count.reset)
    limited = [count for count in counts if count.limit is not None]
    if not limited:
        return None
    return min(limited, key=lambda count: count.remaining or 0)


class UsageStore(Protocol):
    """Fixed-window request counters for rate limits and monthly quotas.

    Adapters must make `consume` atomic across processes: N concurrent calls against a window with limit L admit
    exactly min(N, L). Windows whose `reset` has passed may be deleted.
    """

    def consume(self, windows: Sequence[CounterWindow]) -> ConsumeResult:
        """Count one request in every window, or in none of them when any window is full."""
        ...

    def peek(self, windows: Sequence[CounterWindow]) -> tuple[WindowCount, ...]:
        """Return the current count of each window without counting a request."""
        ...


@dataclass(frozen=True)
class Category:
    """One saved version of a category: a JSON Schema for one record, with a name and a description."""

    account_id: str
    category_id: str
    version: int
    """1 for the first save; each update adds the next integer."""
    name: str
    description: str
    schema: dict[str, Any]
    created_at: datetime
    """When version 1 was saved."""
    updated_at: datetime
    """When this version was saved."""


class CategoryExistsError(Exception):
    """Raised by `CategoryStore.create` when the account already has a category with this id."""

    def __init__(self, category_id: str) -> None:
        super().__init__(f"category {category_id} already exists")
        self.category_id = category_id


class CategoryStore(Protocol):
    """Versioned categories, scoped by account: one account never reads or changes another's.

    Ids are unique per account, so two accounts may each own `cat_vehicles`. Deleting a category removes every
    version; the id is then free, and a category created again under it starts over at version 1.
    """

    def create(
        self, account_id: str, category_id: str, *, name: str, description: str, schema: dict[str, Any], at: datetime
    ) -> Category:
        """Save version 1 of a new category.

        Raises:
            CategoryExistsError: the account already has a category with this id.
        """
        ...

    def get(self, account_id: str, category_id: str, version: int | None = None) -> Category | None:
        """Return the latest version, or the given one; None when the category or the version does not exist."""
        ...

    def list_latest(self, account_id: str) -> list[Category]:
        """Return the latest version of every category of the account, ordered by id."""
        ...

    def put_version(
        self, account_id: str, category_id: str, *, name: str, description: str, schema: dict[str, Any], at: datetime
    ) -> Category | None:
        """Save the next version atomically (concurrent puts get distinct versions); None when no such category."""
        ...

    def delete(self, account_id: str, category_id: str) -> bool:
        """Remove the category and all its versions; False when there was no such category."""
        ...
