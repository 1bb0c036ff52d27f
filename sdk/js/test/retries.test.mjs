// Retries: which failures are retried, how long the client waits, and when it gives up.

import assert from "node:assert/strict";
import { test } from "node:test";

import {
  APIConnectionError,
  APIStatusError,
  APITimeoutError,
  APIUserAbortError,
  BadRequestError,
  InternalServerError,
  RateLimitError,
  SpectrAPI,
  UpstreamError,
  backoffDelay,
  parseRetryAfter,
} from "spectrapi";

import { Script, envelope, errorBody, makeClient } from "./helpers.mjs";

function seededRandom(seed) {
  // Mulberry32: a small deterministic generator for the jitter loops below.
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

for (const status of [408, 409, 429, 500, 502, 503, 504]) {
  test(`retryable status ${status} then success`, async () => {
    const script = new Script().add(status, errorBody(status, "whatever")).add(200, envelope());
    const sleeps = [];
    const spectr = makeClient(script, sleeps);

    const result = await spectr.generate({ instruction: "Generate people" });

    assert.equal(result.meta.count, 1);
    assert.equal(script.requests.length, 2);
    assert.equal(sleeps.length, 1);
  });
}

for (const status of [400, 401, 403, 404, 422]) {
  test(`client error ${status} not retried`, async () => {
    const script = new Script().add(status, errorBody(status, "whatever"));
    const sleeps = [];
    const spectr = makeClient(script, sleeps);

    await assert.rejects(spectr.generate({ instruction: "Generate people" }), APIStatusError);

    assert.equal(script.requests.length, 1);
    assert.deepEqual(sleeps, []);
  });
}

test("retries exhausted throw last", async () => {
  const script = new Script();
  for (let attempt = 0; attempt < 3; attempt++) {
    script.add(502, errorBody(502, "upstream_error"));
  }
  const sleeps = [];
  const spectr = makeClient(script, sleeps);

  await assert.rejects(spectr.generate({ instruction: "Generate people" }), UpstreamError);

  assert.equal(script.requests.length, 3);
  assert.equal(sleeps.length, 2);
});

test("max retries zero single attempt", async () => {
  const script = new Script().add(503);
  const sleeps = [];
  const spectr = makeClient(script, sleeps, { maxRetries: 0 });

  await assert.rejects(spectr.usage(), InternalServerError);

  assert.equal(script.requests.length, 1);
  assert.deepEqual(sleeps, []);
});

test("per-request max retries", async () => {
  const script = new Script();
  for (let attempt = 0; attempt < 5; attempt++) {
    script.add(500);
  }
  const spectr = makeClient(script, [], { maxRetries: 0 });

  await assert.rejects(spectr.usage({ maxRetries: 4 }), InternalServerError);

  assert.equal(script.requests.length, 5);
});

test("retry after seconds honoured", async () => {
  const script = new Script()
    .add(429, errorBody(429, "rate_limit_exceeded"), { "Retry-After": "3" })
    .add(200, envelope());
  const sleeps = [];
  const spectr = makeClient(script, sleeps);

  await spectr.generate({ instruction: "Generate people" });

  assert.deepEqual(sleeps, [3000]);
});

test("retry after HTTP date honoured", async () => {
  const header = new Date(Date.now() + 20_000).toUTCString();
  const script = new Script().add(503, undefined, { "Retry-After": header }).add(200, envelope());
  const sleeps = [];
  const spectr = makeClient(script, sleeps);

  await spectr.generate({ instruction: "Generate people" });

  assert.equal(sleeps.length, 1);
  assert.ok(sleeps[0] >= 18_000, `slept ${sleeps[0]} ms`);
  assert.ok(sleeps[0] <= 20_000, `slept ${sleeps[0]} ms`);
});

test("retry after too long throws", async () => {
  const script = new Script().add(429, errorBody(429, "rate_limit_exceeded"), { "Retry-After": "86400" });
  const sleeps = [];
  const spectr = makeClient(script, sleeps);

  const error = await spectr.generate({ instruction: "Generate people" }).catch((caught) => caught);

  assert.ok(error instanceof RateLimitError);
  assert.equal(error.retryAfter, 86400);
  assert.equal(script.requests.length, 1);
  assert.deepEqual(sleeps, []);
});

test("request body resent each attempt", async () => {
  const script = new Script().add(500).add(200, envelope());
  const spectr = makeClient(script);

  await spectr.generate({ instruction: "Generate people", count: 2 });

  assert.deepEqual(script.requests[1].body, script.requests[0].body);
});

test("connection error retried", async () => {
  const script = new Script().fail(new TypeError("fetch failed", { cause: new Error("connect ECONNREFUSED") }));
  script.add(200, envelope());
  const sleeps = [];
  const spectr = makeClient(script, sleeps);

  const result = await spectr.generate({ instruction: "Generate people" });

  assert.equal(result.meta.count, 1);
  assert.equal(sleeps.length, 1);
});

test("connection error exhausted", async () => {
  const script = new Script();
  for (let attempt = 0; attempt < 3; attempt++) {
    script.fail(new TypeError("fetch failed", { cause: new Error("connect ECONNREFUSED 127.0.0.1:1") }));
  }
  const spectr = makeClient(script);

  const error = await spectr.generate({ instruction: "Generate people" }).catch((caught) => caught);

  assert.ok(error instanceof APIConnectionError);
  assert.match(error.message, /ECONNREFUSED/);
  assert.equal(error.status, null);
  assert.equal(script.requests.length, 3);
});

test("timeout throws timeout error", async () => {
  const script = new Script().hang().hang();
  const spectr = makeClient(script, [], { timeout: 20, maxRetries: 1 });

  await assert.rejects(spectr.generate({ instruction: "Generate people" }), APITimeoutError);

  assert.equal(script.requests.length, 2);
});

test("user abort not retried", async () => {
  const script = new Script().hang();
  const spectr = makeClient(script);
  const controller = new AbortController();

  const pending = spectr.generate({ instruction: "Generate people" }, { signal: controller.signal });
  controller.abort();

  await assert.rejects(pending, APIUserAbortError);
  assert.equal(script.requests.length, 1);
});

test("backoff grows between retries", async () => {
  const script = new Script();
  for (let attempt = 0; attempt < 4; attempt++) {
    script.add(500);
  }
  const sleeps = [];
  const spectr = makeClient(script, sleeps, { maxRetries: 3 });

  await assert.rejects(spectr.usage(), InternalServerError);

  assert.equal(sleeps.length, 3);
  sleeps.forEach((delay, retriesTaken) => {
    const ceiling = 500 * 2 ** retriesTaken;
    assert.ok(delay >= 0.75 * ceiling, `retry ${retriesTaken}: ${delay} ms`);
    assert.ok(delay <= ceiling, `retry ${retriesTaken}: ${delay} ms`);
  });
});

test("backoff bounds seeded loop", () => {
  const random = seededRandom(1234);

  for (let iteration = 0; iteration < 500; iteration++) {
    const retriesTaken = Math.floor(random() * 12);
    const delay = backoffDelay(retriesTaken, random);
    const ceiling = Math.min(500 * 2 ** retriesTaken, 8000);
    assert.ok(delay >= 0.75 * ceiling, `retry ${retriesTaken}: ${delay} ms`);
    assert.ok(delay <= ceiling, `retry ${retriesTaken}: ${delay} ms`);
  }
});

test("backoff jitter varies", () => {
  const random = seededRandom(7);

  const delays = new Set(Array.from({ length: 20 }, () => backoffDelay(1, random)));

  assert.ok(delays.size > 1);
});

for (const [name, value, expected] of [
  ["zero", "0", 0],
  ["integer", "5", 5000],
  ["padded", " 12 ", 12000],
  ["fraction", "1.5", 1500],
  ["negative clamped", "-4", 0],
  ["garbage", "soon", null],
  ["empty", "", null],
]) {
  test(`retry after parses ${name}`, () => {
    assert.equal(parseRetryAfter(new Headers({ "Retry-After": value })), expected);
  });
}

test("retry after parses HTTP date", () => {
  const now = Date.UTC(2026, 11, 4, 20, 0, 0);

  assert.equal(parseRetryAfter(new Headers({ "Retry-After": "Fri, 04 Dec 2026 20:00:30 GMT" }), now), 30_000);
});

test("retry after past date zero", () => {
  const now = Date.UTC(2026, 11, 4, 20, 0, 0);

  assert.equal(parseRetryAfter(new Headers({ "Retry-After": "Fri, 04 Dec 2026 19:59:00 GMT" }), now), 0);
});

test("retry after absent null", () => {
  assert.equal(parseRetryAfter(new Headers()), null);
});

test("bad request after retry thrown", async () => {
  const script = new Script().add(503).add(400, errorBody(400, "bad_request"));
  const spectr = makeClient(script);

  await assert.rejects(spectr.generate({ instruction: "Generate people" }), BadRequestError);

  assert.equal(script.requests.length, 2);
});

test("user abort during retry wait", async () => {
  const script = new Script().add(503, undefined, { "Retry-After": "30" });
  const spectr = new SpectrAPI({ apiKey: "sk_test_x", baseURL: "http://spectrapi.mock/api/v1", fetch: script.fetch });
  const controller = new AbortController();

  const pending = spectr.usage({ signal: controller.signal });
  setTimeout(() => controller.abort(), 20);

  await assert.rejects(pending, APIUserAbortError);
  assert.equal(script.requests.length, 1);
});
