"""Category routes over real HTTP against `spectrapi serve` on 127.0.0.1."""

from __future__ import annotations

import json
import random
import re

import jsonschema
import pytest

REQUEST_ID = re.compile(r"^req_[0-9a-z]{8}$")
GENERATED_ID = re.compile(r"^cat_[0-9a-z]{8}$")
VEHICLE_SCHEMA = {
    "type": "object",
    "properties": {
        "id": {"type": "string"},
        "make": {"type": "string", "enum": ["Toyota", "BMW"]},
        "year": {"type": "integer", "minimum": 2015, "maximum": 2025},
        "price": {"type": "number", "minimum": 1000},
    },
    "required": ["id", "make", "year", "price"],
    "additionalProperties": False,
}


def assert_error(response, status: int, code: str, *fragments: str) -> None:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"}
    assert body["error"]["code"] == code
    assert body["error"]["status"] == status
    for fragment in fragments:
        assert fragment in body["error"]["message"]
    assert REQUEST_ID.match(response.headers["X-Request-Id"])
    assert "Traceback" not in response.text


@pytest.fixture(scope="module")
def owner_key(local_server):
    """An Enterprise key on an account of its own, so listings are not shared with other test modules.

    The module sends more requests than Pro's 100 per minute, and Enterprise's default rate is higher.
    """
    return local_server.create_key(plan="enterprise")


@pytest.fixture
def headers(owner_key):
    return {"Authorization": f"Bearer {owner_key}"}


@pytest.fixture
def unique_id():
    """Return a category id no other test in this session uses."""
    return f"cat_t{random.Random().getrandbits(40):x}"


def create(api, headers, category_id, schema=None, **fields):
    body = {"id": category_id, "name": fields.pop("name", "Vehicles"), "schema": schema or VEHICLE_SCHEMA, **fields}
    response = api.post("/api/v1/categories", json=body, headers=headers)
    assert response.status_code == 201, response.text
    return response.json()


def test_create_returns_version_one(api, headers, unique_id):
    response = api.post(
        "/api/v1/categories",
        json={"id": unique_id, "name": "Vehicles", "description": "Cars for sale", "schema": VEHICLE_SCHEMA},
        headers=headers,
    )
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["id"] == unique_id
    assert body["version"] == 1
    assert body["name"] == "Vehicles"
    assert body["description"] == "Cars for sale"
    assert body["schema"] == VEHICLE_SCHEMA
    assert body["created_at"] == body["updated_at"]
    assert response.headers["Location"] == f"/api/v1/categories/{unique_id}"


def test_create_without_id_generates_one(api, headers):
    response = api.post("/api/v1/categories", json={"name": "People", "schema": VEHICLE_SCHEMA}, headers=headers)
    assert response.status_code == 201, response.text
    assert GENERATED_ID.match(response.json()["id"])


def test_create_without_description_is_empty(api, headers, unique_id):
    assert create(api, headers, unique_id)["description"] == ""


def test_create_existing_id_is_400(api, headers, unique_id):
    create(api, headers, unique_id)
    again = {"id": unique_id, "name": "x", "schema": {"type": "object"}}
    response = api.post("/api/v1/categories", json=again, headers=headers)
    assert_error(response, 400, "bad_request", f"{unique_id} already exists", "PUT")


def test_get_returns_latest(api, headers, unique_id):
    create(api, headers, unique_id)
    api.put(f"/api/v1/categories/{unique_id}", json={"schema": {"type": "object"}}, headers=headers)
    response = api.get(f"/api/v1/categories/{unique_id}", headers=headers)
    assert response.status_code == 200, response.text
    assert response.json()["version"] == 2
    assert response.json()["schema"] == {"type": "object"}


def test_get_given_version(api, headers, unique_id):
    create(api, headers, unique_id)
    api.put(f"/api/v1/categories/{unique_id}", json={"schema": {"type": "object"}}, headers=headers)
    response = api.get(f"/api/v1/categories/{unique_id}", params={"version": 1}, headers=headers)
    assert response.status_code == 200, response.text
    assert response.json()["version"] == 1
    assert response.json()["schema"] == VEHICLE_SCHEMA


