"""Exceptions raised by the SpectrAPI client.

    SpectrAPIError                      any error raised by this package (also: no API key configured)
    └── APIError                        a request was sent and did not succeed
        ├── APIConnectionError          no response: DNS, refused connection, reset, TLS
        │   └── APITimeoutError         no response within the timeout
        ├── APIResponseValidationError  a 2xx response whose body is not the documented JSON
        └── APIStatusError              the server returned a 4xx or 5xx status
            ├── BadRequestError             400 bad_request
            ├── AuthenticationError         401 invalid_api_key
            ├── PermissionDeniedError       403 insufficient_permissions
            ├── NotFoundError               404 not_found
            ├── InvalidInstructionError     422 invalid_instruction
            ├── RateLimitError              429 rate_limit_exceeded
            └── InternalServerError         500 internal_error, and any other 5xx
                ├── UpstreamError           502 upstream_error
                └── UpstreamTimeoutError    504 upstream_timeout

A status without its own class (409, 418, ...) raises `APIStatusError` itself.
"""

from __future__ import annotations

from typing import Any

import httpx

from spectrapi._retry import parse_retry_after
from spectrapi.types import RateLimit

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "InternalServerError",
    "InvalidInstructionError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "SpectrAPIError",
    "UpstreamError",
    "UpstreamTimeoutError",
]


class SpectrAPIError(Exception):
    """Base of every exception this package raises."""


class APIError(SpectrAPIError):
    """A request failed, with or without a response.

    Attributes:
        message: The server's error message, or a description of the transport failure.
        request: The request that failed.
        status: HTTP status code, or None when no response arrived.
        code: Error code from the response body (`bad_request`, `rate_limit_exceeded`, ...), or None.
        request_id: Value of the `X-Request-Id` response header, or None; quote it when reporting a problem.
        headers: Response headers; empty when no response arrived.
        body: Decoded response body (JSON when possible, else text), or None.
    """

    status: int | None
    code: str | None

    def __init__(
        self,
        message: str,
        *,
        request: httpx.Request,
        status: int | None = None,
        code: str | None = None,
        headers: httpx.Headers | None = None,
        body: Any = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.request = request
        self.status = status
        self.code = code
        self.headers = headers if headers is not None else httpx.Headers()
        self.request_id: str | None = self.headers.get("x-request-id")
        self.body = body

    def __str__(self) -> str:
        parts = [self.message]
        if self.status is not None:
            parts.append(f"status={self.status}")
        if self.code:
            parts.append(f"code={self.code}")
        if self.request_id:
            parts.append(f"request_id={self.request_id}")
        return " ".join([parts[0], f"({', '.join(parts[1:])})"]) if len(parts) > 1 else parts[0]


class APIConnectionError(APIError):
    """No response arrived: the connection could not be opened or broke before the response."""

    def __init__(self, message: str = "Connection error.", *, request: httpx.Request) -> None:
        super().__init__(message, request=request)


class APITimeoutError(APIConnectionError):
    """No response arrived within the client's timeout."""

    def __init__(self, *, request: httpx.Request) -> None:
        super().__init__("Request timed out.", request=request)


class APIResponseValidationError(APIError):
    """A successful response whose body is not JSON or does not match the documented shape."""

    def __init__(self, message: str, *, response: httpx.Response, body: Any = None) -> None:
        super().__init__(
            message,
            request=response.request,
            status=response.status_code,
            headers=response.headers,
            body=body,
        )
        self.response = response


class APIStatusError(APIError):
    """The server returned a 4xx or 5xx status.

    Attributes:
        response: The HTTP response.
        rate_limit: The `X-RateLimit-*` headers of the response; fields are None where a header is absent.
    """

    status: int

    def __init__(
        self, message: str, *, response: httpx.Response, code: str | None = None, body: Any = None
    ) -> None:
        super().__init__(
            message,
            request=response.request,
            status=response.status_code,
            code=code,
            headers=response.headers,
            body=body,
        )
        self.response = response
        self.rate_limit = RateLimit.from_headers(response.headers)


class BadRequestError(APIStatusError):
    """400 `bad_request`: the body is malformed, a field has the wrong type or is out of range."""


class AuthenticationError(APIStatusError):
    """401 `invalid_api_key`: the key is missing, malformed, unknown or revoked."""


class PermissionDeniedError(APIStatusError):
    """403 `insufficient_permissions`: the key's plan does not include the feature."""


class NotFoundError(APIStatusError):
    """404 `not_found`: unknown path or unknown category id."""


class InvalidInstructionError(APIStatusError):
    """422 `invalid_instruction`: the instruction is empty, vague or refused, or cannot be satisfied."""


class RateLimitError(APIStatusError):
    """429 `rate_limit_exceeded`: the per-minute rate or the monthly quota is spent.

    Attributes:
        retry_after: Seconds to wait before retrying, from the `Retry-After` header, or None.
    """

    def __init__(
        self, message: str, *, response: httpx.Response, code: str | None = None, body: Any = None
    ) -> None:
        super().__init__(message, response=response, code=code, body=body)
        self.retry_after = parse_retry_after(response.headers)


class InternalServerError(APIStatusError):
    """500 `internal_error`, or any 5xx status without a more specific class."""


class UpstreamError(InternalServerError):
    """502 `upstream_error`: the server's LLM provider failed."""


class UpstreamTimeoutError(InternalServerError):
    """504 `upstream_timeout`: the server's LLM provider did not respond in time."""


_CLASS_BY_CODE: dict[str, type[APIStatusError]] = {
    "bad_request": BadRequestError,
    "invalid_api_key": AuthenticationError,
    "insufficient_permissions": PermissionDeniedError,
    "not_found": NotFoundError,
    "invalid_instruction": InvalidInstructionError,
    "rate_limit_exceeded": RateLimitError,
    "internal_error": InternalServerError,
    "upstream_error": UpstreamError,
    "upstream_timeout": UpstreamTimeoutError,
}

_CLASS_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    422: InvalidInstructionError,
    429: RateLimitError,
    500: InternalServerError,
    502: UpstreamError,
    504: UpstreamTimeoutError,
}


def make_status_error(response: httpx.Response) -> APIStatusError:
    """Build the exception for an error response from its body's `error.code`, else from its status.

    Args:
        response: A response with a 4xx or 5xx status whose body has been read.

    Returns:
        An instance of the most specific class in the tree above.
    """
    body: Any
    try:
        body = response.json()
    except ValueError:
        body = response.text or None

    code: str | None = None
    message: str | None = None
    detail = body.get("error") if isinstance(body, dict) else None
    if isinstance(detail, dict):
        code = detail.get("code") if isinstance(detail.get("code"), str) else None
        message = detail.get("message") if isinstance(detail.get("message"), str) else None
    if message is None:
        message = f"HTTP {response.status_code} {response.reason_phrase}".rstrip()

    status = response.status_code
    error_class = _CLASS_BY_CODE.get(code or "") or _CLASS_BY_STATUS.get(status)
    if error_class is None:
        error_class = InternalServerError if status >= 500 else APIStatusError
    return error_class(message, response=response, code=code, body=body)
