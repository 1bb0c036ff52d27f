"""Configuration, request building and response parsing shared by the sync and async clients."""

from __future__ import annotations

import logging
import os
import random
from collections.abc import Mapping
from typing import Any, TypeVar
from urllib.parse import quote

import httpx
import pydantic

from spectrapi._exceptions import APIResponseValidationError, SpectrAPIError
from spectrapi._version import __version__
from spectrapi.types import APIObject, GenerateParams

DEFAULT_BASE_URL = "https://api.spectrapi.com/api/v1"
DEFAULT_TIMEOUT = 60.0
DEFAULT_MAX_RETRIES = 2
API_KEY_ENV = "SPECTRAPI_API_KEY"
BASE_URL_ENV = "SPECTRAPI_BASE_URL"

logger = logging.getLogger("spectrapi")

ModelT = TypeVar("ModelT", bound=APIObject)


class BaseClient:
    """Hold the settings of a client and turn method calls into HTTP requests and typed results.

    Attributes:
        api_key: The API key sent as `Authorization: Bearer <key>`.
        base_url: URL that paths such as `generate` are resolved against; it ends with `/`.
        timeout: Seconds (or an `httpx.Timeout`) allowed for each attempt.
        max_retries: Retries after the first attempt for retryable failures.
    """

    def __init__(
        self,
        api_key: str | None,
        *,
        base_url: str | httpx.URL | None,
        timeout: float | httpx.Timeout,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
    ) -> None:
        if api_key is None:
            api_key = os.environ.get(API_KEY_ENV)
        if not api_key:
            raise SpectrAPIError(
                f"No API key was given. Pass it as the first argument, SpectrAPI('sk_live_...'), "
                f"or set the {API_KEY_ENV} environment variable."
            )
        if not isinstance(api_key, str):
            raise TypeError(f"api_key must be a string; got {type(api_key).__name__}")
        if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
            raise ValueError(f"max_retries must be an integer of 0 or more; got {max_retries!r}")

        if base_url is None:
            base_url = os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL

        self.api_key = api_key
        self.base_url = httpx.URL(str(base_url).rstrip("/") + "/")
        self.timeout = timeout
        self.max_retries = max_retries
        self._default_headers = dict(default_headers or {})
        self._random = random.Random()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={str(self.base_url)!r}, max_retries={self.max_retries})"

    def _headers(self) -> dict[str, str]:
        return {
            "Accept": "application/json",
            "User-Agent": f"spectrapi-python/{__version__}",
            **self._default_headers,
            "Authorization": f"Bearer {self.api_key}",
        }

    def _build_request(
        self,
        http_client: httpx.Client | httpx.AsyncClient,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
    ) -> httpx.Request:
        return http_client.build_request(
            method,
            self.base_url.join(path),
            json=json,
            params=params,
            headers=self._headers(),
            timeout=self.timeout,
        )

    def _parse_response(self, response: httpx.Response, cast_to: type[ModelT]) -> ModelT:
        try:
            body = response.json()
        except ValueError as exc:
            raise APIResponseValidationError(
                f"Expected a JSON body from {response.request.method} {response.request.url}, "
                f"got {response.headers.get('content-type', 'no content type')}.",
                response=response,
                body=response.text,
            ) from exc

        try:
            result = cast_to.model_validate(body)
        except pydantic.ValidationError as exc:
            raise APIResponseValidationError(
                f"The response body does not match {cast_to.__name__}: {exc}", response=response, body=body
            ) from exc

        result._attach_response(response)
        return result


def category_path(category_id: str) -> str:
    """Return the relative path of one category, with the id percent-encoded."""
    if not isinstance(category_id, str) or not category_id:
        raise TypeError(f"category_id must be a non-empty string; got {category_id!r}")
    return f"categories/{quote(category_id, safe='')}"


def generate_body(**fields: Any) -> dict[str, Any]:
    """Check the types of the `generate` arguments and return the JSON body without the unset ones.

    Raises:
        TypeError: A field has the wrong type, e.g. `count="5"`; the message names the field and value.
    """
    try:
        params = GenerateParams(**fields)
    except pydantic.ValidationError as exc:
        raise TypeError(describe_validation_error(exc)) from None
    return params.model_dump(exclude_none=True)


def describe_validation_error(exc: pydantic.ValidationError) -> str:
    """Summarise a pydantic error as `field: message (got value)` lines."""
    lines = []
    for error in exc.errors():
        field = ".".join(str(part) for part in error["loc"]) or "body"
        lines.append(f"{field}: {error['msg']} (got {error.get('input')!r})")
    return "; ".join(lines)


def check_category_fields(
    *, name: Any = None, description: Any = None, schema: Any = None, id: Any = None
) -> None:
    """Raise TypeError when a category argument has the wrong type; None means not given."""
    for field, value, expected in (
        ("name", name, str),
        ("description", description, str),
        ("schema", schema, Mapping),
        ("id", id, str),
    ):
        if value is not None and not isinstance(value, expected):
            raise TypeError(f"{field} must be a {'dict' if expected is Mapping else 'string'}; got {value!r}")
