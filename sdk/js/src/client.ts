import {
  APIConnectionError,
  APIResponseValidationError,
  APITimeoutError,
  APIUserAbortError,
  SpectrAPIError,
  makeStatusError,
  rateLimitFromHeaders,
} from "./errors.js";
import { backoffDelay, isRetryableStatus, retryDelay } from "./retry.js";
import type {
  Category,
  CategoryCreateParams,
  CategoryDeleted,
  CategoryGetParams,
  CategoryList,
  CategoryUpdateParams,
  GenerateParams,
  GenerateResponse,
  ResponseInfo,
  Usage,
} from "./types.js";
import { VERSION } from "./version.js";

export const DEFAULT_BASE_URL = "https://api.spectrapi.com/api/v1";
export const DEFAULT_TIMEOUT_MS = 60_000;
export const DEFAULT_MAX_RETRIES = 2;
const API_KEY_ENV = "SPECTRAPI_API_KEY";
const BASE_URL_ENV = "SPECTRAPI_BASE_URL";

/** Settings of a client; each one not given falls back to an environment variable or a default. */
export interface ClientOptions {
  /** API key (`sk_live_...` or `sk_test_...`); defaults to `SPECTRAPI_API_KEY`. */
  apiKey?: string;
  /** API root including `/api/v1`; defaults to `SPECTRAPI_BASE_URL`, then the hosted API. */
  baseURL?: string;
  /** Milliseconds allowed for each attempt; default 60,000. */
  timeout?: number;
  /** Retries after the first attempt on connection errors, timeouts, 408, 409, 429 and 5xx; default 2. */
  maxRetries?: number;
  /** Headers sent with every request. */
  defaultHeaders?: Record<string, string>;
  /** `fetch` implementation to send requests with; defaults to the global `fetch`. */
  fetch?: typeof fetch;
}

/** Settings of one call, overriding the client's. */
export interface RequestOptions {
  timeout?: number;
  maxRetries?: number;
  headers?: Record<string, string>;
  /** Aborts the request, including retries still waiting, and throws `APIUserAbortError`. */
  signal?: AbortSignal;
}

interface RequestSpec {
  method: "GET" | "POST" | "PUT" | "DELETE";
  path: string;
  body?: unknown;
  query?: Record<string, string>;
  /** Body to use when the server returns 204 No Content. */
  emptyResult?: Record<string, unknown>;
}

/**
 * SpectrAPI client.
 *
 * @example
 * ```ts
 * import { SpectrAPI } from "spectrapi";
 * const spectr = new SpectrAPI("sk_live_your_api_key");
 * const data = await spectr.generate({ instruction: "Generate Tesla vehicle listings", count: 10 });
 * ```
 */
export class SpectrAPI {
  readonly apiKey: string;
  /** API root that paths such as `generate` are appended to, without a trailing slash. */
  readonly baseURL: string;
  readonly timeout: number;
  readonly maxRetries: number;
  readonly categories: Categories;
  private readonly defaultHeaders: Record<string, string>;
  private readonly fetchImpl: typeof fetch;

