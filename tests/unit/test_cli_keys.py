"""`spectrapi keys create|list|revoke`, run in-process against a temporary SQLite file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from spectrapi_core.cli import main
from spectrapi_core.errors import InvalidApiKeyError
from spectrapi_core.service.keys import authenticate
from spectrapi_core.stores.sqlite import SQLiteDatabase, SQLiteKeyStore


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "keys.sqlite3"


@pytest.fixture
def run(db_path, capsys):
    """Run `spectrapi keys ...` and return (exit code, stdout)."""

    def run_keys(*args: str) -> tuple[int, str]:
        code = main(["keys", *args, "--db", str(db_path)])
        return code, capsys.readouterr().out

    return run_keys


@pytest.fixture
def create(run):
    """Create a key with `--json` and return its row, secret included."""

    def create_key(*args: str) -> dict:
        code, output = run("create", "--json", *args)
        assert code == 0, output
        return json.loads(output)

    return create_key


def key_store(db_path: Path) -> SQLiteKeyStore:
    return SQLiteKeyStore(SQLiteDatabase(db_path))


@pytest.mark.parametrize(
    ("args", "plan", "prefix"),
    [
        ((), "free", "sk_live_"),
        (("--plan", "free", "--test"), "free", "sk_test_"),
        (("--plan", "pro"), "pro", "sk_live_"),
        (("--plan", "pro", "--test"), "pro", "sk_test_"),
        (("--plan", "enterprise"), "enterprise", "sk_live_"),
    ],
    ids=["default-free", "free-test", "pro-live", "pro-test", "enterprise-live"],
)
def test_create_sets_plan_and_mode(create, db_path, args, plan, prefix):
    row = create(*args)
    principal = authenticate(key_store(db_path), f"Bearer {row['key']}")
    assert row["key"].startswith(prefix)
    assert row["plan"] == plan
    assert principal.plan == plan
    assert principal.mode == ("test" if prefix == "sk_test_" else "live")
    assert principal.key_id == row["key_id"]


def test_create_prints_secret_once(run):
    code, output = run("create", "--plan", "pro", "--test")
    assert code == 0
    assert output.count("sk_test_") == 1
    assert "shown only once" in output


def test_create_enterprise_rate(create, db_path):
    row = create("--plan", "enterprise", "--rate", "3")
    assert row["rate_per_minute"] == 3
    assert authenticate(key_store(db_path), f"Bearer {row['key']}").rate_per_minute == 3


@pytest.mark.parametrize("rate", ["0", "-5"], ids=["zero", "negative"])
def test_create_rejects_bad_rate(run, rate):
    code, output = run("create", "--plan", "enterprise", "--rate", rate)
    assert code == 1
    assert json.loads(output)["error"]["code"] == "bad_request"
    assert "rate_per_minute must be a positive integer" in output


def test_create_rejects_unknown_plan(run):
    code, output = run("create", "--plan", "platinum")
    assert code == 1
    assert "Unknown plan 'platinum'" in output
    assert "free, pro, enterprise" in output


def test_create_adds_to_account(create, db_path):
    first = create("--plan", "pro", "--test")
    second = create("--account", first["account_id"])
    assert second["account_id"] == first["account_id"]
    assert second["plan"] == "pro"
    assert second["mode"] == "live"


@pytest.mark.parametrize("extra", [("--plan", "free"), ("--rate", "5")], ids=["plan", "rate"])
def test_create_account_rejects_plan_or_rate(create, run, extra):
    account_id = create("--plan", "pro")["account_id"]
    code, output = run("create", "--account", account_id, *extra)
    assert code == 1
    assert "Drop --plan and --rate" in output


def test_create_unknown_account_is_error(run):
    code, output = run("create", "--account", "acct_missing")
    assert code == 1
    assert json.loads(output)["error"]["code"] == "not_found"


def test_list_never_shows_secrets(create, run):
    secrets = [create("--plan", "pro", "--test")["key"], create("--plan", "free")["key"]]
    text_code, text = run("list")
    json_code, as_json = run("list", "--json")
    assert (text_code, json_code) == (0, 0)
    for secret in secrets:
        assert secret not in text
        assert secret not in as_json
        assert secret[-4:] in text
    assert "sk_" not in as_json


def test_list_json_rows(create, run):
    created = create("--plan", "enterprise", "--rate", "7", "--label", "ci")
    _, output = run("list", "--json")
    (row,) = json.loads(output)
    assert row["key_id"] == created["key_id"]
    assert row["plan"] == "enterprise"
    assert row["rate_per_minute"] == 7
    assert row["label"] == "ci"
    assert row["revoked_at"] is None
    assert "key" not in row


def test_list_filters_by_account(create, run):
    first = create("--plan", "pro")
    create("--plan", "free")
    _, output = run("list", "--json", "--account", first["account_id"])
    assert [row["key_id"] for row in json.loads(output)] == [first["key_id"]]


def test_list_empty_database(run):
    code, output = run("list")
    assert code == 0
    assert "No keys yet" in output


def test_revoke_rejects_key(create, run, db_path):
    row = create("--plan", "pro", "--test")
    code, output = run("revoke", row["key_id"])
    assert code == 0
    assert row["key_id"] in output
    with pytest.raises(InvalidApiKeyError, match="revoked"):
        authenticate(key_store(db_path), f"Bearer {row['key']}")


def test_revoke_shows_in_list(create, run):
    row = create("--plan", "pro")
    run("revoke", row["key_id"])
    _, as_json = run("list", "--json")
    _, text = run("list")
    assert json.loads(as_json)[0]["revoked_at"] is not None
    assert "revoked" in text


def test_revoke_twice_keeps_first_time(create, run):
    row = create("--plan", "pro")
    run("revoke", row["key_id"])
    first = json.loads(run("list", "--json")[1])[0]["revoked_at"]
    code, _ = run("revoke", row["key_id"])
    assert code == 0
    assert json.loads(run("list", "--json")[1])[0]["revoked_at"] == first


def test_revoke_unknown_key_is_error(run):
    code, output = run("revoke", "key_missing")
    assert code == 1
    assert json.loads(output)["error"]["code"] == "not_found"
    assert "key_missing" in output


def test_revoke_leaves_other_keys(create, run, db_path):
    kept = create("--plan", "pro")
    revoked = create("--account", kept["account_id"])
    run("revoke", revoked["key_id"])
    assert authenticate(key_store(db_path), f"Bearer {kept['key']}").key_id == kept["key_id"]


def test_demo_key_reuses_demo_account(tmp_path, monkeypatch, capsys):
    from spectrapi_core.local import server

    monkeypatch.setattr(server, "serve", lambda *args, **kwargs: None)
    db = tmp_path / "demo.sqlite3"
    assert main(["serve", "--demo-key", "--db", str(db)]) == 0
    assert main(["serve", "--demo-key", "--db", str(db)]) == 0
    keys = SQLiteKeyStore(SQLiteDatabase(db)).list_keys()
    assert len(keys) == 2
    assert keys[0].account_id == keys[1].account_id
    assert all(key.mode == "test" for key in keys)
