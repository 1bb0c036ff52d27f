"""Category operations: create, read, list, add a version, delete; and the schema rules every save checks.

Categories belong to an account and are shared by all its keys. Every function takes the account id, so one
account never reads or changes another's categories: an id of another account is reported as not found.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from spectrapi_core.errors import BadRequestError, InternalError, NotFoundError
from spectrapi_core.ids import BASE36_ALPHABET, ID_SUFFIX_LENGTH
from spectrapi_core.models import (
    CategoryCreateRequest,
    CategoryResponse,
    CategorySummary,
    CategoryUpdateRequest,
)
from spectrapi_core.stores.ports import Category, CategoryExistsError, CategoryStore

MAX_SCHEMA_BYTES = 64 * 1024
"""Largest schema accepted, measured as compact UTF-8 JSON."""

MAX_SCHEMA_DEPTH = 64
"""Deepest nesting of JSON objects and arrays in a schema; deeper schemas are rejected before they are checked."""

_ID_ATTEMPTS = 5


@dataclass(frozen=True)
class RecordSchema:
    """The JSON Schema a generate request applies, and the saved category it came from, if any."""

    schema: dict[str, Any]
    category_id: str | None = None
    version: int | None = None


def check_category_schema(schema: dict[str, Any]) -> None:
    """Check the rules a category schema must meet before it is saved or used.

    The schema must be at most `MAX_SCHEMA_BYTES` serialized and `MAX_SCHEMA_DEPTH` deep, a valid JSON Schema
    (draft 2020-12, or draft-07 via `$schema`) whose references resolve inside it, and describe an object.

    Raises:
        BadRequestError: naming the rule broken and, for invalid schemas, the JSON pointer of the problem.
    """
    size = len(json.dumps(schema, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
    if size > MAX_SCHEMA_BYTES:
        raise BadRequestError(
            f"schema is {size} bytes as compact JSON; the maximum is {MAX_SCHEMA_BYTES} bytes (64 KiB). "
            "Move repeated parts into $defs and reference them with $ref, or split the category."
        )
    depth = _depth(schema)
    if depth > MAX_SCHEMA_DEPTH:
        raise BadRequestError(
            f"schema is nested {depth} levels deep; the maximum is {MAX_SCHEMA_DEPTH}. "
            "Move nested parts into $defs and reference them with $ref."
        )

    # Imported here so the API function loads jsonschema and the schema engine only when categories are used.
    from spectrapi_core.engine.schema import check_schema as check_generator_schema
    from spectrapi_core.engine.schema import compile_validator
    from spectrapi_core.service.record_schema import check_json_schema

    check_json_schema(schema)

    declared = schema.get("type")
    if declared != "object" and declared != ["object"]:
        got = f"type {json.dumps(declared)}" if "type" in schema else "no type keyword"
        raise BadRequestError(
            f'schema must describe one record as an object: set "type": "object" at the top level; got {got}.'
        )
    # The generator's own limits (enum sizes, value counts, patterns, $ref forms it supports), checked at save
    # time so a category that saves can also be generated from.
    check_generator_schema(schema)
    # Generated records are checked with the compiled validator, so a schema it cannot compile must not save.
    compile_validator(schema)


def new_category_id() -> str:
    """Draw a random id: `cat_` plus 8 lowercase base36 characters."""
    return "cat_" + "".join(secrets.choice(BASE36_ALPHABET) for _ in range(ID_SUFFIX_LENGTH))


def create_category(
    store: CategoryStore, account_id: str, request: CategoryCreateRequest, *, now: datetime | None = None
) -> Category:
    """Check the schema and save version 1 of a new category, under the given id or a random one.

    Raises:
        BadRequestError: the schema breaks a rule, or the account already has a category with this id.
    """
    check_category_schema(request.schema_)
    at = now or datetime.now(UTC)
    chosen_ids = [request.id] if request.id else [new_category_id() for _ in range(_ID_ATTEMPTS)]
    for category_id in chosen_ids:
        try:
            return store.create(
                account_id,
                category_id,
                name=request.name,
                description=request.description,
                schema=request.schema_,
                at=at,
            )
        except CategoryExistsError:
            if request.id:
                raise BadRequestError(
                    f"Category {category_id} already exists. Use PUT /api/v1/categories/{category_id} to add a "
                    "version, or choose another id."
                ) from None
    raise InternalError("Could not pick an unused category id. Retry the request.")


def get_category(store: CategoryStore, account_id: str, category_id: str, version: int | None = None) -> Category:
    """Return the latest version of a category, or the given version.

    Raises:
        NotFoundError: the account has no such category, or the category has no such version.
    """
    category = store.get(account_id, category_id, version)
    if category is not None:
        return category
    if version is not None:
        latest = store.get(account_id, category_id)
        if latest is not None:
            raise NotFoundError(
                f"Category {category_id} has no version {version}; versions run from 1 to {latest.version}."
            )
    raise NotFoundError(_not_found_message(category_id))


def list_categories(store: CategoryStore, account_id: str) -> list[Category]:
    """Return the latest version of each of the account's categories, ordered by id."""
    return store.list_latest(account_id)


