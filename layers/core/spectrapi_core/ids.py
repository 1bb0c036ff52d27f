"""Public identifiers: a prefix plus 8 lowercase base36 characters (`req_b4d6f8h0`, `veh_k8m3n7p2`)."""

from __future__ import annotations

import random
import secrets

BASE36_ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz"
ID_SUFFIX_LENGTH = 8


def random_id(prefix: str, rng: random.Random) -> str:
    """Draw a reproducible id from a seeded generator, for generated records."""
    return prefix + "".join(rng.choices(BASE36_ALPHABET, k=ID_SUFFIX_LENGTH))


def new_request_id() -> str:
    """Draw an unpredictable request id from the operating system's generator."""
    return "req_" + "".join(secrets.choice(BASE36_ALPHABET) for _ in range(ID_SUFFIX_LENGTH))
