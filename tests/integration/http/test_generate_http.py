"""POST /api/v1/generate over real HTTP against `spectrapi serve` on 127.0.0.1."""

from __future__ import annotations

import re

import pytest

REQUEST_ID = re.compile(r"^req_[0-9a-z]{8}$")
RECORD_ID = re.compile(r"^[a-z]+_[0-9a-z]{8}$")


def assert_error(response, status: int, code: str, *fragments: str) -> None:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"}
    assert body["error"]["code"] == code
    assert body["error"]["status"] == status
    for fragment in fragments:
        assert fragment in body["error"]["message"]
    assert REQUEST_ID.match(response.headers["X-Request-Id"])
    assert "Traceback" not in response.text


def test_generate_returns_envelope(api, auth_headers):
    response = api.post(
        "/api/v1/generate",
        json={"instruction": "Generate vehicle listings for Toyota cars", "count": 3},
        headers=auth_headers(),
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert set(body) == {"data", "meta"}
    assert len(body["data"]) == 3
    assert body["meta"]["count"] == 3
    assert REQUEST_ID.match(body["meta"]["request_id"])
    assert body["meta"]["request_id"] == response.headers["X-Request-Id"]
    assert isinstance(body["meta"]["latency_ms"], int)
    assert body["meta"]["engine"] == "builtin"
    assert body["meta"]["locale"] == "en-US"
    assert all(RECORD_ID.match(record["id"]) for record in body["data"])
    assert all(record["make"] == "Toyota" for record in body["data"])


def test_generate_same_seed_same_records(api, auth_headers):
    payload = {"instruction": "Generate job postings", "count": 5, "seed": 42}
    first = api.post("/api/v1/generate", json=payload, headers=auth_headers()).json()
    second = api.post("/api/v1/generate", json=payload, headers=auth_headers()).json()
    assert first["data"] == second["data"]
    assert first["meta"]["seed"] == 42


def test_generate_default_count_is_ten(api, auth_headers):
    response = api.post("/api/v1/generate", json={"instruction": "Generate people"}, headers=auth_headers())
    assert response.status_code == 200, response.text
    assert len(response.json()["data"]) == 10


def test_generate_locale_is_normalised(api, auth_headers):
    response = api.post(
        "/api/v1/generate",
        json={"instruction": "Generate people", "count": 2, "locale": "de_de"},
        headers=auth_headers(),
    )
    assert response.status_code == 200, response.text
    assert response.json()["meta"]["locale"] == "de-DE"


@pytest.mark.parametrize(
    "count",
    [1.5, "5", True, 0, 101, -1, None, 5.0, [5], {"n": 5}],
    ids=[
        "fraction",
        "string",
        "boolean",
        "zero",
        "over-max",
        "negative",
        "null",
        "float-integral",
        "array",
        "object",
    ],
)
def test_generate_count_rejected(api, auth_headers, count):
    response = api.post(
        "/api/v1/generate", json={"instruction": "Generate people", "count": count}, headers=auth_headers()
    )
    assert_error(response, 400, "bad_request", "count")


@pytest.mark.parametrize(
    ("payload", "fragment"),
    [
        ({"count": 3}, "instruction is required"),
        ({"instruction": 5}, "instruction must be a string"),
        ({"instruction": "x" * 2001}, "maximum is 2000"),
        ({"instruction": "Generate people", "locale": "xx-YY"}, "en-US, en-GB, fr-FR, de-DE"),
        ({"instruction": "Generate people", "locale": 7}, "locale"),
        ({"instruction": "Generate people", "seed": "1"}, "seed"),
        ({"instruction": "Generate people", "seed": -1}, "seed"),
        ({"instruction": "Generate people", "cout": 3}, "Unknown field 'cout'"),
        ({"instruction": "Generate people", "category_id": "../etc"}, "category_id"),
    ],
    ids=[
        "missing-instruction",
        "instruction-number",
        "instruction-too-long",
        "unknown-locale",
        "locale-number",
        "seed-string",
        "seed-negative",
        "unknown-field",
        "category-id-shape",
    ],
)
def test_generate_bad_fields(api, auth_headers, payload, fragment):
    response = api.post("/api/v1/generate", json=payload, headers=auth_headers())
    assert_error(response, 400, "bad_request", fragment)


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        (b"{instruction: users, count: 3", "not valid JSON"),
        (b"", "empty"),
        (b"[1, 2]", "must be a JSON object"),
        (b'"text"', "must be a JSON object"),
        (b'{"instruction": "cars", "count": NaN}', "NaN"),
        (b"\xff\xfe\x00", "UTF-8"),
        (b"[" * 100_000 + b"]" * 100_000, "JSON"),
        (b'{"instruction": "cars", "count": 2, "count": 3}', "'count' more than once"),
        (b'{"instruction": "ca\x01rs"}', "Invalid control character at line"),
        (b'{"instruction": "cars", "count": ' + b"9" * 5000 + b"}", "more than 4300 digits"),
        (b'{"instruction": "cars", "count": 1e400}', "too large to represent"),
    ],
    ids=[
        "malformed",
        "empty",
        "array",
        "string",
        "nan",
        "not-utf8",
        "deep-nesting",
        "duplicate-key",
        "control-character",
        "huge-integer",
        "overflowing-number",
    ],
)
def test_generate_bad_body(api, auth_headers, body, fragment):
    headers = {**auth_headers(), "Content-Type": "application/json"}
    response = api.post("/api/v1/generate", content=body, headers=headers)
    assert_error(response, 400, "bad_request", fragment)


