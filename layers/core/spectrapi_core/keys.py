"""API key secrets: creation, hashing and parsing of the Authorization header.

A key is `sk_live_` or `sk_test_` followed by 40 base62 characters from the operating system's generator. Only its
SHA-256 hex digest is stored; the secret is shown once at creation.
"""

from __future__ import annotations

import hashlib
import re
import secrets
import string

from spectrapi_core.errors import InvalidApiKeyError
from spectrapi_core.stores.ports import KeyMode

BASE62_ALPHABET = string.digits + string.ascii_letters
SECRET_BODY_LENGTH = 40
KEY_PREFIXES: dict[KeyMode, str] = {"live": "sk_live_", "test": "sk_test_"}
KEY_PATTERN = re.compile(r"^sk_(live|test)_[0-9A-Za-z]{32,128}$")
_BEARER_PATTERN = re.compile(r"^\s*bearer\s+(\S+)\s*$", re.IGNORECASE)

MISSING_KEY_MESSAGE = (
    "Missing API key. Send it as 'Authorization: Bearer sk_live_...' (or sk_test_...); "
    "create one with 'spectrapi keys create'."
)


def new_secret(mode: KeyMode) -> str:
    """Draw a new key secret for the given mode."""
    body = "".join(secrets.choice(BASE62_ALPHABET) for _ in range(SECRET_BODY_LENGTH))
    return KEY_PREFIXES[mode] + body


def hash_secret(secret: str) -> str:
    """Return the SHA-256 hex digest under which a key is stored."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def mode_of(secret: str) -> KeyMode:
    """Return `live` or `test` from a well-formed secret's prefix."""
    return "test" if secret.startswith(KEY_PREFIXES["test"]) else "live"


def parse_authorization(header: str | None) -> str:
    """Extract the key from an `Authorization: Bearer <key>` header value.

    The scheme is case-insensitive and surrounding spaces are tolerated; the key itself is compared exactly.

    Raises:
        InvalidApiKeyError: the header is missing, uses another scheme, or the key is malformed.
    """
    if header is None or not header.strip():
        raise InvalidApiKeyError(MISSING_KEY_MESSAGE)
    match = _BEARER_PATTERN.match(header)
    if match is None:
        raise InvalidApiKeyError(
            "Malformed Authorization header: expected 'Bearer <key>' with a key starting with sk_live_ or sk_test_."
        )
    secret = match.group(1)
    if not KEY_PATTERN.match(secret):
        raise InvalidApiKeyError(
            "Malformed API key: keys start with sk_live_ or sk_test_ followed by at least 32 letters and digits. "
            "Check that the whole key was copied."
        )
    return secret
