"""The generate operation: instruction in, records and metadata out."""

from __future__ import annotations

import re
import secrets
import time
from datetime import UTC, datetime

from spectrapi_core.engine.base import EngineRequest
from spectrapi_core.errors import InternalError, InvalidInstructionError
from spectrapi_core.models import MAX_SEED, GenerateRequest, GenerateResponse, ResponseMeta
from spectrapi_core.service.deps import Dependencies
from spectrapi_core.service.keys import Principal

_WORD = re.compile(r"[^\W\d_]{2,}", re.UNICODE)

EMPTY_INSTRUCTION_MESSAGE = (
    "instruction is empty. Describe the records you want, for example "
    "'Generate 5 vehicle listings for Toyota cars from 2020 or newer'."
)


def generate(
    request: GenerateRequest,
    *,
    deps: Dependencies,
    principal: Principal | None,
    request_id: str,
    started: float | None = None,
    now: datetime | None = None,
) -> GenerateResponse:
    """Generate `request.count` records and their metadata.

    Args:
        request: the validated request body.
        deps: ports and engines of this process.
        principal: the caller; None only for the offline CLI.
        request_id: the public request id to report in `meta`.
        started: `time.perf_counter()` when the request arrived, so `latency_ms` covers parsing too.
        now: current time (UTC); injected by tests.

    Raises:
        InvalidInstructionError: the instruction is empty or has no words.
        SpectrAPIError: whatever the engine or the category lookup raises.
    """
    started = time.perf_counter() if started is None else started
    if not _WORD.search(request.instruction):
        raise InvalidInstructionError(EMPTY_INSTRUCTION_MESSAGE)

    seed = request.seed if request.seed is not None else secrets.randbelow(MAX_SEED + 1)
    engine = deps.engine()
    result = engine.generate(
        EngineRequest(
            instruction=request.instruction,
            count=request.count,
            locale=request.locale,
            seed=seed,
            now=now or datetime.now(UTC),
            deadline_s=deps.settings.request_deadline_s,
        )
    )
    if len(result.records) != request.count:
        raise InternalError("The engine returned the wrong number of records. Retry the request.")

    meta = ResponseMeta(
        request_id=request_id,
        latency_ms=round((time.perf_counter() - started) * 1000),
        count=len(result.records),
        locale=request.locale,
        seed=seed,
        engine=result.engine,
        category_id=request.category_id,
    )
    return GenerateResponse(data=result.records, meta=meta)
