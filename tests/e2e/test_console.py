"""The web console in headless Chromium against `spectrapi serve` on 127.0.0.1."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOT = ROOT / "docs" / "images" / "console-playground.png"
PYTHON_SDK = ROOT / "sdk" / "python" / "src" / "spectrapi"
REQUEST_ID = re.compile(r"^req_[0-9a-z]{8}$")
NUMBER = re.compile(r"-?\d+(\.\d+)?")
GADGET_SCHEMA = {
    "type": "object",
    "properties": {
        "id": {"type": "string"},
        "name": {"type": "string"},
        "price": {"type": "number", "minimum": 1, "maximum": 10},
        "in_stock": {"type": "boolean"},
    },
    "required": ["id", "name", "price", "in_stock"],
    "additionalProperties": False,
}


def generate(page, instruction: str, count: int | str, seed: int | None = None) -> None:
    page.fill("#instruction", instruction)
    page.fill("#count", str(count))
    page.fill("#seed", "" if seed is None else str(seed))
    page.click("#generate")


def table_column(page, column: str, table: str = "#result-table") -> list[str]:
    """Return the cell texts of one column, found by its header text."""
    index = page.locator(f"{table} thead th").all_inner_texts().index(column)
    return page.locator(f"{table} tbody tr td:nth-child({index + 1})").all_inner_texts()


def create_category(page, name: str, schema: dict) -> None:
    page.click("#tab-categories")
    page.click("#category-new")
    page.fill("#category-name", name)
    page.fill("#category-description", "Made by the browser tests")
    page.fill("#category-schema", json.dumps(schema, indent=2))
    page.click("#category-save")
    page.wait_for_selector(f"#category-items button:has-text('{name}')")


def test_playground_shows_requested_rows(console):
    generate(console, "Generate vehicle listings for Toyota cars from 2020 or newer", 7, seed=7)
    console.wait_for_selector("#result-table tbody tr")
    assert console.locator("#result-table tbody tr").count() == 7
    assert REQUEST_ID.match(console.text_content("[data-meta=request_id]"))
    assert console.text_content("[data-meta=seed]") == "7"
    assert console.text_content("[data-meta=engine]") in {"builtin", "llm"}

    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    console.screenshot(path=str(SCREENSHOT), full_page=True)


def test_playground_json_view_matches_table(console):
    generate(console, "Generate job postings", 4, seed=11)
    console.wait_for_selector("#result-table tbody tr")
    console.click("#view-json")
    envelope = json.loads(console.text_content("#result-json"))
    assert len(envelope["data"]) == 4
    assert envelope["meta"]["count"] == 4
    assert console.is_hidden("#result-table")


def test_playground_sorts_numeric_column(console):
    generate(console, "Generate vehicle listings with price and mileage", 12, seed=3)
    console.wait_for_selector("#result-table tbody tr")
    headers = console.locator("#result-table thead th").all_inner_texts()
    numeric = [name for name in headers if all(NUMBER.fullmatch(value) for value in table_column(console, name))]
    assert numeric, f"no numeric column among {headers}"
    header = console.locator("#result-table thead th", has_text=numeric[0])

    header.locator("button").click()
    ascending = [float(value) for value in table_column(console, numeric[0])]
    assert ascending == sorted(ascending)
    assert header.get_attribute("aria-sort") == "ascending"

    header.locator("button").click()
    descending = [float(value) for value in table_column(console, numeric[0])]
    assert descending == sorted(descending, reverse=True)
    assert header.get_attribute("aria-sort") == "descending"


def test_playground_count_error_beside_field(console):
    generate(console, "Generate vehicle listings", 0)
    error = console.wait_for_selector("[data-error-for=count]:not([hidden])")
    assert "count must be from 1 to 100; got 0" in error.text_content()
    assert console.get_attribute("#count", "aria-invalid") == "true"
    assert console.is_hidden("#banner")


def test_playground_empty_instruction_error_beside_field(console):
    generate(console, "   ", 3)
    error = console.wait_for_selector("[data-error-for=instruction]:not([hidden])")
    assert "instruction" in error.text_content()
    assert console.is_hidden("[data-error-for=count]")


def test_unknown_key_shows_banner_on_entry(open_console):
    page = open_console("sk_test_" + "0" * 40)
    banner = page.wait_for_selector("#banner:not([hidden])")
    assert "key" in banner.text_content().lower()
    assert page.is_hidden("#category-note")


def test_playground_unknown_key_shows_banner(open_console):
    page = open_console("sk_test_" + "0" * 40)
    generate(page, "Generate vehicle listings", 3)
    banner = page.wait_for_selector("#banner:not([hidden])")
    assert "key" in banner.text_content().lower()
    assert page.is_hidden("[data-error-for=count]")


def test_snippets_mask_key_by_default(console, pro_key):
    generate(console, "Generate customer profiles", 2, seed=5)
    console.wait_for_selector("#result-table tbody tr")
    console.click("#view-code")
    for language, call in [("curl", "/api/v1/generate"), ("python", "client.generate("), ("typescript", ".generate({")]:
        console.select_option("#snippet-language", language)
        snippet = console.text_content("#snippet")
        assert call in snippet, language
        assert "SPECTRAPI_API_KEY" in snippet, language
        assert pro_key not in snippet, language
        assert re.search(r'\bseed"?[:=] ?5\b', snippet), language


def test_key_kept_in_session_storage_only(console, pro_key):
    assert console.evaluate("sessionStorage.getItem('spectrapi.apiKey')") == pro_key
    assert console.evaluate("localStorage.length") == 0
    assert pro_key not in console.content()


def test_category_create_then_generate(console):
    name = f"Gadgets {uuid.uuid4().hex[:6]}"
    create_category(console, name, GADGET_SCHEMA)
    console.fill("#preview-instruction", "Generate gadget products for an online hardware shop")
    console.fill("#preview-count", "3")
    console.click("#preview-generate")
    console.wait_for_selector("#preview-table tbody tr")
    assert console.locator("#preview-table tbody tr").count() == 3
    headers = console.locator("#preview-table thead th").all_inner_texts()
    assert {"id", "name", "price", "in_stock"} <= set(headers)
    prices = [float(value) for value in table_column(console, "price", table="#preview-table")]
    assert all(1 <= price <= 10 for price in prices)


def test_category_offered_in_playground(console):
    name = f"Widgets {uuid.uuid4().hex[:6]}"
    create_category(console, name, GADGET_SCHEMA)
    console.click("#tab-playground")
    console.select_option("#category", label=f"{name} (v1)")
    generate(console, "Generate widget products for an online hardware shop", 2)
    console.wait_for_selector("#result-table tbody tr")
    assert console.text_content("[data-meta=category_id]").startswith("cat_")


def test_category_restore_old_version(console, local_server, pro_key):
    name = f"Restorable {uuid.uuid4().hex[:6]}"
    create_category(console, name, GADGET_SCHEMA)
    changed = {**GADGET_SCHEMA, "properties": {**GADGET_SCHEMA["properties"], "color": {"type": "string"}}}
    console.fill("#category-schema", json.dumps(changed))
    console.click("#category-save")
    console.wait_for_selector("#version-items button[data-version='2']")

    console.click("#version-items button[data-version='1']")
    console.click("#version-restore")
    console.wait_for_selector("#version-items button[data-version='3']")

    category_id = re.search(r"\((cat_[^)]+)\)", console.text_content("#category-title")).group(1)
    latest = httpx.get(
        f"{local_server.base_url}/api/v1/categories/{category_id}",
        headers={"Authorization": f"Bearer {pro_key}"},
        timeout=30,
    ).json()
    assert latest["version"] == 3
    assert latest["schema"] == GADGET_SCHEMA


def test_category_invalid_schema_error_inline(console):
    console.click("#tab-categories")
    console.click("#category-new")
    console.fill("#category-name", "Broken schema")
    console.fill("#category-schema", json.dumps({"type": "object", "properties": {"a": {"type": "no-such-type"}}}))
    console.click("#category-save")
    error = console.wait_for_selector("[data-error-for=schema]:not([hidden])")
    assert "no-such-type" in error.text_content()
    assert console.get_attribute("#category-schema", "aria-invalid") == "true"
    assert console.is_hidden("#banner")


def test_category_schema_not_json_inline(console):
    console.click("#tab-categories")
    console.click("#category-new")
    console.fill("#category-schema", '{"type": ')
    error = console.wait_for_selector("[data-error-for=schema]:not([hidden])")
    assert "not valid JSON" in error.text_content()


def test_free_plan_sees_categories_unavailable(open_console, local_server):
    page = open_console(local_server.create_key(plan="free"))
    note = page.wait_for_selector("#category-note:not([hidden])")
    assert "plan" in note.text_content().lower()
    assert page.is_disabled("#category")


def test_usage_panel_shows_plan(console):
    console.click("#tab-usage")
    plan = console.wait_for_selector("[data-usage=plan]")
    assert plan.text_content() == "pro"
    assert "of 100 used" in console.text_content("[data-usage=usage-minute-summary]")
    assert console.is_visible("[data-usage=usage-month-summary]")


def test_usage_panel_shows_rate_limit_headers(console):
    generate(console, "Generate people", 1)
    console.wait_for_selector("#result-table tbody tr")
    console.click("#tab-usage")
    console.wait_for_selector("[data-usage=plan]")
    assert console.text_content("#last-response [data-usage=limit]") == "100"
    assert console.text_content("#last-response [data-usage=remaining]").isdigit()


@pytest.mark.skipif(shutil.which("curl") is None, reason="curl is not installed")
def test_curl_snippet_reproduces_records(console, pro_key):
    generate(console, "Generate customer profiles for O'Brien's bakery", 3, seed=21)
    console.wait_for_selector("#result-table tbody tr")
    shown = json.loads(console.text_content("#result-json"))
    console.click("#view-code")
    console.check("#snippet-show-key")
    snippet = console.text_content("#snippet")
    assert pro_key in snippet

    completed = subprocess.run(["bash", "-c", snippet], capture_output=True, check=True, timeout=60)
    assert json.loads(completed.stdout)["data"] == shown["data"]


@pytest.mark.skipif(not PYTHON_SDK.is_dir(), reason=f"the Python SDK is not at {PYTHON_SDK}")
def test_python_snippet_reproduces_records(console, pro_key):
    generate(console, "Generate job postings for data engineers", 2, seed=8)
    console.wait_for_selector("#result-table tbody tr")
    shown = json.loads(console.text_content("#result-json"))
    console.click("#view-code")
    console.select_option("#snippet-language", "python")
    snippet = console.text_content("#snippet").replace("print(response.data)", "print(json.dumps(response.data))")

    completed = subprocess.run(
        [sys.executable, "-c", f"import json\n{snippet}"],
        capture_output=True,
        check=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": str(PYTHON_SDK.parent), "SPECTRAPI_API_KEY": pro_key},
    )
    assert json.loads(completed.stdout) == shown["data"]
