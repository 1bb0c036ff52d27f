/**
 * Errors thrown by the SpectrAPI client.
 *
 *     SpectrAPIError                      any error thrown by this package (also: no API key configured)
 *     └── APIError                        a request was sent and did not succeed
 *         ├── APIConnectionError          no response: DNS, refused connection, reset, TLS
 *         │   └── APITimeoutError         no response within the timeout
 *         ├── APIUserAbortError           the caller's AbortSignal fired
 *         ├── APIResponseValidationError  a 2xx response whose body is not the documented JSON
 *         └── APIStatusError              the server returned a 4xx or 5xx status
 *             ├── BadRequestError             400 bad_request
 *             ├── AuthenticationError         401 invalid_api_key
 *             ├── PermissionDeniedError       403 insufficient_permissions
 *             ├── NotFoundError               404 not_found
 *             ├── InvalidInstructionError     422 invalid_instruction
 *             ├── RateLimitError              429 rate_limit_exceeded
 *             └── InternalServerError         500 internal_error, and any other 5xx
 *                 ├── UpstreamError           502 upstream_error
 *                 └── UpstreamTimeoutError    504 upstream_timeout
 *
 * A status without its own class (409, 418, ...) throws `APIStatusError` itself.
 */

import { parseRetryAfter } from "./retry.js";
import type { RateLimit } from "./types.js";

/** Base of every error this package throws. */
export class SpectrAPIError extends Error {
  override name = "SpectrAPIError";
}

export interface APIErrorInit {
  status?: number | null;
  code?: string | null;
  headers?: Headers;
  body?: unknown;
  cause?: unknown;
}

/** A request failed, with or without a response. */
export class APIError extends SpectrAPIError {
  override name = "APIError";
  /** HTTP status code, or null when no response arrived. */
  readonly status: number | null;
  /** Error code from the response body (`bad_request`, `rate_limit_exceeded`, ...), or null. */
  readonly code: string | null;
  /** Value of the `X-Request-Id` response header, or null; quote it when reporting a problem. */
  readonly requestId: string | null;
  /** Response headers; empty when no response arrived. */
  readonly headers: Headers;
  /** Decoded response body (JSON when possible, else text), or null. */
  readonly body: unknown;

  constructor(message: string, init: APIErrorInit = {}) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.status = init.status ?? null;
    this.code = init.code ?? null;
    this.headers = init.headers ?? new Headers();
    this.requestId = this.headers.get("x-request-id");
    this.body = init.body ?? null;
  }
}

/** No response arrived: the connection could not be opened or broke before the response. */
export class APIConnectionError extends APIError {
  override name = "APIConnectionError";
}

/** No response arrived within the client's timeout. */
export class APITimeoutError extends APIConnectionError {
  override name = "APITimeoutError";

  constructor(cause?: unknown) {
    super("Request timed out.", { cause });
  }
}

/** The caller aborted the request with its `AbortSignal`; never retried. */
export class APIUserAbortError extends APIError {
  override name = "APIUserAbortError";

  constructor(cause?: unknown) {
    super("Request was aborted.", { cause });
  }
}

/** A successful response whose body is not JSON or does not match the documented shape. */
export class APIResponseValidationError extends APIError {
  override name = "APIResponseValidationError";
}

/** The server returned a 4xx or 5xx status. */
export class APIStatusError extends APIError {
  override name = "APIStatusError";
  declare readonly status: number;
  /** The `X-RateLimit-*` headers of the response; a field is null where its header is absent. */
  readonly rateLimit: RateLimit;

  constructor(message: string, init: APIErrorInit & { status: number }) {
    super(message, init);
    this.rateLimit = rateLimitFromHeaders(this.headers);
  }
}

/** 400 `bad_request`: the body is malformed, a field has the wrong type or is out of range. */
export class BadRequestError extends APIStatusError {
  override name = "BadRequestError";
}

