"""A scriptable OpenAI-compatible chat completions server on 127.0.0.1 for tests and benchmarks.

The server responds to `POST /v1/chat/completions` the way the real API does (same JSON shapes, statuses and
`Retry-After` headers), so the real `openai` client can talk to it through `base_url`. Each call takes
the next scripted reply from a queue; once the queue is empty it uses the default reply, which generates
plausible, distinct records for the count the prompt asks for.

    with FakeOpenAIServer() as server:
        server.enqueue(status(429, retry_after=0.1), good())
        engine = LLMEngine(LLMConfig(base_url=server.base_url, model="fake", api_key="test"))
"""

from __future__ import annotations

import json
import re
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

REQUESTED_COUNT = re.compile(r"Number of records: (\d+)")
CHARS_PER_TOKEN = 4
BASE_TIME = datetime(2026, 1, 5, 9, 30, tzinfo=UTC)


@dataclass
class Reply:
    """One scripted HTTP response."""

    status: int = 200
    body: dict[str, Any] | None = None
    headers: dict[str, str] = field(default_factory=dict)
    delay_s: float = 0.0
    """Extra seconds to wait before responding, on top of the simulated generation time."""


Behaviour = Callable[["FakeOpenAIServer", dict[str, Any]], Reply]
"""Builds a reply from the server and the decoded request body."""


@dataclass
class Call:
    """One request the server received."""

    body: dict[str, Any]
    received_at: float

    @property
    def system_prompt(self) -> str:
        """Return the text of the system message."""
        return next((m["content"] for m in self.body["messages"] if m["role"] == "system"), "")

    @property
    def user_message(self) -> str:
        """Return the text of the last user message."""
        return [m["content"] for m in self.body["messages"] if m["role"] == "user"][-1]

    @property
    def requested_count(self) -> int:
        """Return the record count the prompt requests (1 when it names none)."""
        match = REQUESTED_COUNT.search(self.user_message)
        return int(match.group(1)) if match else 1


