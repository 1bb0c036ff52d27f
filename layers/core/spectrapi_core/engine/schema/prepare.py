"""Preparation of a category schema (checks and analysis, cached) and the public `build_records`."""

from __future__ import annotations

import json
import random
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from spectrapi_core.errors import InvalidInstructionError

from .analysis import INF, Analysis
from .checks import check_schema, check_schema_size
from .generator import MAX_VALUES_PER_RECORD, DeadlineError, RecordBuilder, RecordLimitError, UnsatisfiedError
from .limits import MAX_RECORD_BYTES
from .normalize import Normalizer, json_key
from .refs import RefResolver, pointer
from .sources import candidates, source_key
from .validation import RecordValidator, SubschemaChecker, compile_validator
from .walk import iter_schemas

RECORD_ATTEMPTS = 12
"""Fresh tries for one record before the request fails with the last constraint that was missed."""
SOURCE_ATTEMPTS = 6
"""Tries that still take values from the record's source before it is ignored."""
SOURCE_POOL_FACTOR = 3
"""Sources to offer per record when the schema limits top-level values with enum or const."""
DEFAULT_DEADLINE_S = 5.0
"""Seconds `build_records` may spend when the caller gives no deadline."""
_CACHE_SIZE = 64
_NEVER_SCHEMAS: tuple[dict[str, Any], ...] = ({"not": {}}, {"not": True})
"""Spellings of "no value allowed" that forbid a property on purpose, like a `false` schema."""
_SKIP_IN_PATH = frozenset(("anyOf", "oneOf", "allOf", "not", "if", "then", "else", "dependentSchemas"))


@dataclass(frozen=True)
class PreparedSchema:
    """A checked schema with everything derived from it that does not depend on the request."""

    schema: dict[str, Any]
    resolver: RefResolver
    normalize: Normalizer
    checker: SubschemaChecker
    analysis: Analysis
    validator: RecordValidator
    node_facts: dict[tuple[str, int], tuple[Any, Any]] = field(default_factory=dict)
    """Facts the record builder derives from one normalized node, keyed by (fact, id(node)), each entry
    stored with its node so the id stays unique."""


_cache: OrderedDict[str, PreparedSchema] = OrderedDict()
_cache_lock = threading.Lock()


def prepare(schema: dict[str, Any]) -> PreparedSchema:
    """Check a schema, prove it can be satisfied and compile what generation needs (cached by content).

    Raises:
        BadRequestError: the schema is not a valid JSON Schema for a record.
        InvalidInstructionError: the schema is valid but no record can satisfy it.
    """
    # Size and nesting first, so the cache key below never serializes a hostile document. A cached
    # entry means a schema with the same content passed every check already.
    check_schema_size(schema)
    key = json.dumps(schema, sort_keys=True, separators=(",", ":"))
    with _cache_lock:
        cached = _cache.get(key)
        if cached is not None:
            _cache.move_to_end(key)
            return cached

    check_schema(schema)

    resolver = RefResolver(schema)
    normalize = Normalizer(resolver)
    checker = SubschemaChecker(schema)
    prepared = PreparedSchema(
        schema=schema,
        resolver=resolver,
        normalize=normalize,
        checker=checker,
        analysis=Analysis(normalize, checker),
        validator=compile_validator(schema),
    )
    _check_satisfiable(prepared)

    with _cache_lock:
        _cache[key] = prepared
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
    return prepared


def check_satisfiable(schema: dict[str, Any]) -> None:
    """Raise `InvalidInstructionError` naming the constraint when no record can satisfy a valid schema.

    Raises:
        BadRequestError: the schema is not a valid JSON Schema for a record.
        InvalidInstructionError: a constraint can never be met, for example `minimum` above `maximum`.
    """
    prepare(schema)


def _check_satisfiable(prepared: PreparedSchema) -> None:
    analysis = prepared.analysis
    # A contradiction anywhere the schema describes a value is a mistake worth reporting, even off the
    # path to the root. A literal `false` schema is a deliberate "never", so it is skipped.
    for path, node in iter_schemas(prepared.schema):
        if not isinstance(node, dict) or _SKIP_IN_PATH.intersection(str(token) for token in path):
            continue
        if node in _NEVER_SCHEMAS:
            continue
        reason = analysis.local_reason(prepared.normalize(node))
        if reason is not None:
            raise InvalidInstructionError(_unsatisfiable_message(f"at {pointer(path)}: {reason}"))
    if analysis.height(prepared.schema) == INF:
        raise InvalidInstructionError(_unsatisfiable_message(analysis.explain(prepared.schema)))
    smallest = analysis.min_size(prepared.schema, MAX_VALUES_PER_RECORD + 1)
    if smallest > MAX_VALUES_PER_RECORD:
        raise InvalidInstructionError(
            f"the category schema describes records of more than {MAX_VALUES_PER_RECORD} values "
            "(minItems multiplied through nested arrays); lower minItems in the category"
        )


def _unsatisfiable_message(detail: str) -> str:
    return f"the category schema cannot be satisfied {detail}; change that constraint in the category"


