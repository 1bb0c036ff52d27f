"""The builtin offline engine: instruction parser, domain catalogs and seeded, locale-aware generators.

Example:
    >>> from datetime import UTC, datetime
    >>> from spectrapi_core.engine.base import EngineRequest
    >>> request = EngineRequest("Generate vehicle listings for Toyota cars", 3, "en-US", 7, datetime.now(UTC))
    >>> [record["make"] for record in BuiltinEngine().generate(request).records]
    ['Toyota', 'Toyota', 'Toyota']
"""

from .engine import BuiltinEngine, generate_source_records
from .parser import parse_instruction
from .spec import Spec, describe_spec

__all__ = ["BuiltinEngine", "Spec", "describe_spec", "generate_source_records", "parse_instruction"]
