"""Typed request parameters and response objects of the SpectrAPI HTTP API.

Response models accept fields they do not declare, so a newer server never breaks an older client; undeclared
fields are kept and readable as attributes. Every object returned by a client method also carries the
`X-Request-Id` header as `request_id` and the `X-RateLimit-*` headers as `rate_limit`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import httpx
from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, StrictInt, StrictStr

__all__ = [
    "Category",
    "CategoryDeleted",
    "CategoryList",
    "GenerateParams",
    "GenerateResponse",
    "RateLimit",
    "ResponseMeta",
    "Usage",
    "UsageWindow",
]


class RateLimit(BaseModel):
    """Rate-limit state from the `X-RateLimit-*` headers of one response; None where a header is absent."""

    limit: int | None = Field(default=None, description="Requests allowed per minute for this key.")
    remaining: int | None = Field(default=None, description="Requests left in the current minute.")
    reset: int | None = Field(
        default=None, description="Unix time in seconds when the current window resets."
    )

    @classmethod
    def from_headers(cls, headers: httpx.Headers) -> RateLimit:
        """Parse the `X-RateLimit-Limit`, `-Remaining` and `-Reset` headers; non-integers become None."""
        return cls(
            limit=_header_int(headers, "x-ratelimit-limit"),
            remaining=_header_int(headers, "x-ratelimit-remaining"),
            reset=_header_int(headers, "x-ratelimit-reset"),
        )


def _header_int(headers: httpx.Headers, name: str) -> int | None:
    value = headers.get(name)
    if value is None:
        return None
    try:
        return int(value.strip())
    except ValueError:
        return None


class ResponseModel(BaseModel):
    """Base of every object parsed from a response body: undeclared fields are kept, not rejected."""

    model_config = ConfigDict(extra="allow", populate_by_name=True)


class APIObject(ResponseModel):
    """Base of every object a client method returns: adds the request id and rate limit of its response."""

    _request_id: str | None = PrivateAttr(default=None)
    _rate_limit: RateLimit = PrivateAttr(default_factory=RateLimit)

    @property
    def request_id(self) -> str | None:
        """Value of the response's `X-Request-Id` header; quote it when reporting a problem."""
        return self._request_id

    @property
    def rate_limit(self) -> RateLimit:
        """Rate-limit state reported with the response."""
        return self._rate_limit

    def _attach_response(self, response: httpx.Response) -> None:
        self._request_id = response.headers.get("x-request-id")
        self._rate_limit = RateLimit.from_headers(response.headers)


class GenerateParams(BaseModel):
    """Body of `POST /generate`. The client checks types only, and the server checks ranges and locales."""

    model_config = ConfigDict(extra="forbid")

    instruction: StrictStr = Field(
        description="Plain-language description of the records, up to 2,000 characters."
    )
    count: StrictInt | None = Field(
        default=None, description="Number of records, 1 to 100; the server default is 10."
    )
    locale: StrictStr | None = Field(
        default=None, description="BCP 47 tag such as `en-US`, the server default."
    )
    category_id: StrictStr | None = Field(
        default=None, description="Saved category whose schema fixes the structure."
    )
    seed: StrictInt | None = Field(default=None, description="Same request and seed give the same records.")


class ResponseMeta(ResponseModel):
    """Metadata returned beside the generated records."""

    request_id: str = Field(description="Server request id, `req_` plus 8 characters; equals `X-Request-Id`.")
    latency_ms: int = Field(description="Server-side processing time in milliseconds.")
    count: int = Field(description="Number of records in `data`.")
    locale: str | None = Field(default=None, description="Locale the records were generated for.")
    seed: int | None = Field(default=None, description="Seed used; send it again to get the same records.")
    engine: str | None = Field(
        default=None, description="Engine that produced the records: `builtin` or `llm`."
    )
    category_id: str | None = None
    category_version: int | None = None


class GenerateResponse(APIObject):
    """Success envelope of `POST /generate`: the records in `data`, request metadata in `meta`."""

    data: list[dict[str, Any]]
    meta: ResponseMeta


class CategorySummary(APIObject):
    """A category's latest version without its schema, as `GET /categories` lists it."""

    id: str
    name: str
    description: str | None = None
    version: int
    created_at: datetime | None = None
    updated_at: datetime | None = None


class Category(CategorySummary):
    """A saved category: a JSON Schema that every generated record must validate against."""

    schema_: dict[str, Any] = Field(alias="schema", description="JSON Schema for one record.")


class CategoryList(APIObject):
    """Response of `GET /categories`: summaries; fetch one with `categories.get(id)` for its schema."""

    data: list[CategorySummary]


class CategoryDeleted(APIObject):
    """Result of `DELETE /categories/{id}`."""

    id: str
    deleted: bool = True


class UsageWindow(ResponseModel):
    """Requests counted in one window (the current minute or month)."""

    used: int
    limit: int | None = Field(
        default=None, description="Requests allowed in the window; None means unlimited."
    )
    remaining: int | None = Field(default=None, description="Requests left; None means unlimited.")
    reset: int | str | None = Field(
        default=None, description="When the window resets, as the server sent it (Unix seconds or ISO 8601)."
    )


class Usage(APIObject):
    """Response of `GET /usage`: the key's plan and its per-minute and monthly counters."""

    plan: str
    key_id: str | None = None
    mode: str | None = Field(default=None, description="`live` or `test`, from the key prefix.")
    minute: UsageWindow
    month: UsageWindow
