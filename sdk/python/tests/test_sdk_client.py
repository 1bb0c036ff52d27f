"""Sync client: request building, response parsing, configuration and the categories resource."""

from __future__ import annotations

import json

import httpx
import pytest
from spectrapi_test_helpers import MOCK_BASE_URL, TEST_KEY, Script, envelope

from spectrapi import DEFAULT_BASE_URL, SpectrAPI, SpectrAPIError


def test_generate_sends_documented_body(make_client, script: Script) -> None:
    script.add(json=envelope())
    client = make_client()

    client.generate(instruction="Generate Tesla vehicle listings", count=10)

    request = script.requests[0]
    assert request.method == "POST"
    assert str(request.url) == f"{MOCK_BASE_URL}/generate"
    assert json.loads(request.content) == {"instruction": "Generate Tesla vehicle listings", "count": 10}


def test_generate_sends_every_field(make_client, script: Script) -> None:
    script.add(json=envelope())
    client = make_client()

    client.generate(instruction="Generate jobs", count=3, locale="de-DE", category_id="cat_jobs", seed=7)

    assert json.loads(script.requests[0].content) == {
        "instruction": "Generate jobs",
        "count": 3,
        "locale": "de-DE",
        "category_id": "cat_jobs",
        "seed": 7,
    }


def test_generate_sends_auth_headers(make_client, script: Script) -> None:
    script.add(json=envelope())
    client = make_client()

    client.generate(instruction="Generate people")

    headers = script.requests[0].headers
    assert headers["authorization"] == f"Bearer {TEST_KEY}"
    assert headers["content-type"] == "application/json"
    assert headers["user-agent"].startswith("spectrapi-python/")


def test_generate_parses_envelope(make_client, script: Script) -> None:
    records = [{"id": "veh_aaaaaaaa", "make": "Tesla"}, {"id": "veh_bbbbbbbb", "make": "Tesla"}]
    script.add(json=envelope(records, category_id="cat_vehicles", category_version=2))
    client = make_client()

    result = client.generate(instruction="Generate Tesla vehicle listings", count=2)

    assert result.data == records
    assert result.meta.count == 2
    assert result.meta.request_id == "req_b4d6f8h0"
    assert result.meta.latency_ms == 82
    assert result.meta.engine == "builtin"
    assert result.meta.category_id == "cat_vehicles"
    assert result.meta.category_version == 2


def test_generate_exposes_rate_limit(make_client, script: Script) -> None:
    headers = {
        "X-Request-Id": "req_00000042",
        "X-RateLimit-Limit": "100",
        "X-RateLimit-Remaining": "99",
        "X-RateLimit-Reset": "1767225600",
    }
    script.add(json=envelope(), headers=headers)
    client = make_client()

    result = client.generate(instruction="Generate people")

    assert result.request_id == "req_00000042"
    assert result.rate_limit.limit == 100
    assert result.rate_limit.remaining == 99
    assert result.rate_limit.reset == 1767225600


def test_generate_rate_limit_absent(make_client, script: Script) -> None:
    script.add(json=envelope())
    client = make_client()

    result = client.generate(instruction="Generate people")

    assert result.rate_limit.limit is None
    assert result.rate_limit.remaining is None
    assert result.rate_limit.reset is None


def test_generate_keeps_unknown_meta_fields(make_client, script: Script) -> None:
    script.add(json=envelope(cache="hit"))
    client = make_client()

    result = client.generate(instruction="Generate people")

    assert result.meta.model_extra == {"cache": "hit"}


@pytest.mark.parametrize(
    ("arguments", "field"),
    [
        pytest.param({"count": "5"}, "count", id="count-string"),
        pytest.param({"count": True}, "count", id="count-bool"),
        pytest.param({"count": 5.0}, "count", id="count-float"),
        pytest.param({"seed": "1"}, "seed", id="seed-string"),
        pytest.param({"locale": 1}, "locale", id="locale-int"),
        pytest.param({"category_id": 3}, "category_id", id="category-int"),
        pytest.param({"instruction": None}, "instruction", id="instruction-none"),
    ],
)
def test_generate_wrong_type_raises(make_client, script: Script, arguments, field) -> None:
    client = make_client()
    call = {"instruction": "Generate people", **arguments}

    with pytest.raises(TypeError, match=field):
        client.generate(**call)
    assert script.requests == []


