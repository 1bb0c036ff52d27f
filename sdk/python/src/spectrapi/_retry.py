"""Retry policy shared by the sync and async clients: which failures to retry and how long to wait."""

from __future__ import annotations

import random
import time
from email.utils import parsedate_to_datetime

import httpx

# Statuses retried besides every 5xx: request timeout, lock conflict, rate limit.
RETRYABLE_STATUSES = frozenset({408, 409, 429})

INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0

# A `Retry-After` longer than this is not waited for, so the error is raised at once. A spent monthly quota
# reports a wait of days.
MAX_RETRY_AFTER = 60.0


def is_retryable_status(status: int) -> bool:
    """Return whether a response with this status is worth retrying."""
    return status in RETRYABLE_STATUSES or status >= 500


def parse_retry_after(headers: httpx.Headers, *, now: float | None = None) -> float | None:
    """Parse `Retry-After` as delay-seconds or an HTTP date.

    Args:
        headers: Response headers.
        now: Current Unix time, for HTTP dates; defaults to the wall clock.

    Returns:
        Seconds to wait, at least 0, or None when the header is absent or unparseable.
    """
    value = headers.get("retry-after")
    if value is None:
        return None
    value = value.strip()

    try:
        seconds = float(value)
    except ValueError:
        seconds = None
    if seconds is not None:
        return max(seconds, 0.0) if seconds == seconds else None  # NaN is unparseable

    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if moment.tzinfo is None:
        return None
    current = time.time() if now is None else now
    return max(moment.timestamp() - current, 0.0)


def backoff_delay(retries_taken: int, rng: random.Random) -> float:
    """Return the exponential backoff delay with jitter before retry number `retries_taken + 1`.

    The delay doubles from 0.5 s per retry up to 8 s, then loses a random 0 to 25 % so that clients that
    failed together do not retry together.
    """
    delay = min(INITIAL_RETRY_DELAY * 2.0**retries_taken, MAX_RETRY_DELAY)
    return delay * (1 - 0.25 * rng.random())


def retry_delay(retries_taken: int, headers: httpx.Headers | None, rng: random.Random) -> float | None:
    """Return seconds to wait before the next attempt, or None when the server asked for too long a wait.

    Args:
        retries_taken: Retries already made for this request.
        headers: Headers of the failed response, or None after a connection error.
        rng: Random source for the jitter.
    """
    retry_after = parse_retry_after(headers) if headers is not None else None
    if retry_after is None:
        return backoff_delay(retries_taken, rng)
    if retry_after > MAX_RETRY_AFTER:
        return None
    return retry_after