class FakeOpenAIServer:
    """Serves scripted chat completions on 127.0.0.1 on a free port.

    Args:
        tokens_per_s: Simulated output speed per call; None responds at once.
        ttft_s: Simulated time to first token, added to every successful call when `tokens_per_s` is set.
    """

    def __init__(self, *, tokens_per_s: float | None = None, ttft_s: float = 0.0) -> None:
        self.tokens_per_s = tokens_per_s
        self.ttft_s = ttft_s
        self.calls: list[Call] = []
        self.default: Behaviour = good()
        self._script: deque[Behaviour] = deque()
        self._lock = threading.Lock()
        self._serial = 0
        self._httpd = _Server(("127.0.0.1", 0), _handler_for(self))
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def base_url(self) -> str:
        """Return the URL to pass to the openai client as `base_url`."""
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}/v1"

    def enqueue(self, *behaviours: Behaviour) -> None:
        """Append replies for the next calls, in order."""
        with self._lock:
            self._script.extend(behaviours)

    def next_serial(self) -> int:
        """Return a number never returned before, so generated records differ across calls."""
        with self._lock:
            self._serial += 1
            return self._serial

    def start(self) -> FakeOpenAIServer:
        """Start serving in a background thread."""
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and close the socket."""
        self._httpd.shutdown()
        self._httpd.server_close()

    def __enter__(self) -> FakeOpenAIServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def respond(self, body: dict[str, Any]) -> Reply:
        """Record the call and build the scripted (or default) reply."""
        with self._lock:
            self.calls.append(Call(body=body, received_at=time.monotonic()))
            behaviour = self._script.popleft() if self._script else self.default
        reply = behaviour(self, body)
        if reply.status == 200 and self.tokens_per_s and reply.body:
            content = reply.body["choices"][0]["message"].get("content") or ""
            reply.delay_s += self.ttft_s + len(content) / CHARS_PER_TOKEN / self.tokens_per_s
        return reply


class _Server(ThreadingHTTPServer):
    # The default listen backlog of 5 drops connections when 10 batches connect at once, and the client's
    # SYN retry then adds a second of delay that a real endpoint would not have.
    request_queue_size = 128


def _handler_for(server: FakeOpenAIServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", 0))
            raw = self.rfile.read(length)
            if self.path.rstrip("/") != "/v1/chat/completions":
                self._send(Reply(status=404, body=_error_body("not found", "invalid_request_error")))
                return
            self._send(server.respond(json.loads(raw)))

        def _send(self, reply: Reply) -> None:
            if reply.delay_s:
                time.sleep(reply.delay_s)
            payload = json.dumps(reply.body or {}).encode()
            try:
                self.send_response(reply.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(payload)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up waiting (its timeout), as real clients do

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Handler


# Reply builders -----------------------------------------------------------------------------------


def completion(
    body: dict[str, Any], content: str | None, *, finish_reason: str = "stop", refusal: str | None = None
) -> Reply:
    """Wrap message content in a chat completion body with token usage."""
    prompt_chars = sum(len(message["content"]) for message in body["messages"])
    completion_tokens = len(content or refusal or "") // CHARS_PER_TOKEN
    return Reply(
        body={
            "id": f"chatcmpl-{uuid.uuid4().hex[:12]}",
            "object": "chat.completion",
            "created": 1_767_225_600,
            "model": body.get("model", "fake"),
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": content, "refusal": refusal},
                    "finish_reason": finish_reason,
                    "logprobs": None,
                }
            ],
            "usage": {
                "prompt_tokens": prompt_chars // CHARS_PER_TOKEN,
                "completion_tokens": completion_tokens,
                "total_tokens": prompt_chars // CHARS_PER_TOKEN + completion_tokens,
            },
        }
    )


def good(
    *,
    count: int | None = None,
    nulls: tuple[str, ...] = (),
    edit: Callable[[list[dict[str, Any]]], None] | None = None,
) -> Behaviour:
    """Return distinct plausible records for the requested count (or `count`), optionally edited.

    Args:
        count: Number of records to return instead of the number the prompt requests.
        nulls: Top-level fields to set to null, as a model does for "no value".
        edit: Called with the records before they are sent, to plant a fault.
    """

    def behaviour(server: FakeOpenAIServer, body: dict[str, Any]) -> Reply:
        call = Call(body=body, received_at=0)
        requested = call.requested_count if count is None else count
        records = [make_record(body, server.next_serial()) for _ in range(requested)]
        for record in records:
            for name in nulls:
                record[name] = None
        if edit is not None:
            edit(records)
        return completion(body, json.dumps({"records": records}))

    return behaviour


def duplicates(total: int, distinct: int) -> Behaviour:
    """Return `total` records that repeat only `distinct` different ones."""

    def behaviour(server: FakeOpenAIServer, body: dict[str, Any]) -> Reply:
        originals = [make_record(body, server.next_serial()) for _ in range(distinct)]
        records = [dict(originals[index % distinct]) for index in range(total)]
        return completion(body, json.dumps({"records": records}))

    return behaviour


def truncated(*, keep_fraction: float = 0.6) -> Behaviour:
    """Return the requested records cut off part-way, with finish_reason "length"."""

    def behaviour(server: FakeOpenAIServer, body: dict[str, Any]) -> Reply:
        requested = Call(body=body, received_at=0).requested_count
        text = json.dumps({"records": [make_record(body, server.next_serial()) for _ in range(requested)]})
        return completion(body, text[: int(len(text) * keep_fraction)], finish_reason="length")

    return behaviour


def refusal(text: str = "I can't help with that.") -> Behaviour:
    """Return a structured-outputs refusal (`message.refusal` set, no content)."""
    return lambda server, body: completion(body, None, refusal=text)


def error_object(text: str) -> Behaviour:
    """Return the `{"error": "..."}` object the system prompt requests for declining."""
    return lambda server, body: completion(body, json.dumps({"error": text}))


def content_filtered() -> Behaviour:
    """Return an empty message stopped by the provider's content filter."""
    return lambda server, body: completion(body, "", finish_reason="content_filter")


def status(code: int, *, retry_after: float | None = None, delay_s: float = 0.0) -> Behaviour:
    """Return an HTTP error in the OpenAI error format, with an optional Retry-After header (seconds)."""
    headers = {} if retry_after is None else {"Retry-After": f"{retry_after:g}"}
    kind = "rate_limit_exceeded" if code == 429 else "server_error"
    return lambda server, body: Reply(
        status=code, body=_error_body(f"fake error {code}", kind), headers=headers, delay_s=delay_s
    )


