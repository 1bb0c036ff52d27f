"""Fill grammatical templates from word tables and keep text values distinct within one request."""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from .common import Context

_SLOT = re.compile(r"\{(\w+)\}")
_A_BEFORE_VOWEL = re.compile(r"\b([Aa]) (?=[AEIOaeio])")
"""The article "a" before a vowel letter; "u" is left out because "a university" keeps "a"."""
_RETRIES = 12
"""Extra draws tried before a request accepts a repeated value, which happens once a table runs out of values."""


def fill(template: str, words: dict[str, tuple[str, ...]], rng: random.Random) -> str:
    """Replace each `{slot}` of a template with a word of that slot's table; a slot used twice gets two words."""
    used: set[str] = set()

    def word(match: re.Match[str]) -> str:
        table = words[match.group(1)]
        choice = rng.choice(table)
        while choice in used and len(table) > 1:
            choice = rng.choice(table)
        used.add(choice)
        return choice

    return _A_BEFORE_VOWEL.sub(r"\1n ", _SLOT.sub(word, template))


def draw_unique(ctx: Context, group: str, draw: Callable[[], str]) -> str:
    """Draw a value not yet used for `group` in this request, retrying a few times before accepting a repeat."""
    used = ctx.drawn.setdefault(group, set())
    value = draw()
    for _ in range(_RETRIES):
        if value not in used:
            break
        value = draw()
    used.add(value)
    return value
