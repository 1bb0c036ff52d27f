"""Contract check: the SDK's `generate` parameters and `meta` fields agree with the API's OpenAPI document.

Two documents are checked when available, each skipped cleanly when not:

- `SPECTRAPI_OPENAPI_JSON`: a path to an OpenAPI JSON file, or an `http://` URL such as
  `http://127.0.0.1:8000/api/v1/openapi.json` served by a local server.
- the server's pydantic models (`spectrapi_core.models` in this repository's `layers/core`), turned into an
  OpenAPI-shaped document the way the HTTP layer generates it: request bodies in validation mode, responses in
  serialization mode.

Fields are compared by name, by JSON type with `null` set aside, and by requiredness. The SDK never requires
a field the server may omit. In the request, every field the server requires, the SDK requires too. In the
response, the SDK may read a field as optional even where the server always sends it. The public contract
calls `locale`, `seed` and `engine` additions, so the SDK accepts servers that leave them out.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
from pydantic import BaseModel
from pydantic.json_schema import models_json_schema

from spectrapi.types import GenerateParams, ResponseMeta

OPENAPI_ENV = "SPECTRAPI_OPENAPI_JSON"
SERVER_LIBRARY = Path(__file__).resolve().parents[3] / "layers" / "core"
REF_PREFIX = "#/components/schemas/"


def load_document_from_env() -> dict[str, Any]:
    source = os.environ.get(OPENAPI_ENV)
    if not source:
        pytest.skip(
            f"{OPENAPI_ENV} is not set; point it at an OpenAPI JSON file or URL to check the SDK against it"
        )
    if source.startswith(("http://", "https://")):
        response = httpx.get(source, timeout=10.0)
        response.raise_for_status()
        return response.json()
    return json.loads(Path(source).read_text(encoding="utf-8"))


def build_document_from_server_models() -> dict[str, Any]:
    if str(SERVER_LIBRARY) not in sys.path and SERVER_LIBRARY.is_dir():
        sys.path.insert(0, str(SERVER_LIBRARY))
    models = pytest.importorskip("spectrapi_core.models", reason="the server library is not in this checkout")

    _, schemas = models_json_schema(
        [(models.GenerateRequest, "validation"), (models.GenerateResponse, "serialization")],
        ref_template=REF_PREFIX + "{model}",
    )
    return {
        "openapi": "3.1.0",
        "paths": {
            "/api/v1/generate": {
                "post": {
                    "requestBody": {
                        "content": {"application/json": {"schema": {"$ref": REF_PREFIX + "GenerateRequest"}}}
                    },
                    "responses": {
                        "200": {
                            "content": {
                                "application/json": {"schema": {"$ref": REF_PREFIX + "GenerateResponse"}}
                            }
                        }
                    },
                }
            }
        },
        "components": {"schemas": schemas["$defs"]},
    }


@pytest.fixture(params=["env-document", "server-models"])
def openapi_document(request: pytest.FixtureRequest) -> dict[str, Any]:
    """An OpenAPI document of the API; override this fixture to check another one."""
    if request.param == "env-document":
        return load_document_from_env()
    return build_document_from_server_models()


def resolve(document: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """Follow `$ref` (and a lone `allOf` wrapper) until a concrete schema is reached."""
    while True:
        if "$ref" in schema:
            reference = schema["$ref"]
            if not reference.startswith("#/"):
                raise AssertionError(f"only local references are supported; got {reference}")
            target: Any = document
            for part in reference[2:].split("/"):
                target = target[part]
            schema = target
        elif list(schema.get("allOf", [])) and len(schema["allOf"]) == 1:
            schema = schema["allOf"][0]
        else:
            return schema


def json_types(document: dict[str, Any], schema: dict[str, Any]) -> set[str]:
    """Return the JSON types a schema allows (`string`, `integer`, `null`...); {"any"} if unconstrained."""
    schema = resolve(document, schema)
    if "type" in schema:
        declared = schema["type"]
        return set(declared) if isinstance(declared, list) else {declared}
    for keyword in ("anyOf", "oneOf"):
        if keyword in schema:
            types: set[str] = set()
            for option in schema[keyword]:
                types |= json_types(document, option)
            return types
    if "const" in schema or "enum" in schema:
        values = [schema["const"]] if "const" in schema else schema["enum"]
        return {_json_type_of(value) for value in values}
    return {"any"}


def _json_type_of(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    return "string" if isinstance(value, str) else type(value).__name__


def find_operation_schema(document: dict[str, Any], *, request_body: bool) -> dict[str, Any]:
    """Return the JSON schema of `POST .../generate`'s request body, or of its 200 response."""
    for path, item in document.get("paths", {}).items():
        operation = item.get("post") if path.rstrip("/").endswith("/generate") else None
        if operation is None:
            continue
        holder = operation.get("requestBody") if request_body else operation.get("responses", {}).get("200")
        schema = ((holder or {}).get("content", {}).get("application/json", {})).get("schema")
        if schema is not None:
            return resolve(document, schema)
    where = "request body" if request_body else "200 response"
    raise AssertionError(f"the OpenAPI document has no JSON {where} for POST .../generate")


