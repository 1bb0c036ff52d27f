"""The web console's files over real HTTP against `spectrapi serve` on 127.0.0.1, without a key."""

from __future__ import annotations

import http.client
import json
import re
from urllib.parse import urlsplit

import pytest

from spectrapi_core.http.routes_console import CONSOLE_DIR

ASSET_REFERENCE = re.compile(r'(?:src|href)="(console/[^"]+)"')
MODULE_IMPORT = re.compile(r'from "\./([^"]+)"')


def test_console_page_served_without_key(api):
    response = api.get("/")
    assert response.status_code == 200, response.text
    assert response.headers["Content-Type"].startswith("text/html")
    assert "<title>SpectrAPI console</title>" in response.text


def test_console_page_security_headers(api):
    response = api.get("/")
    policy = response.headers["Content-Security-Policy"]
    assert "default-src 'none'" in policy
    assert "script-src 'self'" in policy
    assert "connect-src 'self'" in policy
    assert "frame-ancestors 'none'" in policy
    assert "unsafe-inline" not in policy
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_console_page_revalidated_with_etag(api):
    first = api.get("/")
    assert first.headers["Cache-Control"] == "no-cache"
    second = api.get("/", headers={"If-None-Match": first.headers["ETag"]})
    assert second.status_code == 304
    assert second.content == b""


@pytest.mark.parametrize(
    ("asset", "content_type"),
    [
        pytest.param("app.js", "text/javascript", id="script"),
        pytest.param("style.css", "text/css", id="style"),
        pytest.param("favicon.svg", "image/svg+xml", id="icon"),
    ],
)
def test_console_asset_content_type(api, asset, content_type):
    response = api.get(f"/console/{asset}")
    assert response.status_code == 200, response.text
    assert response.headers["Content-Type"].startswith(content_type)
    assert response.content == (CONSOLE_DIR / asset).read_bytes()


def test_console_references_resolve(api):
    page = api.get("/").text
    referenced = set(ASSET_REFERENCE.findall(page))
    for script in CONSOLE_DIR.glob("*.js"):
        referenced.update(f"console/{name}" for name in MODULE_IMPORT.findall(script.read_text()))
    assert "console/app.js" in referenced
    for path in sorted(referenced):
        assert api.get(f"/{path}").status_code == 200, path


@pytest.mark.parametrize(
    "raw_path",
    [
        pytest.param("/console/missing.js", id="unknown-file"),
        pytest.param("/console/index.html", id="page-under-second-url"),
        pytest.param("/console/..", id="dot-dot"),
        pytest.param("/console/%2e%2e", id="encoded-dot-dot"),
        pytest.param("/console/..%2fhttp%2fapp.py", id="encoded-slash"),
        pytest.param("/console/../http/routes_console.py", id="dot-dot-segment"),
        pytest.param("/console/%2e%2e%2f%2e%2e%2fsettings.py", id="encoded-two-levels"),
    ],
)
def test_console_asset_traversal_not_found(local_server, raw_path):
    # http.client sends the path as written; httpx would remove the dot segments first.
    address = urlsplit(local_server.base_url)
    connection = http.client.HTTPConnection(address.hostname, address.port, timeout=30)
    try:
        connection.request("GET", raw_path)
        response = connection.getresponse()
        status, body = response.status, response.read()
    finally:
        connection.close()
    assert status == 404, body
    assert json.loads(body)["error"]["code"] == "not_found"


def test_console_asset_rejects_post(api):
    response = api.post("/console/app.js")
    assert response.status_code in {401, 404, 405}
    assert "import" not in response.text
