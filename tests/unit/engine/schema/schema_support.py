"""Helpers shared by the schema-driven generator tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema

FIXTURES = Path(__file__).resolve().parents[3] / "fixtures" / "schemas"


def load_fixture(name: str) -> dict[str, Any]:
    """Load one fixture schema by file stem."""
    return json.loads((FIXTURES / f"{name}.json").read_text())


def reference_validator(schema: dict[str, Any]) -> jsonschema.protocols.Validator:
    """Build a `jsonschema` validator with format assertion, independent of the generator's validator."""
    cls = jsonschema.validators.validator_for(schema, default=jsonschema.Draft202012Validator)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)
