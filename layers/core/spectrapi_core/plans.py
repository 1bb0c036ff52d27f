"""Plan tiers: monthly quotas, per-minute rates and features, read from one JSON file.

The published defaults live in `plans.json` beside this module. Set `SPECTRAPI_PLANS_FILE` to a file of the same
shape to override them. A `null` monthly quota means unlimited. Enterprise's `rate_per_minute` is the default for
accounts that have no rate of their own (`Account.rate_per_minute`).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DEFAULT_PLANS_FILE = Path(__file__).with_name("plans.json")
PLANS_FILE_ENV = "SPECTRAPI_PLANS_FILE"


@dataclass(frozen=True)
class Plan:
    """One plan tier."""

    name: str
    title: str
    monthly_quota: int | None
    test_monthly_quota: int | None
    rate_per_minute: int
    features: frozenset[str]

    def includes(self, feature: str) -> bool:
        return feature in self.features


def _parse_plan(name: str, raw: dict) -> Plan:
    def quota(field: str) -> int | None:
        value = raw.get(field, raw.get("monthly_quota"))
        if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 0):
            raise ValueError(f"plan {name!r}: {field} must be a non-negative integer or null, got {value!r}")
        return value

    rate = raw.get("rate_per_minute")
    if not isinstance(rate, int) or isinstance(rate, bool) or rate < 1:
        raise ValueError(f"plan {name!r}: rate_per_minute must be a positive integer, got {rate!r}")
    features = raw.get("features")
    if not isinstance(features, list) or not all(isinstance(item, str) for item in features):
        raise ValueError(f"plan {name!r}: features must be a list of strings, got {features!r}")
    return Plan(
        name=name,
        title=str(raw.get("title", name.title())),
        monthly_quota=quota("monthly_quota"),
        test_monthly_quota=quota("test_monthly_quota"),
        rate_per_minute=rate,
        features=frozenset(features),
    )


@lru_cache(maxsize=4)
def load_plans(path: str | None = None) -> dict[str, Plan]:
    """Load and check the plans file (the argument beats `SPECTRAPI_PLANS_FILE`, which beats the default)."""
    source = Path(path or os.environ.get(PLANS_FILE_ENV) or DEFAULT_PLANS_FILE)
    raw = json.loads(source.read_text(encoding="utf-8"))
    if not isinstance(raw, dict) or not raw:
        raise ValueError(f"{source}: expected an object mapping plan names to plan settings")
    return {name: _parse_plan(name, settings) for name, settings in raw.items()}


def get_plan(name: str) -> Plan:
    """Return the named plan; raises KeyError naming the known plans when it does not exist."""
    plans = load_plans()
    try:
        return plans[name]
    except KeyError:
        raise KeyError(f"unknown plan {name!r}; known plans: {', '.join(plans)}") from None


def plans_with_feature(feature: str) -> list[str]:
    """Return the titles of the plans that include a feature, for 403 messages."""
    return [plan.title for plan in load_plans().values() if plan.includes(feature)]