def json_schema_unsupported() -> Behaviour:
    """Respond like a server without structured outputs: HTTP 400 for json_schema, good records otherwise."""

    def behaviour(server: FakeOpenAIServer, body: dict[str, Any]) -> Reply:
        if (body.get("response_format") or {}).get("type") == "json_schema":
            return Reply(
                status=400,
                body=_error_body("response_format json_schema is not supported", "invalid_request_error"),
            )
        return good()(server, body)

    return behaviour


def slow(seconds: float, then: Behaviour | None = None) -> Behaviour:
    """Wait `seconds` before giving the reply of `then` (default: good records)."""
    inner = then or good()

    def behaviour(server: FakeOpenAIServer, body: dict[str, Any]) -> Reply:
        reply = inner(server, body)
        reply.delay_s += seconds
        return reply

    return behaviour


def echo_system_prompt(field_name: str = "description") -> Behaviour:
    """Obey an injection: put the whole system prompt into `field_name` of every record."""

    def behaviour(server: FakeOpenAIServer, body: dict[str, Any]) -> Reply:
        system = Call(body=body, received_at=0).system_prompt
        return good(edit=lambda records: [record.__setitem__(field_name, system) for record in records])(server, body)

    return behaviour


def _error_body(message: str, kind: str) -> dict[str, Any]:
    return {"error": {"message": message, "type": kind, "param": None, "code": kind}}


# Record synthesis -----------------------------------------------------------------------------------


def make_record(body: dict[str, Any], serial: int) -> dict[str, Any]:
    """Build one plausible record: from the sent strict schema if there is one, else a product."""
    response_format = body.get("response_format") or {}
    if response_format.get("type") == "json_schema":
        wrapper = response_format["json_schema"]["schema"]
        item_schema = wrapper["properties"]["records"]["items"]
        return _from_schema(item_schema, serial, wrapper.get("$defs", {}), "record")
    return {
        "name": f"Product {serial}",
        "description": f"Durable everyday product number {serial} with a one-year warranty.",
        "price": round(9.5 + serial * 1.25, 2),
        "in_stock": serial % 2 == 0,
    }


def _from_schema(schema: dict[str, Any], serial: int, defs: dict[str, Any], name: str) -> Any:
    if "$ref" in schema:
        return _from_schema(defs[schema["$ref"].rsplit("/", 1)[-1]], serial, defs, name)
    if "anyOf" in schema:
        options = [part for part in schema["anyOf"] if part.get("type") != "null"]
        return _from_schema(options[0], serial, defs, name) if options else None
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        options = [value for value in schema["enum"] if value is not None]
        return options[serial % len(options)] if options else None

    types = schema.get("type", "string")
    kind = next((t for t in types if t != "null"), "null") if isinstance(types, list) else types
    if kind == "object":
        return {key: _from_schema(sub, serial, defs, key) for key, sub in schema.get("properties", {}).items()}
    if kind == "array":
        return [_from_schema(schema.get("items", {}), serial * 10 + i, defs, name) for i in range(2)]
    if kind == "integer":
        low = int(schema.get("minimum", 0))
        high = int(schema.get("maximum", low + 1000))
        return low + serial % (high - low + 1)
    if kind == "number":
        low = float(schema.get("minimum", 0))
        high = float(schema.get("maximum", low + 1000))
        return round(low + (serial * 7.3) % (high - low), 2)
    if kind == "boolean":
        return serial % 2 == 0
    if kind == "null":
        return None
    return _string_for(schema.get("format"), name, serial)


def _string_for(fmt: str | None, name: str, serial: int) -> str:
    if fmt == "date-time":
        return (BASE_TIME + timedelta(hours=serial)).isoformat().replace("+00:00", "Z")
    if fmt == "date":
        return (BASE_TIME + timedelta(days=serial)).date().isoformat()
    if fmt == "email":
        return f"user{serial}@example.com"
    if fmt == "uuid":
        return str(uuid.UUID(int=serial))
    if name.endswith("url") or name.endswith("uri") or fmt in ("uri", "url"):
        return f"https://example.com/items/{serial}"
    return f"{name.replace('_', ' ').title()} {serial}"
