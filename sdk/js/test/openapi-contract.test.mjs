// Contract check: the SDK's generate types agree with the API's OpenAPI document.
//
// fixtures/openapi-generate.json is the schema of POST /api/v1/generate as the server's pydantic models
// produced it when this SDK was written. Set SPECTRAPI_OPENAPI_JSON to a file path or to
// http://127.0.0.1:8000/api/v1/openapi.json to check against the live document too.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";

import { OPENAPI_ENV, checkDocument, compareFields, loadDocument } from "./openapi-contract.mjs";

const FIXTURE = new URL("./fixtures/openapi-generate.json", import.meta.url);

function loadFixture() {
  return JSON.parse(readFileSync(FIXTURE, "utf8"));
}

test("contract matches fixture document", () => {
  assert.deepEqual(checkDocument(loadFixture()), []);
});

const configuredSkip = process.env[OPENAPI_ENV] ? false : `${OPENAPI_ENV} is not set`;

test("contract matches configured document", { skip: configuredSkip }, async () => {
  const document = await loadDocument(process.env[OPENAPI_ENV]);

  assert.deepEqual(checkDocument(document), []);
});

test("contract reports request type drift", () => {
  const document = loadFixture();
  document.components.schemas.GenerateRequest.properties.count = { type: "string" };

  assert.deepEqual(checkDocument(document), ['generate request.count: server type ["string"], SDK type ["number"]']);
});

test("contract reports new meta field", () => {
  const document = loadFixture();
  document.components.schemas.ResponseMeta.properties.cache = { type: "string" };

  assert.deepEqual(checkDocument(document), ["generate meta: the server has field 'cache', the SDK does not"]);
});

test("contract reports missing generate path", () => {
  assert.throws(() => checkDocument({ paths: {} }), /POST \.\.\.\/generate/);
});

test("compare relaxes response requiredness", () => {
  const server = new Map([["engine", { types: new Set(["string"]), required: true }]]);
  const sdk = new Map([["engine", { types: new Set(["string"]), required: false }]]);

  assert.deepEqual(compareFields(server, sdk, "meta", { sdkMayRelaxRequired: true }), []);
  assert.deepEqual(compareFields(server, sdk, "request"), ["request.engine: the server requires it, the SDK treats it as optional"]);
  assert.deepEqual(compareFields(sdk, server, "meta", { sdkMayRelaxRequired: true }), [
    "meta.engine: the SDK requires it, the server may omit it",
  ]);
});
