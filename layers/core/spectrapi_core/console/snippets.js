// Copy-ready code that repeats a generate request with curl, the Python SDK and the TypeScript SDK.
// The key shows as the SPECTRAPI_API_KEY environment variable unless the caller passes the real key. Both SDKs take
// the request fields under their wire names (`category_id`) and a base URL that ends in /api/v1.

const KEY_VARIABLE = "SPECTRAPI_API_KEY";
const FIELD_ORDER = ["instruction", "count", "locale", "category_id", "seed"];

function orderedFields(body) {
  return FIELD_ORDER.filter((name) => body[name] !== undefined && body[name] !== null).map((name) => [name, body[name]]);
}

function shellQuote(text) {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

export function curlSnippet(body, apiBase, key) {
  const authorization = key ? shellQuote(`Authorization: Bearer ${key}`) : `"Authorization: Bearer $${KEY_VARIABLE}"`;
  const json = JSON.stringify(Object.fromEntries(orderedFields(body)));
  return [
    `curl -s -X POST ${shellQuote(`${apiBase}generate`)} \\`,
    `  -H ${authorization} \\`,
    `  -H 'Content-Type: application/json' \\`,
    `  -d ${shellQuote(json)}`,
  ].join("\n");
}

export function pythonSnippet(body, apiBase, key) {
  // A JSON string literal is also a valid Python string literal.
  const keyArgument = key ? JSON.stringify(key) : `os.environ[${JSON.stringify(KEY_VARIABLE)}]`;
  const lines = key ? [] : ["import os", ""];
  lines.push(
    "from spectrapi import SpectrAPI",
    "",
    `client = SpectrAPI(${keyArgument}, base_url=${JSON.stringify(apiBase)})`,
    "response = client.generate(",
    ...orderedFields(body).map(([name, value]) => `    ${name}=${JSON.stringify(value)},`),
    ")",
    "print(response.data)",
  );
  return lines.join("\n");
}

export function typescriptSnippet(body, apiBase, key) {
  const keyArgument = key ? JSON.stringify(key) : `process.env.${KEY_VARIABLE}`;
  return [
    'import { SpectrAPI } from "spectrapi";',
    "",
    `const client = new SpectrAPI(${keyArgument}, { baseURL: ${JSON.stringify(apiBase)} });`,
    "const response = await client.generate({",
    ...orderedFields(body).map(([name, value]) => `  ${name}: ${JSON.stringify(value)},`),
    "});",
    "console.log(response.data);",
  ].join("\n");
}

/** Build the three snippets for one request body; pass `key` only when the user chose to show it. */
export function buildSnippets(body, apiBase, key = null) {
  return {
    curl: curlSnippet(body, apiBase, key),
    python: pythonSnippet(body, apiBase, key),
    typescript: typescriptSnippet(body, apiBase, key),
  };
}
