"""The builtin engine: offline, seeded, millisecond generation from an instruction."""

from __future__ import annotations

import random
from datetime import datetime
from typing import Any

from ...errors import BadRequestError, InvalidInstructionError
from ...locales import SUPPORTED_LOCALES, normalize_locale
from ..base import EngineRequest, EngineResult
from .assemble import build_records
from .parser import parse_instruction


def generate_source_records(
    instruction: str, count: int, locale: str, rng: random.Random, now: datetime
) -> list[dict[str, Any]]:
    """Generate domain records for an instruction, for use as values or as hints for a schema filler.

    Args:
        instruction: Plain-language description of the records.
        count: Number of records to build (the engine's caller checks the public 1-100 limit).
        locale: Supported BCP 47 tag, such as "en-GB".
        rng: The request's seeded generator; every random draw comes from it.
        now: Aware UTC datetime for relative windows such as "from the last 30 days".

    Returns:
        `count` records sharing one set of keys, each with an `id` such as `veh_k8m3n7p2`.

    Raises:
        InvalidInstructionError: The instruction is vague or its constraints contradict each other.
        BadRequestError: The locale is not supported.
    """
    canonical = _locale(locale)
    spec = parse_instruction(instruction, now, canonical)
    return build_records(spec, count, canonical, rng, now)


def _locale(tag: str) -> str:
    canonical = normalize_locale(tag)
    if canonical is None:
        supported = ", ".join(SUPPORTED_LOCALES)
        raise BadRequestError(f"Unsupported locale {tag!r}. Use one of: {supported}.")
    return canonical


class BuiltinEngine:
    """Generates records offline from domain catalogs and locale tables, reproducibly for a given seed."""

    name = "builtin"
    version = "builtin-1"

    def generate(self, request: EngineRequest) -> EngineResult:
        """Build `request.count` records; the same request and seed always give the same records.

        With `request.schema` set, the instruction's domain records become value sources for the schema filler,
        which builds records that validate against the schema ("Generate electric vehicles" keeps every
        `fuel_type` electric). An instruction too vague to parse still works then, with no sources.
        """
        locale = _locale(request.locale)
        rng = random.Random(request.seed)
        if request.schema is not None:
            return self._generate_for_schema(request, locale, rng)
        spec = parse_instruction(request.instruction, request.now, locale)
        records = build_records(spec, request.count, locale, rng, request.now)
        return EngineResult(
            records=records,
            engine=self.name,
            stats={"domain": spec.domain, "entity": spec.entity, "engine_version": self.version},
        )

    def _generate_for_schema(self, request: EngineRequest, locale: str, rng: random.Random) -> EngineResult:
        from ..schema import build_records as build_schema_records
        from ..schema import source_pool_size

        assert request.schema is not None
        sources: list[dict[str, Any]] | None
        try:
            spec = parse_instruction(request.instruction, request.now, locale)
        except InvalidInstructionError:
            sources, domain = None, None
        else:
            sources = build_records(spec, source_pool_size(request.schema, request.count), locale, rng, request.now)
            domain = spec.domain
        records = build_schema_records(
            request.schema,
            request.count,
            rng,
            locale=locale,
            now=request.now,
            sources=sources,
            deadline_s=request.deadline_s,
        )
        return EngineResult(
            records=records,
            engine=self.name,
            stats={"domain": domain, "schema": True, "engine_version": self.version},
        )
