"""Rate limits, monthly quotas and `GET /api/v1/usage` over real HTTP against `spectrapi serve` on 127.0.0.1.

Most requests here carry an invalid body (400): they are authenticated and counted like any other request, and they
do not depend on the records engine. The `generate` cases of the burst test send valid requests and need the builtin
engine.
"""

from __future__ import annotations

import contextlib
import io
import json
import math
import socket
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from spectrapi_core.cli import main as cli_main
from tests.conftest import LocalServer, start_server, stop_server

GENERATE = "/api/v1/generate"
USAGE = "/api/v1/usage"
INVALID_BODY = {"instruction": "Generate people", "count": 0}
VALID_BODY = {"instruction": "Generate people", "count": 1}


def run_cli(*args: str) -> str:
    """Run the `spectrapi` command in this process and return what it printed; fails on a non-zero exit code."""
    output = io.StringIO()
    with contextlib.redirect_stdout(output):
        code = cli_main(list(args))
    assert code == 0, output.getvalue()
    return output.getvalue()


def create_key(db_path: Path, *extra: str) -> dict:
    """Create a key through the CLI and return its JSON row, secret included."""
    return json.loads(run_cli("keys", "create", "--json", "--db", str(db_path), *extra))


def bearer(key: dict) -> dict[str, str]:
    return {"Authorization": f"Bearer {key['key']}"}


def seconds_to_next_minute() -> float:
    return 60 - time.time() % 60


def wait_for_fresh_minute(needed_s: float) -> None:
    """Sleep into the next minute unless `needed_s` seconds remain in this one, so a burst fits in one window."""
    left = seconds_to_next_minute()
    if left < needed_s:
        time.sleep(left + 0.05)


def assert_limit_headers(response: httpx.Response, *, limit: int, remaining: int) -> None:
    assert response.headers["X-RateLimit-Limit"] == str(limit)
    assert response.headers["X-RateLimit-Remaining"] == str(remaining)
    reset = int(response.headers["X-RateLimit-Reset"])
    assert reset % 60 == 0
    assert 0 < reset - time.time() <= 61


def assert_rate_limited(response: httpx.Response, *, limit: int) -> None:
    assert response.status_code == 429, response.text
    assert response.json()["error"]["code"] == "rate_limit_exceeded"
    assert response.json()["error"]["status"] == 429
    assert response.headers["X-RateLimit-Limit"] == str(limit)
    assert response.headers["X-RateLimit-Remaining"] == "0"
    assert 1 <= int(response.headers["Retry-After"]) <= math.ceil(seconds_to_next_minute()) + 1


@pytest.fixture
def db_path(local_server: LocalServer) -> Path:
    return local_server.db_path


@pytest.mark.parametrize(
    ("body", "admitted_status"),
    [
        pytest.param(VALID_BODY, 200, id="generate"),
        pytest.param(INVALID_BODY, 400, id="bad-request"),
    ],
)
def test_free_burst_admits_ten(api, db_path, body, admitted_status):
    key = create_key(db_path, "--plan", "free", "--test")
    wait_for_fresh_minute(20)
    responses = [api.post(GENERATE, json=body, headers=bearer(key)) for _ in range(50)]

    assert [r.status_code for r in responses[:10]] == [admitted_status] * 10
    assert [r.status_code for r in responses[10:]] == [429] * 40
    for index, response in enumerate(responses[:10]):
        assert_limit_headers(response, limit=10, remaining=9 - index)
    for response in responses[10:]:
        assert_rate_limited(response, limit=10)


def test_rate_message_names_limit_and_plan(api, db_path):
    key = create_key(db_path, "--plan", "free")
    wait_for_fresh_minute(10)
    for _ in range(10):
        api.post(GENERATE, json=INVALID_BODY, headers=bearer(key))
    message = api.post(GENERATE, json=INVALID_BODY, headers=bearer(key)).json()["error"]["message"]
    assert "Rate limit exceeded" in message
    assert "10 requests per minute on the Free plan" in message


@pytest.mark.parametrize(("threads", "limit"), [(12, 5), (4, 5)], ids=["over-limit", "under-limit"])
def test_concurrent_requests_admit_min(local_server, db_path, threads, limit):
    key = create_key(db_path, "--plan", "enterprise", "--rate", str(limit))
    wait_for_fresh_minute(20)

    def send(_: int) -> httpx.Response:
        with httpx.Client(base_url=local_server.base_url, timeout=30) as client:
            return client.post(GENERATE, json=INVALID_BODY, headers=bearer(key))

    with ThreadPoolExecutor(max_workers=threads) as pool:
        responses = list(pool.map(send, range(threads)))

    admitted = [r for r in responses if r.status_code == 400]
    rejected = [r for r in responses if r.status_code == 429]
    assert len(admitted) == min(threads, limit)
    assert len(rejected) == threads - min(threads, limit)
    assert sorted(int(r.headers["X-RateLimit-Remaining"]) for r in admitted) == list(
        range(limit - len(admitted), limit)
    )
    for response in rejected:
        assert_rate_limited(response, limit=limit)


