// Error responses: each documented code and status maps to its error class with its attributes.

import assert from "node:assert/strict";
import { test } from "node:test";

import * as spectrapi from "spectrapi";
import {
  APIConnectionError,
  APIError,
  APIStatusError,
  APITimeoutError,
  AuthenticationError,
  BadRequestError,
  InternalServerError,
  InvalidInstructionError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  SpectrAPIError,
  UpstreamError,
  UpstreamTimeoutError,
} from "spectrapi";

import { Script, errorBody, makeClient } from "./helpers.mjs";

const DOCUMENTED_ERRORS = [
  [400, "bad_request", BadRequestError],
  [401, "invalid_api_key", AuthenticationError],
  [403, "insufficient_permissions", PermissionDeniedError],
  [404, "not_found", NotFoundError],
  [422, "invalid_instruction", InvalidInstructionError],
  [429, "rate_limit_exceeded", RateLimitError],
  [500, "internal_error", InternalServerError],
  [502, "upstream_error", UpstreamError],
  [504, "upstream_timeout", UpstreamTimeoutError],
];

for (const [status, code, ErrorClass] of DOCUMENTED_ERRORS) {
  test(`error ${code} maps ${ErrorClass.name}`, async () => {
    const message = "count must be from 1 to 100; got 500";
    const script = new Script().add(status, errorBody(status, code, message), {
      "X-Request-Id": "req_e1e2e3e4",
      "X-RateLimit-Remaining": "0",
    });
    const spectr = makeClient(script, [], { maxRetries: 0 });

    const error = await spectr.generate({ instruction: "Generate people" }).catch((caught) => caught);

    assert.equal(error.constructor, ErrorClass);
    assert.equal(error.name, ErrorClass.name);
    assert.equal(error.status, status);
    assert.equal(error.code, code);
    assert.equal(error.message, message);
    assert.equal(error.requestId, "req_e1e2e3e4");
    assert.equal(error.headers.get("x-ratelimit-remaining"), "0");
    assert.equal(error.rateLimit.remaining, 0);
    assert.deepEqual(error.body, errorBody(status, code, message));
  });

  test(`error status ${status} without body`, async () => {
    const script = new Script().addText(status, "gateway says no");
    const spectr = makeClient(script, [], { maxRetries: 0 });

    const error = await spectr.usage().catch((caught) => caught);

    assert.equal(error.constructor, ErrorClass);
    assert.equal(error.code, null);
    assert.equal(error.body, "gateway says no");
    assert.match(error.message, new RegExp(String(status)));
  });

  test(`error ${ErrorClass.name} hierarchy`, () => {
    assert.ok(ErrorClass.prototype instanceof APIStatusError);
    assert.ok(ErrorClass.prototype instanceof APIError);
    assert.ok(ErrorClass.prototype instanceof SpectrAPIError);
    assert.ok(ErrorClass.prototype instanceof Error);
  });

  test(`error ${ErrorClass.name} exported`, () => {
    assert.equal(spectrapi[ErrorClass.name], ErrorClass);
  });
}

test("upstream errors are server errors", () => {
  assert.ok(UpstreamError.prototype instanceof InternalServerError);
  assert.ok(UpstreamTimeoutError.prototype instanceof InternalServerError);
});

test("connection errors hierarchy", () => {
  assert.ok(APITimeoutError.prototype instanceof APIConnectionError);
  assert.ok(APIConnectionError.prototype instanceof APIError);
  assert.ok(!(APIConnectionError.prototype instanceof APIStatusError));
});

test("undocumented client status generic", async () => {
  const script = new Script().add(418, errorBody(418, "teapot"));
  const spectr = makeClient(script, [], { maxRetries: 0 });

  const error = await spectr.usage().catch((caught) => caught);

  assert.equal(error.constructor, APIStatusError);
  assert.equal(error.status, 418);
});

test("undocumented server status internal", async () => {
  const script = new Script().add(503, { message: "Service Unavailable" });
  const spectr = makeClient(script, [], { maxRetries: 0 });

  const error = await spectr.usage().catch((caught) => caught);

  assert.equal(error.constructor, InternalServerError);
  assert.equal(error.status, 503);
});

test("error code beats status", async () => {
  const script = new Script().add(500, errorBody(500, "upstream_timeout"));
  const spectr = makeClient(script, [], { maxRetries: 0 });

  await assert.rejects(spectr.usage(), UpstreamTimeoutError);
});

test("rate limit error retry after", async () => {
  const script = new Script().add(429, errorBody(429, "rate_limit_exceeded"), { "Retry-After": "17" });
  const spectr = makeClient(script, [], { maxRetries: 0 });

  const error = await spectr.generate({ instruction: "Generate people" }).catch((caught) => caught);

  assert.ok(error instanceof RateLimitError);
  assert.equal(error.retryAfter, 17);
});
