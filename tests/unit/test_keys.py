"""Key secrets, hashing and Authorization header parsing."""

from __future__ import annotations

import hashlib

import pytest

from spectrapi_core.errors import InvalidApiKeyError
from spectrapi_core.keys import KEY_PATTERN, hash_secret, mode_of, new_secret, parse_authorization


def test_new_secret_shape():
    for mode, prefix in (("live", "sk_live_"), ("test", "sk_test_")):
        secret = new_secret(mode)
        assert secret.startswith(prefix)
        assert KEY_PATTERN.match(secret)
        assert len(secret) - len(prefix) >= 32
        assert mode_of(secret) == mode


def test_new_secret_unique():
    assert len({new_secret("live") for _ in range(500)}) == 500


def test_hash_is_sha256_hex():
    digest = hash_secret("sk_test_abc")
    assert digest == hashlib.sha256(b"sk_test_abc").hexdigest()
    assert hash_secret("sk_test_abc") == digest
    assert hash_secret("sk_test_abd") != digest


@pytest.mark.parametrize("header", ["Bearer {k}", "bearer {k}", "BEARER {k}", "  Bearer   {k}  ", "\tBearer {k}\t"])
def test_parse_authorization_tolerant_scheme(header):
    secret = new_secret("live")
    assert parse_authorization(header.format(k=secret)) == secret


@pytest.mark.parametrize(
    "header",
    [
        None,
        "",
        "   ",
        "Bearer",
        "Basic abc",
        "Token sk_live_" + "a" * 40,
        "Bearer sk_prod_" + "a" * 40,
        "Bearer sk_live_" + "a" * 31,
        "Bearer sk_live_" + "a" * 39 + "!",
        "Bearer a b",
        "Bearersk_live_" + "a" * 40,
    ],
)
def test_parse_authorization_rejects(header):
    with pytest.raises(InvalidApiKeyError):
        parse_authorization(header)