  /**
   * @param apiKeyOrOptions The API key, or all settings as one object.
   * @param options Settings besides the key, when the key is the first argument.
   * @throws SpectrAPIError when no API key is given and `SPECTRAPI_API_KEY` is unset.
   */
  constructor(apiKeyOrOptions?: string | ClientOptions, options: ClientOptions = {}) {
    const settings: ClientOptions =
      typeof apiKeyOrOptions === "string" ? { ...options, apiKey: apiKeyOrOptions } : { ...(apiKeyOrOptions ?? {}) };

    const apiKey = settings.apiKey ?? readEnv(API_KEY_ENV);
    if (!apiKey) {
      throw new SpectrAPIError(
        `No API key was given. Pass it as the first argument, new SpectrAPI("sk_live_..."), ` +
          `or set the ${API_KEY_ENV} environment variable.`,
      );
    }
    const maxRetries = settings.maxRetries ?? DEFAULT_MAX_RETRIES;
    if (!Number.isInteger(maxRetries) || maxRetries < 0) {
      throw new TypeError(`maxRetries must be an integer of 0 or more; got ${String(maxRetries)}`);
    }
    const timeout = settings.timeout ?? DEFAULT_TIMEOUT_MS;
    if (typeof timeout !== "number" || !(timeout > 0)) {
      throw new TypeError(`timeout must be a positive number of milliseconds; got ${String(timeout)}`);
    }
    const fetchImpl = settings.fetch ?? globalThis.fetch;
    if (typeof fetchImpl !== "function") {
      throw new SpectrAPIError("No fetch implementation found: use Node 20 or newer, or pass the fetch option.");
    }

    this.apiKey = apiKey;
    this.baseURL = (settings.baseURL ?? readEnv(BASE_URL_ENV) ?? DEFAULT_BASE_URL).replace(/\/+$/, "");
    this.timeout = timeout;
    this.maxRetries = maxRetries;
    this.defaultHeaders = { ...settings.defaultHeaders };
    this.fetchImpl = fetchImpl;
    this.categories = new Categories(this);
  }

  /**
   * Generates records from a plain-language instruction.
   *
   * @throws TypeError when a parameter has the wrong type.
   * @throws APIStatusError (a subclass per error code) when the server rejects the request.
   * @throws APIConnectionError when no response arrived after all retries.
   */
  async generate<TRecord = Record<string, unknown>>(
    params: GenerateParams,
    options?: RequestOptions,
  ): Promise<GenerateResponse<TRecord>> {
    return this.request<GenerateResponse<TRecord>>({ method: "POST", path: "generate", body: generateBody(params) }, options);
  }

  /** Returns the key's plan and its per-minute and monthly request counters. */
  async usage(options?: RequestOptions): Promise<Usage> {
    return this.request<Usage>({ method: "GET", path: "usage" }, options);
  }

  /** Returns a copy of this client with some settings changed. */
  withOptions(options: ClientOptions): SpectrAPI {
    return new SpectrAPI({
      apiKey: this.apiKey,
      baseURL: this.baseURL,
      timeout: this.timeout,
      maxRetries: this.maxRetries,
      fetch: this.fetchImpl,
      ...options,
      defaultHeaders: { ...this.defaultHeaders, ...options.defaultHeaders },
    });
  }