def test_enterprise_rate_three_per_minute(api, db_path):
    key = create_key(db_path, "--plan", "enterprise", "--rate", "3")
    wait_for_fresh_minute(10)
    statuses = [api.post(GENERATE, json=INVALID_BODY, headers=bearer(key)).status_code for _ in range(5)]
    assert statuses == [400, 400, 400, 429, 429]
    message = api.post(GENERATE, json=INVALID_BODY, headers=bearer(key)).json()["error"]["message"]
    assert "3 requests per minute on the Enterprise plan" in message


@pytest.fixture
def small_quota_server(tmp_path: Path) -> Iterator[LocalServer]:
    """A server whose Free plan allows 12 requests a month and 1,000 a minute, so only the quota binds."""
    plans = {
        "free": {"monthly_quota": 12, "rate_per_minute": 1000, "features": ["generate"]},
        "pro": {"monthly_quota": 50000, "rate_per_minute": 100, "features": ["generate", "categories"]},
    }
    plans_file = tmp_path / "plans.json"
    plans_file.write_text(json.dumps(plans), encoding="utf-8")
    server = start_server(tmp_path / "spectrapi.sqlite3", SPECTRAPI_PLANS_FILE=str(plans_file))
    yield server
    stop_server(server)


def test_monthly_quota_admits_last_five(small_quota_server):
    server = small_quota_server
    key = create_key(server.db_path, "--plan", "free")
    with httpx.Client(base_url=server.base_url, timeout=30) as client:
        warmup = [client.post(GENERATE, json=INVALID_BODY, headers=bearer(key)).status_code for _ in range(7)]

    def send(_: int) -> httpx.Response:
        with httpx.Client(base_url=server.base_url, timeout=30) as client:
            return client.post(GENERATE, json=INVALID_BODY, headers=bearer(key))

    with ThreadPoolExecutor(max_workers=20) as pool:
        responses = list(pool.map(send, range(20)))

    assert warmup == [400] * 7
    assert [r.status_code for r in responses].count(400) == 5
    assert [r.status_code for r in responses].count(429) == 15
    rejected = next(r for r in responses if r.status_code == 429)
    assert "Monthly quota exceeded" in rejected.json()["error"]["message"]
    assert rejected.headers["X-RateLimit-Limit"] == "12"
    assert rejected.headers["X-RateLimit-Remaining"] == "0"
    assert int(rejected.headers["Retry-After"]) == pytest.approx(
        int(rejected.headers["X-RateLimit-Reset"]) - time.time(), abs=2
    )


def test_test_key_not_counted_live(api, db_path):
    test_key = create_key(db_path, "--plan", "pro", "--test")
    live_key = create_key(db_path, "--account", test_key["account_id"])
    for _ in range(3):
        api.post(GENERATE, json=INVALID_BODY, headers=bearer(test_key))

    test_usage = api.get(USAGE, headers=bearer(test_key)).json()
    live_usage = api.get(USAGE, headers=bearer(live_key)).json()
    assert (test_usage["mode"], test_usage["month"]["used"]) == ("test", 3)
    assert (live_usage["mode"], live_usage["month"]["used"]) == ("live", 0)


def test_usage_reports_both_windows(api, db_path):
    key = create_key(db_path, "--plan", "pro", "--test")
    wait_for_fresh_minute(10)
    for _ in range(2):
        api.post(GENERATE, json=INVALID_BODY, headers=bearer(key))

    response = api.get(USAGE, headers=bearer(key))
    assert response.status_code == 200, response.text
    body = response.json()
    assert (body["plan"], body["mode"], body["key_id"]) == ("pro", "test", key["key_id"])
    assert body["account_id"] == key["account_id"]
    assert {k: body["minute"][k] for k in ("used", "limit", "remaining")} == {"used": 2, "limit": 100, "remaining": 98}
    assert {k: body["month"][k] for k in ("used", "limit", "remaining")} == {
        "used": 2,
        "limit": 50000,
        "remaining": 49998,
    }
    assert body["minute"]["reset"] == int(response.headers["X-RateLimit-Reset"])
    assert time.gmtime(body["month"]["reset"])[2:6] == (1, 0, 0, 0)
    assert_limit_headers(response, limit=100, remaining=98)