def build_records(
    schema: dict[str, Any],
    count: int,
    rng: random.Random,
    *,
    locale: str,
    now: datetime,
    sources: list[dict[str, Any]] | None = None,
    deadline_s: float | None = None,
    clock: Callable[[], float] = time.monotonic,
) -> list[dict[str, Any]]:
    """Generate `count` records that validate against a category schema.

    Args:
        schema: the category's JSON Schema (draft 2020-12, or draft-07 by `$schema`).
        count: how many records to return.
        rng: the request's seeded random generator; the only source of randomness.
        locale: a supported BCP 47 tag such as "en-US"; picks names, places, phone formats.
        now: the request time (aware UTC) that relative dates such as `created_at` count back from.
        sources: optional domain records, ideally `source_pool_size(schema, count)` of them. Each record
            takes the unused source whose values break the fewest top-level `enum`/`const` constraints
            (the earliest on ties), and from it the values of properties whose names match and whose
            values satisfy the property's schema.
        deadline_s: seconds the whole call may take (`DEFAULT_DEADLINE_S` when None); checked at every value.
        clock: monotonic clock the deadline is measured on; tests pass a fake one.

    Returns:
        `count` records, each valid against the schema.

    Raises:
        BadRequestError: the schema is not a valid JSON Schema for a record.
        InvalidInstructionError: no valid record could be built, a record would be larger than
            `MAX_RECORD_BYTES`, or the deadline passed; the message names the constraint.

    Example:
        >>> schema = {"type": "object", "required": ["email"], "properties": {"email": {"format": "email"}}}
        >>> records = build_records(schema, 2, random.Random(7), locale="en-US", now=datetime.now(UTC))
        >>> len(records)
        2
    """
    budget = DEFAULT_DEADLINE_S if deadline_s is None else deadline_s
    prepared = prepare(schema)
    builder = RecordBuilder(prepared, rng, locale, now, deadline=clock() + budget, clock=clock)
    assigned = _assign_sources(prepared, sources or [], count)
    records = []
    for index in range(count):
        source = assigned[index] if index < len(assigned) else None
        try:
            records.append(_build_one(prepared, builder, source))
        except DeadlineError as exc:
            raise InvalidInstructionError(
                f"generating {count} records for the category schema did not finish within {budget:g} s: {exc}; "
                "lower count, or relax that constraint in the category"
            ) from None
        except RecordLimitError as exc:
            raise InvalidInstructionError(
                f"a record of the category schema would be too large: {exc}; relax that constraint in the category"
            ) from None
    return records


def source_pool_size(schema: dict[str, Any], count: int) -> int:
    """Return how many source records `build_records` can use for `count` records of a schema.

    A schema that limits top-level values with `enum` or `const` gets a larger pool to pick fitting sources
    from (`SOURCE_POOL_FACTOR` per record); other schemas need one source per record.
    """
    properties = schema.get("properties")
    if isinstance(properties, dict) and any(
        isinstance(sub, dict) and ("enum" in sub or "const" in sub) for sub in properties.values()
    ):
        return count * SOURCE_POOL_FACTOR
    return count


def _assign_sources(prepared: PreparedSchema, sources: list[dict[str, Any]], count: int) -> list[dict[str, Any]]:
    """Give each record the unused source that breaks the fewest top-level enum/const constraints."""
    root = prepared.normalize(prepared.schema)
    allowed: dict[str, set[str]] = {}
    for prop, subschema in root.get("properties", {}).items():
        node = prepared.normalize(subschema)
        if "const" in node or "enum" in node:
            allowed[prop] = {json_key(value) for value in prepared.analysis.enum_values(node)}
    if not allowed or len(sources) <= count:
        return sources[:count]

    def misses(source: dict[str, Any]) -> int:
        total = 0
        for prop, keys in allowed.items():
            matched = source_key(prop, source)
            if matched is None:
                continue
            node = prepared.normalize(root["properties"][prop])
            if not any(json_key(option) in keys for option in candidates(source[matched], node)):
                total += 1
        return total

    scored = sorted(range(len(sources)), key=lambda index: (misses(sources[index]), index))
    # The fitting sources keep their original order, so records still follow the instruction's mix.
    return [sources[index] for index in sorted(scored[:count])]


def _check_record_size(record: dict[str, Any]) -> None:
    size = len(json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode())
    if size > MAX_RECORD_BYTES:
        raise InvalidInstructionError(
            f"a record of the category schema is {size} bytes as JSON, more than the {MAX_RECORD_BYTES} allowed; "
            "lower minItems, minLength or minProperties in the category"
        )


def _build_one(prepared: PreparedSchema, builder: RecordBuilder, source: dict[str, Any] | None) -> dict[str, Any]:
    problem = "no attempt was made"
    builder.last_failure = None
    for attempt in range(RECORD_ATTEMPTS):
        try:
            record = builder.record(source if attempt < SOURCE_ATTEMPTS else None)
        except (RecordLimitError, DeadlineError):
            raise
        except UnsatisfiedError as exc:
            problem = str(exc)
            builder.last_failure = problem
            builder.check_deadline((), None)
            continue
        # The builder's estimate counts strings and keys; past an eighth of the limit, measure exactly.
        if builder.bytes_used > MAX_RECORD_BYTES // 8:
            _check_record_size(record)
        # is_valid stops at the first failure; the messages are only needed when a record fails.
        if prepared.validator.is_valid(record):
            return record
        errors = prepared.validator.errors(record, limit=1)
        if not errors:
            return record
        problem = f"at {errors[0]}"
        builder.last_failure = problem
        builder.check_deadline((), None)
    raise InvalidInstructionError(
        f"could not build a record that satisfies the category schema after {RECORD_ATTEMPTS} attempts; "
        f"the constraint that failed is {problem}. Either no value meets it, or the generator does not "
        "support this combination of keywords; relax or simplify it in the category"
    )
