// Compares the SDK's `GenerateParams` and `ResponseMeta` interfaces (src/types.ts) with the request body and the
// `meta` object of `POST .../generate` in an OpenAPI document.
//
//   node test/openapi-contract.mjs [path-or-url]      default: $SPECTRAPI_OPENAPI_JSON
//
// Prints each difference and exits with status 1 when there is one. Fields are compared by name, by JSON type
// (TypeScript `number` matches `integer` and `number`; `null` is set aside) and by requiredness. The SDK never
// requires a field the server may omit. In the request, every field the server requires, the SDK requires too.
// In the response, the SDK may type a field as optional even where the server always sends it.

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

import ts from "typescript";

export const OPENAPI_ENV = "SPECTRAPI_OPENAPI_JSON";
const TYPES_FILE = fileURLToPath(new URL("../src/types.ts", import.meta.url));

/** Loads an OpenAPI document from a file path or an http(s) URL. */
export async function loadDocument(source) {
  if (/^https?:\/\//.test(source)) {
    const response = await fetch(source);
    if (!response.ok) {
      throw new Error(`GET ${source} failed with status ${response.status}`);
    }
    return response.json();
  }
  return JSON.parse(readFileSync(source, "utf8"));
}

/** Follows `$ref` (and a lone `allOf` wrapper) until a concrete schema is reached. */
function resolve(document, schema) {
  for (;;) {
    if (schema.$ref) {
      if (!schema.$ref.startsWith("#/")) {
        throw new Error(`only local references are supported; got ${schema.$ref}`);
      }
      schema = schema.$ref
        .slice(2)
        .split("/")
        .reduce((node, part) => node[part], document);
    } else if (Array.isArray(schema.allOf) && schema.allOf.length === 1) {
      schema = schema.allOf[0];
    } else {
      return schema;
    }
  }
}

/** Returns the JSON types a schema allows, with `integer` and `number` both reported as `number`. */
function jsonTypes(document, schema) {
  schema = resolve(document, schema);
  const normalise = (type) => (type === "integer" ? "number" : type);
  if (schema.type !== undefined) {
    return new Set([schema.type].flat().map(normalise));
  }
  for (const keyword of ["anyOf", "oneOf"]) {
    if (Array.isArray(schema[keyword])) {
      return new Set(schema[keyword].flatMap((option) => [...jsonTypes(document, option)]));
    }
  }
  return new Set(["any"]);
}

function findGenerateSchema(document, part) {
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    const operation = path.replace(/\/+$/, "").endsWith("/generate") ? item.post : undefined;
    const holder = part === "request" ? operation?.requestBody : operation?.responses?.["200"];
    const schema = holder?.content?.["application/json"]?.schema;
    if (schema) {
      return resolve(document, schema);
    }
  }
  throw new Error(`the OpenAPI document has no JSON ${part === "request" ? "request body" : "200 response"} for POST .../generate`);
}

/** Maps each property of an OpenAPI object schema to { types (without null), required }. */
function openAPIFields(document, schema) {
  const required = new Set(schema.required ?? []);
  const fields = new Map();
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const types = jsonTypes(document, property);
    types.delete("null");
    fields.set(name, { types, required: required.has(name) });
  }
  return fields;
}

/** Maps each property of an interface in src/types.ts to { types (without null), required }. */
export function sdkFields(interfaceName, typesFile = TYPES_FILE) {
  const source = ts.createSourceFile(typesFile, readFileSync(typesFile, "utf8"), ts.ScriptTarget.Latest, true);
  const declaration = source.statements.find(
    (statement) => ts.isInterfaceDeclaration(statement) && statement.name.text === interfaceName,
  );
  if (!declaration) {
    throw new Error(`interface ${interfaceName} not found in ${typesFile}`);
  }

  const fields = new Map();
  for (const member of declaration.members) {
    if (!ts.isPropertySignature(member) || !member.type) {
      continue;
    }
    const types = typeScriptJsonTypes(member.type);
    types.delete("null");
    fields.set(member.name.getText(source), { types, required: member.questionToken === undefined });
  }
  return fields;
}

