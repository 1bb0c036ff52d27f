"""Key management: create, list and revoke API keys; resolve a presented key to its principal."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import UTC, datetime

from spectrapi_core.errors import BadRequestError, InvalidApiKeyError, NotFoundError
from spectrapi_core.ids import BASE36_ALPHABET
from spectrapi_core.keys import hash_secret, mode_of, new_secret, parse_authorization
from spectrapi_core.plans import load_plans
from spectrapi_core.stores.ports import Account, ApiKey, KeyMode, KeyStore


@dataclass(frozen=True)
class Principal:
    """The calling key and its account, resolved by the authorizer and passed on in the request context."""

    key_id: str
    account_id: str
    plan: str
    mode: KeyMode
    rate_per_minute: int | None = None

    def to_context(self) -> dict[str, str]:
        """Flatten into an authorizer context (API Gateway allows only string, number and boolean values)."""
        context = {"key_id": self.key_id, "account_id": self.account_id, "plan": self.plan, "mode": self.mode}
        if self.rate_per_minute is not None:
            context["rate_per_minute"] = str(self.rate_per_minute)
        return context

    @classmethod
    def from_context(cls, context: dict[str, object] | None) -> Principal:
        """Rebuild from the authorizer context of a proxy event; raises InvalidApiKeyError when it is absent."""
        if not context or not context.get("key_id") or not context.get("account_id"):
            raise InvalidApiKeyError("The request was not authorized; send 'Authorization: Bearer <your key>'.")
        rate = context.get("rate_per_minute")
        mode: KeyMode = "test" if context.get("mode") == "test" else "live"
        return cls(
            key_id=str(context["key_id"]),
            account_id=str(context["account_id"]),
            plan=str(context.get("plan", "free")),
            mode=mode,
            rate_per_minute=int(str(rate)) if rate not in (None, "") else None,
        )


@dataclass(frozen=True)
class CreatedKey:
    """A new key: the secret is here once and never stored."""

    secret: str
    key: ApiKey
    account: Account


def create_key(
    store: KeyStore,
    *,
    plan: str = "free",
    mode: KeyMode = "live",
    label: str = "",
    account_id: str | None = None,
    rate_per_minute: int | None = None,
) -> CreatedKey:
    """Create a key, and a new account for it unless `account_id` names an existing one.

    Raises:
        BadRequestError: the plan is unknown, or the rate is not a positive integer.
        NotFoundError: `account_id` names no account.
    """
    if account_id is None:
        plans = load_plans()
        if plan not in plans:
            raise BadRequestError(f"Unknown plan {plan!r}; use one of: {', '.join(plans)}.")
        if rate_per_minute is not None and rate_per_minute < 1:
            raise BadRequestError(f"rate_per_minute must be a positive integer; got {rate_per_minute}.")
        account = store.create_account(plan, name=label, rate_per_minute=rate_per_minute)
    else:
        found = store.get_account(account_id)
        if found is None:
            raise NotFoundError(f"No account {account_id!r}; list accounts with 'spectrapi keys list'.")
        account = found

    secret = new_secret(mode)
    key = ApiKey(
        key_id="key_" + "".join(secrets.choice(BASE36_ALPHABET) for _ in range(12)),
        key_hash=hash_secret(secret),
        account_id=account.account_id,
        mode=mode,
        label=label,
        created_at=datetime.now(UTC),
        hint=secret[-4:],
    )
    store.add_key(key)
    return CreatedKey(secret=secret, key=key, account=account)


def revoke_key(store: KeyStore, key_id: str, *, now: datetime | None = None) -> ApiKey:
    """Revoke a key by id; revoking twice keeps the first revocation time.

    Raises:
        NotFoundError: no key has this id.
    """
    revoked = store.revoke_key(key_id, at=now or datetime.now(UTC))
    if revoked is None:
        raise NotFoundError(f"No API key {key_id!r}; list keys with 'spectrapi keys list'.")
    return revoked


def authenticate(store: KeyStore, authorization: str | None) -> Principal:
    """Resolve an Authorization header value to the calling principal.

    Raises:
        InvalidApiKeyError: the header is missing or malformed, or the key is unknown or revoked.
    """
    secret = parse_authorization(authorization)
    key = store.find_key_by_hash(hash_secret(secret))
    if key is None or key.mode != mode_of(secret):
        raise InvalidApiKeyError("Invalid API key: no such key exists. Check the key or create a new one.")
    if key.revoked:
        raise InvalidApiKeyError("This API key has been revoked. Create a new key and use it instead.")
    account = store.get_account(key.account_id)
    if account is None:
        raise InvalidApiKeyError("This API key's account no longer exists. Create a new key.")
    return Principal(
        key_id=key.key_id,
        account_id=account.account_id,
        plan=account.plan,
        mode=key.mode,
        rate_per_minute=account.rate_per_minute,
    )
