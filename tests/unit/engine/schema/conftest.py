"""Shared fixtures for the schema-driven generator tests."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest


@pytest.fixture
def now() -> datetime:
    """Fixed request time."""
    return datetime(2026, 3, 15, 9, 30, tzinfo=UTC)
