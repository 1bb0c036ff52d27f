"""Python client for SpectrAPI: describe the records you need in plain language and get JSON back.

Example:
    >>> from spectrapi import SpectrAPI
    >>> client = SpectrAPI("sk_live_your_api_key")
    >>> data = client.generate(instruction="Generate Tesla vehicle listings", count=10)
"""

from spectrapi._base_client import DEFAULT_BASE_URL, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from spectrapi._client import AsyncSpectrAPI, SpectrAPI
from spectrapi._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    InvalidInstructionError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    SpectrAPIError,
    UpstreamError,
    UpstreamTimeoutError,
)
from spectrapi._version import __version__
from spectrapi.types import (
    Category,
    CategoryDeleted,
    CategoryList,
    CategorySummary,
    GenerateResponse,
    RateLimit,
    ResponseMeta,
    Usage,
    UsageWindow,
)

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncSpectrAPI",
    "AuthenticationError",
    "BadRequestError",
    "Category",
    "CategoryDeleted",
    "CategoryList",
    "CategorySummary",
    "GenerateResponse",
    "InternalServerError",
    "InvalidInstructionError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimit",
    "RateLimitError",
    "ResponseMeta",
    "SpectrAPI",
    "SpectrAPIError",
    "UpstreamError",
    "UpstreamTimeoutError",
    "Usage",
    "UsageWindow",
    "__version__",
]
