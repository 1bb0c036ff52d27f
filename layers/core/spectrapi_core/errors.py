"""Domain errors that know their HTTP status and public error code.

Every failure a client can see is one of these. The HTTP layer turns them into the error envelope
`{"error": {"code", "message", "status"}}` in one place, the exception handlers of `spectrapi_core.http.app`.
Anything else that escapes becomes a 500 `internal_error` with a generic message.

    SpectrAPIError
    ├── BadRequestError               400 bad_request
    ├── InvalidApiKeyError            401 invalid_api_key
    ├── InsufficientPermissionsError  403 insufficient_permissions
    ├── NotFoundError                 404 not_found
    ├── InvalidInstructionError       422 invalid_instruction
    ├── RateLimitExceededError        429 rate_limit_exceeded
    ├── InternalError                 500 internal_error
    ├── UpstreamError                 502 upstream_error
    └── UpstreamTimeoutError          504 upstream_timeout
"""

from __future__ import annotations

from collections.abc import Mapping


class SpectrAPIError(Exception):
    """Base of every error with a public status, code and message."""

    status: int = 500
    code: str = "internal_error"

    def __init__(self, message: str, *, headers: Mapping[str, str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.headers: dict[str, str] = dict(headers or {})

    def to_body(self) -> dict[str, dict[str, object]]:
        """Build the public error envelope."""
        return {"error": {"code": self.code, "message": self.message, "status": self.status}}


class BadRequestError(SpectrAPIError):
    """The request body or a parameter is malformed, of the wrong type or out of range."""

    status = 400
    code = "bad_request"


class InvalidApiKeyError(SpectrAPIError):
    """The API key is missing, malformed, unknown or revoked."""

    status = 401
    code = "invalid_api_key"


class InsufficientPermissionsError(SpectrAPIError):
    """The key's plan does not include the requested feature."""

    status = 403
    code = "insufficient_permissions"


class NotFoundError(SpectrAPIError):
    """The path or the referenced resource does not exist."""

    status = 404
    code = "not_found"


class InvalidInstructionError(SpectrAPIError):
    """The instruction is empty, too vague, refused, or its constraints cannot be met."""

    status = 422
    code = "invalid_instruction"


class RateLimitExceededError(SpectrAPIError):
    """The per-minute rate or the monthly quota of the key is spent."""

    status = 429
    code = "rate_limit_exceeded"

    def __init__(self, message: str, *, retry_after: int, headers: Mapping[str, str] | None = None) -> None:
        merged = dict(headers or {})
        merged["Retry-After"] = str(retry_after)
        super().__init__(message, headers=merged)
        self.retry_after = retry_after


class InternalError(SpectrAPIError):
    """Something unexpected failed; the message never carries internals."""

    status = 500
    code = "internal_error"


class UpstreamError(SpectrAPIError):
    """The configured LLM provider failed after bounded retries."""

    status = 502
    code = "upstream_error"


class UpstreamTimeoutError(SpectrAPIError):
    """The configured LLM provider did not finish within the request deadline."""

    status = 504
    code = "upstream_timeout"
