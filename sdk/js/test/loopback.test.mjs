// The client over real HTTP to a scripted server on 127.0.0.1, with Node's global fetch.

import assert from "node:assert/strict";
import { createServer } from "node:http";
import { after, before, beforeEach, test } from "node:test";

import { APIConnectionError, APITimeoutError, NotFoundError, SpectrAPI } from "spectrapi";

import { TEST_KEY, envelope, errorBody } from "./helpers.mjs";

const replies = [];
const requests = [];
let server;
let baseURL;

/** Queues a reply: JSON `body` (none when undefined), extra headers, and milliseconds to wait before sending it. */
function reply(status, body = undefined, headers = {}, delay = 0) {
  replies.push({ status, body, headers, delay });
}

before(async () => {
  server = createServer((request, response) => {
    const chunks = [];
    request.on("data", (chunk) => chunks.push(chunk));
    request.on("end", () => {
      const raw = Buffer.concat(chunks).toString();
      requests.push({ method: request.method, url: request.url, headers: request.headers, body: raw ? JSON.parse(raw) : null });
      const next = replies.shift() ?? { status: 500, body: { error: { code: "internal_error", message: "unexpected request", status: 500 } }, headers: {}, delay: 0 };
      const payload = next.body === undefined ? "" : JSON.stringify(next.body);
      setTimeout(() => {
        if (response.destroyed) {
          return;
        }
        response.writeHead(next.status, {
          "X-Request-Id": `req_${String(requests.length).padStart(8, "0")}`,
          ...(payload ? { "Content-Type": "application/json" } : {}),
          ...next.headers,
        });
        response.end(payload);
      }, next.delay);
    });
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseURL = `http://127.0.0.1:${server.address().port}/api/v1`;
});

after(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  replies.length = 0;
  requests.length = 0;
});

test("loopback generate roundtrip", async () => {
  reply(200, envelope(), { "X-RateLimit-Limit": "10", "X-RateLimit-Remaining": "9", "X-RateLimit-Reset": "60" });
  const spectr = new SpectrAPI(TEST_KEY, { baseURL });

  const result = await spectr.generate({ instruction: "Generate Tesla vehicle listings", count: 1 });

  assert.equal(requests[0].url, "/api/v1/generate");
  assert.equal(requests[0].headers.authorization, `Bearer ${TEST_KEY}`);
  assert.deepEqual(requests[0].body, { instruction: "Generate Tesla vehicle listings", count: 1 });
  assert.equal(result.data[0].make, "Tesla");
  assert.equal(result.requestId, "req_00000001");
  assert.equal(result.rateLimit.remaining, 9);
});

test("loopback retry after zero", async () => {
  reply(503, errorBody(503, "internal_error"), { "Retry-After": "0" });
  reply(200, envelope());
  const spectr = new SpectrAPI(TEST_KEY, { baseURL });

  const result = await spectr.generate({ instruction: "Generate people" });

  assert.equal(result.meta.count, 1);
  assert.equal(requests.length, 2);
});

test("loopback delete no content", async () => {
  reply(204);
  const spectr = new SpectrAPI(TEST_KEY, { baseURL });

  const deleted = await spectr.categories.delete("cat_jobs");

  assert.equal(requests[0].method, "DELETE");
  assert.deepEqual(deleted, { id: "cat_jobs", deleted: true });
});

test("loopback not found error", async () => {
  reply(404, errorBody(404, "not_found", "category 'cat_x' was not found"));
  const spectr = new SpectrAPI(TEST_KEY, { baseURL });

  const error = await spectr.categories.get("cat_x").catch((caught) => caught);

  assert.ok(error instanceof NotFoundError);
  assert.equal(error.requestId, "req_00000001");
});

test("loopback read timeout", async () => {
  reply(200, envelope(), {}, 1000);
  const spectr = new SpectrAPI(TEST_KEY, { baseURL, timeout: 200, maxRetries: 0 });

  await assert.rejects(spectr.generate({ instruction: "Generate people" }), APITimeoutError);
});

test("loopback connection refused", async () => {
  const probe = createServer();
  await new Promise((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const port = probe.address().port;
  await new Promise((resolve) => probe.close(resolve));
  const sleeps = [];
  const spectr = new SpectrAPI(TEST_KEY, { baseURL: `http://127.0.0.1:${port}/api/v1`, maxRetries: 1 });
  spectr._sleep = async (milliseconds) => {
    sleeps.push(milliseconds);
  };

  const error = await spectr.usage().catch((caught) => caught);

  assert.ok(error instanceof APIConnectionError);
  assert.ok(!(error instanceof APITimeoutError));
  assert.match(error.message, /ECONNREFUSED/);
  assert.equal(sleeps.length, 1);
});