function typeScriptJsonTypes(node) {
  if (ts.isUnionTypeNode(node)) {
    return new Set(node.types.flatMap((part) => [...typeScriptJsonTypes(part)]));
  }
  if (ts.isParenthesizedTypeNode(node)) {
    return typeScriptJsonTypes(node.type);
  }
  if (ts.isLiteralTypeNode(node)) {
    if (node.literal.kind === ts.SyntaxKind.NullKeyword) return new Set(["null"]);
    if (ts.isStringLiteral(node.literal)) return new Set(["string"]);
    if (ts.isNumericLiteral(node.literal)) return new Set(["number"]);
    return new Set(["boolean"]);
  }
  if (ts.isArrayTypeNode(node)) {
    return new Set(["array"]);
  }
  switch (node.kind) {
    case ts.SyntaxKind.StringKeyword:
      return new Set(["string"]);
    case ts.SyntaxKind.NumberKeyword:
      return new Set(["number"]);
    case ts.SyntaxKind.BooleanKeyword:
      return new Set(["boolean"]);
    case ts.SyntaxKind.UndefinedKeyword:
      return new Set();
    case ts.SyntaxKind.UnknownKeyword:
    case ts.SyntaxKind.AnyKeyword:
      return new Set(["any"]);
    default:
      // Record<...>, object literals and interfaces are JSON objects here.
      return new Set(["object"]);
  }
}

/** Lists the differences between the server's and the SDK's fields, as sentences naming the field. */
export function compareFields(server, sdk, label, { sdkMayRelaxRequired = false } = {}) {
  const problems = [];
  const format = (types) => JSON.stringify([...types].sort());
  for (const name of [...server.keys()].sort()) {
    if (!sdk.has(name)) problems.push(`${label}: the server has field '${name}', the SDK does not`);
  }
  for (const name of [...sdk.keys()].sort()) {
    if (!server.has(name)) problems.push(`${label}: the SDK has field '${name}', the server does not`);
  }
  for (const name of [...server.keys()].sort()) {
    const serverField = server.get(name);
    const sdkField = sdk.get(name);
    if (!sdkField) continue;
    if (format(serverField.types) !== format(sdkField.types)) {
      problems.push(`${label}.${name}: server type ${format(serverField.types)}, SDK type ${format(sdkField.types)}`);
    }
    if (serverField.required && !sdkField.required && !sdkMayRelaxRequired) {
      problems.push(`${label}.${name}: the server requires it, the SDK treats it as optional`);
    }
    if (sdkField.required && !serverField.required) {
      problems.push(`${label}.${name}: the SDK requires it, the server may omit it`);
    }
  }
  return problems;
}

/** Returns every difference between the SDK's generate types and the document. */
export function checkDocument(document) {
  const request = openAPIFields(document, findGenerateSchema(document, "request"));
  const envelope = findGenerateSchema(document, "response");
  if (!envelope.properties?.meta) {
    return ["generate response: the 200 envelope has no 'meta' property"];
  }
  const meta = openAPIFields(document, resolve(document, envelope.properties.meta));
  return [
    ...compareFields(request, sdkFields("GenerateParams"), "generate request"),
    ...compareFields(meta, sdkFields("ResponseMeta"), "generate meta", { sdkMayRelaxRequired: true }),
  ];
}

async function main() {
  const source = process.argv[2] ?? process.env[OPENAPI_ENV];
  if (!source) {
    console.error(`usage: node test/openapi-contract.mjs <openapi.json path or URL> (or set ${OPENAPI_ENV})`);
    process.exit(2);
  }
  const problems = checkDocument(await loadDocument(source));
  for (const problem of problems) {
    console.error(problem);
  }
  console.log(problems.length === 0 ? `SDK types agree with ${source}` : `${problems.length} difference(s) with ${source}`);
  process.exit(problems.length === 0 ? 0 : 1);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await main();
}
