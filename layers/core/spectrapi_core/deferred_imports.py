"""Defer the import of `rfc3987_syntax` until jsonschema checks an `iri` or `iri-reference` value.

jsonschema 4.26 with the `format-nongpl` extra imports `rfc3987_syntax` when it loads its format checkers.
That module builds a Lark Earley parser at import time, which took about 1.2 s on a 2-core AMD EPYC
(measured with `python -c "import rfc3987_syntax"`), more than the rest of the API handler import.

Before jsonschema loads, `install()` puts a stand-in module under that name. jsonschema binds the
stand-in's `is_valid_syntax`, and the first call (or any other attribute read) imports the real module
and delegates to it, so every format check gives the same verdict as before.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from types import ModuleType
from typing import Any

MODULE = "rfc3987_syntax"


class _DeferredModule(ModuleType):
    """Stand-in for `rfc3987_syntax` that imports the real module on first use."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(_load(), name)


def _load() -> ModuleType:
    if isinstance(sys.modules.get(MODULE), _DeferredModule):
        del sys.modules[MODULE]
    return importlib.import_module(MODULE)


def _is_valid_syntax(term: str, value: str) -> bool:
    return _load().is_valid_syntax(term, value)


def install() -> None:
    """Register the stand-in, unless jsonschema or the real module is loaded already or it is not installed."""
    if MODULE in sys.modules or "jsonschema._format" in sys.modules:
        return
    if importlib.util.find_spec(MODULE) is None:
        return
    stand_in = _DeferredModule(MODULE, "Stand-in that imports rfc3987_syntax on first use.")
    setattr(stand_in, "is_valid_syntax", _is_valid_syntax)  # noqa: B010 (a module attribute mypy cannot see)
    sys.modules[MODULE] = stand_in
