"""The public contract: request bodies, the success envelope and the error envelope.

Field rules raise `PydanticCustomError` with plain messages that name the bad value, so the HTTP layer can
report them as they are (see `spectrapi_core.http.validation`).
"""

from __future__ import annotations

import re
from datetime import datetime
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
        if value != value or value in (float("inf"), float("-inf")):
            return "a number too large to represent"
        return f"{value!r} (a number written with a decimal point or exponent, not an integer)"
    if isinstance(value, str):
        preview = value if len(value) <= 40 else value[:37] + "..."
        return f"{preview!r} (a string)"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _require_string(value: Any, field: str) -> str:
    if not isinstance(value, str):
        raise PydanticCustomError(
            "spectrapi", "{field} must be a string; got {got}", {"field": field, "got": describe_json_value(value)}
        )
    return value


def _trimmed_text(value: Any, field: str, max_chars: int, advice: str = "") -> str:
    """Return a string field trimmed, or raise a message naming the field and its length limit."""
    trimmed = _require_string(value, field).strip()
    if len(trimmed) > max_chars:
        raise PydanticCustomError(
            "spectrapi",
            "{field} is {length} characters after trimming; the maximum is {limit}{advice}",
            {"field": field, "length": len(trimmed), "limit": max_chars, "advice": advice},
        )
    return trimmed


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
    locale: str = Field(default=DEFAULT_LOCALE, description="BCP 47 locale tag such as en-US, en-GB, fr-FR, de-DE.")
    category_id: str | None = Field(default=None, description="Saved category whose schema fixes the structure.")
    seed: int | None = Field(
        default=None,
        ge=0,
        le=MAX_SEED,
        description="Same request, seed and engine version give the same records.",
    )

    @field_validator("instruction", mode="before")
    @classmethod
    def _check_instruction(cls, value: Any) -> str:
        # An empty instruction is a 422, not a 400, because the service reports it with advice on what to write.
        return _trimmed_text(value, "instruction", MAX_INSTRUCTION_CHARS, ". Shorten it.")

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

    request_id: str = Field(description="`req_` plus 8 lowercase base36 characters; quote it when reporting a problem.")
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


class UsageWindow(BaseModel):
    """Requests counted in one fixed window."""

    used: int = Field(description="Requests counted in this window so far.")
    limit: int | None = Field(description="Requests allowed in this window; null means unlimited.")
    remaining: int | None = Field(description="Requests still allowed (never below 0); null means unlimited.")
    reset: int = Field(description="Unix time, in seconds, when this window ends and the next one starts at 0.")


class UsageResponse(BaseModel):
    """Body of `GET /api/v1/usage`: the calling key's plan and both of its limit windows."""

    key_id: str
    account_id: str
    plan: str = Field(examples=["pro"])
    mode: str = Field(description="`live` or `test`; test requests have a monthly quota of their own.")
    minute: UsageWindow = Field(description="This key's requests in the current UTC minute.")
    month: UsageWindow = Field(description="This account's requests of this mode in the current UTC month.")


MAX_CATEGORY_NAME_CHARS = 100
MAX_CATEGORY_DESCRIPTION_CHARS = 1000
CATEGORY_SCHEMA_EXAMPLE = '{"type": "object", "properties": {"name": {"type": "string"}}}'
CATEGORY_ID_RULE = "'cat_' followed by 1 to 64 lowercase letters, digits or '_', such as 'cat_vehicles'"


def _check_category_name(value: Any) -> str:
    trimmed = _require_string(value, "name").strip()
    if not 1 <= len(trimmed) <= MAX_CATEGORY_NAME_CHARS:
        raise PydanticCustomError(
            "spectrapi",
            "name must be 1 to {limit} characters after trimming; got {length}",
            {"limit": MAX_CATEGORY_NAME_CHARS, "length": len(trimmed)},
        )
    return trimmed


def _check_category_description(value: Any) -> str:
    if value is None:
        return ""
    return _trimmed_text(value, "description", MAX_CATEGORY_DESCRIPTION_CHARS)