def test_get_unknown_version_is_404(api, headers, unique_id):
    create(api, headers, unique_id)
    response = api.get(f"/api/v1/categories/{unique_id}", params={"version": 5}, headers=headers)
    assert_error(response, 404, "not_found", "no version 5", "from 1 to 1")


def test_get_unknown_category_is_404(api, headers):
    response = api.get("/api/v1/categories/cat_never_saved", headers=headers)
    assert_error(response, 404, "not_found", "cat_never_saved")


@pytest.mark.parametrize(
    "version",
    ["0", "-1", "1.5", "abc", "", "01", "9999999999"],
    ids=["zero", "negative", "fraction", "word", "empty", "leading-zero", "too-large"],
)
def test_get_bad_version_is_400(api, headers, unique_id, version):
    create(api, headers, unique_id)
    response = api.get(f"/api/v1/categories/{unique_id}?version={version}", headers=headers)
    assert_error(response, 400, "bad_request", "version must be a positive integer")


def test_get_repeated_version_is_400(api, headers, unique_id):
    create(api, headers, unique_id)
    response = api.get(f"/api/v1/categories/{unique_id}?version=1&version=1", headers=headers)
    assert_error(response, 400, "bad_request", "version is given 2 times")


@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE"])
@pytest.mark.parametrize("category_id", ["CAT_UPPER", "vehicles", "cat_", "cat_" + "a" * 65, "cat_dash-ed"])
def test_path_bad_id_is_400(api, headers, method, category_id):
    response = api.request(
        method, f"/api/v1/categories/{category_id}", json={"schema": {"type": "object"}}, headers=headers
    )
    assert_error(response, 400, "bad_request", "Category id must be 'cat_'", category_id[:30])


def test_put_adds_version_keeps_name(api, headers, unique_id):
    create(api, headers, unique_id, description="first")
    response = api.put(f"/api/v1/categories/{unique_id}", json={"schema": {"type": "object"}}, headers=headers)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["version"] == 2
    assert body["name"] == "Vehicles"
    assert body["description"] == "first"


def test_put_changes_name_and_description(api, headers, unique_id):
    created = create(api, headers, unique_id, description="first")
    response = api.put(
        f"/api/v1/categories/{unique_id}",
        json={"name": "Cars", "description": None, "schema": VEHICLE_SCHEMA},
        headers=headers,
    )
    body = response.json()
    assert body["name"] == "Cars"
    assert body["description"] == ""
    assert body["created_at"] == created["created_at"]
    assert body["updated_at"] >= created["updated_at"]


def test_put_unknown_category_is_404(api, headers):
    response = api.put("/api/v1/categories/cat_never_saved", json={"schema": {"type": "object"}}, headers=headers)
    assert_error(response, 404, "not_found", "cat_never_saved")


def test_put_without_schema_is_400(api, headers, unique_id):
    create(api, headers, unique_id)
    response = api.put(f"/api/v1/categories/{unique_id}", json={"name": "Cars"}, headers=headers)
    assert_error(response, 400, "bad_request", "schema is required")


def test_put_invalid_schema_keeps_version(api, headers, unique_id):
    create(api, headers, unique_id)
    response = api.put(
        f"/api/v1/categories/{unique_id}", json={"schema": {"type": "object", "minProperties": -1}}, headers=headers
    )
    assert_error(response, 400, "bad_request", "/minProperties")
    assert api.get(f"/api/v1/categories/{unique_id}", headers=headers).json()["version"] == 1


def test_list_returns_latest_without_schema(api, headers, unique_id):
    create(api, headers, unique_id)
    api.put(f"/api/v1/categories/{unique_id}", json={"schema": {"type": "object"}}, headers=headers)
    response = api.get("/api/v1/categories", headers=headers)
    assert response.status_code == 200, response.text
    body = response.json()
    assert set(body) == {"data"}
    listed = [item for item in body["data"] if item["id"] == unique_id]
    assert len(listed) == 1
    assert listed[0]["version"] == 2
    assert "schema" not in listed[0]


def test_list_is_ordered_by_id(api, headers):
    ids = [item["id"] for item in api.get("/api/v1/categories", headers=headers).json()["data"]]
    assert ids == sorted(ids)


def test_delete_returns_deleted_flag(api, headers, unique_id):
    create(api, headers, unique_id)
    response = api.delete(f"/api/v1/categories/{unique_id}", headers=headers)
    assert response.status_code == 200, response.text
    assert response.json() == {"id": unique_id, "deleted": True}