def test_generate_body_too_large(api, auth_headers):
    payload = b'{"instruction": "' + b"a" * 400_000 + b'"}'
    response = api.post(
        "/api/v1/generate", content=payload, headers={**auth_headers(), "Content-Type": "application/json"}
    )
    assert_error(response, 400, "bad_request", "maximum is")


@pytest.mark.parametrize(
    "instruction", ["", "   ", "???", "1234 5678"], ids=["empty", "blank", "punctuation", "digits"]
)
def test_generate_empty_instruction_is_422(api, auth_headers, instruction):
    response = api.post("/api/v1/generate", json={"instruction": instruction, "count": 1}, headers=auth_headers())
    assert_error(response, 422, "invalid_instruction", "Describe the records")


@pytest.mark.parametrize(
    ("authorization", "fragment"),
    [
        (None, "Missing API key"),
        ("Bearer sk_live_" + "A" * 40, "no such key"),
        ("Basic dXNlcjpwYXNz", "Malformed Authorization header"),
        ("Bearer sk_live_short", "Malformed API key"),
        ("Bearer", "Malformed Authorization header"),
    ],
    ids=["missing", "unknown", "basic-scheme", "short-key", "no-key"],
)
def test_generate_bad_key_is_401(api, authorization, fragment):
    headers = {"Authorization": authorization} if authorization else {}
    response = api.post("/api/v1/generate", json={"instruction": "Generate people"}, headers=headers)
    assert_error(response, 401, "invalid_api_key", fragment)


def test_authorization_scheme_case_insensitive(api, pro_key):
    response = api.post(
        "/api/v1/generate",
        json={"instruction": "Generate people", "count": 1},
        headers={"Authorization": f"bEaReR   {pro_key}"},
    )
    assert response.status_code == 200, response.text


def test_key_compared_exactly(api, pro_key):
    response = api.post(
        "/api/v1/generate",
        json={"instruction": "Generate people", "count": 1},
        headers={"Authorization": f"Bearer {pro_key.upper()}"},
    )
    assert_error(response, 401, "invalid_api_key")


def test_unknown_path_is_404(api, auth_headers):
    response = api.get("/api/v1/nothing-here", headers=auth_headers())
    assert_error(response, 404, "not_found", "/api/v1/nothing-here")


def test_wrong_method_names_allowed_one(api, auth_headers):
    response = api.get("/api/v1/generate", headers=auth_headers())
    assert_error(response, 404, "not_found", "accepts POST")
