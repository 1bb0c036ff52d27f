"""The llm engine selected by settings, behind the real local server, against a fake OpenAI-compatible server."""

from __future__ import annotations

import httpx
import pytest

from tests.conftest import start_server, stop_server
from tests.fakes.openai_server import FakeOpenAIServer, refusal


@pytest.fixture
def fake_llm():
    with FakeOpenAIServer() as server:
        yield server


@pytest.fixture
def llm_server(tmp_path, fake_llm):
    server = start_server(
        tmp_path / "llm.sqlite3", SPECTRAPI_LLM_BASE_URL=fake_llm.base_url, SPECTRAPI_LLM_MODEL="fake-model"
    )
    yield server
    stop_server(server)


def test_auto_engine_picks_llm_when_configured(llm_server, fake_llm):
    key = llm_server.create_key(plan="pro")
    response = httpx.post(
        f"{llm_server.base_url}/api/v1/generate",
        json={"instruction": "Generate product records for a hardware store", "count": 7},
        headers={"Authorization": f"Bearer {key}"},
        timeout=60,
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["meta"]["engine"] == "llm"
    assert len(body["data"]) == 7
    assert body["meta"]["count"] == 7
    assert fake_llm.calls
    assert all(call.body["model"] == "fake-model" for call in fake_llm.calls)


def test_llm_refusal_is_422(llm_server, fake_llm):
    key = llm_server.create_key(plan="pro")
    fake_llm.enqueue(refusal("I can't help with that."))
    response = httpx.post(
        f"{llm_server.base_url}/api/v1/generate",
        json={"instruction": "Generate something the model refuses", "count": 1},
        headers={"Authorization": f"Bearer {key}"},
        timeout=60,
    )
    assert response.status_code == 422, response.text
    assert response.json()["error"]["code"] == "invalid_instruction"
    assert len(fake_llm.calls) == 1
