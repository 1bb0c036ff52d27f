// Client: request building, response parsing, configuration and the categories resource.

import assert from "node:assert/strict";
import { describe, test } from "node:test";

import SpectrAPIDefault, { APIResponseValidationError, DEFAULT_BASE_URL, SpectrAPI, SpectrAPIError } from "spectrapi";

import { MOCK_BASE_URL, Script, TEST_KEY, envelope, makeClient, withEnv } from "./helpers.mjs";

const NO_ENV = { SPECTRAPI_API_KEY: undefined, SPECTRAPI_BASE_URL: undefined };

describe("generate", () => {
  test("generate sends documented body", async () => {
    const script = new Script().add(200, envelope());
    const spectr = makeClient(script);

    await spectr.generate({ instruction: "Generate Tesla vehicle listings", count: 10 });

    const [request] = script.requests;
    assert.equal(request.method, "POST");
    assert.equal(request.url, `${MOCK_BASE_URL}/generate`);
    assert.deepEqual(request.body, { instruction: "Generate Tesla vehicle listings", count: 10 });
  });

  test("generate sends every field", async () => {
    const script = new Script().add(200, envelope());
    const spectr = makeClient(script);

    await spectr.generate({ instruction: "Generate jobs", count: 3, locale: "de-DE", category_id: "cat_jobs", seed: 7 });

    assert.deepEqual(script.requests[0].body, {
      instruction: "Generate jobs",
      count: 3,
      locale: "de-DE",
      category_id: "cat_jobs",
      seed: 7,
    });
  });

  test("generate sends auth headers", async () => {
    const script = new Script().add(200, envelope());
    const spectr = makeClient(script, [], { defaultHeaders: { "X-Trace": "t1" } });

    await spectr.generate({ instruction: "Generate people" }, { headers: { "X-Call": "c1" } });

    const { headers } = script.requests[0];
    assert.equal(headers.get("authorization"), `Bearer ${TEST_KEY}`);
    assert.equal(headers.get("content-type"), "application/json");
    assert.equal(headers.get("accept"), "application/json");
    assert.match(headers.get("user-agent"), /^spectrapi-js\//);
    assert.equal(headers.get("x-trace"), "t1");
    assert.equal(headers.get("x-call"), "c1");
  });

  test("generate parses envelope", async () => {
    const records = [
      { id: "veh_aaaaaaaa", make: "Tesla" },
      { id: "veh_bbbbbbbb", make: "Tesla" },
    ];
    const script = new Script().add(200, envelope(records, { category_id: "cat_vehicles", category_version: 2 }));
    const spectr = makeClient(script);

    const result = await spectr.generate({ instruction: "Generate Tesla vehicle listings", count: 2 });

    assert.deepEqual(result.data, records);
    assert.equal(result.meta.count, 2);
    assert.equal(result.meta.request_id, "req_b4d6f8h0");
    assert.equal(result.meta.engine, "builtin");
    assert.equal(result.meta.category_version, 2);
  });

  test("generate exposes rate limit", async () => {
    const headers = {
      "X-Request-Id": "req_00000042",
      "X-RateLimit-Limit": "100",
      "X-RateLimit-Remaining": "99",
      "X-RateLimit-Reset": "1767225600",
    };
    const script = new Script().add(200, envelope(), headers);
    const spectr = makeClient(script);

    const result = await spectr.generate({ instruction: "Generate people" });

    assert.equal(result.requestId, "req_00000042");
    assert.deepEqual(result.rateLimit, { limit: 100, remaining: 99, reset: 1767225600 });
  });

  test("generate rate limit absent", async () => {
    const script = new Script().add(200, envelope());
    const spectr = makeClient(script);

    const result = await spectr.generate({ instruction: "Generate people" });

    assert.deepEqual(result.rateLimit, { limit: null, remaining: null, reset: null });
  });

  test("generate response info hidden from JSON", async () => {
    const script = new Script().add(200, envelope());
    const spectr = makeClient(script);

    const result = await spectr.generate({ instruction: "Generate people" });

    assert.deepEqual(JSON.parse(JSON.stringify(result)), envelope());
  });

  for (const [name, params, field] of [
    ["count string", { count: "5" }, "count"],
    ["count boolean", { count: true }, "count"],
    ["count fraction", { count: 5.5 }, "count"],
    ["seed string", { seed: "1" }, "seed"],
    ["locale number", { locale: 1 }, "locale"],
    ["category number", { category_id: 3 }, "category_id"],
    ["instruction null", { instruction: null }, "instruction"],
    ["instruction missing", { instruction: undefined }, "instruction"],
  ]) {
    test(`generate rejects ${name}`, async () => {
      const script = new Script();
      const spectr = makeClient(script);

      await assert.rejects(spectr.generate({ instruction: "Generate people", ...params }), (error) => {
        assert.ok(error instanceof TypeError);
        assert.match(error.message, new RegExp(field));
        return true;
      });
      assert.equal(script.requests.length, 0);
    });
  }

  test("generate range left to server", async () => {
    const script = new Script().add(200, envelope());
    const spectr = makeClient(script);

    await spectr.generate({ instruction: "Generate people", count: 1000 });

    assert.equal(script.requests[0].body.count, 1000);
  });

  test("generate non-JSON body rejected", async () => {
    const script = new Script().addText(200, "<html>", { "Content-Type": "text/html" });
    const spectr = makeClient(script);

    await assert.rejects(spectr.generate({ instruction: "Generate people" }), (error) => {
      assert.ok(error instanceof APIResponseValidationError);
      assert.match(error.message, /text\/html/);
      return true;
    });
  });
});

describe("configuration", () => {
  test("api key from env", async () => {
    await withEnv({ ...NO_ENV, SPECTRAPI_API_KEY: "sk_test_fromenv" }, async () => {
      assert.equal(new SpectrAPI().apiKey, "sk_test_fromenv");
    });
  });

  test("api key argument beats env", async () => {
    await withEnv({ ...NO_ENV, SPECTRAPI_API_KEY: "sk_test_fromenv" }, async () => {
      assert.equal(new SpectrAPI("sk_test_argument").apiKey, "sk_test_argument");
      assert.equal(new SpectrAPI({ apiKey: "sk_test_object" }).apiKey, "sk_test_object");
    });
  });

  test("api key missing names both ways", async () => {
    await withEnv(NO_ENV, async () => {
      assert.throws(
        () => new SpectrAPI(),
        (error) => {
          assert.ok(error instanceof SpectrAPIError);
          assert.match(error.message, /SPECTRAPI_API_KEY/);
          assert.match(error.message, /first argument/);
          return true;
        },
      );
    });
  });

  test("api key empty env missing", async () => {
    await withEnv({ ...NO_ENV, SPECTRAPI_API_KEY: "" }, async () => {
      assert.throws(() => new SpectrAPI(), SpectrAPIError);
    });
  });

  test("base url default", async () => {
    await withEnv(NO_ENV, async () => {
      assert.equal(new SpectrAPI(TEST_KEY).baseURL, DEFAULT_BASE_URL);
    });
  });

  test("base url from env", async () => {
    await withEnv({ ...NO_ENV, SPECTRAPI_BASE_URL: "http://127.0.0.1:8000/api/v1/" }, async () => {
      assert.equal(new SpectrAPI(TEST_KEY).baseURL, "http://127.0.0.1:8000/api/v1");
    });
  });

  test("base url option beats env", async () => {
    await withEnv({ ...NO_ENV, SPECTRAPI_BASE_URL: "http://127.0.0.1:8000/api/v1" }, async () => {
      const spectr = new SpectrAPI(TEST_KEY, { baseURL: "http://127.0.0.1:9000/api/v1" });
      assert.equal(spectr.baseURL, "http://127.0.0.1:9000/api/v1");
    });
  });

  test("options object form", () => {
    const fetchImpl = async () => new Response("{}");

    const spectr = new SpectrAPI({ apiKey: TEST_KEY, baseURL: MOCK_BASE_URL, maxRetries: 4, timeout: 1500, fetch: fetchImpl });

    assert.equal(spectr.maxRetries, 4);
    assert.equal(spectr.timeout, 1500);
    assert.equal(spectr.baseURL, MOCK_BASE_URL);
  });

  test("defaults retries and timeout", () => {
    const spectr = new SpectrAPI(TEST_KEY);

    assert.equal(spectr.maxRetries, 2);
    assert.equal(spectr.timeout, 60_000);
  });

  test("negative max retries rejected", () => {
    assert.throws(() => new SpectrAPI(TEST_KEY, { maxRetries: -1 }), /maxRetries/);
  });

  test("default export is client", () => {
    assert.equal(SpectrAPIDefault, SpectrAPI);
  });

  test("with options overrides settings", async () => {
    const script = new Script().add(200, envelope());
    const spectr = makeClient(script, [], { maxRetries: 2 });

    const copy = spectr.withOptions({ apiKey: "sk_test_other", maxRetries: 5 });
    await copy.generate({ instruction: "Generate people" });

    assert.equal(copy.maxRetries, 5);
    assert.equal(copy.baseURL, MOCK_BASE_URL);
    assert.equal(spectr.maxRetries, 2);
    assert.equal(script.requests[0].headers.get("authorization"), "Bearer sk_test_other");
  });
});

describe("usage and categories", () => {
  const category = {
    id: "cat_vehicles",
    name: "Vehicles",
    description: "Car listings",
    schema: { type: "object", properties: { make: { type: "string" } } },
    version: 1,
    created_at: "2026-12-04T10:00:00Z",
    updated_at: "2026-12-04T10:00:00Z",
  };

  test("usage parses windows", async () => {
    const usageBody = {
      plan: "pro",
      mode: "test",
      minute: { used: 3, limit: 100, remaining: 97, reset: 1767225660 },
      month: { used: 3, limit: null, remaining: null, reset: 1767225600 },
    };
    const script = new Script().add(200, usageBody);
    const spectr = makeClient(script);

    const usage = await spectr.usage();

    assert.equal(script.requests[0].url, `${MOCK_BASE_URL}/usage`);
    assert.equal(script.requests[0].method, "GET");
    assert.equal(script.requests[0].headers.get("content-type"), null);
    assert.deepEqual(usage, usageBody);
  });

  test("categories create request", async () => {
    const script = new Script().add(201, category);
    const spectr = makeClient(script);

    const created = await spectr.categories.create({ name: "Vehicles", schema: category.schema, description: "Car listings" });

    assert.equal(script.requests[0].method, "POST");
    assert.equal(script.requests[0].url, `${MOCK_BASE_URL}/categories`);
    assert.deepEqual(script.requests[0].body, { name: "Vehicles", schema: category.schema, description: "Car listings" });
    assert.deepEqual(created, category);
  });

  test("categories create checks schema", async () => {
    const script = new Script();
    const spectr = makeClient(script);

    await assert.rejects(spectr.categories.create({ name: "Vehicles", schema: '{"type":"object"}' }), /schema/);
    assert.equal(script.requests.length, 0);
  });

  test("categories list parses data", async () => {
    const script = new Script().add(200, { data: [category, { ...category, id: "cat_jobs" }] });
    const spectr = makeClient(script);

    const listing = await spectr.categories.list();

    assert.deepEqual(
      listing.data.map((item) => item.id),
      ["cat_vehicles", "cat_jobs"],
    );
  });

  test("categories get version query", async () => {
    const script = new Script().add(200, category);
    const spectr = makeClient(script);

    await spectr.categories.get("cat_vehicles", { version: 1 });

    assert.equal(script.requests[0].url, `${MOCK_BASE_URL}/categories/cat_vehicles?version=1`);
  });

  test("categories get escapes id", async () => {
    const script = new Script().add(200, category);
    const spectr = makeClient(script);

    await spectr.categories.get("cat/../usage");

    assert.equal(script.requests[0].url, `${MOCK_BASE_URL}/categories/cat%2F..%2Fusage`);
  });

  test("categories update request", async () => {
    const script = new Script().add(200, { ...category, version: 2 });
    const spectr = makeClient(script);

    const updated = await spectr.categories.update("cat_vehicles", { schema: { type: "object" }, name: "Cars" });

    assert.equal(script.requests[0].method, "PUT");
    assert.equal(script.requests[0].url, `${MOCK_BASE_URL}/categories/cat_vehicles`);
    assert.deepEqual(script.requests[0].body, { schema: { type: "object" }, name: "Cars" });
    assert.equal(updated.version, 2);
  });

  test("categories delete no content", async () => {
    const script = new Script().add(204);
    const spectr = makeClient(script);

    const deleted = await spectr.categories.delete("cat_vehicles");

    assert.equal(script.requests[0].method, "DELETE");
    assert.deepEqual(deleted, { id: "cat_vehicles", deleted: true });
    assert.equal(deleted.requestId, "req_00000000");
  });

  test("categories delete JSON body", async () => {
    const script = new Script().add(200, { deleted: true, id: "cat_vehicles" });
    const spectr = makeClient(script);

    const deleted = await spectr.categories.delete("cat_vehicles");

    assert.deepEqual(deleted, { id: "cat_vehicles", deleted: true });
  });
});