  /** Waits before a retry, or throws `APIUserAbortError` as soon as `signal` aborts; replaced in tests. @internal */
  _sleep(milliseconds: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) {
        reject(new APIUserAbortError(signal.reason));
        return;
      }
      const onAbort = () => {
        clearTimeout(timer);
        reject(new APIUserAbortError(signal?.reason));
      };
      const timer = setTimeout(() => {
        signal?.removeEventListener("abort", onAbort);
        resolve();
      }, milliseconds);
      signal?.addEventListener("abort", onAbort, { once: true });
    });
  }

  /**
   * Sends a request, retrying what is retryable, and returns the parsed success body with its response info.
   * @internal
   */
  async request<T extends ResponseInfo>(spec: RequestSpec, options: RequestOptions = {}): Promise<T> {
    const maxRetries = options.maxRetries ?? this.maxRetries;
    const url = this.buildURL(spec.path, spec.query);

    for (let retriesTaken = 0; ; retriesTaken++) {
      let response: Response;
      let text: string;
      try {
        ({ response, text } = await this.send(url, spec, options));
      } catch (error) {
        if (error instanceof APIUserAbortError || retriesTaken >= maxRetries) {
          throw error;
        }
        await this._sleep(backoffDelay(retriesTaken), options.signal);
        continue;
      }

      if (response.ok) {
        return parseSuccess<T>(response, text, spec);
      }

      const body = decodeErrorBody(text);
      if (retriesTaken < maxRetries && isRetryableStatus(response.status)) {
        const delay = retryDelay(retriesTaken, response.headers);
        if (delay !== null) {
          await this._sleep(delay, options.signal);
          continue;
        }
      }
      throw makeStatusError(response.status, response.statusText, response.headers, body);
    }
  }

  private buildURL(path: string, query?: Record<string, string>): string {
    const search = query ? `?${new URLSearchParams(query).toString()}` : "";
    return `${this.baseURL}/${path}${search}`;
  }

  /**
   * Sends one attempt and reads its body, both within the timeout. Transport failures become
   * `APIConnectionError`, `APITimeoutError` or `APIUserAbortError`.
   */
  private async send(
    url: string,
    spec: RequestSpec,
    options: RequestOptions,
  ): Promise<{ response: Response; text: string }> {
    const headers: Record<string, string> = {
      Accept: "application/json",
      ...userAgentHeader(),
      ...this.defaultHeaders,
      ...options.headers,
      Authorization: `Bearer ${this.apiKey}`,
    };
    if (spec.body !== undefined) {
      headers["Content-Type"] = "application/json";
    }

    const controller = new AbortController();
    const timeout = options.timeout ?? this.timeout;
    const timer = setTimeout(() => controller.abort(new APITimeoutError()), timeout);
    const onUserAbort = () => controller.abort(new APIUserAbortError(options.signal?.reason));
    if (options.signal?.aborted) {
      onUserAbort();
    }
    options.signal?.addEventListener("abort", onUserAbort, { once: true });

    try {
      const response = await this.fetchImpl(url, {
        method: spec.method,
        headers,
        body: spec.body === undefined ? undefined : JSON.stringify(spec.body),
        signal: controller.signal,
      });
      return { response, text: await response.text() };
    } catch (error) {
      const reason: unknown = controller.signal.aborted ? controller.signal.reason : undefined;
      if (reason instanceof APITimeoutError || reason instanceof APIUserAbortError) {
        throw reason;
      }
      const detail = error instanceof Error ? describeFetchError(error) : String(error);
      throw new APIConnectionError(`Connection error: ${detail}`, { cause: error });
    } finally {
      clearTimeout(timer);
      options.signal?.removeEventListener("abort", onUserAbort);
    }
  }
}

/** The `categories` resource: saved JSON Schemas that fix the record structure (`client.categories`). */
export class Categories {
  constructor(private readonly client: SpectrAPI) {}

  /** Saves a JSON Schema (draft 2020-12 or draft-07) for one record as version 1 of a new category. */
  async create(params: CategoryCreateParams, options?: RequestOptions): Promise<Category & ResponseInfo> {
    checkCategoryFields(params, ["name", "schema"]);
    return this.client.request({ method: "POST", path: "categories", body: params }, options);
  }

  /** Returns every category of the account in `.data`. */
  async list(options?: RequestOptions): Promise<CategoryList> {
    return this.client.request({ method: "GET", path: "categories" }, options);
  }

  /** Returns a category, at its latest version unless `version` is given. */
  async get(categoryId: string, params: CategoryGetParams = {}, options?: RequestOptions): Promise<Category & ResponseInfo> {
    const version = params.version;
    if (version !== undefined && !Number.isInteger(version)) {
      throw new TypeError(`version must be an integer; got ${JSON.stringify(version)}`);
    }
    const query = version === undefined ? undefined : { version: String(version) };
    return this.client.request({ method: "GET", path: categoryPath(categoryId), query }, options);
  }

  /** Stores a new version of a category; earlier versions stay readable with `get(id, { version })`. */
  async update(
    categoryId: string,
    params: CategoryUpdateParams,
    options?: RequestOptions,
  ): Promise<Category & ResponseInfo> {
    checkCategoryFields(params, ["schema"]);
    return this.client.request({ method: "PUT", path: categoryPath(categoryId), body: params }, options);
  }

  /** Deletes a category and all its versions. */
  async delete(categoryId: string, options?: RequestOptions): Promise<CategoryDeleted> {
    const path = categoryPath(categoryId);
    return this.client.request(
      { method: "DELETE", path, emptyResult: { id: categoryId, deleted: true } },
      options,
    );
  }
}

function readEnv(name: string): string | undefined {
  const process = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process;
  const value = process?.env?.[name];
  return value === "" ? undefined : value;
}