def test_usage_is_not_counted(api, db_path):
    key = create_key(db_path, "--plan", "free")
    wait_for_fresh_minute(10)
    for _ in range(10):
        api.get(USAGE, headers=bearer(key))
    body = api.get(USAGE, headers=bearer(key)).json()
    assert (body["minute"]["used"], body["month"]["used"]) == (0, 0)


def test_usage_works_while_limited(api, db_path):
    key = create_key(db_path, "--plan", "enterprise", "--rate", "1")
    wait_for_fresh_minute(10)
    api.post(GENERATE, json=INVALID_BODY, headers=bearer(key))
    response = api.get(USAGE, headers=bearer(key))
    assert response.status_code == 200
    assert response.headers["X-RateLimit-Remaining"] == "0"


def test_usage_null_limit_unlimited(api, db_path):
    key = create_key(db_path, "--plan", "enterprise", "--rate", "50")
    body = api.get(USAGE, headers=bearer(key)).json()
    assert body["month"]["limit"] is None
    assert body["month"]["remaining"] is None
    assert body["minute"]["limit"] == 50


@pytest.mark.parametrize(
    ("method", "path", "body", "status"),
    [
        ("POST", GENERATE, INVALID_BODY, 400),
        ("POST", GENERATE, {"instruction": "???", "count": 1}, 422),
        ("GET", "/api/v1/nothing-here", None, 404),
        ("GET", GENERATE, None, 404),
    ],
    ids=["bad-request", "invalid-instruction", "unknown-path", "wrong-method"],
)
def test_errors_carry_limit_headers(api, db_path, method, path, body, status):
    key = create_key(db_path, "--plan", "pro", "--test")
    wait_for_fresh_minute(10)
    first = api.request(method, path, json=body, headers=bearer(key))
    second = api.request(method, path, json=body, headers=bearer(key))
    assert first.status_code == status, first.text
    assert_limit_headers(first, limit=100, remaining=99)
    assert_limit_headers(second, limit=100, remaining=98)


def test_revoked_key_rejected_at_once(api, db_path):
    key = create_key(db_path, "--plan", "pro", "--test")
    assert api.get(USAGE, headers=bearer(key)).status_code == 200

    run_cli("keys", "revoke", key["key_id"], "--db", str(db_path))

    response = api.get(USAGE, headers=bearer(key))
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "invalid_api_key"
    assert "revoked" in response.json()["error"]["message"]


def raw_status(base_url: str, path: str, authorization: str) -> int:
    """Send a GET with the Authorization line written byte for byte, which httpx would reject or normalise."""
    host, port = base_url.removeprefix("http://").split(":")
    request = f"GET {path} HTTP/1.1\r\nHost: {host}\r\nAuthorization:{authorization}\r\nConnection: close\r\n\r\n"
    with socket.create_connection((host, int(port)), timeout=30) as connection:
        connection.sendall(request.encode("ascii"))
        received = b""
        while chunk := connection.recv(65536):
            received += chunk
    return int(received.split(b" ", 2)[1])


@pytest.mark.parametrize(
    "template",
    ["Bearer {key}", "bearer {key}", "BEARER {key}", "bEaReR   {key}"],
    ids=["canonical", "lower", "upper", "mixed-case-spaces"],
)
def test_authorization_scheme_tolerant(api, db_path, template):
    key = create_key(db_path, "--plan", "pro", "--test")
    response = api.get(USAGE, headers={"Authorization": template.format(key=key["key"])})
    assert response.status_code == 200, response.text


@pytest.mark.parametrize(
    "template",
    ["   bEaReR   {key}   ", "\tBearer {key}\t", " Bearer\t{key}"],
    ids=["spaces", "tabs", "tab-separator"],
)
def test_authorization_surrounding_whitespace(local_server, db_path, template):
    key = create_key(db_path, "--plan", "pro", "--test")
    assert raw_status(local_server.base_url, USAGE, template.format(key=key["key"])) == 200


@pytest.mark.parametrize(
    "mangle",
    [
        str.upper,
        lambda secret: secret[:-1],
        lambda secret: secret + "x",
        lambda secret: secret.replace("_test_", "_live_"),
    ],
    ids=["upper-case", "truncated", "extended", "other-mode"],
)
def test_key_compared_exactly(api, db_path, mangle):
    key = create_key(db_path, "--plan", "pro", "--test")
    response = api.get(USAGE, headers={"Authorization": f"Bearer {mangle(key['key'])}"})
    assert response.status_code == 401
    assert "X-RateLimit-Limit" not in response.headers
