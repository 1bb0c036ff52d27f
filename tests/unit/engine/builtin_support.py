"""Shared helpers for the builtin engine tests: a fixed clock and a seeded generation shortcut."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from spectrapi_core.engine.base import EngineRequest
from spectrapi_core.engine.builtin import BuiltinEngine

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
SEEDS = range(8)
"""Seeds each property loop runs; with count 50 that is 400 records per instruction."""


def generate(instruction: str, count: int = 50, seed: int = 0, locale: str = "en-US") -> list[dict[str, Any]]:
    """Run the builtin engine once with the fixed clock."""
    request = EngineRequest(instruction=instruction, count=count, locale=locale, seed=seed, now=NOW)
    return BuiltinEngine().generate(request).records


def generate_many(instruction: str, count: int = 50, locale: str = "en-US") -> list[dict[str, Any]]:
    """Run the engine once per seed in `SEEDS` and return every record."""
    records: list[dict[str, Any]] = []
    for seed in SEEDS:
        records.extend(generate(instruction, count, seed, locale))
    return records


def template_pattern(templates: tuple[str, ...], words: dict[str, tuple[str, ...]]) -> re.Pattern[str]:
    """Compile a regex that matches exactly the phrases a whitelist of templates can build from `words`.

    A template's article "A" also matches "An", which the builder writes before a vowel.
    """
    slots = {slot: "(?:" + "|".join(re.escape(word) for word in table) + ")" for slot, table in words.items()}
    branches = []
    for template in templates:
        parts = re.split(r"\{(\w+)\}", template)
        literals = (re.escape(part).replace(re.escape("A "), "An?" + re.escape(" ")) for part in parts)
        branches.append(
            "".join(
                slots[part] if index % 2 else text
                for index, (part, text) in enumerate(zip(parts, literals, strict=True))
            )
        )
    return re.compile("|".join(f"(?:{branch})" for branch in branches))