def fields_of(document: dict[str, Any], schema: dict[str, Any]) -> dict[str, tuple[frozenset[str], bool]]:
    """Map each property to (its JSON types without null, whether it is required)."""
    required = set(schema.get("required", []))
    return {
        name: (frozenset(json_types(document, prop) - {"null"}), name in required)
        for name, prop in schema.get("properties", {}).items()
    }


def sdk_fields(model: type[BaseModel], mode: str) -> dict[str, tuple[frozenset[str], bool]]:
    schema = model.model_json_schema(mode=mode)
    return fields_of(schema, schema)


def compare(server: dict, sdk: dict, label: str, *, sdk_may_relax_required: bool = False) -> list[str]:
    """List the differences between two `fields_of` maps, as sentences naming the field."""
    problems = []
    for name in sorted(server.keys() - sdk.keys()):
        problems.append(f"{label}: the server has field {name!r}, the SDK does not")
    for name in sorted(sdk.keys() - server.keys()):
        problems.append(f"{label}: the SDK has field {name!r}, the server does not")
    for name in sorted(server.keys() & sdk.keys()):
        (server_types, server_required), (sdk_types, sdk_required) = server[name], sdk[name]
        if server_types != sdk_types:
            problems.append(
                f"{label}.{name}: server type {sorted(server_types)}, SDK type {sorted(sdk_types)}"
            )
        if server_required and not sdk_required and not sdk_may_relax_required:
            problems.append(f"{label}.{name}: the server requires it, the SDK treats it as optional")
        if sdk_required and not server_required:
            problems.append(f"{label}.{name}: the SDK requires it, the server may omit it")
    return problems


def test_generate_request_matches_openapi(openapi_document: dict[str, Any]) -> None:
    server = fields_of(openapi_document, find_operation_schema(openapi_document, request_body=True))

    problems = compare(server, sdk_fields(GenerateParams, "validation"), "generate request")

    assert problems == []


def test_generate_meta_matches_openapi(openapi_document: dict[str, Any]) -> None:
    envelope = find_operation_schema(openapi_document, request_body=False)
    meta_schema = resolve(openapi_document, envelope["properties"]["meta"])
    server = fields_of(openapi_document, meta_schema)

    sdk = sdk_fields(ResponseMeta, "serialization")

    problems = compare(server, sdk, "generate meta", sdk_may_relax_required=True)

    assert problems == []


def test_generate_envelope_has_data(openapi_document: dict[str, Any]) -> None:
    envelope = find_operation_schema(openapi_document, request_body=False)

    assert json_types(openapi_document, envelope["properties"]["data"]) == {"array"}


def test_compare_reports_type_drift() -> None:
    server = {"count": (frozenset({"integer"}), False), "instruction": (frozenset({"string"}), True)}
    sdk = {"count": (frozenset({"string"}), False), "instruction": (frozenset({"string"}), False)}

    problems = compare(server, sdk, "generate request")

    assert problems == [
        "generate request.count: server type ['integer'], SDK type ['string']",
        "generate request.instruction: the server requires it, the SDK treats it as optional",
    ]


def test_compare_relaxed_response_fields() -> None:
    server = {"engine": (frozenset({"string"}), True)}
    sdk = {"engine": (frozenset({"string"}), False)}

    assert compare(server, sdk, "meta", sdk_may_relax_required=True) == []
    assert compare(sdk, server, "meta", sdk_may_relax_required=True) == [
        "meta.engine: the SDK requires it, the server may omit it"
    ]


def test_compare_reports_missing_fields() -> None:
    server = {"seed": (frozenset({"integer"}), False)}
    sdk = {"sede": (frozenset({"integer"}), False)}

    problems = compare(server, sdk, "meta")

    assert problems == [
        "meta: the server has field 'seed', the SDK does not",
        "meta: the SDK has field 'sede', the server does not",
    ]
