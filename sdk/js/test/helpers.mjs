// Test helpers: a mock `fetch` that records requests and replays queued responses, and clients built on it.

import { SpectrAPI } from "spectrapi";

export const TEST_KEY = "sk_test_" + "a".repeat(32);
export const MOCK_BASE_URL = "http://spectrapi.mock/api/v1";

/** Returns a `meta` object as the server sends it, with fields overridden. */
export function meta(overrides = {}) {
  return { request_id: "req_b4d6f8h0", latency_ms: 82, count: 1, locale: "en-US", seed: 42, engine: "builtin", ...overrides };
}

/** Returns a success envelope of `POST /generate`. */
export function envelope(records = [{ id: "veh_k8m3n7p2", make: "Tesla", model: "Model 3" }], metaOverrides = {}) {
  return { data: records, meta: meta({ count: records.length, ...metaOverrides }) };
}

/** Returns the error envelope the server sends. */
export function errorBody(status, code, message = "something is wrong") {
  return { error: { code, message, status } };
}

/** A mock server that records each request and replays the queued responses and errors in order. */
export class Script {
  requests = [];
  queue = [];

  /** Queues one JSON response; `X-Request-Id` is added unless given. */
  add(status = 200, json = undefined, headers = {}) {
    const allHeaders = { "X-Request-Id": `req_${String(this.queue.length).padStart(8, "0")}`, ...headers };
    if (json !== undefined) {
      allHeaders["Content-Type"] = "application/json";
    }
    const body = json === undefined ? null : JSON.stringify(json);
    this.queue.push(() => new Response(body, { status, headers: allHeaders }));
    return this;
  }

  /** Queues a raw response body. */
  addText(status, text, headers = {}) {
    this.queue.push(() => new Response(text, { status, headers }));
    return this;
  }

  /** Queues a fetch failure, thrown as Node's fetch throws it. */
  fail(error) {
    this.queue.push(() => {
      throw error;
    });
    return this;
  }

  /** Queues a response that never arrives until the request's signal aborts. */
  hang() {
    this.queue.push(
      (init) =>
        new Promise((_, reject) => {
          init.signal.addEventListener("abort", () => reject(init.signal.reason), { once: true });
        }),
    );
    return this;
  }

  fetch = async (url, init) => {
    this.requests.push({
      url: String(url),
      method: init.method,
      headers: new Headers(init.headers),
      body: init.body === undefined ? undefined : JSON.parse(init.body),
    });
    const next = this.queue.shift();
    if (next === undefined) {
      throw new Error(`unexpected request ${init.method} ${url}`);
    }
    return next(init);
  };
}

/** Builds a client that talks to `script` and records retry sleeps in `sleeps` instead of sleeping. */
export function makeClient(script, sleeps = [], options = {}) {
  const client = new SpectrAPI({ apiKey: TEST_KEY, baseURL: MOCK_BASE_URL, fetch: script.fetch, ...options });
  client._sleep = async (milliseconds) => {
    sleeps.push(milliseconds);
  };
  return client;
}

/** Sets environment variables for the duration of `body`, restoring them afterwards. */
export async function withEnv(variables, body) {
  const saved = Object.fromEntries(Object.keys(variables).map((name) => [name, process.env[name]]));
  for (const [name, value] of Object.entries(variables)) {
    if (value === undefined) {
      delete process.env[name];
    } else {
      process.env[name] = value;
    }
  }
  try {
    return await body();
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) {
        delete process.env[name];
      } else {
        process.env[name] = value;
      }
    }
  }
}
