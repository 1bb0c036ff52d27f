"""Strings that match a regular expression, built by walking Python's parse tree of the pattern.

Covers literals, classes, ranges, `\\d \\w \\s`, alternation, groups, back-references and repeats.
Anchors and lookarounds are skipped while building, so callers must check the result with
`re.search` (the generator always does) and try again when it does not match.
"""

from __future__ import annotations

import functools
import random
import re
import string

# Python 3.11+ keeps the regular expression parser in these private modules; the public `sre_parse`
# and `sre_constants` names still work but warn that they are deprecated.
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

_OPEN_REPEAT_EXTRA = 5
"""How many repetitions beyond the minimum an unbounded repeat (`*`, `+`, `{n,}`) draws at most."""

_ALPHABET = string.ascii_letters + string.digits
_PRINTABLE = string.ascii_letters + string.digits + " -_.,:;!?@#$%&*+=/()"
_CATEGORIES = {
    sre_constants.CATEGORY_DIGIT: string.digits,
    sre_constants.CATEGORY_NOT_DIGIT: string.ascii_letters + " -_.",
    sre_constants.CATEGORY_WORD: string.ascii_letters + string.digits + "_",
    sre_constants.CATEGORY_NOT_WORD: " -.,:;!?@#",
    sre_constants.CATEGORY_SPACE: " ",
    sre_constants.CATEGORY_NOT_SPACE: _ALPHABET,
}


def string_matching(pattern: str, rng: random.Random, attempts: int = 30) -> str | None:
    """Return a string that `re.search(pattern, ...)` matches, or None after `attempts` failed tries."""
    compiled, parsed = _parse(pattern)
    for _ in range(attempts):
        groups: dict[int, str] = {}
        candidate = _emit(parsed, rng, groups)
        if compiled.search(candidate):
            return candidate
    return None


@functools.lru_cache(maxsize=512)
def _parse(pattern: str) -> tuple[re.Pattern[str], Any]:
    return re.compile(pattern), sre_parse.parse(pattern)


def _emit(items: Any, rng: random.Random, groups: dict[int, str]) -> str:
    return "".join(_emit_one(op, argument, rng, groups) for op, argument in items)


def _emit_one(op: Any, argument: Any, rng: random.Random, groups: dict[int, str]) -> str:
    if op is sre_constants.LITERAL:
        return chr(argument)
    if op is sre_constants.NOT_LITERAL:
        return rng.choice([char for char in _ALPHABET if ord(char) != argument])
    if op is sre_constants.ANY:
        return rng.choice(_ALPHABET)
    if op is sre_constants.IN:
        return _emit_class(argument, rng)
    if op is sre_constants.BRANCH:
        return _emit(rng.choice(argument[1]), rng, groups)
    if op is sre_constants.SUBPATTERN:
        group, _, _, body = argument
        text = _emit(body, rng, groups)
        if group is not None:
            groups[group] = text
        return text
    if op in (
        sre_constants.MAX_REPEAT,
        sre_constants.MIN_REPEAT,
        getattr(sre_constants, "POSSESSIVE_REPEAT", None),
    ):
        low, high, body = argument
        if high is sre_constants.MAXREPEAT or high > low + _OPEN_REPEAT_EXTRA:
            high = low + _OPEN_REPEAT_EXTRA
        count = rng.randint(low, high)
        if len(body) == 1 and body[0][0] is sre_constants.LITERAL:
            return chr(body[0][1]) * count
        if len(body) == 1 and body[0][0] is sre_constants.IN:
            return "".join(_emit_class(body[0][1], rng) for _ in range(count))
        return "".join(_emit(body, rng, groups) for _ in range(count))
    if op is sre_constants.GROUPREF:
        return groups.get(argument, "")
    if op is getattr(sre_constants, "ATOMIC_GROUP", None):
        return _emit(argument, rng, groups)
    # AT (anchors), ASSERT, ASSERT_NOT and conditional groups produce no text here.
    return ""


def _emit_class(items: Any, rng: random.Random) -> str:
    key = id(items)
    cached = _CLASS_CHARACTERS.get(key)
    if cached is None or cached[0] is not items:
        cached = (items, _class_characters(items))
        _CLASS_CHARACTERS[key] = cached
    allowed = cached[1]
    return rng.choice(allowed) if allowed else ""


# Characters of each parsed class, keyed by the id of the parse node; the cached parse keeps it alive.
_CLASS_CHARACTERS: dict[int, tuple[Any, str]] = {}


def _class_characters(items: Any) -> str:
    allowed: list[str] = []
    negated = False
    for op, argument in items:
        if op is sre_constants.NEGATE:
            negated = True
        elif op is sre_constants.LITERAL:
            allowed.append(chr(argument))
        elif op is sre_constants.RANGE:
            low, high = argument
            allowed.extend(chr(code) for code in range(low, min(high, low + 512) + 1))
        elif op is sre_constants.CATEGORY:
            allowed.extend(_CATEGORIES.get(argument, _ALPHABET))
    if negated:
        excluded = set(allowed)
        allowed = [char for char in _PRINTABLE if char not in excluded]
    return "".join(allowed)
