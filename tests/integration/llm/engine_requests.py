"""Engine requests for llm tests, with a fixed clock."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from spectrapi_core.engine.base import EngineRequest

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def make_request(
    instruction: str = "Generate product records",
    count: int = 5,
    *,
    schema: dict[str, Any] | None = None,
    seed: int = 7,
    deadline_s: float | None = None,
) -> EngineRequest:
    """Build an engine request with a fixed clock."""
    return EngineRequest(
        instruction=instruction,
        count=count,
        locale="en-US",
        seed=seed,
        now=NOW,
        schema=schema,
        deadline_s=deadline_s,
    )
