// End-to-end checks against a running SpectrAPI server; skipped unless one is configured.
//
// Set SPECTRAPI_TEST_BASE_URL (e.g. http://127.0.0.1:8000/api/v1) and SPECTRAPI_TEST_API_KEY (a key the server
// accepts). The checks create and delete one category when the key's plan allows categories.

import assert from "node:assert/strict";
import { describe, test } from "node:test";

import {
  AuthenticationError,
  BadRequestError,
  InvalidInstructionError,
  NotFoundError,
  PermissionDeniedError,
  SpectrAPI,
} from "spectrapi";

const baseURL = process.env.SPECTRAPI_TEST_BASE_URL;
const apiKey = process.env.SPECTRAPI_TEST_API_KEY;
const skip = baseURL && apiKey ? false : "SPECTRAPI_TEST_BASE_URL and SPECTRAPI_TEST_API_KEY are not both set";

describe("e2e", { skip }, () => {
  const spectr = () => new SpectrAPI(apiKey, { baseURL, maxRetries: 0, timeout: 30_000 });

  test("e2e documented example", async () => {
    const data = await spectr().generate({ instruction: "Generate Tesla vehicle listings", count: 10 });

    assert.equal(data.data.length, 10);
    assert.equal(data.meta.count, 10);
    assert.match(data.meta.request_id, /^req_[a-z0-9]{8}$/);
    assert.equal(data.requestId, data.meta.request_id);
    assert.notEqual(data.rateLimit.limit, null);
    assert.notEqual(data.rateLimit.remaining, null);
    assert.notEqual(data.rateLimit.reset, null);
  });

  test("e2e seed repeats records", async () => {
    const params = { instruction: "Generate job postings in Austin, TX", count: 3, seed: 1234 };

    const first = await spectr().generate(params);
    const second = await spectr().generate(params);

    assert.equal(first.meta.seed, 1234);
    assert.deepEqual(first.data, second.data);
  });

  test("e2e count out of range", async () => {
    const error = await spectr().generate({ instruction: "Generate people", count: 101 }).catch((caught) => caught);

    assert.ok(error instanceof BadRequestError);
    assert.equal(error.code, "bad_request");
    assert.notEqual(error.requestId, null);
  });

  test("e2e empty instruction", async () => {
    await assert.rejects(spectr().generate({ instruction: "   " }), InvalidInstructionError);
  });

  test("e2e invalid key", async () => {
    const client = new SpectrAPI("sk_test_" + "0".repeat(40), { baseURL, maxRetries: 0 });

    const error = await client.generate({ instruction: "Generate people" }).catch((caught) => caught);

    assert.ok(error instanceof AuthenticationError);
    assert.equal(error.status, 401);
    assert.equal(error.code, "invalid_api_key");
  });

  test("e2e usage counts", async () => {
    const usage = await spectr().usage();

    assert.ok(usage.plan);
    assert.ok(usage.minute.used >= 0);
    assert.ok(usage.month.used >= 0);
  });

  test("e2e categories lifecycle", async (context) => {
    const client = spectr();
    const schema = {
      type: "object",
      properties: { id: { type: "string" }, title: { type: "string" }, salary: { type: "integer" } },
      required: ["id", "title", "salary"],
    };
    let created;
    try {
      created = await client.categories.create({ name: "SDK e2e jobs", schema, description: "temporary" });
    } catch (error) {
      if (error instanceof PermissionDeniedError) {
        context.skip("the key's plan does not include categories");
        return;
      }
      throw error;
    }

    let updated, listed, firstVersion, generated;
    try {
      updated = await client.categories.update(created.id, { schema: { ...schema, required: ["id", "title"] } });
      listed = await client.categories.list();
      firstVersion = await client.categories.get(created.id, { version: 1 });
      generated = await client.generate({ instruction: "Generate job postings", count: 2, category_id: created.id });
    } finally {
      await client.categories.delete(created.id);
    }

    assert.equal(updated.version, created.version + 1);
    assert.ok(listed.data.some((category) => category.id === created.id));
    assert.equal(firstVersion.version, created.version);
    assert.deepEqual(firstVersion.schema.required, ["id", "title", "salary"]);
    assert.equal(generated.meta.category_id, created.id);
    assert.equal(generated.meta.category_version, updated.version);
    assert.ok(generated.data.every((record) => typeof record.title === "string"));
    await assert.rejects(client.categories.get(created.id), NotFoundError);
  });
});