def test_generate_range_left_to_server(make_client, script: Script) -> None:
    script.add(json=envelope())
    client = make_client()

    client.generate(instruction="Generate people", count=1000)

    assert json.loads(script.requests[0].content)["count"] == 1000


def test_generate_non_json_body_raises(make_client, script: Script) -> None:
    from spectrapi import APIResponseValidationError

    script.queue.append(httpx.Response(200, text="<html>", headers={"Content-Type": "text/html"}))
    client = make_client()

    with pytest.raises(APIResponseValidationError, match="text/html"):
        client.generate(instruction="Generate people")


def test_generate_wrong_shape_raises(make_client, script: Script) -> None:
    from spectrapi import APIResponseValidationError

    script.add(json={"records": []})
    client = make_client()

    with pytest.raises(APIResponseValidationError, match="GenerateResponse"):
        client.generate(instruction="Generate people")


def test_api_key_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPECTRAPI_API_KEY", "sk_test_fromenv")

    client = SpectrAPI()

    assert client.api_key == "sk_test_fromenv"


def test_api_key_argument_beats_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPECTRAPI_API_KEY", "sk_test_fromenv")

    client = SpectrAPI("sk_test_argument")

    assert client.api_key == "sk_test_argument"


def test_api_key_missing_names_both_ways() -> None:
    with pytest.raises(SpectrAPIError) as caught:
        SpectrAPI()

    assert "SPECTRAPI_API_KEY" in str(caught.value)
    assert "first argument" in str(caught.value)


def test_api_key_empty_env_is_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPECTRAPI_API_KEY", "")

    with pytest.raises(SpectrAPIError, match="SPECTRAPI_API_KEY"):
        SpectrAPI()


def test_base_url_default() -> None:
    client = SpectrAPI(TEST_KEY)

    assert str(client.base_url) == DEFAULT_BASE_URL + "/"


def test_base_url_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPECTRAPI_BASE_URL", "http://127.0.0.1:8000/api/v1")

    client = SpectrAPI(TEST_KEY)

    assert str(client.base_url) == "http://127.0.0.1:8000/api/v1/"


def test_base_url_argument_beats_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPECTRAPI_BASE_URL", "http://127.0.0.1:8000/api/v1")

    client = SpectrAPI(TEST_KEY, base_url="http://127.0.0.1:9000/api/v1/")

    assert str(client.base_url) == "http://127.0.0.1:9000/api/v1/"


def test_base_url_without_slash_keeps_path(make_client, script: Script) -> None:
    script.add(json=envelope())
    client = make_client(base_url="http://127.0.0.1:8000/api/v1")

    client.generate(instruction="Generate people")

    assert str(script.requests[0].url) == "http://127.0.0.1:8000/api/v1/generate"


def test_max_retries_negative_rejected() -> None:
    with pytest.raises(ValueError, match="max_retries"):
        SpectrAPI(TEST_KEY, max_retries=-1)


def test_timeout_sent_per_request(make_client, script: Script) -> None:
    script.add(json=envelope())
    client = make_client(timeout=12.5)

    client.generate(instruction="Generate people")

    assert script.requests[0].extensions["timeout"]["read"] == 12.5


def test_with_options_overrides_settings(make_client) -> None:
    client = make_client(max_retries=2)

    copy = client.with_options(max_retries=5, timeout=3.0, default_headers={"X-Trace": "1"})

    assert copy.max_retries == 5
    assert copy.timeout == 3.0
    assert copy.api_key == client.api_key
    assert copy.base_url == client.base_url
    assert copy._headers()["X-Trace"] == "1"
    assert client.max_retries == 2


def test_with_options_shares_transport(make_client, script: Script) -> None:
    script.add(json=envelope())
    client = make_client()

    client.with_options(api_key="sk_test_other").generate(instruction="Generate people")

    assert script.requests[0].headers["authorization"] == "Bearer sk_test_other"


def test_context_manager_closes_own_client() -> None:
    with SpectrAPI(TEST_KEY) as client:
        http_client = client._client

    assert http_client.is_closed


def test_context_manager_leaves_given_client() -> None:
    http_client = httpx.Client()

    with SpectrAPI(TEST_KEY, http_client=http_client):
        pass

    assert not http_client.is_closed
    http_client.close()


def test_repr_hides_api_key() -> None:
    client = SpectrAPI(TEST_KEY)

    assert TEST_KEY not in repr(client)


