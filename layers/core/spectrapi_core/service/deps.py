"""The ports and engines one process uses, built once from settings."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from spectrapi_core.engine.base import Engine
from spectrapi_core.errors import InternalError
from spectrapi_core.settings import Settings, get_settings
from spectrapi_core.stores.ports import CategoryStore, KeyStore, UsageStore


def utc_now() -> datetime:
    """Return the current time in UTC."""
    return datetime.now(UTC)


@dataclass
class Dependencies:
    """Everything the service functions need; engines are created on first use."""

    settings: Settings
    key_store: KeyStore
    usage_store: UsageStore | None = None
    clock: Callable[[], datetime] = utc_now
    """Current time (UTC) for rate-limit windows; tests inject a fixed or stepping clock."""
    category_store: CategoryStore | None = None
    extras: dict[str, Any] = field(default_factory=dict)
    _engines: dict[str, Engine] = field(default_factory=dict)

    def engine(self, name: str | None = None) -> Engine:
        """Return the named engine, or the configured one (`auto` resolves to llm when an LLM is configured)."""
        chosen = name or self.settings.resolved_engine()
        if chosen not in self._engines:
            self._engines[chosen] = _create_engine(chosen, self.settings)
        return self._engines[chosen]

    def usage(self) -> UsageStore:
        """Return the usage store, or raise a 500 when this process was built without one (the authorizer)."""
        if self.usage_store is None:
            raise InternalError("Rate limits are not configured on this server.")
        return self.usage_store

    def categories(self) -> CategoryStore:
        """Return the category store, or raise a 500 when this process was built without one."""
        if self.category_store is None:
            raise InternalError("Categories are not configured on this server.")
        return self.category_store


def _create_engine(name: str, settings: Settings) -> Engine:
    if name == "builtin":
        from spectrapi_core.engine.builtin import BuiltinEngine

        return BuiltinEngine()
    if name == "llm":
        from spectrapi_core.engine.llm.factory import engine_from_settings

        return engine_from_settings(settings)
    raise InternalError(f"Unknown engine {name!r} configured.")


def build_dependencies(settings: Settings | None = None) -> Dependencies:
    """Wire the adapters the settings select: one SQLite file locally, DynamoDB and S3 on AWS."""
    settings = settings or get_settings()
    if settings.backend == "aws":
        from spectrapi_core.stores.aws import build_aws_stores

        return Dependencies(settings=settings, **build_aws_stores(settings))

    from spectrapi_core.stores.sqlite import SQLiteDatabase, SQLiteKeyStore, SQLiteUsageStore
    from spectrapi_core.stores.sqlite_categories import SQLiteCategoryStore

    db = SQLiteDatabase(settings.db_path)
    return Dependencies(
        settings=settings,
        key_store=SQLiteKeyStore(db),
        usage_store=SQLiteUsageStore(db),
        category_store=SQLiteCategoryStore(db),
        extras={"sqlite": db},
    )


@lru_cache(maxsize=1)
def get_dependencies() -> Dependencies:
    """Return the process-wide dependencies (one per Lambda container or local server)."""
    return build_dependencies()
