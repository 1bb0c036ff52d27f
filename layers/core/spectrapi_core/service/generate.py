"""The generate operation: instruction in, records and metadata out."""

from __future__ import annotations

import hashlib
import re
import secrets
import time
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from aws_lambda_powertools import Logger

from spectrapi_core.engine.base import EngineRequest
from spectrapi_core.errors import InternalError, InvalidInstructionError
from spectrapi_core.models import GenerateRequest, GenerateResponse, ResponseMeta
from spectrapi_core.service.access import FEATURE_CATEGORIES, require_feature
from spectrapi_core.service.categories import RecordSchema, record_schema_for
from spectrapi_core.service.deps import Dependencies
from spectrapi_core.service.keys import Principal

if TYPE_CHECKING:
    from jsonschema import ValidationError

logger = Logger(service="spectrapi", child=True)

_WORD = re.compile(r"[^\W\d_]{2,}", re.UNICODE)

MAX_CHOSEN_SEED = 2**53 - 1
"""Largest seed the server picks itself: JavaScript numbers hold integers exactly only up to 2**53 - 1, so a seed
reported in `meta.seed` survives a round trip through a JavaScript client."""

EMPTY_INSTRUCTION_MESSAGE = (
    "instruction is empty. Describe the records you want, for example "
    "'Generate vehicle listings for Toyota cars from 2020 or newer'. Set how many with the count field."
)


def engine_seed(seed: int, instruction: str, locale: str) -> int:
    """Derive the engine's seed from the request's seed, instruction and locale.

    With the request seed alone, two instructions sent with the same seed would draw the same random sequence and so
    the same record id suffixes. Mixing in the instruction keeps ids apart across fixtures.
    """
    digest = hashlib.sha256(f"{seed}\x00{instruction}\x00{locale}".encode()).digest()
    return int.from_bytes(digest[:8], "big")


def generation_time(now: datetime) -> datetime:
    """Return the time engines count relative windows from: 00:00 UTC of the current day.

    Anchoring to the day, not the second, lets the same request and seed return the same records again later on the
    same UTC day. "From the last 30 days" then means the 30 days before today.
    """
    return now.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)


def generate(
    request: GenerateRequest,
    *,
    deps: Dependencies,
    principal: Principal | None,
    request_id: str,
    started: float | None = None,
    now: datetime | None = None,
    record_schema: RecordSchema | None = None,
) -> GenerateResponse:
    """Generate `request.count` records and their metadata.

    Args:
        request: the validated request body.
        deps: ports and engines of this process.
        principal: the caller; None only for the offline CLI.
        request_id: the public request id to report in `meta`.
        started: `time.perf_counter()` when the request arrived, so `latency_ms` covers parsing too.
        now: current time (UTC); injected by tests.
        record_schema: a schema the caller already resolved (the CLI's `--category`); when None and
            `request.category_id` is set, the category is looked up in the principal's account.

    Raises:
        InsufficientPermissionsError: `category_id` is set and the principal's plan lacks categories.
        NotFoundError: `category_id` names no category of the principal's account.
        InvalidInstructionError: the instruction is empty or has no words, or a record cannot satisfy the
            category schema because the schema contradicts itself.
        InternalError: the engine returned a record that does not validate against the category schema.
        SpectrAPIError: whatever the engine raises.
    """
    started = time.perf_counter() if started is None else started
    if not _WORD.search(request.instruction):
        raise InvalidInstructionError(EMPTY_INSTRUCTION_MESSAGE)
    if record_schema is None and request.category_id is not None:
        record_schema = _saved_category(deps, principal, request.category_id)

    seed = request.seed if request.seed is not None else secrets.randbelow(MAX_CHOSEN_SEED + 1)
    engine = deps.engine()
    result = engine.generate(
        EngineRequest(
            instruction=request.instruction,
            count=request.count,
            locale=request.locale,
            seed=engine_seed(seed, request.instruction, request.locale),
            now=generation_time(now or datetime.now(UTC)),
            schema=record_schema.schema if record_schema else None,
            deadline_s=deps.settings.request_deadline_s,
        )
    )
    if len(result.records) != request.count:
        raise InternalError("The engine returned the wrong number of records. Retry the request.")
    if record_schema is not None:
        check_records(result.records, record_schema, request_id=request_id)

    meta = ResponseMeta(
        request_id=request_id,
        latency_ms=round((time.perf_counter() - started) * 1000),
        count=len(result.records),
        locale=request.locale,
        seed=seed,
        engine=result.engine,
        category_id=record_schema.category_id if record_schema else None,
        category_version=record_schema.version if record_schema else None,
    )
    return GenerateResponse(data=result.records, meta=meta)


