"""Checks every generated record passes before it is returned: schema, shared shape, duplicates, leaks."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from typing import Any

import jsonschema
from jsonschema.validators import validator_for

RecordValidator = Callable[[dict[str, Any]], str | None]
"""Returns None for a valid record, else a short description of the first problem."""


def build_validator(schema: dict[str, Any]) -> RecordValidator:
    """Compile a JSON Schema (draft 2020-12 unless `$schema` names another draft) into a record validator.

    Formats are checked with jsonschema's default format checker: date-time (needs rfc3339-validator),
    date, email, uri (needs rfc3986-validator), uuid, ipv4, ipv6 and the others it registers.
    """
    cls = validator_for(schema, default=jsonschema.Draft202012Validator)
    cls.check_schema(schema)
    validator = cls(schema, format_checker=cls.FORMAT_CHECKER)

    def validate(record: dict[str, Any]) -> str | None:
        error = jsonschema.exceptions.best_match(validator.iter_errors(record))
        if error is None:
            return None
        where = "/".join(str(part) for part in error.absolute_path) or "(record)"
        return f"{where}: {error.message[:200]}"

    return validate


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


class SharedShape:
    """Holds the field names and value types every record of a schemaless request must share.

    The first record accepted fixes the shape. Later records must have every field of it with the same
    JSON type (null matches any type); extra fields are removed.
    """

    def __init__(self) -> None:
        self.fields: dict[str, str] | None = None

    def fix(self, record: dict[str, Any]) -> None:
        """Take the fields and value types of `record` as the shape of the request."""
        self.fields = {name: _json_type(value) for name, value in record.items()}

    def conform(self, record: dict[str, Any]) -> str | None:
        """Remove fields outside the shape from `record`; describe a missing or mistyped field, if any."""
        if self.fields is None:
            return None
        for name, expected in self.fields.items():
            if name not in record:
                return f"{name}: missing"
            actual = _json_type(record[name])
            if "null" not in (actual, expected) and actual != expected:
                return f"{name}: is {actual}, other records have {expected}"
        for name in [name for name in record if name not in self.fields]:
            del record[name]
        return None


def canonical_key(record: dict[str, Any], id_field: str | None = "id") -> str:
    """Serialize a record without its id, with sorted keys, so equal records compare equal."""
    content = {key: value for key, value in record.items() if key != id_field}
    return json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


_SPACE = re.compile(r"\s+")


def _normalize(text: str) -> str:
    return _SPACE.sub(" ", text).strip().lower()


class LeakDetector:
    """Finds system prompt text inside generated string values.

    Any run of `window` characters (case and whitespace normalized) shared between the system prompt and
    a string value counts as a leak. 40 characters is longer than the stock phrases a record might share
    with generation rules by chance, and shorter than any sentence of the rules.
    """

    def __init__(self, system_prompt: str, window: int = 40) -> None:
        normalized = _normalize(system_prompt)
        self.window = window
        self._shingles = {normalized[i : i + window] for i in range(max(0, len(normalized) - window + 1))}

    def leaks(self, value: Any) -> bool:
        """Tell whether any string inside `value` (keys included) contains system prompt text."""
        for text in _strings(value):
            normalized = _normalize(text)
            for start in range(len(normalized) - self.window + 1):
                if normalized[start : start + self.window] in self._shingles:
                    return True
        return False


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
