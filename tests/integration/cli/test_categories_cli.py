"""`spectrapi categories ...` and `spectrapi generate --category` as subprocesses on a temporary SQLite file."""

from __future__ import annotations

import json
import subprocess
import sys

import jsonschema
import pytest

from tests.conftest import subprocess_env

SCHEMA = {
    "type": "object",
    "properties": {"make": {"type": "string"}, "year": {"type": "integer", "minimum": 2000, "maximum": 2025}},
    "required": ["make", "year"],
}


@pytest.fixture
def cli(tmp_path):
    db = tmp_path / "spectrapi.sqlite3"

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "spectrapi_core.cli", *args, "--db", str(db)],
            capture_output=True,
            text=True,
            env=subprocess_env(),
            timeout=60,
            cwd=tmp_path,
        )

    return run


@pytest.fixture
def account(cli) -> str:
    created = cli("keys", "create", "--plan", "pro", "--json")
    assert created.returncode == 0, created.stderr
    return str(json.loads(created.stdout)["account_id"])


@pytest.fixture
def schema_file(tmp_path):
    path = tmp_path / "vehicles.json"
    path.write_text(json.dumps(SCHEMA), encoding="utf-8")
    return path


def test_put_bare_schema_creates(cli, account, schema_file):
    result = cli("categories", "put", str(schema_file), "--id", "cat_vehicles")
    assert result.returncode == 0, result.stderr
    saved = json.loads(result.stdout)
    assert saved["version"] == 1
    assert saved["name"] == "vehicles"
    assert saved["schema"] == SCHEMA


def test_put_wrapped_schema_uses_fields(cli, account, tmp_path):
    path = tmp_path / "wrapped.json"
    path.write_text(json.dumps({"id": "cat_cars", "name": "Cars", "description": "d", "schema": SCHEMA}))
    saved = json.loads(cli("categories", "put", str(path)).stdout)
    assert saved["id"] == "cat_cars"
    assert saved["name"] == "Cars"
    assert saved["description"] == "d"


def test_put_existing_id_adds_version(cli, account, schema_file):
    cli("categories", "put", str(schema_file), "--id", "cat_vehicles")
    result = cli("categories", "put", str(schema_file), "--id", "cat_vehicles", "--name", "Cars")
    saved = json.loads(result.stdout)
    assert saved["version"] == 2
    assert saved["name"] == "Cars"


def test_put_invalid_schema_fails(cli, account, tmp_path):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"type": "object", "properties": {"a": {"type": "strng"}}}))
    result = cli("categories", "put", str(path))
    assert result.returncode == 1
    assert "/properties/a/type" in json.loads(result.stdout)["error"]["message"]


def test_put_missing_file_is_usage_error(cli, account, tmp_path):
    result = cli("categories", "put", str(tmp_path / "absent.json"))
    assert result.returncode == 2
    assert "Cannot read" in result.stderr


def test_get_given_version(cli, account, schema_file):
    cli("categories", "put", str(schema_file), "--id", "cat_vehicles")
    cli("categories", "put", str(schema_file), "--id", "cat_vehicles", "--name", "Cars")
    fetched = json.loads(cli("categories", "get", "cat_vehicles", "--version", "1").stdout)
    assert fetched["version"] == 1
    assert fetched["name"] == "vehicles"


def test_list_json_has_latest(cli, account, schema_file):
    cli("categories", "put", str(schema_file), "--id", "cat_vehicles")
    cli("categories", "put", str(schema_file), "--id", "cat_vehicles")
    listed = json.loads(cli("categories", "list", "--json").stdout)["data"]
    assert [(item["id"], item["version"]) for item in listed] == [("cat_vehicles", 2)]


def test_delete_then_get_fails(cli, account, schema_file):
    cli("categories", "put", str(schema_file), "--id", "cat_vehicles")
    assert cli("categories", "delete", "cat_vehicles").returncode == 0
    result = cli("categories", "get", "cat_vehicles")
    assert result.returncode == 1
    assert json.loads(result.stdout)["error"]["code"] == "not_found"


def test_no_account_is_usage_error(cli, schema_file):
    result = cli("categories", "list")
    assert result.returncode == 2
    assert "No accounts" in result.stderr


def test_two_accounts_need_flag(cli, account, schema_file):
    other = json.loads(cli("keys", "create", "--plan", "pro", "--json").stdout)["account_id"]
    result = cli("categories", "list")
    assert result.returncode == 2
    assert account in result.stderr
    assert other in result.stderr


def test_account_flag_scopes_categories(cli, account, schema_file):
    other = json.loads(cli("keys", "create", "--plan", "pro", "--json").stdout)["account_id"]
    cli("categories", "put", str(schema_file), "--id", "cat_vehicles", "--account", account)
    listed = json.loads(cli("categories", "list", "--json", "--account", other).stdout)["data"]
    assert listed == []


def test_generate_unknown_category_fails(cli, account):
    result = cli("generate", "Generate cars", "--count", "2", "--category", "cat_missing")
    assert result.returncode == 1
    assert "cat_missing" in json.loads(result.stdout)["error"]["message"]


def test_generate_neither_file_nor_id(cli, account):
    result = cli("generate", "Generate cars", "--category", "missing.json")
    assert result.returncode == 2
    assert "neither an existing JSON file nor a category id" in result.stderr


def test_generate_with_saved_category(cli, account, schema_file):
    cli("categories", "put", str(schema_file), "--id", "cat_vehicles")
    result = cli("generate", "Generate cars", "--count", "20", "--seed", "5", "--category", "cat_vehicles")
    assert result.returncode == 0, result.stdout + result.stderr
    body = json.loads(result.stdout)
    assert body["meta"]["category_id"] == "cat_vehicles"
    assert body["meta"]["category_version"] == 1
    for record in body["data"]:
        assert list(jsonschema.Draft202012Validator(SCHEMA).iter_errors(record)) == [], record


def test_generate_with_schema_file(cli, schema_file):
    result = cli("generate", "Generate cars", "--count", "20", "--seed", "5", "--category", str(schema_file))
    assert result.returncode == 0, result.stdout + result.stderr
    body = json.loads(result.stdout)
    assert "category_id" not in body["meta"]
    for record in body["data"]:
        assert list(jsonschema.Draft202012Validator(SCHEMA).iter_errors(record)) == [], record