def update_category(
    store: CategoryStore,
    account_id: str,
    category_id: str,
    request: CategoryUpdateRequest,
    *,
    now: datetime | None = None,
) -> Category:
    """Check the schema and save it as the next version; a name or description left out is carried over.

    Raises:
        BadRequestError: the schema breaks a rule.
        NotFoundError: the account has no such category.
    """
    check_category_schema(request.schema_)
    previous = get_category(store, account_id, category_id)
    description = request.description if "description" in request.model_fields_set else previous.description
    saved = store.put_version(
        account_id,
        category_id,
        name=request.name if request.name is not None else previous.name,
        description=description or "",
        schema=request.schema_,
        at=now or datetime.now(UTC),
    )
    if saved is None:
        # Deleted between the read above and the write.
        raise NotFoundError(_not_found_message(category_id))
    return saved


def delete_category(store: CategoryStore, account_id: str, category_id: str) -> None:
    """Delete a category and all its versions; its id may be used again afterwards.

    Raises:
        NotFoundError: the account has no such category.
    """
    if not store.delete(account_id, category_id):
        raise NotFoundError(_not_found_message(category_id))


def record_schema_for(store: CategoryStore, account_id: str, category_id: str) -> RecordSchema:
    """Look up the latest version of a category for a generate request.

    Raises:
        NotFoundError: the account has no such category.
    """
    category = get_category(store, account_id, category_id)
    return RecordSchema(schema=category.schema, category_id=category.category_id, version=category.version)


def to_response(category: Category) -> CategoryResponse:
    """Build the public view of one category version."""
    return CategoryResponse(
        id=category.category_id,
        name=category.name,
        description=category.description,
        version=category.version,
        created_at=category.created_at,
        updated_at=category.updated_at,
        schema=category.schema,
    )


def to_summary(category: Category) -> CategorySummary:
    """Build the listing view of a category: everything but the schema."""
    return CategorySummary(
        id=category.category_id,
        name=category.name,
        description=category.description,
        version=category.version,
        created_at=category.created_at,
        updated_at=category.updated_at,
    )


def _not_found_message(category_id: str) -> str:
    return f"No category {category_id} in this account. List your categories with GET /api/v1/categories."


def _depth(value: Any) -> int:
    """Return the nesting depth of JSON containers, without recursion so deep input cannot exhaust the stack."""
    deepest = 0
    pending: list[tuple[Any, int]] = [(value, 1)]
    while pending:
        node, depth = pending.pop()
        if isinstance(node, dict):
            children = list(node.values())
        elif isinstance(node, list):
            children = node
        else:
            continue
        deepest = max(deepest, depth)
        pending.extend((child, depth + 1) for child in children)
    return deepest
