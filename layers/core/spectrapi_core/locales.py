"""Locales the engines support, as BCP 47 tags, and their normalisation."""

from __future__ import annotations

SUPPORTED_LOCALES: tuple[str, ...] = ("en-US", "en-GB", "fr-FR", "de-DE")
DEFAULT_LOCALE = "en-US"

_BY_FOLDED_TAG = {tag.lower(): tag for tag in SUPPORTED_LOCALES}


def normalize_locale(tag: str) -> str | None:
    """Return the canonical spelling of a supported tag (case-insensitive, `_` accepted for `-`), else None."""
    return _BY_FOLDED_TAG.get(tag.strip().replace("_", "-").lower())
