"""End-to-end checks against a running SpectrAPI server; skipped unless one is configured.

Set `SPECTRAPI_TEST_BASE_URL` (e.g. `http://127.0.0.1:8000/api/v1`) and `SPECTRAPI_TEST_API_KEY` (a key the
server accepts). A conftest that starts a server can override the `live_base_url` and `live_api_key` fixtures
instead.
The checks create and delete one category when the key's plan allows categories.
"""

from __future__ import annotations

import os
import re
import uuid
from collections.abc import Iterator

import pytest

from spectrapi import (
    AsyncSpectrAPI,
    AuthenticationError,
    BadRequestError,
    InvalidInstructionError,
    NotFoundError,
    PermissionDeniedError,
    SpectrAPI,
)

REQUEST_ID = re.compile(r"^req_[a-z0-9]{8}$")


@pytest.fixture
def live_base_url() -> str:
    base_url = os.environ.get("SPECTRAPI_TEST_BASE_URL")
    if not base_url:
        pytest.skip(
            "SPECTRAPI_TEST_BASE_URL is not set; point it at a running server's /api/v1 to run e2e checks"
        )
    return base_url


@pytest.fixture
def live_api_key() -> str:
    api_key = os.environ.get("SPECTRAPI_TEST_API_KEY")
    if not api_key:
        pytest.skip(
            "SPECTRAPI_TEST_API_KEY is not set; give a key the server at SPECTRAPI_TEST_BASE_URL accepts"
        )
    return api_key


@pytest.fixture
def live_client(live_base_url: str, live_api_key: str) -> Iterator[SpectrAPI]:
    with SpectrAPI(live_api_key, base_url=live_base_url, max_retries=0, timeout=30.0) as client:
        yield client


def test_e2e_documented_example(live_client: SpectrAPI) -> None:
    data = live_client.generate(instruction="Generate Tesla vehicle listings", count=10)

    assert len(data.data) == 10
    assert data.meta.count == 10
    assert REQUEST_ID.match(data.meta.request_id)
    assert data.request_id == data.meta.request_id
    assert data.rate_limit.limit is not None
    assert data.rate_limit.remaining is not None
    assert data.rate_limit.reset is not None


def test_e2e_seed_repeats_records(live_client: SpectrAPI) -> None:
    first = live_client.generate(instruction="Generate job postings in Austin, TX", count=3, seed=1234)
    second = live_client.generate(instruction="Generate job postings in Austin, TX", count=3, seed=1234)

    assert first.meta.seed == 1234
    assert first.data == second.data


def test_e2e_count_out_of_range(live_client: SpectrAPI) -> None:
    with pytest.raises(BadRequestError) as caught:
        live_client.generate(instruction="Generate people", count=101)

    assert caught.value.code == "bad_request"
    assert caught.value.request_id is not None


def test_e2e_empty_instruction(live_client: SpectrAPI) -> None:
    with pytest.raises(InvalidInstructionError):
        live_client.generate(instruction="   ")


def test_e2e_unknown_category(live_client: SpectrAPI) -> None:
    with pytest.raises((NotFoundError, PermissionDeniedError)):
        live_client.generate(
            instruction="Generate people", category_id="cat_does_not_exist_" + uuid.uuid4().hex[:8]
        )


def test_e2e_invalid_key(live_base_url: str) -> None:
    client = SpectrAPI("sk_test_" + "0" * 40, base_url=live_base_url, max_retries=0)

    with client, pytest.raises(AuthenticationError) as caught:
        client.generate(instruction="Generate people")

    assert caught.value.status == 401
    assert caught.value.code == "invalid_api_key"


def test_e2e_usage_counts(live_client: SpectrAPI) -> None:
    usage = live_client.usage()

    assert usage.plan
    assert usage.minute.used >= 0
    assert usage.month.used >= 0


def test_e2e_categories_lifecycle(live_client: SpectrAPI) -> None:
    schema = {
        "type": "object",
        "properties": {"id": {"type": "string"}, "title": {"type": "string"}, "salary": {"type": "integer"}},
        "required": ["id", "title", "salary"],
    }
    try:
        created = live_client.categories.create(name="SDK e2e jobs", schema=schema, description="temporary")
    except PermissionDeniedError:
        pytest.skip("the key's plan does not include categories")

    try:
        updated = live_client.categories.update(created.id, schema={**schema, "required": ["id", "title"]})
        listed = live_client.categories.list()
        first_version = live_client.categories.get(created.id, version=1)
        generated = live_client.generate(instruction="Generate job postings", count=2, category_id=created.id)
    finally:
        deleted = live_client.categories.delete(created.id)

    assert updated.version == created.version + 1
    assert created.id in [category.id for category in listed.data]
    assert first_version.version == created.version
    assert first_version.schema_["required"] == ["id", "title", "salary"]
    assert generated.meta.category_id == created.id
    assert generated.meta.category_version == updated.version
    assert all(isinstance(record["title"], str) for record in generated.data)
    assert deleted.id == created.id
    with pytest.raises(NotFoundError):
        live_client.categories.get(created.id)


@pytest.mark.anyio
async def test_e2e_async_generate(live_base_url: str, live_api_key: str) -> None:
    async with AsyncSpectrAPI(live_api_key, base_url=live_base_url, max_retries=0) as client:
        data = await client.generate(instruction="Generate Tesla vehicle listings", count=2)

    assert data.meta.count == 2


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
