"""Accumulate checked records across batches and rounds until the requested count is reached."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from spectrapi_core.engine.llm.checks import LeakDetector, RecordValidator, SharedShape, canonical_key
from spectrapi_core.engine.llm.strict_schema import drop_absent_optionals

logger = logging.getLogger(__name__)


@dataclass
class RejectionCounts:
    """Counts of rejected records, by reason."""

    invalid: int = 0
    duplicate: int = 0
    leaked: int = 0

    def as_stats(self) -> dict[str, int]:
        """Return the counts under their stats keys."""
        return {
            "rejected_invalid": self.invalid,
            "rejected_duplicate": self.duplicate,
            "rejected_leaked": self.leaked,
        }


@dataclass
class RecordCollector:
    """Keeps the first `count` records that pass every check, in the order they are offered.

    With a schema, a record must validate against the original schema once the nulls of absent optional
    properties are removed. Without one, records must share the shape of the first record kept. In both
    modes a record that contains system prompt text or repeats an earlier record (ignoring `id`) is
    rejected.
    """

    count: int
    leak_detector: LeakDetector
    schema: dict[str, Any] | None = None
    validator: RecordValidator | None = None
    records: list[dict[str, Any]] = field(default_factory=list)
    rejected: RejectionCounts = field(default_factory=RejectionCounts)
    shape: SharedShape = field(default_factory=SharedShape)
    _seen: set[str] = field(default_factory=set)

    @property
    def missing(self) -> int:
        """Number of records still needed."""
        return self.count - len(self.records)

    def offer(self, item: Any) -> bool:
        """Check one generated item and keep it if it passes; return whether it was kept."""
        if self.missing <= 0:
            return False
        if not isinstance(item, dict) or not item:
            self.rejected.invalid += 1
            return False
        if self.leak_detector.leaks(item):
            self.rejected.leaked += 1
            logger.warning("llm record rejected because it contains system prompt text")
            return False

        record = dict(item)
        problem = self._check(record)
        if problem is not None:
            self.rejected.invalid += 1
            logger.debug("llm record rejected", extra={"problem": problem})
            return False

        key = canonical_key(record)
        if key in self._seen:
            self.rejected.duplicate += 1
            return False
        self._seen.add(key)
        self.records.append(record)
        return True

    def _check(self, record: dict[str, Any]) -> str | None:
        if self.schema is not None and self.validator is not None:
            drop_absent_optionals(record, self.schema)
            return self.validator(record)

        # Without a schema the engine assigns ids, so an id the model wrote is not part of the shape.
        record.pop("id", None)
        if not record:
            return "(record): empty"
        if self.shape.fields is None:
            self.shape.fix(record)
            return None
        return self.shape.conform(record)

    def sample_values(self, limit: int = 20, max_chars: int = 40) -> list[str]:
        """Return the first string value of some kept records, to tell top-up calls what already exists."""
        samples = []
        for record in self.records[-limit:]:
            for value in record.values():
                if isinstance(value, str) and value.strip():
                    samples.append(value.strip()[:max_chars])
                    break
        return samples
