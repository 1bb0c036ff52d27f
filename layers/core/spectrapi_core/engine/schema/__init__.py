"""Schema-driven record generation for categories (JSON Schema draft 2020-12, draft-07 accepted).

check_schema(schema)            400 when the schema is not a valid record schema
check_satisfiable(schema)       422 when no record can satisfy it
compile_validator(schema)       a validator returning plain error messages
cached_validator(schema)        the same, reused for identical schemas
build_records(schema, count, rng, locale=..., now=..., sources=..., deadline_s=...)
source_pool_size(schema, count) how many instruction records to offer build_records as sources
"""

from .checks import check_schema
from .prepare import build_records, check_satisfiable, source_pool_size
from .validation import FORMATS, RecordValidator, cached_validator, compile_validator

__all__ = [
    "FORMATS",
    "RecordValidator",
    "build_records",
    "cached_validator",
    "check_satisfiable",
    "check_schema",
    "compile_validator",
    "source_pool_size",
]
