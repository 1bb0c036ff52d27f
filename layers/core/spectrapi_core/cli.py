"""The `spectrapi` command: serve the API locally, manage keys and categories, generate records without a server.

The key and category commands act on the local SQLite file as its operator, so plan features do not apply to them.
A Free account may hold categories made here, but its keys still get 403 when they use them over HTTP.

Exit codes: 0 success, 1 the request failed (the error envelope is printed), 2 bad command-line usage.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from spectrapi_core.errors import BadRequestError, SpectrAPIError
from spectrapi_core.stores.ports import KeyMode

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
DEMO_ACCOUNT_NAME = "make run demo"


class CommandLineError(Exception):
    """A usage problem (missing file, ambiguous account) reported on stderr with exit code 2."""


def _settings(args: argparse.Namespace) -> Any:
    from pydantic import ValidationError

    from spectrapi_core.settings import Settings

    overrides: dict[str, Any] = {}
    if getattr(args, "db", None):
        overrides["db_path"] = Path(args.db)
    if getattr(args, "engine", None):
        overrides["engine"] = args.engine
    try:
        return Settings(**overrides)
    except ValidationError as error:
        problems = "; ".join(
            f"SPECTRAPI_{'_'.join(str(part) for part in item['loc']).upper()}: {item['msg']}"
            for item in error.errors(include_url=False)
        )
        raise CommandLineError(f"invalid setting: {problems}. See docs/configuration.md.") from None


def _deps(args: argparse.Namespace) -> Any:
    from spectrapi_core.service.deps import build_dependencies

    return build_dependencies(_settings(args))


def _print_json(value: Any) -> None:
    print(json.dumps(value, indent=2, ensure_ascii=False, default=str))


def _key_row(key: Any) -> dict[str, Any]:
    return {
        "key_id": key.key_id,
        "account_id": key.account_id,
        "mode": key.mode,
        "label": key.label,
        "hint": f"...{key.hint}",
        "created_at": key.created_at.isoformat(),
        "revoked_at": key.revoked_at.isoformat() if key.revoked_at else None,
    }


def _gateway_manager(args: argparse.Namespace) -> Any:
    from spectrapi_core.stores.aws_gateway import gateway_key_manager

    if not args.stack:
        raise SystemExit("--backend aws needs --stack NAME (the CloudFormation stack that 'cdk deploy' created)")
    return gateway_key_manager(args.stack, region=args.region)


def _key_store(args: argparse.Namespace) -> Any:
    if args.backend == "aws":
        return _gateway_manager(args).store
    return _deps(args).key_store


def _account_fields(account: Any) -> dict[str, Any]:
    return {"plan": account.plan, "rate_per_minute": account.rate_per_minute}


def cmd_keys_create(args: argparse.Namespace) -> int:
    from spectrapi_core.service.keys import create_key

    if args.account and (args.plan or args.rate is not None):
        raise BadRequestError(
            "--plan and --rate set up a new account; a key added with --account uses that account's plan and rate. "
            "Drop --plan and --rate, or drop --account to create a new account."
        )
    mode: KeyMode = "test" if args.test else "live"
    options = {"label": args.label, "account_id": args.account, "rate_per_minute": args.rate}
    if args.backend == "aws":
        created = _gateway_manager(args).create(plan=args.plan or "free", mode=mode, **options)
    else:
        created = create_key(_deps(args).key_store, plan=args.plan or "free", mode=mode, **options)
    if args.json:
        _print_json({"key": created.secret, **_key_row(created.key), **_account_fields(created.account)})
    else:
        print(
            f"Created {created.key.mode} key {created.key.key_id} on account {created.account.account_id} "
            f"(plan {created.account.plan})."
        )
        print("Store this key now; it is shown only once:")
        print(created.secret)
    return 0


def cmd_keys_list(args: argparse.Namespace) -> int:
    store = _key_store(args)
    accounts = {account.account_id: account for account in store.list_accounts()}
    rows = [{**_key_row(key), **_account_fields(accounts[key.account_id])} for key in store.list_keys(args.account)]
    if args.json:
        _print_json(rows)
        return 0
    if not rows:
        print("No keys yet. Create one with 'spectrapi keys create --plan pro --test'.")
        return 0
    for row in rows:
        state = "revoked" if row["revoked_at"] else "active"
        print(
            f"{row['key_id']}  {row['mode']:<4}  {row['plan']:<10}  {state:<7}  {row['hint']}  "
            f"{row['account_id']}  {row['label']}"
        )
    return 0


def cmd_keys_revoke(args: argparse.Namespace) -> int:
    from spectrapi_core.service.keys import revoke_key

    key = (
        _gateway_manager(args).revoke(args.key_id)
        if args.backend == "aws"
        else revoke_key(_key_store(args), args.key_id)
    )
    print(f"Revoked {key.key_id}; requests with it now get 401 invalid_api_key.")
    return 0


def cmd_generate(args: argparse.Namespace) -> int:
    from spectrapi_core.http.body import parse_model
    from spectrapi_core.ids import new_request_id
    from spectrapi_core.models import GenerateRequest
    from spectrapi_core.service.generate import generate

    started = time.perf_counter()
    deps = _deps(args)
    payload: dict[str, Any] = {"instruction": args.instruction, "count": args.count, "locale": args.locale}
    if args.seed is not None:
        payload["seed"] = args.seed
    record_schema = _category_for_generate(deps, args) if args.category else None
    if record_schema is not None and record_schema.category_id:
        payload["category_id"] = record_schema.category_id
    request = parse_model(GenerateRequest, payload)
    response = generate(
        request,
        deps=deps,
        principal=None,
        request_id=new_request_id(),
        started=started,
        record_schema=record_schema,
    )
    print(response.model_dump_json(indent=2, exclude_none=True))
    return 0


def _category_for_generate(deps: Any, args: argparse.Namespace) -> Any:
    """Resolve `--category`: a JSON file is used as it is, without saving; a category id is looked up."""
    from spectrapi_core.models import CATEGORY_ID_PATTERN
    from spectrapi_core.service.categories import RecordSchema, check_category_schema, record_schema_for

    path = Path(args.category)
    if path.is_file():
        _, schema = _split_category_file(_read_json_object(path))
        check_category_schema(schema)
        return RecordSchema(schema=schema)
    if CATEGORY_ID_PATTERN.match(args.category):
        return record_schema_for(deps.categories(), _account_id(deps, args.account), args.category)
    raise CommandLineError(
        f"--category {args.category!r} is neither an existing JSON file nor a category id such as 'cat_vehicles'."
    )


def _read_json_object(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise CommandLineError(f"Cannot read {path}: {error.strerror or error}.") from None
    except UnicodeDecodeError:
        raise CommandLineError(f"{path} is not UTF-8 text; save the JSON as UTF-8.") from None
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise CommandLineError(
            f"{path} is not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}."
        ) from None
    if not isinstance(document, dict):
        raise CommandLineError(f"{path} must contain a JSON object: a schema, or {{name, description, schema}}.")
    return document


def _split_category_file(document: dict[str, Any]) -> tuple[dict[str, Any], Any]:
    """Split a category file into its other fields and its schema.

    A file with a top-level "schema" key holds {id?, name?, description?, schema}; any other object is the schema
    itself ("schema" is not a JSON Schema keyword, so the two forms cannot be confused).
    """
    if "schema" in document:
        fields = dict(document)
        return fields, fields.pop("schema")
    return {}, document


def _account_id(deps: Any, requested: str | None) -> str:
    """Return `--account`, or the only account in the database.

    Raises:
        CommandLineError: the named account does not exist, or there are zero or several accounts and none was named.
    """
    accounts = deps.key_store.list_accounts()
    listing = ", ".join(f"{account.account_id} ({account.plan})" for account in accounts)
    if requested is not None:
        if any(account.account_id == requested for account in accounts):
            return requested
        raise CommandLineError(f"No account {requested!r} in {deps.settings.db_path}. Accounts: {listing or 'none'}.")
    if len(accounts) == 1:
        return str(accounts[0].account_id)
    if not accounts:
        raise CommandLineError(
            f"No accounts in {deps.settings.db_path}. Create one with 'spectrapi keys create --plan pro'."
        )
    raise CommandLineError(f"There are {len(accounts)} accounts; choose one with --account. Accounts: {listing}.")


def cmd_categories_put(args: argparse.Namespace) -> int:
    from spectrapi_core.http.body import parse_model
    from spectrapi_core.models import CategoryCreateRequest, CategoryUpdateRequest
    from spectrapi_core.service import categories as service

    deps = _deps(args)
    account = _account_id(deps, args.account)
    fields, schema = _split_category_file(_read_json_object(Path(args.file)))
    fields["schema"] = schema
    category_id = args.id or fields.pop("id", None)
    fields.pop("id", None)
    if args.name is not None:
        fields["name"] = args.name
    if args.description is not None:
        fields["description"] = args.description

    store = deps.categories()
    if category_id and store.get(account, category_id) is not None:
        category = service.update_category(store, account, category_id, parse_model(CategoryUpdateRequest, fields))
    else:
        fields.setdefault("name", Path(args.file).stem)
        if category_id:
            fields["id"] = category_id
        category = service.create_category(store, account, parse_model(CategoryCreateRequest, fields))
    print(service.to_response(category).model_dump_json(indent=2))
    return 0


def cmd_categories_get(args: argparse.Namespace) -> int:
    from spectrapi_core.service import categories as service

    deps = _deps(args)
    category = service.get_category(deps.categories(), _account_id(deps, args.account), args.category_id, args.version)
    print(service.to_response(category).model_dump_json(indent=2))
    return 0


def cmd_categories_list(args: argparse.Namespace) -> int:
    from spectrapi_core.models import CategoryListResponse
    from spectrapi_core.service import categories as service

    deps = _deps(args)
    listed = service.list_categories(deps.categories(), _account_id(deps, args.account))
    if args.json:
        print(CategoryListResponse(data=[service.to_summary(c) for c in listed]).model_dump_json(indent=2))
        return 0
    if not listed:
        print("No categories yet. Save one with 'spectrapi categories put schema.json --id cat_example'.")
        return 0
    for category in listed:
        print(f"{category.category_id}  v{category.version:<3}  {category.updated_at.isoformat()}  {category.name}")
    return 0


def cmd_categories_delete(args: argparse.Namespace) -> int:
    from spectrapi_core.service import categories as service

    deps = _deps(args)
    service.delete_category(deps.categories(), _account_id(deps, args.account), args.category_id)
    print(f"Deleted {args.category_id} and all its versions.")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from aws_lambda_powertools import Logger

    from spectrapi_core.local.server import serve
    from spectrapi_core.service.keys import create_key

    # The library logs through child loggers of "spectrapi". On Lambda the function's entry point creates that
    # parent logger and here the server does, so every request gets one JSON line with its request id.
    Logger(service="spectrapi")
    deps = _deps(args)
    if args.demo_key:
        # Every run adds a key to the same demo account, so categories saved in an earlier run stay visible.
        demo = next((account for account in deps.key_store.list_accounts() if account.name == DEMO_ACCOUNT_NAME), None)
        created = create_key(
            deps.key_store,
            plan="pro",
            mode="test",
            label=DEMO_ACCOUNT_NAME,
            account_id=demo.account_id if demo else None,
        )
        base = f"http://{args.host}:{args.port}"
        print(
            f"\nSpectrAPI is running on {base} (engine: {deps.settings.resolved_engine()}, "
            f"database: {deps.settings.db_path})."
        )
        print(f"Demo key (Pro plan, test mode), shown once:\n  {created.secret}\n")
        print("Try it:")
        print(
            f"  curl -s -X POST {base}/api/v1/generate \\\n"
            f"    -H 'Authorization: Bearer {created.secret}' \\\n"
            "    -H 'Content-Type: application/json' \\\n"
            '    -d \'{"instruction": "Generate vehicle listings for Toyota cars", "count": 3}\'\n',
        )
        print(f"Or open the web console at {base}/ and paste the key.\n", flush=True)
    serve(deps, host=args.host, port=args.port, log_level=args.log_level)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="spectrapi", description="SpectrAPI: realistic JSON records on demand.")
    commands = parser.add_subparsers(dest="command", required=True)

    def add_db(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("--db", help="SQLite file (default: $SPECTRAPI_DB_PATH or data/spectrapi.sqlite3)")

    def add_account(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("--account", help="account that owns the categories (default: the only account)")

    serve = commands.add_parser("serve", help="run the API locally on SQLite and the configured engine")
    serve.add_argument("--host", default=DEFAULT_HOST, help="address to bind (default: 127.0.0.1)")
    serve.add_argument("--port", type=int, default=DEFAULT_PORT, help="TCP port (default: 8000)")
    serve.add_argument("--demo-key", action="store_true", help="create a Pro test key and print a curl example")
    serve.add_argument("--log-level", default="warning", help="uvicorn log level (default: warning)")
    serve.add_argument("--engine", choices=["auto", "builtin", "llm"], help="engine (default: $SPECTRAPI_ENGINE)")
    add_db(serve)
    serve.set_defaults(handler=cmd_serve)

    generate = commands.add_parser("generate", help="print generated records without a server")
    generate.add_argument("instruction", help="plain-language description of the records")
    generate.add_argument("--count", type=int, default=10, help="number of records, 1 to 100 (default: 10)")
    generate.add_argument("--locale", default="en-US", help="BCP 47 locale (default: en-US)")
    generate.add_argument("--seed", type=int, help="seed for reproducible records")
    generate.add_argument("--engine", choices=["auto", "builtin", "llm"], help="engine (default: $SPECTRAPI_ENGINE)")
    generate.add_argument(
        "--category",
        metavar="FILE|ID",
        help="apply a JSON Schema file (used as it is, not saved) or a saved category id such as cat_vehicles",
    )
    add_account(generate)
    add_db(generate)
    generate.set_defaults(handler=cmd_generate)

    categories = commands.add_parser("categories", help="save, show, list and delete categories (output schemas)")
    category_commands = categories.add_subparsers(dest="categories_command", required=True)
    put = category_commands.add_parser(
        "put", help="create a category from a JSON file, or add a version when the id exists"
    )
    put.add_argument("file", help="JSON file: a bare JSON Schema, or {id?, name?, description?, schema}")
    put.add_argument("--id", help="category id, e.g. cat_vehicles (default: the file's id, else a random one)")
    put.add_argument("--name", help="display name (default: the file's name, else the file name without .json)")
    put.add_argument("--description", help="description, up to 1,000 characters")
    add_account(put)
    add_db(put)
    put.set_defaults(handler=cmd_categories_put)
    get = category_commands.add_parser("get", help="print a category's latest version, or --version N")
    get.add_argument("category_id", help="category id, e.g. cat_vehicles")
    get.add_argument("--version", type=int, help="version number (default: the latest)")
    add_account(get)
    add_db(get)
    get.set_defaults(handler=cmd_categories_get)
    category_list = category_commands.add_parser("list", help="list the latest version of each category")
    category_list.add_argument("--json", action="store_true", help="print JSON")
    add_account(category_list)
    add_db(category_list)
    category_list.set_defaults(handler=cmd_categories_list)
    delete = category_commands.add_parser("delete", help="delete a category and all its versions")
    delete.add_argument("category_id", help="category id, e.g. cat_vehicles")
    add_account(delete)
    add_db(delete)
    delete.set_defaults(handler=cmd_categories_delete)

    def add_backend(sub: argparse.ArgumentParser) -> None:
        add_db(sub)
        sub.add_argument(
            "--backend",
            choices=["sqlite", "aws"],
            default="sqlite",
            help="sqlite (local file, default) or aws (a deployed stack)",
        )
        sub.add_argument("--stack", help="CloudFormation stack name, with --backend aws")
        sub.add_argument("--region", help="AWS region of the stack (default: the AWS CLI's configured region)")

    keys = commands.add_parser("keys", help="create, list and revoke API keys")
    key_commands = keys.add_subparsers(dest="keys_command", required=True)
    create = key_commands.add_parser("create", help="create a key and print it once")
    create.add_argument("--plan", help="plan of the new account: free (default), pro or enterprise")
    create.add_argument("--test", action="store_true", help="create an sk_test_ key instead of sk_live_")
    create.add_argument("--label", default="", help="a note to tell keys apart")
    create.add_argument("--account", help="add the key to this existing account instead of a new one")
    create.add_argument(
        "--rate",
        type=int,
        help="requests per minute per key of the new account, replacing the plan's rate (for Enterprise accounts)",
    )
    create.add_argument("--json", action="store_true", help="print JSON")
    add_backend(create)
    create.set_defaults(handler=cmd_keys_create)
    listing = key_commands.add_parser("list", help="list keys (secrets are never shown)")
    listing.add_argument("--account", help="only this account's keys")
    listing.add_argument("--json", action="store_true", help="print JSON")
    add_backend(listing)
    listing.set_defaults(handler=cmd_keys_list)
    revoke = key_commands.add_parser("revoke", help="revoke a key by id")
    revoke.add_argument("key_id", help="the key's id, as shown by 'keys list'")
    add_backend(revoke)
    revoke.set_defaults(handler=cmd_keys_revoke)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the process exit code."""
    os.environ.setdefault("POWERTOOLS_METRICS_DISABLED", "true")
    args = build_parser().parse_args(argv)
    # The server logs one line per request; the one-shot commands print only their result and warnings.
    os.environ.setdefault("POWERTOOLS_LOG_LEVEL", "INFO" if args.command == "serve" else "WARNING")
    try:
        return int(args.handler(args))
    except SpectrAPIError as error:
        _print_json(error.to_body())
        return 1
    except CommandLineError as error:
        print(f"spectrapi: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
