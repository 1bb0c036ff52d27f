"""Storage ports. The service depends on these Protocols only; adapters live beside them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal, Protocol

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
