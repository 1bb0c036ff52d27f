"""The synchronous `SpectrAPI` and asynchronous `AsyncSpectrAPI` clients."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Mapping
from types import TracebackType
from typing import Any

import httpx

from spectrapi._base_client import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    BaseClient,
    ModelT,
    generate_body,
    logger,
)
from spectrapi._exceptions import APIConnectionError, APITimeoutError, make_status_error
from spectrapi._resources import AsyncCategories, Categories
from spectrapi._retry import backoff_delay, is_retryable_status, retry_delay
from spectrapi.types import GenerateResponse, Usage

__all__ = ["AsyncSpectrAPI", "SpectrAPI"]


class SpectrAPI(BaseClient):
    """Synchronous SpectrAPI client.

    Example:
        >>> from spectrapi import SpectrAPI
        >>> client = SpectrAPI("sk_live_your_api_key")
        >>> data = client.generate(instruction="Generate Tesla vehicle listings", count=10)
        >>> data.data[0]["model"], data.meta.request_id

    Args:
        api_key: API key (`sk_live_...` or `sk_test_...`); defaults to `SPECTRAPI_API_KEY`.
        base_url: API root including `/api/v1`; defaults to `SPECTRAPI_BASE_URL`, then the hosted API.
        timeout: Seconds allowed for each attempt, or an `httpx.Timeout`.
        max_retries: Retries after the first attempt on connection errors, timeouts, 408, 409, 429 and 5xx.
        default_headers: Headers sent with every request.
        http_client: An `httpx.Client` to send requests with (proxies, mock transports); the caller
            closes it.

    Raises:
        SpectrAPIError: No API key was given and `SPECTRAPI_API_KEY` is unset.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | httpx.URL | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        super().__init__(
            api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
        )
        self._owns_client = http_client is None
        self._client = http_client if http_client is not None else httpx.Client()
        self._sleep = time.sleep
        self.categories = Categories(self)

    def generate(
        self,
        *,
        instruction: str,
        count: int | None = None,
        locale: str | None = None,
        category_id: str | None = None,
        seed: int | None = None,
    ) -> GenerateResponse:
        """Generate records from a plain-language instruction.

        Args:
            instruction: What to generate, e.g. "Generate Tesla vehicle listings with price and mileage".
            count: Number of records, 1 to 100; the server default is 10.
            locale: BCP 47 tag such as `en-US` or `de-DE`; the server default is `en-US`.
            category_id: Saved category whose JSON Schema every record follows.
            seed: Integer that makes the same request return the same records.

        Returns:
            The records in `.data` and request metadata in `.meta`.

        Raises:
            TypeError: An argument has the wrong type.
            APIStatusError: The server rejected the request; the subclass names the reason.
            APIConnectionError: No response arrived after all retries.
        """
        body = generate_body(
            instruction=instruction, count=count, locale=locale, category_id=category_id, seed=seed
        )
        return self._request("POST", "generate", GenerateResponse, json=body)

    def usage(self) -> Usage:
        """Return the key's plan and its per-minute and monthly request counters."""
        return self._request("GET", "usage", Usage)

    def with_options(
        self,
        *,
        api_key: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> SpectrAPI:
        """Return a copy of this client with some settings changed; it shares this client's connection pool.

        Example:
            >>> client.with_options(max_retries=5, timeout=120).generate(instruction="...")
        """
        return type(self)(
            api_key if api_key is not None else self.api_key,
            base_url=base_url if base_url is not None else self.base_url,
            timeout=timeout if timeout is not None else self.timeout,
            max_retries=max_retries if max_retries is not None else self.max_retries,
            default_headers={**self._default_headers, **(default_headers or {})},
            http_client=self._client,
        )

    def close(self) -> None:
        """Close the connection pool, unless it was passed in as `http_client`."""
        if self._owns_client:
            self._client.close()

    def __enter__(self) -> SpectrAPI:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def _request(
        self,
        method: str,
        path: str,
        cast_to: type[ModelT],
        *,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        empty_result: Mapping[str, Any] | None = None,
    ) -> ModelT:
        """Send a request, retrying what is retryable, and parse the success body into `cast_to`.

        Args:
            empty_result: Body to parse when the server returns 204 No Content.
        """
        retries_taken = 0
        while True:
            request = self._build_request(self._client, method, path, json=json, params=params)
            try:
                response = self._client.send(request)
            except httpx.TransportError as exc:
                error = (
                    APITimeoutError(request=request)
                    if isinstance(exc, httpx.TimeoutException)
                    else APIConnectionError(f"Connection error: {exc}", request=request)
                )
                if retries_taken >= self.max_retries:
                    raise error from exc
                delay = backoff_delay(retries_taken, self._random)
                _log_retry(request, f"{type(exc).__name__}", delay, retries_taken, self.max_retries)
                self._sleep(delay)
                retries_taken += 1
                continue

            if response.is_success:
                if response.status_code == 204 and empty_result is not None:
                    response = httpx.Response(
                        200, json=empty_result, headers=response.headers, request=request
                    )
                return self._parse_response(response, cast_to)

            if retries_taken < self.max_retries and is_retryable_status(response.status_code):
                status_delay = retry_delay(retries_taken, response.headers, self._random)
                if status_delay is not None:
                    response.close()
                    _log_retry(
                        request,
                        f"status {response.status_code}",
                        status_delay,
                        retries_taken,
                        self.max_retries,
                    )
                    self._sleep(status_delay)
                    retries_taken += 1
                    continue
            raise make_status_error(response)


class AsyncSpectrAPI(BaseClient):
    """Asynchronous SpectrAPI client with the same methods as `SpectrAPI`, as coroutines.

    Example:
        >>> from spectrapi import AsyncSpectrAPI
        >>> async with AsyncSpectrAPI("sk_live_your_api_key") as client:
        ...     data = await client.generate(instruction="Generate Tesla vehicle listings", count=10)

    Args:
        api_key: API key (`sk_live_...` or `sk_test_...`); defaults to `SPECTRAPI_API_KEY`.
        base_url: API root including `/api/v1`; defaults to `SPECTRAPI_BASE_URL`, then the hosted API.
        timeout: Seconds allowed for each attempt, or an `httpx.Timeout`.
        max_retries: Retries after the first attempt on connection errors, timeouts, 408, 409, 429 and 5xx.
        default_headers: Headers sent with every request.
        http_client: An `httpx.AsyncClient` to send requests with; the caller closes it.

    Raises:
        SpectrAPIError: No API key was given and `SPECTRAPI_API_KEY` is unset.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | httpx.URL | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        super().__init__(
            api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
        )
        self._owns_client = http_client is None
        self._client = http_client if http_client is not None else httpx.AsyncClient()
        self._sleep = asyncio.sleep
        self.categories = AsyncCategories(self)

    async def generate(
        self,
        *,
        instruction: str,
        count: int | None = None,
        locale: str | None = None,
        category_id: str | None = None,
        seed: int | None = None,
    ) -> GenerateResponse:
        """Generate records from a plain-language instruction; see `SpectrAPI.generate`."""
        body = generate_body(
            instruction=instruction, count=count, locale=locale, category_id=category_id, seed=seed
        )
        return await self._request("POST", "generate", GenerateResponse, json=body)

    async def usage(self) -> Usage:
        """Return the key's plan and its per-minute and monthly request counters."""
        return await self._request("GET", "usage", Usage)

    def with_options(
        self,
        *,
        api_key: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> AsyncSpectrAPI:
        """Return a copy of this client with some settings changed, sharing its connection pool."""
        return type(self)(
            api_key if api_key is not None else self.api_key,
            base_url=base_url if base_url is not None else self.base_url,
            timeout=timeout if timeout is not None else self.timeout,
            max_retries=max_retries if max_retries is not None else self.max_retries,
            default_headers={**self._default_headers, **(default_headers or {})},
            http_client=self._client,
        )

    async def close(self) -> None:
        """Close the connection pool, unless it was passed in as `http_client`."""
        if self._owns_client:
            await self._client.aclose()

    async def __aenter__(self) -> AsyncSpectrAPI:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    async def _request(
        self,
        method: str,
        path: str,
        cast_to: type[ModelT],
        *,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        empty_result: Mapping[str, Any] | None = None,
    ) -> ModelT:
        """Send a request, retrying what is retryable, and parse the success body into `cast_to`."""
        retries_taken = 0
        while True:
            request = self._build_request(self._client, method, path, json=json, params=params)
            try:
                response = await self._client.send(request)
            except httpx.TransportError as exc:
                error = (
                    APITimeoutError(request=request)
                    if isinstance(exc, httpx.TimeoutException)
                    else APIConnectionError(f"Connection error: {exc}", request=request)
                )
                if retries_taken >= self.max_retries:
                    raise error from exc
                delay = backoff_delay(retries_taken, self._random)
                _log_retry(request, f"{type(exc).__name__}", delay, retries_taken, self.max_retries)
                await self._sleep(delay)
                retries_taken += 1
                continue

            if response.is_success:
                if response.status_code == 204 and empty_result is not None:
                    response = httpx.Response(
                        200, json=empty_result, headers=response.headers, request=request
                    )
                return self._parse_response(response, cast_to)

            if retries_taken < self.max_retries and is_retryable_status(response.status_code):
                status_delay = retry_delay(retries_taken, response.headers, self._random)
                if status_delay is not None:
                    await response.aclose()
                    _log_retry(
                        request,
                        f"status {response.status_code}",
                        status_delay,
                        retries_taken,
                        self.max_retries,
                    )
                    await self._sleep(status_delay)
                    retries_taken += 1
                    continue
            raise make_status_error(response)


def _log_retry(
    request: httpx.Request, reason: str, delay: float, retries_taken: int, max_retries: int
) -> None:
    logger.info(
        "retrying %s %s after %s in %.2f s (retry %d of %d)",
        request.method,
        request.url,
        reason,
        delay,
        retries_taken + 1,
        max_retries,
    )