def test_usage_parses_windows(make_client, script: Script) -> None:
    script.add(
        json={
            "plan": "pro",
            "key_id": "key_1",
            "mode": "test",
            "minute": {"used": 3, "limit": 100, "remaining": 97, "reset": 1767225660},
            "month": {"used": 3, "limit": None, "remaining": None, "reset": 1767225600},
            "period": "2026-12",
        }
    )
    client = make_client()

    usage = client.usage()

    assert str(script.requests[0].url) == f"{MOCK_BASE_URL}/usage"
    assert usage.plan == "pro"
    assert usage.minute.remaining == 97
    assert usage.month.limit is None
    assert usage.model_extra == {"period": "2026-12"}


CATEGORY = {
    "id": "cat_vehicles",
    "name": "Vehicles",
    "description": "Car listings",
    "schema": {"type": "object", "properties": {"make": {"type": "string"}}},
    "version": 1,
    "created_at": "2026-12-04T10:00:00Z",
    "updated_at": "2026-12-04T10:00:00Z",
}


def test_categories_create_request(make_client, script: Script) -> None:
    script.add(201, json=CATEGORY)
    client = make_client()

    category = client.categories.create(
        name="Vehicles", schema=CATEGORY["schema"], description="Car listings"
    )

    request = script.requests[0]
    assert (request.method, str(request.url)) == ("POST", f"{MOCK_BASE_URL}/categories")
    assert json.loads(request.content) == {
        "name": "Vehicles",
        "schema": CATEGORY["schema"],
        "description": "Car listings",
    }
    assert category.id == "cat_vehicles"
    assert category.schema_ == CATEGORY["schema"]
    assert category.created_at is not None
    assert category.created_at.year == 2026


def test_categories_create_sends_id(make_client, script: Script) -> None:
    script.add(201, json=CATEGORY)
    client = make_client()

    client.categories.create(id="cat_vehicles", name="Vehicles", schema={"type": "object"})

    assert json.loads(script.requests[0].content)["id"] == "cat_vehicles"


def test_categories_create_schema_type(make_client, script: Script) -> None:
    client = make_client()

    with pytest.raises(TypeError, match="schema"):
        client.categories.create(name="Vehicles", schema='{"type": "object"}')
    assert script.requests == []


def test_categories_list_parses_data(make_client, script: Script) -> None:
    script.add(json={"data": [CATEGORY, {**CATEGORY, "id": "cat_jobs"}]})
    client = make_client()

    listing = client.categories.list()

    assert str(script.requests[0].url) == f"{MOCK_BASE_URL}/categories"
    assert [category.id for category in listing.data] == ["cat_vehicles", "cat_jobs"]


def test_categories_get_version_param(make_client, script: Script) -> None:
    script.add(json=CATEGORY)
    client = make_client()

    client.categories.get("cat_vehicles", version=1)

    assert str(script.requests[0].url) == f"{MOCK_BASE_URL}/categories/cat_vehicles?version=1"


def test_categories_get_escapes_id(make_client, script: Script) -> None:
    script.add(json=CATEGORY)
    client = make_client()

    client.categories.get("cat/../usage")

    assert script.requests[0].url.raw_path == b"/api/v1/categories/cat%2F..%2Fusage"


def test_categories_update_request(make_client, script: Script) -> None:
    script.add(json={**CATEGORY, "version": 2})
    client = make_client()

    category = client.categories.update("cat_vehicles", schema={"type": "object"}, name="Cars")

    request = script.requests[0]
    assert (request.method, str(request.url)) == ("PUT", f"{MOCK_BASE_URL}/categories/cat_vehicles")
    assert json.loads(request.content) == {"schema": {"type": "object"}, "name": "Cars"}
    assert category.version == 2


def test_categories_delete_no_content(make_client, script: Script) -> None:
    script.add(204)
    client = make_client()

    result = client.categories.delete("cat_vehicles")

    assert script.requests[0].method == "DELETE"
    assert result.id == "cat_vehicles"
    assert result.deleted is True
    assert result.request_id == "req_00000000"


def test_categories_delete_json_body(make_client, script: Script) -> None:
    script.add(json={"deleted": True, "id": "cat_vehicles"})
    client = make_client()

    result = client.categories.delete("cat_vehicles")

    assert result.id == "cat_vehicles"
    assert result.deleted is True