def test_delete_then_get_is_404(api, headers, unique_id):
    create(api, headers, unique_id)
    api.delete(f"/api/v1/categories/{unique_id}", headers=headers)
    assert_error(api.get(f"/api/v1/categories/{unique_id}", headers=headers), 404, "not_found")
    old = api.get(f"/api/v1/categories/{unique_id}", params={"version": 1}, headers=headers)
    assert_error(old, 404, "not_found")


def test_delete_removes_from_list(api, headers, unique_id):
    create(api, headers, unique_id)
    api.delete(f"/api/v1/categories/{unique_id}", headers=headers)
    listed = api.get("/api/v1/categories", headers=headers).json()["data"]
    assert unique_id not in {item["id"] for item in listed}


def test_delete_unknown_is_404(api, headers):
    assert_error(api.delete("/api/v1/categories/cat_never_saved", headers=headers), 404, "not_found")


def test_delete_then_recreate_restarts(api, headers, unique_id):
    create(api, headers, unique_id)
    api.put(f"/api/v1/categories/{unique_id}", json={"schema": {"type": "object"}}, headers=headers)
    api.delete(f"/api/v1/categories/{unique_id}", headers=headers)
    assert create(api, headers, unique_id)["version"] == 1


def test_draft07_schema_accepted(api, headers, unique_id):
    schema = {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "type": "object",
        "definitions": {"year": {"type": "integer"}},
        "properties": {"year": {"$ref": "#/definitions/year"}},
    }
    assert create(api, headers, unique_id, schema=schema)["schema"] == schema


# --- bad input -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        (b"[1, 2]", "must be a JSON object"),
        (b'"schema"', "must be a JSON object"),
        (b"", "empty"),
        (b"{name: x}", "not valid JSON"),
    ],
    ids=["array", "string", "empty", "malformed"],
)
def test_create_bad_body_is_400(api, headers, body, fragment):
    response = api.post("/api/v1/categories", content=body, headers={**headers, "Content-Type": "application/json"})
    assert_error(response, 400, "bad_request", fragment)


@pytest.mark.parametrize(
    ("payload", "fragments"),
    [
        ({"name": "Vehicles"}, ["schema is required"]),
        ({"schema": VEHICLE_SCHEMA}, ["name is required"]),
        ({"name": "Vehicles", "schema": [1]}, ["schema must be a JSON object", "got an array"]),
        ({"name": "Vehicles", "schema": "object"}, ["schema must be a JSON object", "(a string)"]),
        ({"name": "Vehicles", "schema": True}, ["schema must be a JSON object", "true (a boolean)"]),
        ({"name": "", "schema": VEHICLE_SCHEMA}, ["name must be 1 to 100 characters"]),
        ({"name": "x" * 101, "schema": VEHICLE_SCHEMA}, ["name must be 1 to 100 characters", "got 101"]),
        ({"name": 5, "schema": VEHICLE_SCHEMA}, ["name must be a string"]),
        ({"name": "V", "description": "d" * 1001, "schema": VEHICLE_SCHEMA}, ["maximum is 1000"]),
        ({"name": "V", "id": "vehicles", "schema": VEHICLE_SCHEMA}, ["id must be 'cat_'", "'vehicles'"]),
        ({"name": "V", "id": "cat_Upper", "schema": VEHICLE_SCHEMA}, ["id must be 'cat_'"]),
        ({"name": "V", "id": 7, "schema": VEHICLE_SCHEMA}, ["id must be 'cat_'", "7 (an integer)"]),
        ({"name": "V", "schema": VEHICLE_SCHEMA, "version": 2}, ["Unknown field 'version'", "schema"]),
    ],
    ids=[
        "missing-schema",
        "missing-name",
        "schema-array",
        "schema-string",
        "schema-boolean",
        "empty-name",
        "long-name",
        "name-number",
        "long-description",
        "id-without-prefix",
        "id-uppercase",
        "id-number",
        "unknown-field",
    ],
)
def test_create_bad_fields_is_400(api, headers, payload, fragments):
    response = api.post("/api/v1/categories", json=payload, headers=headers)
    assert_error(response, 400, "bad_request", *fragments)