def _saved_category(deps: Dependencies, principal: Principal | None, category_id: str) -> RecordSchema:
    if principal is None:
        raise InternalError("A category_id needs the caller's account; pass the resolved schema instead.")
    require_feature(principal, FEATURE_CATEGORIES)
    return record_schema_for(deps.categories(), principal.account_id, category_id)


def check_records(records: list[dict[str, Any]], record_schema: RecordSchema, *, request_id: str) -> None:
    """Validate every record against the category schema, so no non-conforming record is returned.

    Raises:
        InvalidInstructionError: a record fails where the schema contradicts itself (e.g. minimum above maximum).
        InternalError: a record fails for another reason, which is the engine's fault.
    """
    # Imported here so requests without a category never load jsonschema or the schema engine.
    from spectrapi_core.engine.schema import cached_validator
    from spectrapi_core.service.record_schema import (
        compile_record_validator,
        describe_contradiction,
        first_violation,
        json_pointer,
    )

    fast_validator = cached_validator(record_schema.schema)
    if all(fast_validator.is_valid(record) for record in records):
        return
    # A record failed the fast (Rust) validator: explain it with jsonschema, which reports the failing subschema.
    validator = compile_record_validator(record_schema.schema)
    name = f"category {record_schema.category_id}" if record_schema.category_id else "the category schema"
    for index, record in enumerate(records):
        if fast_validator.is_valid(record):
            continue
        try:
            violation = first_violation(validator, record)
        except RecursionError:
            raise InvalidInstructionError(
                f"Validating records against {name} never finishes: its references loop. Fix the schema."
            ) from None
        if violation is None:
            # The two validators disagree (jsonschema misjudges some float multipleOf checks); trust the fast one.
            raise InternalError(
                f"The engine produced a record that does not match {name} (record {index}: "
                f"{'; '.join(fast_validator.errors(record, limit=1))}). Retry the request."
            )

        schema_pointer = json_pointer(_subschema_path(violation))
        contradiction = describe_contradiction(violation.schema)
        if contradiction is not None:
            raise InvalidInstructionError(
                f"No record can satisfy {name}: at {schema_pointer} in the schema, {contradiction}. "
                "Fix the schema and save it again."
            )
        logger.error(
            "generated record does not match the category schema",
            extra={
                "request_id": request_id,
                "category_id": record_schema.category_id,
                "category_version": record_schema.version,
                "keyword": violation.validator,
                "schema_pointer": schema_pointer,
            },
        )
        raise InternalError(
            f"The engine produced a record that does not match {name} (record {index}, at "
            f"{json_pointer(violation.absolute_path)}: failed {violation.validator!r} at {schema_pointer} in the "
            "schema). Retry the request, and quote the request id if it persists."
        )


def _subschema_path(violation: ValidationError) -> list[str | int]:
    """Return the path to the subschema that failed, without the failing keyword."""
    path = list(violation.absolute_schema_path)
    if not isinstance(violation.schema, bool):
        return path[:-1]
    # NOTE: jsonschema 4.26 ends the path of a failed `false` subschema at its parent keyword (`/properties`,
    # without the property name), so the pointer reported for it is one step short.
    return path
