"""The interface every engine implements."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol


@dataclass(frozen=True)
class EngineRequest:
    """Everything an engine needs for one generation; engines read no clock or global state of their own."""

    instruction: str
    count: int
    locale: str
    seed: int
    now: datetime
    """Current time (UTC, aware) for relative windows such as "from the last 30 days"."""
    schema: dict[str, Any] | None = None
    """JSON Schema of one record when a category applies; records must validate against it."""
    deadline_s: float | None = None
    """Seconds the engine may spend before it must give up (the llm engine, and the builtin one with a schema)."""
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class EngineResult:
    """Records plus what the engine wants reported (token usage, batches), never the prompt text."""

    records: list[dict[str, Any]]
    engine: str
    stats: dict[str, Any] = field(default_factory=dict)


class Engine(Protocol):
    """Produces exactly `request.count` records or raises a `SpectrAPIError`."""

    name: str
    version: str

    def generate(self, request: EngineRequest) -> EngineResult: ...
