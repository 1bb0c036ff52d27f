"""The public contract: request bodies, the success envelope and the error envelope.

Field rules raise `PydanticCustomError` with plain messages that name the bad value, so the HTTP layer can
report them as they are (see `spectrapi_core.http.validation`).
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator
from pydantic_core import PydanticCustomError

from spectrapi_core.locales import DEFAULT_LOCALE, SUPPORTED_LOCALES, normalize_locale

MIN_COUNT = 1
MAX_COUNT = 100
DEFAULT_COUNT = 10
MAX_INSTRUCTION_CHARS = 2000
MAX_SEED = 2**63 - 1
CATEGORY_ID_PATTERN = re.compile(r"^cat_[a-z0-9_]{1,64}$")


def describe_json_value(value: Any) -> str:
    """Show a received value and its JSON type, e.g. `"5" (a string)`, for error messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return f"{str(value).lower()} (a boolean)"
    if isinstance(value, int):
        return f"{value} (an integer)"
    if isinstance(value, float):
        return f"{value!r} (a number with a fraction)"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return f"{shown!r} (a string)"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _strict_integer(value: Any, field: str, rule: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise PydanticCustomError(
            "spectrapi",
            "{field} must be a JSON integer {rule}; got {got}",
            {"field": field, "rule": rule, "got": describe_json_value(value)},
        )
    return value


class GenerateRequest(BaseModel):
    """Body of `POST /api/v1/generate`."""

    model_config = ConfigDict(extra="forbid")

    instruction: str = Field(
        description="Plain-language description of the records, 1 to 2,000 characters after trimming.",
        examples=["Generate luxury vehicle listings with BMW and Mercedes models from 2022 or newer"],
    )
    count: int = Field(
        default=DEFAULT_COUNT,
        ge=MIN_COUNT,
        le=MAX_COUNT,
        description="Number of records to generate, a JSON integer from 1 to 100.",
    )
    locale: str = Field(
        default=DEFAULT_LOCALE, description="BCP 47 locale tag such as en-US, en-GB, fr-FR, de-DE."
    )
    category_id: str | None = Field(
        default=None, description="Saved category whose schema fixes the structure."
    )
    seed: int | None = Field(
        default=None,
        ge=0,
        le=MAX_SEED,
        description="Same request, seed and engine version give the same records.",
    )

    @field_validator("instruction", mode="before")
    @classmethod
    def _check_instruction(cls, value: Any) -> str:
        if not isinstance(value, str):
            raise PydanticCustomError(
                "spectrapi", "instruction must be a string; got {got}", {"got": describe_json_value(value)}
            )
        trimmed = value.strip()
        if len(trimmed) > MAX_INSTRUCTION_CHARS:
            raise PydanticCustomError(
                "spectrapi",
                "instruction is {length} characters after trimming; the maximum is {limit}. Shorten it.",
                {"length": len(trimmed), "limit": MAX_INSTRUCTION_CHARS},
            )
        # An empty instruction is a 422, not a 400: the service reports it with advice on what to write.
        return trimmed

    @field_validator("count", mode="before")
    @classmethod
    def _check_count(cls, value: Any) -> int:
        count = _strict_integer(value, "count", f"from {MIN_COUNT} to {MAX_COUNT}")
        if not MIN_COUNT <= count <= MAX_COUNT:
            raise PydanticCustomError(
                "spectrapi",
                "count must be from {low} to {high}; got {got}",
                {"low": MIN_COUNT, "high": MAX_COUNT, "got": count},
            )
        return count

    @field_validator("locale", mode="before")
    @classmethod
    def _check_locale(cls, value: Any) -> str:
        if not isinstance(value, str):
            raise PydanticCustomError(
                "spectrapi",
                "locale must be a string such as 'en-US'; got {got}",
                {"got": describe_json_value(value)},
            )
        canonical = normalize_locale(value)
        if canonical is None:
            raise PydanticCustomError(
                "spectrapi",
                "locale {got} is not supported; use one of: {supported}",
                {"got": describe_json_value(value), "supported": ", ".join(SUPPORTED_LOCALES)},
            )
        return canonical

    @field_validator("category_id", mode="before")
    @classmethod
    def _check_category_id(cls, value: Any) -> str | None:
        if value is None:
            return None
        if not isinstance(value, str) or not CATEGORY_ID_PATTERN.match(value):
            raise PydanticCustomError(
                "spectrapi",
                "category_id must look like 'cat_' followed by lowercase letters, digits or '_'; got {got}",
                {"got": describe_json_value(value)},
            )
        return value

    @field_validator("seed", mode="before")
    @classmethod
    def _check_seed(cls, value: Any) -> int | None:
        if value is None:
            return None
        seed = _strict_integer(value, "seed", f"from 0 to {MAX_SEED}")
        if not 0 <= seed <= MAX_SEED:
            raise PydanticCustomError(
                "spectrapi", "seed must be from 0 to {high}; got {got}", {"high": MAX_SEED, "got": seed}
            )
        return seed


class ResponseMeta(BaseModel):
    """Request metadata returned beside the records."""

    request_id: str = Field(
        description="`req_` plus 8 lowercase base36 characters; quote it when reporting a problem."
    )
    latency_ms: int = Field(description="Server-side processing time in milliseconds.")
    count: int = Field(description="Number of records in `data`.")
    locale: str
    seed: int = Field(description="Seed used; send it back to get the same records again.")
    engine: str = Field(description="Engine that produced the records: `builtin` or `llm`.")
    category_id: str | None = None
    category_version: int | None = None


class GenerateResponse(BaseModel):
    """Success envelope of `POST /api/v1/generate`."""

    data: list[dict[str, Any]]
    meta: ResponseMeta


class ErrorDetail(BaseModel):
    """Body of every error response, under `error`."""

    code: str = Field(examples=["bad_request"])
    message: str
    status: int


class ErrorEnvelope(BaseModel):
    """Error envelope: `{"error": {"code", "message", "status"}}`."""

    error: ErrorDetail
