"""The llm engine: records from an OpenAI-compatible chat completions endpoint, checked and topped up."""

from __future__ import annotations

import json
import logging
import math
import random
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from jsonschema.exceptions import SchemaError

from spectrapi_core.engine.base import EngineRequest, EngineResult
from spectrapi_core.engine.llm.calls import (
    CallResult,
    ChatCaller,
    JsonSchemaRejectedError,
    RetryableCallError,
)
from spectrapi_core.engine.llm.checks import LeakDetector, RecordValidator, build_validator
from spectrapi_core.engine.llm.collect import RecordCollector
from spectrapi_core.engine.llm.config import LLMConfig
from spectrapi_core.engine.llm.parsing import parse_model_output
from spectrapi_core.engine.llm.prompts import (
    SYSTEM_PROMPT,
    BatchPlan,
    build_user_message,
    id_prefix_for,
    plan_batches,
)
from spectrapi_core.engine.llm.strict_schema import StrictSchemaUnsupportedError, to_strict_schema
from spectrapi_core.errors import (
    BadRequestError,
    InvalidInstructionError,
    SpectrAPIError,
    UpstreamError,
    UpstreamTimeoutError,
)
from spectrapi_core.ids import random_id

logger = logging.getLogger(__name__)

TOP_UP_MARGIN = 0.2
"""Top-up calls ask for this fraction more than is missing, because some records fail the checks."""

_LEAK_DETECTOR = LeakDetector(SYSTEM_PROMPT)


@dataclass(frozen=True)
class OutputMode:
    """Response format and record checks of one request."""

    response_format: dict[str, Any]
    schema_in_prompt: dict[str, Any] | None
    validator: RecordValidator | None


