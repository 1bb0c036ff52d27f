// Calls to this origin's API with the key the user pasted.
//
// The key lives in sessionStorage only (it is gone when the tab closes), is never written to the page or the
// browser console, and is sent only in the Authorization header of requests to this page's own origin.

const KEY_STORAGE_NAME = "spectrapi.apiKey";
const RATE_LIMIT_HEADERS = ["X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset", "Retry-After"];

// The API root is the folder above this script: "<origin>/" locally, "<origin>/<stage>/" behind API Gateway.
export const API_ROOT = new URL("../", import.meta.url);
export const API_BASE = new URL("api/v1/", API_ROOT);

/** An error response, or a request that never reached the API, with the envelope's code and message. */
export class ApiError extends Error {
  constructor({ status, code, message, requestId = null }) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.requestId = requestId;
  }
}

export function getKey() {
  return sessionStorage.getItem(KEY_STORAGE_NAME) || "";
}

export function setKey(key) {
  sessionStorage.setItem(KEY_STORAGE_NAME, key);
  document.dispatchEvent(new CustomEvent("spectrapi:key"));
}

export function clearKey() {
  sessionStorage.removeItem(KEY_STORAGE_NAME);
  document.dispatchEvent(new CustomEvent("spectrapi:key"));
}

/** Describe a key without revealing it: its prefix and last four characters. */
export function describeKey(key) {
  if (!key) return "no key";
  const prefix = key.match(/^sk_(live|test)_/)?.[0] ?? "";
  return `${prefix}…${key.slice(-4)}`;
}

/** The rate-limit headers and request id of the last API response, for the usage panel. */
export const lastResponse = { path: null, status: null, requestId: null, headers: {} };

function recordResponse(path, response) {
  lastResponse.path = path;
  lastResponse.status = response.status;
  lastResponse.requestId = response.headers.get("X-Request-Id");
  lastResponse.headers = {};
  for (const name of RATE_LIMIT_HEADERS) {
    const value = response.headers.get(name);
    if (value !== null) lastResponse.headers[name] = value;
  }
  document.dispatchEvent(new CustomEvent("spectrapi:response"));
}

async function readJson(response) {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * Send one request to the API and return the parsed JSON body.
 *
 * @param {string} method HTTP method.
 * @param {string} path Path under /api/v1/, such as "generate" or "categories/cat_x?version=2".
 * @param {object} [body] JSON body.
 * @throws {ApiError} On an error response, a missing key or a failed connection.
 */
export async function callApi(method, path, body) {
  const key = getKey();
  if (!key) {
    throw new ApiError({ status: 0, code: "missing_key", message: "Paste your API key at the top of the page first." });
  }
  const url = new URL(path, API_BASE);
  if (url.origin !== window.location.origin) {
    throw new ApiError({ status: 0, code: "foreign_origin", message: `The key is not sent to ${url.origin} because the console calls only its own origin.` });
  }

  const headers = { Authorization: `Bearer ${key}`, Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  let response;
  try {
    response = await fetch(url, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: "no-store",
      credentials: "omit",
      referrerPolicy: "no-referrer",
    });
  } catch {
    throw new ApiError({ status: 0, code: "network_error", message: `Could not reach the API at ${API_BASE}. Is the server running?` });
  }

  recordResponse(path, response);
  const payload = await readJson(response);
  if (response.ok) return payload;
  const error = payload?.error;
  throw new ApiError({
    status: response.status,
    code: error?.code ?? "http_error",
    message: error?.message ?? `The API returned HTTP ${response.status} without an error body.`,
    requestId: response.headers.get("X-Request-Id"),
  });
}
