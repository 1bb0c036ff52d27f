// Unit tests of the console's pure modules: `node --experimental-detect-module --test tests/console/`.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { test } from "node:test";

import { splitByField } from "../../layers/core/spectrapi_core/console/errors.js";
import { buildSnippets } from "../../layers/core/spectrapi_core/console/snippets.js";
import { columnsOf, compareCells, flattenRecord, formatCell } from "../../layers/core/spectrapi_core/console/table.js";

const GENERATE_FIELDS = ["instruction", "count", "locale", "category_id", "seed"];
const API_BASE = "http://127.0.0.1:8000/api/v1/";

test("splitByField assigns count message", () => {
  const { byField, rest } = splitByField("count must be from 1 to 100; got 0.", GENERATE_FIELDS);
  assert.equal(byField.get("count"), "count must be from 1 to 100; got 0.");
  assert.equal(rest, "");
});

test("splitByField keeps follow-up sentence with field", () => {
  const message = "instruction is empty. Describe the records you want, for example 'Generate 5 cars'.";
  const { byField } = splitByField(message, GENERATE_FIELDS);
  assert.equal(byField.get("instruction"), message);
});

test("splitByField separates two fields", () => {
  const { byField } = splitByField("count must be from 1 to 100; got 0. locale 'xx' is not supported.", GENERATE_FIELDS);
  assert.equal(byField.get("count"), "count must be from 1 to 100; got 0.");
  assert.equal(byField.get("locale"), "locale 'xx' is not supported.");
});

test("splitByField leaves unnamed message as rest", () => {
  const { byField, rest } = splitByField("Request body is not valid JSON.", GENERATE_FIELDS);
  assert.equal(byField.size, 0);
  assert.equal(rest, "Request body is not valid JSON.");
});

test("splitByField ignores field name inside sentence", () => {
  const { byField } = splitByField("Unknown field 'counts'; allowed fields are: instruction, count.", GENERATE_FIELDS);
  assert.equal(byField.size, 0);
});

test("flattenRecord dots nested objects", () => {
  const row = flattenRecord({ id: "veh_1", dealer: { name: "A", city: "Austin" }, features: ["x", "y"] });
  assert.deepEqual(row, { id: "veh_1", "dealer.name": "A", "dealer.city": "Austin", features: ["x", "y"] });
});

test("flattenRecord stops at max depth", () => {
  const row = flattenRecord({ a: { b: { c: { d: 1 } } } });
  assert.deepEqual(row, { "a.b.c": { d: 1 } });
});

test("columnsOf puts id first", () => {
  assert.deepEqual(columnsOf([{ name: "a", id: "x" }, { extra: 1 }]), ["id", "name", "extra"]);
});

test("formatCell shows arrays and objects", () => {
  assert.equal(formatCell(["a", "b"]), "a, b");
  assert.equal(formatCell([{ a: 1 }]), '[{"a":1}]');
  assert.equal(formatCell(null), "");
  assert.equal(formatCell(false), "false");
});

test("compareCells orders numbers and missing", () => {
  const values = [10, null, 9, 100, undefined, 2];
  values.sort(compareCells);
  assert.deepEqual(values.slice(0, 4), [2, 9, 10, 100]);
  assert.ok(values.slice(4).every((value) => value === null || value === undefined));
});

test("snippets mask key by default", () => {
  const snippets = buildSnippets({ instruction: "Generate cars", count: 3 }, API_BASE);
  for (const [language, text] of Object.entries(snippets)) {
    assert.match(text, /SPECTRAPI_API_KEY/, language);
  }
});

test("snippets show key when given", () => {
  const key = "sk_test_abc";
  const snippets = buildSnippets({ instruction: "Generate cars", count: 3 }, API_BASE, key);
  for (const [language, text] of Object.entries(snippets)) {
    assert.ok(text.includes(key), language);
    assert.doesNotMatch(text, /SPECTRAPI_API_KEY/, language);
  }
});

test("snippets keep field order and omit unset fields", () => {
  const { python } = buildSnippets({ seed: 4, count: 2, instruction: "Generate cars", category_id: undefined }, API_BASE);
  const fields = [...python.matchAll(/^ {4}(\w+)=/gm)].map((match) => match[1]);
  assert.deepEqual(fields, ["instruction", "count", "seed"]);
});

test("curl snippet quotes apostrophes for the shell", () => {
  const body = { instruction: "Generate O'Brien's orders", count: 2 };
  const { curl } = buildSnippets(body, API_BASE);
  const dataArgument = curl.split("-d ")[1];
  // The shell turns the quoted argument back into the exact JSON body.
  const printed = execFileSync("bash", ["-c", `printf %s ${dataArgument}`]).toString();
  assert.deepEqual(JSON.parse(printed), body);
});