class LLMEngine:
    """Generates records through an OpenAI-compatible chat completions endpoint.

    Large counts are split into batches that run in parallel, each with its own variety hint. Every
    record is checked for schema or shared shape, duplicates and system prompt leaks. Missing records
    are requested again in top-up rounds until the count is reached or the deadline passes.

    Example:
        >>> engine = LLMEngine(LLMConfig(base_url="http://127.0.0.1:8080/v1", model="m"),
        ...                    api_key_provider=lambda: os.environ["SPECTRAPI_LLM_API_KEY"])
        >>> engine.generate(request).records
    """

    name = "llm"
    version = "1"

    def __init__(
        self,
        config: LLMConfig,
        *,
        api_key_provider: Callable[[], str] | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.config = config
        self._clock = clock
        self._caller = ChatCaller(config, api_key_provider, clock=clock, sleep=sleep)
        self._json_schema_supported = config.structured_outputs

    def generate(self, request: EngineRequest) -> EngineResult:
        """Generate exactly `request.count` checked records.

        Raises:
            InvalidInstructionError: the model declined the instruction, or kept returning system text.
            UpstreamError: the endpoint failed after retries, or kept returning unusable records.
            UpstreamTimeoutError: the deadline passed before enough records were produced.
        """
        started = self._clock()
        budget = (
            self.config.deadline_s if request.deadline_s is None else min(self.config.deadline_s, request.deadline_s)
        )
        deadline = started + budget
        rng = random.Random(request.seed)
        ids = [random_id(id_prefix_for(request.instruction, request.schema), rng) for _ in range(request.count)]

        mode = self._output_mode(request.schema)
        collector = RecordCollector(
            count=request.count, leak_detector=_LEAK_DETECTOR, schema=request.schema, validator=mode.validator
        )
        run = _Run(self, request, mode, collector, rng, deadline, budget)
        try:
            run.execute()
        except SpectrAPIError as error:
            logger.warning(
                "llm generation failed",
                extra={
                    "engine": self.name,
                    "count": request.count,
                    "error": error.code,
                    **run.stats(started),
                },
            )
            raise

        records = [
            _with_id(record, record_id, request.schema)
            for record, record_id in zip(collector.records, ids, strict=False)
        ]
        stats = run.stats(started)
        logger.info("llm generation finished", extra={"engine": self.name, "count": request.count, **stats})
        return EngineResult(records=records, engine=self.name, stats=stats)

    def _output_mode(self, schema: dict[str, Any] | None) -> OutputMode:
        if schema is None:
            return OutputMode({"type": "json_object"}, None, None)

        validator = _compiled_validator(json.dumps(schema, sort_keys=True))
        if self._json_schema_supported:
            try:
                record_schema, definitions = to_strict_schema(schema)
            except StrictSchemaUnsupportedError as error:
                logger.info("llm schema sent in the prompt", extra={"reason": str(error)})
            else:
                wrapper: dict[str, Any] = {
                    "type": "object",
                    "properties": {"records": {"type": "array", "items": record_schema}},
                    "required": ["records"],
                    "additionalProperties": False,
                }
                if definitions:
                    wrapper["$defs"] = definitions
                response_format = {
                    "type": "json_schema",
                    "json_schema": {"name": "records", "strict": True, "schema": wrapper},
                }
                return OutputMode(response_format, None, validator)
        return OutputMode({"type": "json_object"}, schema, validator)


@lru_cache(maxsize=64)
def _compiled_validator(schema_json: str) -> RecordValidator:
    try:
        return build_validator(json.loads(schema_json))
    except SchemaError as error:
        raise BadRequestError(
            f"The category schema is not a valid JSON Schema ({error.message[:200]}). Fix the category."
        ) from None


def _with_id(record: dict[str, Any], record_id: str, schema: dict[str, Any] | None) -> dict[str, Any]:
    if schema is not None and "id" in schema.get("properties", {}):
        return record
    return {"id": record_id, **{name: value for name, value in record.items() if name != "id"}}


class _Run:
    """State of one generation: rounds of parallel calls feeding one collector."""

    def __init__(
        self,
        engine: LLMEngine,
        request: EngineRequest,
        mode: OutputMode,
        collector: RecordCollector,
        rng: random.Random,
        deadline: float,
        budget_s: float,
    ) -> None:
        self.engine = engine
        self.budget_s = budget_s
        self.config = engine.config
        self.request = request
        self.mode = mode
        self.collector = collector
        self.rng = rng
        self.deadline = deadline
        self.prompt_tokens = 0
        self.completion_tokens = 0
        self.calls = 0
        self.batches = 0
        self.rounds = 0
        self.truncated = 0
        self.last_failure: UpstreamError | UpstreamTimeoutError | None = None

    def stats(self, started: float) -> dict[str, Any]:
        """Return token usage, call counts and timing of the run so far."""
        return {
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "calls": self.calls,
            "batches": self.batches,
            "rounds": self.rounds,
            "truncated": self.truncated,
            "llm_ms": round((self.engine._clock() - started) * 1000),
            "output_mode": self.mode.response_format["type"],
            **self.collector.rejected.as_stats(),
        }

    def execute(self) -> None:
        """Run rounds until the collector is full; raise the error that explains why it is not."""
        clock = self.engine._clock
        executor = ThreadPoolExecutor(max_workers=self.config.max_parallel_batches, thread_name_prefix="llm")
        try:
            while self.collector.missing > 0 and self.rounds < self.config.max_rounds:
                if self.deadline - clock() <= 0:
                    break
                self._round(executor)
        finally:
            executor.shutdown(wait=False, cancel_futures=True)

        if self.collector.missing > 0:
            raise self._shortfall_error(timed_out=self.deadline - clock() <= 0)

    def _round(self, executor: ThreadPoolExecutor) -> None:
        missing = self.collector.missing
        requested = missing if self.rounds == 0 else missing + math.ceil(missing * TOP_UP_MARGIN)
        plans = plan_batches(requested, self.config.batch_size, self.rng, first_index=self.batches)
        avoid = self.collector.sample_values() if self.rounds > 0 else []
        self.rounds += 1
        self.batches += len(plans)

        futures: list[tuple[BatchPlan, Future[CallResult]]] = []
        for plan in plans:
            messages = [
                {"role": "system", "content": SYSTEM_PROMPT},
                {"role": "user", "content": self._user_message(plan, len(plans), avoid)},
            ]
            future = executor.submit(
                self.engine._caller.call,
                messages=messages,
                response_format=self.mode.response_format,
                seed=plan.seed,
                deadline=self.deadline,
                jitter=random.Random(plan.seed),
            )
            futures.append((plan, future))

        # NOTE: a round waits for its slowest call, so one slow batch delays the top-up of the others.
        wait([future for _, future in futures], timeout=max(0.0, self.deadline - self.engine._clock()))

        # Results are taken in batch order, not completion order, so equal responses give equal record order.
        for _, future in futures:
            if not future.done():
                future.cancel()
                self.last_failure = UpstreamTimeoutError("The LLM endpoint did not finish within the request deadline.")
                continue
            try:
                result = future.result()
            except RetryableCallError as error:
                self.calls += error.attempts
                self.last_failure = error.error
                continue
            except JsonSchemaRejectedError as error:
                self.calls += 1
                self._fall_back_to_json_object(str(error))
                continue
            self.calls += result.attempts
            self._take(result)

    def _fall_back_to_json_object(self, detail: str) -> None:
        """Send the schema in the prompt with json_object mode, in this run and later ones."""
        if self.mode.response_format["type"] != "json_schema":
            return
        logger.warning("llm endpoint rejected json_schema; using json_object", extra={"detail": detail})
        self.engine._json_schema_supported = False
        self.mode = OutputMode({"type": "json_object"}, self.request.schema, self.mode.validator)

    def _user_message(self, plan: BatchPlan, total_batches: int, avoid: list[str]) -> str:
        return build_user_message(
            self.request.instruction,
            locale=self.request.locale,
            plan=plan,
            total_batches=total_batches,
            schema_in_prompt=self.mode.schema_in_prompt,
            avoid=avoid,
        )

    def _take(self, result: CallResult) -> None:
        self.prompt_tokens += result.prompt_tokens
        self.completion_tokens += result.completion_tokens

        if result.refusal:
            raise _refused(result.refusal)
        if result.finish_reason == "content_filter":
            raise _refused("the provider's content filter stopped the output")

        parsed = parse_model_output(result.content)
        if parsed.refusal is not None:
            raise _refused(parsed.refusal)
        if result.finish_reason == "length" or not parsed.complete:
            # Cut-off output is never taken as complete: only whole records count, the rest is topped up.
            self.truncated += 1
            logger.info(
                "llm output cut off",
                extra={"finish_reason": result.finish_reason, "salvaged": len(parsed.records)},
            )
        for item in parsed.records:
            self.collector.offer(item)

    def _shortfall_error(self, *, timed_out: bool) -> SpectrAPIError:
        produced = len(self.collector.records)
        expected = self.request.count
        if timed_out or isinstance(self.last_failure, UpstreamTimeoutError):
            return UpstreamTimeoutError(
                f"The LLM produced {produced} of {expected} records within the {self.budget_s:g} s "
                f"deadline. Retry with a smaller count (for example {max(1, produced)})."
            )
        if self.last_failure is not None:
            return UpstreamError(
                f"{self.last_failure.message} ({produced} of {expected} records were produced.)",
                headers=self.last_failure.headers,
            )
        rejected = self.collector.rejected
        if rejected.leaked and rejected.leaked >= rejected.invalid + rejected.duplicate:
            return InvalidInstructionError(
                "The instruction asks for content the API does not return (its own configuration or rules). "
                "Describe only the data you need."
            )
        return UpstreamError(
            f"The LLM produced only {produced} usable records of {expected} after {self.rounds} rounds "
            f"({rejected.invalid} invalid, {rejected.duplicate} duplicates). Retry, or make the instruction "
            "or category constraints easier to satisfy."
        )


def _refused(reason: str) -> InvalidInstructionError:
    summary = " ".join(reason.split())[:200]
    if _LEAK_DETECTOR.leaks(summary):
        summary = "no reason given"
    return InvalidInstructionError(
        f"The LLM declined to generate these records ({summary}). Rephrase the instruction as a description of data."
    )
