"""Size limits the generator can meet within one response, checked when a schema is saved or used.

A schema may be valid JSON Schema and still ask for values no response should carry, such as a string
of a billion characters. Lower bounds above these limits are rejected with a 400 naming the keyword,
its value and the limit. Upper bounds are not limited: `maxLength: 1000000` costs nothing.
"""

from __future__ import annotations

import functools
from decimal import Decimal
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

from spectrapi_core.errors import BadRequestError

from .refs import pointer
from .walk import iter_schemas

MAX_MIN_LENGTH = 10_000
"""Largest `minLength` accepted, in characters."""
MAX_MIN_ITEMS = 1_000
"""Largest `minItems` (and `minContains`) accepted."""
MAX_MIN_PROPERTIES = 1_000
"""Largest `minProperties` accepted."""
MAX_PATTERN_REPEAT = 10_000
"""Largest repetition count (`a{n}`, `a{n,m}`) accepted in a regular expression."""
MAX_PATTERN_MATCH = 10_000
"""Largest length of the shortest string a `pattern` matches, in characters (nested repeats multiply)."""
MIN_MULTIPLE_OF = Decimal("1e-9")
"""Smallest `multipleOf` accepted; smaller steps underflow the float and decimal checks of multiples."""
MAX_MULTIPLE_RATIO = Decimal("1e15")
"""Largest bound divided by `multipleOf` accepted; floats hold integers exactly only up to about 9e15."""
MAX_RECORD_BYTES = 256 * 1024
"""Largest generated record, as compact JSON."""

_LOWER_BOUNDS = (
    ("minLength", MAX_MIN_LENGTH, "characters"),
    ("minItems", MAX_MIN_ITEMS, "items"),
    ("minContains", MAX_MIN_ITEMS, "items"),
    ("minProperties", MAX_MIN_PROPERTIES, "properties"),
)
_BOUND_KEYWORDS = ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")


def check_limits(schema: dict[str, Any]) -> None:
    """Reject lower bounds, patterns and `multipleOf` steps the generator cannot meet in one response.

    Args:
        schema: a schema that passed the meta-schema and regular expression checks.

    Raises:
        BadRequestError: naming the JSON pointer, the keyword, its value and the supported limit.
    """
    for path, node in iter_schemas(schema):
        if not isinstance(node, dict):
            continue
        for keyword, limit, unit in _LOWER_BOUNDS:
            value = node.get(keyword)
            if isinstance(value, int | float) and not isinstance(value, bool) and value > limit:
                raise BadRequestError(
                    f"schema is invalid at {pointer((*path, keyword))}: {keyword} {value} is above the supported "
                    f"maximum of {limit} {unit}; lower it"
                )
        if isinstance(node.get("pattern"), str):
            _check_pattern((*path, "pattern"), node["pattern"])
        if isinstance(node.get("patternProperties"), dict):
            for regex in node["patternProperties"]:
                _check_pattern((*path, "patternProperties", regex), regex)
        if isinstance(node.get("propertyNames"), dict) and isinstance(node["propertyNames"].get("pattern"), str):
            _check_pattern((*path, "propertyNames", "pattern"), node["propertyNames"]["pattern"])
        _check_multiple_of(path, node)


def _check_pattern(where: tuple[str | int, ...], regex: str) -> None:
    repeat, shortest = _pattern_sizes(regex)
    if repeat > MAX_PATTERN_REPEAT:
        raise BadRequestError(
            f"schema is invalid at {pointer(where)}: the pattern {_shown(regex)} repeats {repeat} times, above the "
            f"supported maximum of {MAX_PATTERN_REPEAT} repetitions; lower the count in braces"
        )
    if shortest > MAX_PATTERN_MATCH:
        raise BadRequestError(
            f"schema is invalid at {pointer(where)}: the shortest string the pattern {_shown(regex)} matches has "
            f"{shortest} characters, above the supported maximum of {MAX_PATTERN_MATCH}; lower the repeat counts"
        )


def _shown(regex: str) -> str:
    return repr(regex if len(regex) <= 60 else regex[:57] + "...")


@functools.lru_cache(maxsize=512)
def _pattern_sizes(regex: str) -> tuple[int, int]:
    """Return (largest explicit repeat count, length of the shortest match) of a compiled-checked pattern."""
    return _sizes(sre_parse.parse(regex))


def _sizes(items: Any) -> tuple[int, int]:
    largest, length = 0, 0
    for op, argument in items:
        repeat, shortest = _op_sizes(op, argument)
        largest = max(largest, repeat)
        length += shortest
    return largest, length


def _op_sizes(op: Any, argument: Any) -> tuple[int, int]:
    if op in (sre_constants.LITERAL, sre_constants.NOT_LITERAL, sre_constants.ANY, sre_constants.IN):
        return 0, 1
    if op is sre_constants.BRANCH:
        sizes = [_sizes(branch) for branch in argument[1]]
        return max(size[0] for size in sizes), min(size[1] for size in sizes)
    if op is sre_constants.SUBPATTERN:
        return _sizes(argument[3])
    if op is getattr(sre_constants, "ATOMIC_GROUP", None):
        return _sizes(argument)
    if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, getattr(sre_constants, "POSSESSIVE_REPEAT", None)):
        low, high, body = argument
        inner_repeat, inner_length = _sizes(body)
        counted = low if high is sre_constants.MAXREPEAT else max(low, high)
        return max(inner_repeat, counted), low * inner_length
    return 0, 0


def _check_multiple_of(path: tuple[str | int, ...], node: dict[str, Any]) -> None:
    step = node.get("multipleOf")
    if not isinstance(step, int | float) or isinstance(step, bool) or step <= 0:
        return
    exact = Decimal(repr(step))
    where = pointer((*path, "multipleOf"))
    if exact < MIN_MULTIPLE_OF:
        raise BadRequestError(
            f"schema is invalid at {where}: multipleOf {step} is below the supported minimum of "
            f"{MIN_MULTIPLE_OF:e}; use a larger step"
        )
    bounds = [
        abs(Decimal(repr(node[keyword])))
        for keyword in _BOUND_KEYWORDS
        if isinstance(node.get(keyword), int | float) and not isinstance(node[keyword], bool)
    ]
    if bounds and max(bounds) / exact > MAX_MULTIPLE_RATIO:
        raise BadRequestError(
            f"schema is invalid at {where}: multipleOf {step} with bounds up to {max(bounds)} allows more than "
            f"{MAX_MULTIPLE_RATIO:e} multiples, above what float arithmetic checks exactly; use a larger step or "
            "tighter bounds"
        )
