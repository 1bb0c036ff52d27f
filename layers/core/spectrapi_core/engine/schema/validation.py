"""Record validation against a category schema.

Records are checked with `jsonschema_rs` (Rust, with a manylinux aarch64 wheel for Lambda). On 42
hand-checked draft 2020-12/draft-07 cases with format assertion on, it returned every verdict right.
`jsonschema` 4.26 misjudged float `multipleOf` (19.99 against 0.01), and `fastjsonschema` 2.22 missed
seven 2020-12 keywords. `jsonschema_rs` also checked a typical record about 30 times faster than
`jsonschema` (`bench/validator_compare.py`, numbers in `docs/benchmarks.md`).

`SubschemaChecker` uses `jsonschema` instead, because it can check a value against one subschema while
resolving `$ref` against the whole document; the generator calls it only for small values.
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation, localcontext
from typing import Any

import jsonschema
import jsonschema_rs

from spectrapi_core.errors import BadRequestError

from .checks import validator_class
from .refs import pointer

_EXACT_DIGITS = 1_000
"""Decimal precision that divides any two floats exactly (their exponents span about 640 digits)."""
FORMATS = ("date", "date-time", "time", "email", "uri", "uuid", "ipv4", "ipv6", "hostname")
"""Formats whose values are asserted, not only annotated."""


@dataclass(frozen=True)
class RecordValidator:
    """A compiled category schema that checks records and explains failures in plain messages."""

    _compiled: Any

    def is_valid(self, record: Any) -> bool:
        """Return whether the record satisfies the schema."""
        return bool(self._compiled.is_valid(record))

    def errors(self, record: Any, limit: int = 5) -> list[str]:
        """Return up to `limit` messages such as "/price: -3 is less than the minimum of 0"."""
        messages = []
        for error in self._compiled.iter_errors(record):
            messages.append(f"{pointer(tuple(error.instance_path))}: {error.message}")
            if len(messages) >= limit:
                break
        return messages

    def __call__(self, record: Any) -> list[str]:
        """Validate a record; an empty list means it is valid."""
        return self.errors(record)


def compile_validator(schema: dict[str, Any]) -> RecordValidator:
    """Compile a checked schema into a validator with format assertion on.

    Args:
        schema: a schema that passed `check_schema`.

    Raises:
        BadRequestError: `jsonschema_rs` cannot compile the schema, for example a regular expression that
            Python accepts but the Rust regex engine rejects (look-behind, or too large once compiled).

    Example:
        >>> validate = compile_validator({"type": "object", "properties": {"age": {"minimum": 0}}})
        >>> validate({"age": -1})
        ['/age: -1 is less than the minimum of 0']
    """
    # offline=True: a $ref that escaped check_schema must never trigger a fetch.
    try:
        compiled = jsonschema_rs.validator_for(schema, validate_formats=True, offline=True)
    except jsonschema_rs.ValidationError as exc:
        where = pointer(tuple(exc.instance_path))
        message = str(exc).split("\n", 1)[0]
        raise BadRequestError(
            f"schema is invalid at {where}: the record validator cannot compile it ({message}); "
            "simplify that keyword, for example lower the repeat counts of a pattern"
        ) from None
    return RecordValidator(compiled)


_VALIDATOR_CACHE_SIZE = 64
_validators: OrderedDict[str, RecordValidator] = OrderedDict()
_validators_lock = threading.Lock()


def cached_validator(schema: dict[str, Any]) -> RecordValidator:
    """Return `compile_validator(schema)`, reusing the compiled validator of an identical schema."""
    key = json.dumps(schema, sort_keys=True, separators=(",", ":"))
    with _validators_lock:
        found = _validators.get(key)
        if found is not None:
            _validators.move_to_end(key)
            return found
    compiled = compile_validator(schema)
    with _validators_lock:
        _validators[key] = compiled
        while len(_validators) > _VALIDATOR_CACHE_SIZE:
            _validators.popitem(last=False)
    return compiled


def is_multiple_of(value: float | int, divisor: float | int) -> bool:
    """Return whether `value` is a multiple of `divisor` under both exact and float arithmetic.

    Validators disagree for floats: `jsonschema` tests `value / divisor` for integrality in binary
    floating point (so 19.99 is not a multiple of 0.01 there), others use exact decimals. Generated
    values must pass either way.
    """
    if isinstance(value, bool):
        return False
    try:
        exact = Decimal(repr(value)) % Decimal(repr(divisor)) == 0
    except InvalidOperation:
        # The quotient has more digits than the context's precision; redo it with room for any two floats.
        with localcontext(prec=_EXACT_DIGITS):
            exact = Decimal(repr(value)) % Decimal(repr(divisor)) == 0
    if not exact:
        return False
    if isinstance(divisor, float) or isinstance(value, float):
        try:
            quotient = value / divisor
            return int(quotient) == quotient
        except OverflowError:
            return False
    return True


class SubschemaChecker:
    """Checks values against subschemas of one document, resolving references against its root."""

    def __init__(self, root: dict[str, Any]) -> None:
        cls = validator_class(root)
        self._root_validator = cls(root, format_checker=cls.FORMAT_CHECKER)
        # Keyed by id; each entry keeps its schema alive, so an id cannot be reused by another dict.
        self._by_id: dict[int, tuple[Any, Any]] = {}

    def is_valid(self, value: Any, subschema: Any) -> bool:
        """Return whether `value` satisfies `subschema`, a schema object inside the root document."""
        if subschema is True:
            return True
        if subschema is False:
            return False
        cached = self._by_id.get(id(subschema))
        if cached is None or cached[0] is not subschema:
            cached = (subschema, self._root_validator.evolve(schema=subschema))
            self._by_id[id(subschema)] = cached
        validator = cached[1]
        try:
            return bool(validator.is_valid(value))
        except (jsonschema.exceptions.SchemaError, RecursionError):
            return False
