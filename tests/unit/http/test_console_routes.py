"""The console routes resolved from REST proxy events, as API Gateway sends them behind a stage."""

from __future__ import annotations

import pytest

from spectrapi_core.http.entrypoints import api_handler
from spectrapi_core.local.gateway import HttpRequest, LocalLambdaContext, build_proxy_event
from spectrapi_core.service.deps import build_dependencies
from spectrapi_core.settings import Settings


@pytest.fixture
def deps(tmp_path):
    return build_dependencies(Settings(db_path=tmp_path / "spectrapi.sqlite3"))


def page_event(public_path: str) -> dict:
    event = build_proxy_event(HttpRequest("GET", "/", "", [], b""), gateway_request_id="gateway-request")
    event["requestContext"]["path"] = public_path
    return event


def test_console_stage_root_redirected(deps):
    result = api_handler(page_event("/prod"), LocalLambdaContext(), deps)
    assert result["statusCode"] == 308
    assert result["multiValueHeaders"]["Location"] == ["/prod/"]


def test_console_stage_root_with_slash_served(deps):
    result = api_handler(page_event("/prod/"), LocalLambdaContext(), deps)
    assert result["statusCode"] == 200
    assert "console/app.js" in result["body"]