@pytest.mark.parametrize(
    ("schema", "fragments"),
    [
        ({"type": "object", "properties": {"price": {"type": "integr"}}}, ["/properties/price/type"]),
        ({"type": "object", "properties": {"year": {"minimum": "2020"}}}, ["/properties/year/minimum", "'2020'"]),
        ({"type": "object", "required": "make"}, ["/required", "not of type 'array'"]),
        ({"type": "object", "properties": {"code": {"pattern": "[a-"}}}, ["/properties/code/pattern", "regex"]),
        ({"type": "object", "properties": {"a": {"$ref": "#/$defs/missing"}}}, ["#/$defs/missing", "/properties/a"]),
        ({"type": "object", "properties": {"a": {"$ref": "http://127.0.0.1:9/a.json"}}}, ["never fetched"]),
        ({"$schema": "http://json-schema.org/draft-04/schema#", "type": "object"}, ["draft-04", "2020-12"]),
        ({"type": "array", "items": {"type": "string"}}, ['"type": "object"', 'got type "array"']),
        ({"properties": {"a": {"type": "string"}}}, ['"type": "object"', "no type keyword"]),
        ({"type": "object", "allOf": [{"$ref": "#"}]}, ["refers to itself without end"]),
    ],
    ids=[
        "unknown-type",
        "minimum-string",
        "required-string",
        "bad-regex",
        "dangling-ref",
        "remote-ref",
        "draft-04",
        "array-schema",
        "no-type",
        "ref-cycle",
    ],
)
def test_create_invalid_schema_is_400(api, headers, unique_id, schema, fragments):
    response = api.post("/api/v1/categories", json={"id": unique_id, "name": "V", "schema": schema}, headers=headers)
    assert_error(response, 400, "bad_request", *fragments)
    assert_error(api.get(f"/api/v1/categories/{unique_id}", headers=headers), 404, "not_found")


def test_create_oversize_schema_is_400(api, headers):
    properties = {f"field_{index:05d}": {"type": "string", "description": "x" * 40} for index in range(1500)}
    schema = {"type": "object", "properties": properties}
    assert 64 * 1024 < len(json.dumps(schema)) < 256 * 1024
    response = api.post("/api/v1/categories", json={"name": "Big", "schema": schema}, headers=headers)
    assert_error(response, 400, "bad_request", "maximum is 65536 bytes")


def test_create_deep_schema_is_400(api, headers):
    schema: dict = {"type": "object"}
    for _ in range(40):
        schema = {"type": "object", "properties": {"child": schema}}
    response = api.post("/api/v1/categories", json={"name": "Deep", "schema": schema}, headers=headers)
    assert_error(response, 400, "bad_request", "nested", "maximum is 64")


# --- plans and accounts ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("POST", "/api/v1/categories"),
        ("GET", "/api/v1/categories"),
        ("GET", "/api/v1/categories/cat_vehicles"),
        ("PUT", "/api/v1/categories/cat_vehicles"),
        ("DELETE", "/api/v1/categories/cat_vehicles"),
    ],
    ids=["create", "list", "get", "put", "delete"],
)
def test_free_plan_is_403(api, local_server, method, path):
    free_key = local_server.create_key(plan="free")
    response = api.request(
        method,
        path,
        json={"name": "V", "schema": VEHICLE_SCHEMA},
        headers={"Authorization": f"Bearer {free_key}"},
    )
    assert_error(response, 403, "insufficient_permissions", "Free plan does not include categories", "Pro")


def test_missing_key_is_401(api):
    assert_error(api.get("/api/v1/categories"), 401, "invalid_api_key")


def test_other_account_cannot_see(api, local_server, headers, unique_id):
    create(api, headers, unique_id)
    stranger = {"Authorization": f"Bearer {local_server.create_key(plan='pro')}"}
    assert_error(api.get(f"/api/v1/categories/{unique_id}", headers=stranger), 404, "not_found")
    listed = api.get("/api/v1/categories", headers=stranger).json()["data"]
    assert unique_id not in {item["id"] for item in listed}