function userAgentHeader(): Record<string, string> {
  // Browsers treat a custom User-Agent as a CORS preflight trigger, so it is only sent from Node.
  const process = (globalThis as { process?: { versions?: { node?: string } } }).process;
  return process?.versions?.node ? { "User-Agent": `spectrapi-js/${VERSION}` } : {};
}

function describeFetchError(error: Error): string {
  // Node's fetch reports "fetch failed" and keeps the socket error (ECONNREFUSED, ...) as the cause.
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : "";
  return `${error.message}${cause}`;
}

function categoryPath(categoryId: string): string {
  if (typeof categoryId !== "string" || categoryId === "") {
    throw new TypeError(`categoryId must be a non-empty string; got ${JSON.stringify(categoryId)}`);
  }
  return `categories/${encodeURIComponent(categoryId)}`;
}

/** Checks the types of the `generate` parameters and returns the body without the unset ones. */
function generateBody(params: GenerateParams): Record<string, unknown> {
  if (typeof params !== "object" || params === null) {
    throw new TypeError("generate() takes an object such as { instruction: '...', count: 10 }");
  }
  const checks: Array<[keyof GenerateParams, (value: unknown) => boolean, string]> = [
    ["instruction", (value) => typeof value === "string", "a string"],
    ["count", Number.isInteger, "an integer"],
    ["locale", (value) => typeof value === "string", "a string"],
    ["category_id", (value) => typeof value === "string", "a string"],
    ["seed", Number.isInteger, "an integer"],
  ];

  const body: Record<string, unknown> = {};
  for (const [field, isValid, expected] of checks) {
    const value = params[field];
    if (value === undefined || (value === null && field !== "instruction")) {
      continue;
    }
    if (!isValid(value)) {
      throw new TypeError(`${field} must be ${expected}; got ${JSON.stringify(value)}`);
    }
    body[field] = value;
  }
  if (body["instruction"] === undefined) {
    throw new TypeError("instruction is required: describe the records to generate");
  }
  return body;
}

function checkCategoryFields(params: object, required: string[]): void {
  const fields = params as Record<string, unknown>;
  for (const field of required) {
    if (fields[field] === undefined) {
      throw new TypeError(`${field} is required`);
    }
  }
  for (const field of ["name", "description", "id"]) {
    if (fields[field] !== undefined && typeof fields[field] !== "string") {
      throw new TypeError(`${field} must be a string; got ${JSON.stringify(fields[field])}`);
    }
  }
  const schema = fields["schema"];
  if (schema !== undefined && (typeof schema !== "object" || schema === null || Array.isArray(schema))) {
    throw new TypeError(`schema must be a JSON Schema object; got ${JSON.stringify(schema)}`);
  }
}

/** Decodes an error response body: parsed JSON, else the text, else null when empty. */
function decodeErrorBody(text: string): unknown {
  if (text === "") {
    return null;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** Parses a 2xx body and attaches `requestId` and `rateLimit` as non-enumerable properties. */
function parseSuccess<T extends ResponseInfo>(response: Response, text: string, spec: RequestSpec): T {
  let body: unknown;
  if (text === "" && spec.emptyResult !== undefined) {
    body = { ...spec.emptyResult };
  } else {
    try {
      body = JSON.parse(text);
    } catch (error) {
      throw new APIResponseValidationError(
        `Expected a JSON body from ${spec.method} ${response.url || spec.path}, ` +
          `got ${response.headers.get("content-type") ?? "no content type"}.`,
        { status: response.status, headers: response.headers, body: text, cause: error },
      );
    }
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new APIResponseValidationError(`Expected a JSON object from ${spec.method} ${spec.path}.`, {
      status: response.status,
      headers: response.headers,
      body,
    });
  }

  Object.defineProperties(body, {
    requestId: { value: response.headers.get("x-request-id"), enumerable: false },
    rateLimit: { value: rateLimitFromHeaders(response.headers), enumerable: false },
  });
  return body as T;
}
