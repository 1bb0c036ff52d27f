"""Matching of domain source records to schema properties, with safe coercions.

A source is a plain record the builtin engine drew for the user's instruction (for example a
vehicle listing). When a category schema has a property of the same name (compared folded, or
through a synonym group such as cost/price or zip/postal_code), the generator offers the source's
value first and keeps it when it satisfies the property's schema, possibly after a coercion.
"""

from __future__ import annotations

from typing import Any

from .values import fold_name
from .vocabulary import SYNONYM_GROUPS

_GROUP_BY_NAME: dict[str, frozenset[str]] = {name: group for group in SYNONYM_GROUPS for name in group}


def source_key(property_name: str, source: dict[str, Any]) -> str | None:
    """Return the key of `source` that feeds `property_name`, or None when nothing matches."""
    if not source:
        return None
    folded = fold_name(property_name)
    by_folded = {fold_name(key): key for key in source}
    if folded in by_folded:
        return by_folded[folded]
    for alternative in _GROUP_BY_NAME.get(folded, ()):
        if alternative in by_folded:
            return by_folded[alternative]
    return None


def candidates(value: Any, node: dict[str, Any]) -> list[Any]:
    """Return the value followed by coerced variants worth checking against the property's schema.

    Coercions keep the meaning: an enum member that equals the value ignoring case, an integral float
    as an integer, a number as a string or a numeric string as a number.
    """
    options: list[Any] = [value]
    allowed = [node["const"]] if "const" in node else node.get("enum")
    if isinstance(value, str) and isinstance(allowed, list):
        folded = value.strip().casefold()
        options.extend(item for item in allowed if isinstance(item, str) and item.casefold() == folded)
        options.extend(item for item in allowed if isinstance(item, str) and fold_name(item) == fold_name(value))
    if isinstance(value, float) and value.is_integer():
        options.append(int(value))
    if isinstance(value, int | float) and not isinstance(value, bool):
        options.append(str(value))
        if isinstance(value, int):
            options.append(float(value))
    if isinstance(value, str):
        try:
            number = float(value.replace(",", ""))
        except ValueError:
            pass
        else:
            options.append(int(number) if number.is_integer() else number)
    return options
