"""The generate service with a category, over a real SQLite store and a stub engine that returns fixed records.

The stub replaces the engines so the service's own checks (lookup, plan, validation of every record, meta)
can be tested on records chosen to pass or fail.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import pytest

from spectrapi_core.engine.base import EngineRequest, EngineResult
from spectrapi_core.errors import (
    InsufficientPermissionsError,
    InternalError,
    InvalidInstructionError,
    NotFoundError,
)
from spectrapi_core.models import CategoryCreateRequest, GenerateRequest
from spectrapi_core.service.categories import RecordSchema, create_category
from spectrapi_core.service.deps import Dependencies
from spectrapi_core.service.generate import generate
from spectrapi_core.service.keys import Principal
from spectrapi_core.settings import Settings
from spectrapi_core.stores.sqlite import SQLiteDatabase, SQLiteKeyStore, SQLiteUsageStore
from spectrapi_core.stores.sqlite_categories import SQLiteCategoryStore

NOW = datetime(2026, 5, 1, tzinfo=UTC)
SCHEMA = {
    "type": "object",
    "properties": {"name": {"type": "string"}, "age": {"type": "integer", "minimum": 18, "maximum": 99}},
    "required": ["name", "age"],
}
PRO = Principal(key_id="key_pro", account_id="acct_pro", plan="pro", mode="test")


@dataclass
class StubEngine:
    """Returns the records it was built with and keeps the requests it received."""

    records: list[dict[str, Any]]
    name: str = "stub"
    version: str = "0"
    requests: list[EngineRequest] = field(default_factory=list)

    def generate(self, request: EngineRequest) -> EngineResult:
        self.requests.append(request)
        return EngineResult(records=[dict(record) for record in self.records[: request.count]], engine=self.name)


def make_deps(tmp_path, records: list[dict[str, Any]]) -> tuple[Dependencies, StubEngine]:
    db = SQLiteDatabase(tmp_path / "spectrapi.sqlite3")
    settings = Settings(db_path=tmp_path / "spectrapi.sqlite3", engine="builtin")
    deps = Dependencies(
        settings=settings,
        key_store=SQLiteKeyStore(db),
        usage_store=SQLiteUsageStore(db),
        category_store=SQLiteCategoryStore(db),
    )
    engine = StubEngine(records)
    deps._engines["builtin"] = engine
    return deps, engine


def save(deps: Dependencies, schema: dict[str, Any], category_id: str = "cat_people") -> None:
    request = CategoryCreateRequest.model_validate({"id": category_id, "name": "People", "schema": schema})
    create_category(deps.categories(), PRO.account_id, request, now=NOW)


def run(deps: Dependencies, principal: Principal | None = PRO, count: int = 2, **overrides: Any):
    request = GenerateRequest.model_validate(
        {"instruction": "Generate people", "count": count, "category_id": "cat_people", "seed": 3} | overrides
    )
    return generate(request, deps=deps, principal=principal, request_id="req_00000000", now=NOW)


def test_generate_passes_schema_to_engine(tmp_path):
    deps, engine = make_deps(tmp_path, [{"name": "Ada", "age": 30}, {"name": "Bo", "age": 40}])
    save(deps, SCHEMA)
    run(deps)
    assert engine.requests[0].schema == SCHEMA


def test_generate_sets_category_meta(tmp_path):
    deps, _ = make_deps(tmp_path, [{"name": "Ada", "age": 30}, {"name": "Bo", "age": 40}])
    save(deps, SCHEMA)
    meta = run(deps).meta
    assert meta.category_id == "cat_people"
    assert meta.category_version == 1


def test_generate_invalid_record_is_500(tmp_path):
    deps, _ = make_deps(tmp_path, [{"name": "Ada", "age": 30}, {"name": "Bo", "age": 12}])
    save(deps, SCHEMA)
    with pytest.raises(InternalError) as caught:
        run(deps)
    assert "record 1, at /age" in caught.value.message
    assert "'minimum'" in caught.value.message
    assert "12" not in caught.value.message


def test_generate_missing_field_is_500(tmp_path):
    deps, _ = make_deps(tmp_path, [{"name": "Ada"}])
    save(deps, SCHEMA)
    with pytest.raises(InternalError) as caught:
        run(deps, count=1)
    assert "'required'" in caught.value.message


@pytest.mark.parametrize(
    ("age_schema", "fragment", "pointer"),
    [
        ({"type": "integer", "minimum": 50, "maximum": 10}, "minimum 50 is greater than maximum 10", "/properties/age"),
        ({"type": "integer", "minimum": 1.2, "maximum": 1.8}, "no integer lies between", "/properties/age"),
        ({"enum": []}, "enum is an empty list", "/properties/age"),
        (False, "the schema is false", "/properties"),
    ],
    ids=["min-above-max", "no-integer", "empty-enum", "false-schema"],
)
def test_generate_contradiction_is_422(tmp_path, age_schema, fragment, pointer):
    schema = {**SCHEMA, "properties": {**SCHEMA["properties"], "age": age_schema}}
    deps, _ = make_deps(tmp_path, [{"name": "Ada", "age": 30}])
    save(deps, schema)
    with pytest.raises(InvalidInstructionError) as caught:
        run(deps, count=1)
    assert fragment in caught.value.message
    assert f"at {pointer} in the schema" in caught.value.message


def test_generate_required_not_allowed_is_422(tmp_path):
    schema = {"type": "object", "properties": {"name": {"type": "string"}}, "required": ["name", "age"]}
    schema["additionalProperties"] = False
    deps, _ = make_deps(tmp_path, [{"name": "Ada"}])
    save(deps, schema)
    with pytest.raises(InvalidInstructionError) as caught:
        run(deps, count=1)
    assert "required property 'age'" in caught.value.message


def test_generate_unknown_category_is_404(tmp_path):
    deps, engine = make_deps(tmp_path, [{"name": "Ada", "age": 30}])
    with pytest.raises(NotFoundError) as caught:
        run(deps, count=1)
    assert "cat_people" in caught.value.message
    assert engine.requests == []


def test_generate_other_account_is_404(tmp_path):
    deps, _ = make_deps(tmp_path, [{"name": "Ada", "age": 30}])
    save(deps, SCHEMA)
    stranger = Principal(key_id="key_other", account_id="acct_other", plan="pro", mode="test")
    with pytest.raises(NotFoundError):
        run(deps, principal=stranger, count=1)


def test_generate_free_plan_is_403(tmp_path):
    deps, _ = make_deps(tmp_path, [{"name": "Ada", "age": 30}])
    save(deps, SCHEMA)
    free = Principal(key_id="key_free", account_id=PRO.account_id, plan="free", mode="test")
    with pytest.raises(InsufficientPermissionsError) as caught:
        run(deps, principal=free, count=1)
    assert "categories" in caught.value.message


def test_generate_given_schema_skips_lookup(tmp_path):
    deps, engine = make_deps(tmp_path, [{"name": "Ada", "age": 30}])
    request = GenerateRequest.model_validate({"instruction": "Generate people", "count": 1})
    response = generate(
        request,
        deps=deps,
        principal=None,
        request_id="req_00000000",
        now=NOW,
        record_schema=RecordSchema(schema=SCHEMA),
    )
    assert engine.requests[0].schema == SCHEMA
    assert response.meta.category_id is None


def test_generate_given_schema_still_validates(tmp_path):
    deps, _ = make_deps(tmp_path, [{"name": "Ada", "age": "thirty"}])
    request = GenerateRequest.model_validate({"instruction": "Generate people", "count": 1})
    with pytest.raises(InternalError) as caught:
        generate(request, deps=deps, principal=None, request_id="req_0", record_schema=RecordSchema(schema=SCHEMA))
    assert "the category schema" in caught.value.message


def test_generate_checks_formats(tmp_path):
    schema = {"type": "object", "properties": {"email": {"type": "string", "format": "email"}}}
    deps, _ = make_deps(tmp_path, [{"email": "not an address"}])
    save(deps, schema)
    with pytest.raises(InternalError) as caught:
        run(deps, count=1)
    assert "'format'" in caught.value.message
