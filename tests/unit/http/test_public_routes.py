"""Which routes the gateway serves without a key."""

from __future__ import annotations

import pytest

from spectrapi_core.http.entrypoints import is_public_route


@pytest.mark.parametrize(
    ("method", "path"),
    [
        pytest.param("GET", "/", id="console-page"),
        pytest.param("GET", "/console/app.js", id="console-script"),
        pytest.param("get", "/console/style.css", id="lowercase-method"),
        pytest.param("GET", "/console/missing.js", id="unknown-asset-reaches-404"),
        pytest.param("GET", "/console/../api/v1/usage", id="dot-dot-segment-reaches-404"),
        pytest.param("GET", "/api/v1/openapi.json", id="openapi"),
    ],
)
def test_public_route_served_without_key(method, path):
    assert is_public_route(method, path)


@pytest.mark.parametrize(
    ("method", "path"),
    [
        pytest.param("POST", "/api/v1/generate", id="generate"),
        pytest.param("GET", "/api/v1/usage", id="usage"),
        pytest.param("GET", "/api/v1/categories", id="categories"),
        pytest.param("POST", "/", id="post-console-page"),
        pytest.param("POST", "/console/app.js", id="post-console-asset"),
        pytest.param("GET", "/console/", id="console-folder"),
        pytest.param("GET", "/consoleapp.js", id="prefix-without-slash"),
        pytest.param("GET", "/unknown", id="unknown-path"),
    ],
)
def test_private_route_needs_key(method, path):
    assert not is_public_route(method, path)