/** 401 `invalid_api_key`: the key is missing, malformed, unknown or revoked. */
export class AuthenticationError extends APIStatusError {
  override name = "AuthenticationError";
}

/** 403 `insufficient_permissions`: the key's plan does not include the feature. */
export class PermissionDeniedError extends APIStatusError {
  override name = "PermissionDeniedError";
}

/** 404 `not_found`: unknown path or unknown category id. */
export class NotFoundError extends APIStatusError {
  override name = "NotFoundError";
}

/** 422 `invalid_instruction`: the instruction is empty, vague or refused, or cannot be satisfied. */
export class InvalidInstructionError extends APIStatusError {
  override name = "InvalidInstructionError";
}

/** 429 `rate_limit_exceeded`: the per-minute rate or the monthly quota is spent. */
export class RateLimitError extends APIStatusError {
  override name = "RateLimitError";
  /** Seconds to wait before retrying, from the `Retry-After` header, or null. */
  readonly retryAfter: number | null;

  constructor(message: string, init: APIErrorInit & { status: number }) {
    super(message, init);
    const milliseconds = parseRetryAfter(this.headers);
    this.retryAfter = milliseconds === null ? null : milliseconds / 1000;
  }
}

/** 500 `internal_error`, or any 5xx status without a more specific class. */
export class InternalServerError extends APIStatusError {
  override name = "InternalServerError";
}

/** 502 `upstream_error`: the server's LLM provider failed. */
export class UpstreamError extends InternalServerError {
  override name = "UpstreamError";
}

/** 504 `upstream_timeout`: the server's LLM provider did not respond in time. */
export class UpstreamTimeoutError extends InternalServerError {
  override name = "UpstreamTimeoutError";
}

type StatusErrorClass = new (message: string, init: APIErrorInit & { status: number }) => APIStatusError;

const CLASS_BY_CODE: Record<string, StatusErrorClass> = {
  bad_request: BadRequestError,
  invalid_api_key: AuthenticationError,
  insufficient_permissions: PermissionDeniedError,
  not_found: NotFoundError,
  invalid_instruction: InvalidInstructionError,
  rate_limit_exceeded: RateLimitError,
  internal_error: InternalServerError,
  upstream_error: UpstreamError,
  upstream_timeout: UpstreamTimeoutError,
};

const CLASS_BY_STATUS: Record<number, StatusErrorClass> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  422: InvalidInstructionError,
  429: RateLimitError,
  500: InternalServerError,
  502: UpstreamError,
  504: UpstreamTimeoutError,
};

/**
 * Builds the error for an error response from its body's `error.code`, else from its status.
 *
 * @param body The decoded body: parsed JSON, else the text, else null.
 */
export function makeStatusError(status: number, statusText: string, headers: Headers, body: unknown): APIStatusError {
  let code: string | null = null;
  let message: string | null = null;
  const detail = isObject(body) ? body["error"] : undefined;
  if (isObject(detail)) {
    code = typeof detail["code"] === "string" ? detail["code"] : null;
    message = typeof detail["message"] === "string" ? detail["message"] : null;
  }
  message ??= `HTTP ${status} ${statusText}`.trim();

  const ErrorClass =
    (code !== null ? CLASS_BY_CODE[code] : undefined) ??
    CLASS_BY_STATUS[status] ??
    (status >= 500 ? InternalServerError : APIStatusError);
  return new ErrorClass(message, { status, code, headers, body });
}

/** Parses the `X-RateLimit-Limit`, `-Remaining` and `-Reset` headers; values that are not integers become null. */
export function rateLimitFromHeaders(headers: Headers): RateLimit {
  return {
    limit: headerInteger(headers, "x-ratelimit-limit"),
    remaining: headerInteger(headers, "x-ratelimit-remaining"),
    reset: headerInteger(headers, "x-ratelimit-reset"),
  };
}

function headerInteger(headers: Headers, name: string): number | null {
  const value = headers.get(name)?.trim();
  return value !== undefined && /^-?\d+$/.test(value) ? Number(value) : null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
