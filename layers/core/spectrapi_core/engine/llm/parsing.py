"""Read the model's JSON output, including output cut off mid-record when the token limit was hit."""

from __future__ import annotations

import contextlib
import json
import re
from dataclasses import dataclass
from typing import Any

_CODE_FENCE = re.compile(r"^\s*```(?:json)?\s*(.*?)\s*```\s*$", re.DOTALL)
_RECORDS_KEY = re.compile(r'"records"\s*:\s*\[')


@dataclass(frozen=True)
class ParsedOutput:
    """Records and status parsed from one model message."""

    records: list[Any]
    """Items of the `records` array; only the fully closed ones when the output was cut off."""
    complete: bool
    """False when the JSON was cut off or broken and `records` contains what could be salvaged."""
    refusal: str | None = None
    """Reason given in an `{"error": "..."}` object, the format the system prompt requests for declining."""


def parse_model_output(content: str) -> ParsedOutput:
    """Parse `{"records": [...]}` or `{"error": "..."}` from a message, salvaging what a cut-off one holds.

    Args:
        content: The assistant message text.

    Returns:
        The records found, whether the output was complete, and a refusal reason if the model declined.
    """
    text = content.strip()
    fenced = _CODE_FENCE.match(text)
    if fenced:
        text = fenced.group(1)

    try:
        document = json.loads(text)
    except json.JSONDecodeError:
        return ParsedOutput(records=salvage_records(text), complete=False)

    if isinstance(document, list):
        return ParsedOutput(records=document, complete=True)
    if not isinstance(document, dict):
        return ParsedOutput(records=[], complete=False)

    records = document.get("records")
    error = document.get("error")
    if not records and isinstance(error, str | dict):
        reason = error if isinstance(error, str) else json.dumps(error)
        return ParsedOutput(records=[], complete=True, refusal=reason)
    if not isinstance(records, list):
        return ParsedOutput(records=[], complete=False)
    return ParsedOutput(records=records, complete=True)


def salvage_records(text: str) -> list[Any]:
    """Return the fully closed objects of the `records` array of a cut-off JSON document.

    The scan tracks strings and escapes, so braces inside string values do not count, and keeps each
    object whose closing brace was reached at the array's own nesting level.
    """
    match = _RECORDS_KEY.search(text)
    if match is None:
        start = text.find("[")
        if start < 0:
            return []
        position = start + 1
    else:
        position = match.end()

    records: list[Any] = []
    depth = 0
    object_start = -1
    in_string = False
    escaped = False
    for index in range(position, len(text)):
        char = text[index]
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
            continue

        if char == '"':
            in_string = True
        elif char in "{[":
            if depth == 0 and char == "{":
                object_start = index
            depth += 1
        elif char in "}]":
            if depth == 0:
                break  # the records array itself closed
            depth -= 1
            if depth == 0 and char == "}" and object_start >= 0:
                with contextlib.suppress(json.JSONDecodeError):
                    records.append(json.loads(text[object_start : index + 1]))
                object_start = -1
    return records