def test_other_account_cannot_change(api, local_server, headers, unique_id):
    create(api, headers, unique_id)
    stranger = {"Authorization": f"Bearer {local_server.create_key(plan='pro')}"}
    put = api.put(f"/api/v1/categories/{unique_id}", json={"schema": {"type": "object"}}, headers=stranger)
    assert_error(put, 404, "not_found")
    assert_error(api.delete(f"/api/v1/categories/{unique_id}", headers=stranger), 404, "not_found")
    assert api.get(f"/api/v1/categories/{unique_id}", headers=headers).json()["version"] == 1


def test_other_account_may_reuse_id(api, local_server, headers, unique_id):
    create(api, headers, unique_id)
    stranger = {"Authorization": f"Bearer {local_server.create_key(plan='pro')}"}
    assert create(api, stranger, unique_id, schema={"type": "object"})["version"] == 1
    assert api.get(f"/api/v1/categories/{unique_id}", headers=headers).json()["schema"] == VEHICLE_SCHEMA


def test_keys_of_one_account_share(api, local_server, headers, unique_id):
    create(api, headers, unique_id)
    account = _account_of(local_server, headers)
    sibling = {"Authorization": f"Bearer {local_server.create_key(account=account)}"}
    response = api.get(f"/api/v1/categories/{unique_id}", headers=sibling)
    assert response.status_code == 200, response.text


def _account_of(local_server, headers) -> str:
    """Find the account of a key by its last four characters, through `spectrapi keys list`."""
    import subprocess
    import sys

    from tests.conftest import subprocess_env

    output = subprocess.run(
        [sys.executable, "-m", "spectrapi_core.cli", "keys", "list", "--json", "--db", str(local_server.db_path)],
        check=True,
        capture_output=True,
        env=subprocess_env(),
        timeout=60,
    ).stdout
    hint = "..." + headers["Authorization"][-4:]
    (row,) = [row for row in json.loads(output) if row["hint"] == hint]
    return str(row["account_id"])


# --- generate with category_id ---------------------------------------------------------------------------------


def test_generate_unknown_category_is_404(api, headers):
    response = api.post(
        "/api/v1/generate",
        json={"instruction": "Generate vehicles", "count": 2, "category_id": "cat_never_saved"},
        headers=headers,
    )
    assert_error(response, 404, "not_found", "cat_never_saved")


def test_generate_deleted_category_is_404(api, headers, unique_id):
    create(api, headers, unique_id)
    api.delete(f"/api/v1/categories/{unique_id}", headers=headers)
    response = api.post(
        "/api/v1/generate",
        json={"instruction": "Generate vehicles", "count": 2, "category_id": unique_id},
        headers=headers,
    )
    assert_error(response, 404, "not_found", unique_id)


def test_generate_other_account_category_is_404(api, local_server, headers, unique_id):
    create(api, headers, unique_id)
    stranger = {"Authorization": f"Bearer {local_server.create_key(plan='pro')}"}
    response = api.post(
        "/api/v1/generate",
        json={"instruction": "Generate vehicles", "count": 2, "category_id": unique_id},
        headers=stranger,
    )
    assert_error(response, 404, "not_found", unique_id)


def test_generate_category_on_free_is_403(api, local_server):
    free = {"Authorization": f"Bearer {local_server.create_key(plan='free')}"}
    response = api.post(
        "/api/v1/generate",
        json={"instruction": "Generate vehicles", "count": 2, "category_id": "cat_vehicles"},
        headers=free,
    )
    assert_error(response, 403, "insufficient_permissions", "categories")


