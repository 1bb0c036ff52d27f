"""Browser fixtures: headless Chromium from the system package, driven by Playwright, against `spectrapi serve`.

The browser comes from Debian's `chromium` package at /usr/bin/chromium, not from `playwright install`. Without it or
without the `playwright` package every test here is skipped with the reason.
"""

from __future__ import annotations

import importlib.util
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
VIEWPORT = {"width": 1280, "height": 900}
TIMEOUT_MS = 20_000


def missing_browser_reason() -> str | None:
    """Return why the browser tests cannot run here, or None when they can."""
    if importlib.util.find_spec("playwright") is None:
        return "playwright is not installed; run: pip install playwright"
    if not CHROMIUM.exists() and shutil.which("chromium") is None:
        return f"{CHROMIUM} is missing; run: apt-get install -y chromium"
    return None


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    reason = missing_browser_reason()
    if reason:
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    playwright = sync_playwright().start()
    executable = CHROMIUM if CHROMIUM.exists() else Path(str(shutil.which("chromium")))
    launched = playwright.chromium.launch(executable_path=str(executable), args=CHROMIUM_ARGS)
    yield launched
    launched.close()
    playwright.stop()


@pytest.fixture
def open_console(browser, local_server):
    """Open the console in a fresh browser context and enter a key; fail the test on any uncaught script error."""
    contexts = []
    script_errors: list[str] = []

    def open_with(key: str) -> Any:
        context = browser.new_context(viewport=VIEWPORT)
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(TIMEOUT_MS)
        page.on("pageerror", lambda error: script_errors.append(str(error)))
        page.goto(f"{local_server.base_url}/")
        page.fill("#api-key", key)
        page.click("#key-form button[type=submit]")
        page.wait_for_selector("#key-state:has-text('Using')")
        return page

    yield open_with
    for context in contexts:
        context.close()
    assert script_errors == []


@pytest.fixture
def console(open_console, pro_key):
    """The console page with the session's Pro key entered."""
    return open_console(pro_key)