def _check_category_schema_type(value: Any) -> dict[str, Any]:
    # Only the JSON type is checked here; the service checks the schema itself and reports where it is invalid.
    if not isinstance(value, dict):
        raise PydanticCustomError(
            "spectrapi",
            "schema must be a JSON object: a JSON Schema for one record, such as {example}; got {got}",
            {"example": CATEGORY_SCHEMA_EXAMPLE, "got": describe_json_value(value)},
        )
    return value


def check_category_id(value: Any, field: str = "id") -> str:
    """Return a category id that matches `CATEGORY_ID_PATTERN`, or raise a message naming the rule."""
    if not isinstance(value, str) or not CATEGORY_ID_PATTERN.match(value):
        raise PydanticCustomError(
            "spectrapi",
            "{field} must be {rule}; got {got}",
            {"field": field, "rule": CATEGORY_ID_RULE, "got": describe_json_value(value)},
        )
    return value


class CategoryCreateRequest(BaseModel):
    """Body of `POST /api/v1/categories`."""

    model_config = ConfigDict(extra="forbid", validate_by_alias=True, validate_by_name=True)

    id: str | None = Field(
        default=None,
        description="Category id: 'cat_' plus 1 to 64 lowercase letters, digits or '_'. Generated when omitted.",
        examples=["cat_vehicles"],
    )
    name: str = Field(description="Display name, 1 to 100 characters.", examples=["Vehicle listings"])
    description: str = Field(default="", description="What the category is for, up to 1,000 characters.")
    schema_: dict[str, Any] = Field(
        alias="schema",
        description="JSON Schema (draft 2020-12 by default, draft-07 accepted) of one record; an object schema.",
    )

    @field_validator("id", mode="before")
    @classmethod
    def _check_id(cls, value: Any) -> str | None:
        return None if value is None else check_category_id(value)

    @field_validator("name", mode="before")
    @classmethod
    def _check_name(cls, value: Any) -> str:
        return _check_category_name(value)

    @field_validator("description", mode="before")
    @classmethod
    def _check_description(cls, value: Any) -> str:
        return _check_category_description(value)

    @field_validator("schema_", mode="before")
    @classmethod
    def _check_schema(cls, value: Any) -> dict[str, Any]:
        return _check_category_schema_type(value)


class CategoryUpdateRequest(BaseModel):
    """Body of `PUT /api/v1/categories/{id}`: saves a new version; omitted name and description are kept."""

    model_config = ConfigDict(extra="forbid", validate_by_alias=True, validate_by_name=True)

    name: str | None = Field(default=None, description="New display name; the previous one is kept when omitted.")
    description: str | None = Field(
        default=None, description="New description; kept when omitted, cleared by null or an empty string."
    )
    schema_: dict[str, Any] = Field(alias="schema", description="JSON Schema of one record for the new version.")

    @field_validator("name", mode="before")
    @classmethod
    def _check_name(cls, value: Any) -> str:
        return _check_category_name(value)

    @field_validator("description", mode="before")
    @classmethod
    def _check_description(cls, value: Any) -> str:
        return _check_category_description(value)

    @field_validator("schema_", mode="before")
    @classmethod
    def _check_schema(cls, value: Any) -> dict[str, Any]:
        return _check_category_schema_type(value)


class CategorySummary(BaseModel):
    """A category's latest version without its schema, as listed by `GET /api/v1/categories`."""

    model_config = ConfigDict(serialize_by_alias=True)

    id: str = Field(examples=["cat_vehicles"])
    name: str
    description: str
    version: int = Field(description="Version number: 1 for the first save, then 2, 3, ...")
    created_at: datetime = Field(description="When version 1 was saved (UTC).")
    updated_at: datetime = Field(description="When this version was saved (UTC).")


class CategoryResponse(CategorySummary):
    """One version of a category, with its schema."""

    schema_: dict[str, Any] = Field(alias="schema", description="JSON Schema of one record.")


class CategoryListResponse(BaseModel):
    """Body of `GET /api/v1/categories`: the latest version of each category, ordered by id."""

    data: list[CategorySummary]


class CategoryDeletedResponse(BaseModel):
    """Body of `DELETE /api/v1/categories/{id}`."""

    id: str
    deleted: bool = True