@pytest.mark.parametrize("seed", [1, 7, 42, 1234, 99999])
def test_generate_records_match_category(api, headers, unique_id, seed):
    category = create(api, headers, unique_id, schema=VEHICLE_SCHEMA)
    api.put(f"/api/v1/categories/{unique_id}", json={"schema": VEHICLE_SCHEMA}, headers=headers)
    response = api.post(
        "/api/v1/generate",
        json={"instruction": "Generate used cars", "count": 25, "category_id": unique_id, "seed": seed},
        headers=headers,
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert len(body["data"]) == 25
    assert body["meta"]["category_id"] == category["id"]
    assert body["meta"]["category_version"] == 2
    validator = jsonschema.Draft202012Validator(VEHICLE_SCHEMA, format_checker=jsonschema.FormatChecker())
    for record in body["data"]:
        assert list(validator.iter_errors(record)) == [], record


# --- limits: schemas that save also generate, fast ---------------------------------------------------------------


def _one_property(schema):
    return {"type": "object", "properties": {"a": schema}, "required": ["a"]}


@pytest.mark.parametrize(
    ("schema", "fragments"),
    [
        (_one_property({"type": "string", "minLength": 1_000_000_000}), ["/properties/a/minLength", "10000"]),
        ({"type": "object", "minProperties": 100_000_000}, ["/minProperties", "1000 properties"]),
        (_one_property({"type": "array", "minItems": 1_000_000}), ["/properties/a/minItems", "1000 items"]),
        (_one_property({"type": "string", "pattern": "^a{1000000}$"}), ["/properties/a/pattern", "10000"]),
        (_one_property({"type": "string", "pattern": "a\\Z"}), ["/properties/a/pattern", "cannot compile"]),
        (
            _one_property({"type": "number", "multipleOf": 1e-300, "minimum": 0.5, "maximum": 0.6}),
            ["/properties/a/multipleOf", "1e-9"],
        ),
    ],
    ids=["min-length", "min-properties", "min-items", "pattern-repeat", "rust-regex", "multiple-of"],
)
def test_create_over_limit_is_400(api, headers, unique_id, schema, fragments):
    response = api.post("/api/v1/categories", json={"id": unique_id, "name": "L", "schema": schema}, headers=headers)
    assert_error(response, 400, "bad_request", *fragments)


def test_generate_at_limits_is_fast(api, headers, unique_id):
    schema = {
        "type": "object",
        "properties": {
            "a": {"type": "string", "minLength": 10_000},
            "b": {"type": "string", "pattern": "^b{10000}$"},
        },
        "required": ["a", "b"],
    }
    create(api, headers, unique_id, schema=schema)
    response = api.post(
        "/api/v1/generate",
        json={"instruction": "Generate records", "count": 10, "category_id": unique_id, "seed": 3},
        headers=headers,
    )
    assert response.status_code == 200, response.text
    assert response.elapsed.total_seconds() < 5
    assert all(len(record["a"]) >= 10_000 for record in response.json()["data"])


def test_generate_oversize_record_is_422(api, headers, unique_id):
    schema = _one_property({"type": "array", "minItems": 100, "items": {"type": "string", "minLength": 10_000}})
    create(api, headers, unique_id, schema=schema)
    response = api.post(
        "/api/v1/generate",
        json={"instruction": "Generate records", "count": 2, "category_id": unique_id},
        headers=headers,
    )
    assert_error(response, 422, "invalid_instruction", "262144 bytes", "/properties/a/items")


def test_generate_pattern_properties_category(api, headers, unique_id):
    schema = {
        "type": "object",
        "properties": {
            "scores": {
                "type": "object",
                "patternProperties": {"^x_": {"type": "integer"}},
                "additionalProperties": False,
                "minProperties": 2,
            },
            "born": {"type": "string", "format": "date", "pattern": "^19"},
        },
        "required": ["scores", "born"],
    }
    create(api, headers, unique_id, schema=schema)
    response = api.post(
        "/api/v1/generate",
        json={"instruction": "Generate records", "count": 10, "category_id": unique_id, "seed": 5},
        headers=headers,
    )
    assert response.status_code == 200, response.text
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    for record in response.json()["data"]:
        assert list(validator.iter_errors(record)) == [], record


def test_generate_vehicle_models_match_makes(api, headers, unique_id):
    schema = {
        "type": "object",
        "properties": {
            "make": {"type": "string", "enum": ["BMW", "Toyota", "Ford", "Kia"]},
            "model": {"type": "string"},
            "dealer": {"type": "object", "properties": {"name": {"type": "string"}}, "required": ["name"]},
        },
        "required": ["make", "model", "dealer"],
    }
    create(api, headers, unique_id, schema=schema)
    response = api.post(
        "/api/v1/generate",
        json={"instruction": "Used hybrid cars from Texas dealers", "count": 30, "category_id": unique_id, "seed": 1},
        headers=headers,
    )
    assert response.status_code == 200, response.text
    others = {"BMW", "Toyota", "Ford", "Kia", "Hyundai", "Honda", "Lexus", "Chevrolet", "Nissan"}
    for record in response.json()["data"]:
        assert not any(make in record["dealer"]["name"] for make in others - {record["make"]}), record
