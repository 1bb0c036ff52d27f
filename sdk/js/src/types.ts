/** Body of `POST /generate`. The client checks types only; the server checks ranges, lengths and locales. */
export interface GenerateParams {
  /** Plain-language description of the records, up to 2,000 characters. */
  instruction: string;
  /** Number of records, an integer from 1 to 100; the server default is 10. */
  count?: number;
  /** BCP 47 tag such as `en-US` (the server default) or `de-DE`. */
  locale?: string;
  /** Saved category whose JSON Schema every record follows. */
  category_id?: string;
  /** Integer that makes the same request return the same records. */
  seed?: number;
}

/** Metadata returned beside the generated records. Fields the SDK does not declare are kept. */
export interface ResponseMeta {
  /** Server request id, `req_` plus 8 characters; equals the `X-Request-Id` header. */
  request_id: string;
  /** Server-side processing time in milliseconds. */
  latency_ms: number;
  /** Number of records in `data`. */
  count: number;
  /** Locale the records were generated for. */
  locale?: string;
  /** Seed used; send it again to get the same records. */
  seed?: number;
  /** Engine that produced the records: `builtin` or `llm`. */
  engine?: string;
  category_id?: string | null;
  category_version?: number | null;
  [field: string]: unknown;
}

/** Rate-limit state from the `X-RateLimit-*` headers of one response; a field is null when its header is absent. */
export interface RateLimit {
  /** Requests allowed per minute for this key. */
  limit: number | null;
  /** Requests left in the current minute. */
  remaining: number | null;
  /** Unix time in seconds when the current window resets. */
  reset: number | null;
}

/**
 * Response details every returned object carries. Both properties are non-enumerable, so `JSON.stringify` and
 * deep equality see only the response body.
 */
export interface ResponseInfo {
  /** Value of the response's `X-Request-Id` header; quote it when reporting a problem. */
  readonly requestId: string | null;
  /** Rate-limit state reported with the response. */
  readonly rateLimit: RateLimit;
}

/** Success envelope of `POST /generate`: the records in `data`, request metadata in `meta`. */
export interface GenerateResponse<TRecord = Record<string, unknown>> extends ResponseInfo {
  data: TRecord[];
  meta: ResponseMeta;
}

/** A category's latest version without its schema, as `GET /categories` lists it. */
export interface CategorySummary {
  id: string;
  name: string;
  description?: string | null;
  version: number;
  created_at?: string;
  updated_at?: string;
  [field: string]: unknown;
}

/** A saved category: a JSON Schema that every generated record must validate against. */
export interface Category extends CategorySummary {
  /** JSON Schema (draft 2020-12 or draft-07) for one record. */
  schema: Record<string, unknown>;
}

export interface CategoryCreateParams {
  name: string;
  schema: Record<string, unknown>;
  description?: string;
  /** Id to use (`cat_` plus lowercase letters, digits or `_`); the server assigns one when omitted. */
  id?: string;
}

export interface CategoryUpdateParams {
  /** The new version's JSON Schema; every update stores a new version. */
  schema: Record<string, unknown>;
  name?: string;
  description?: string;
}

export interface CategoryGetParams {
  /** Version to read; the latest when omitted. */
  version?: number;
}

/** Response of `GET /categories`: summaries; fetch one with `categories.get(id)` for its schema. */
export interface CategoryList extends ResponseInfo {
  data: CategorySummary[];
}

/** Result of `DELETE /categories/{id}`. */
export interface CategoryDeleted extends ResponseInfo {
  id: string;
  deleted: boolean;
}

/** Requests counted in one window (the current minute or month). */
export interface UsageWindow {
  used: number;
  /** Requests allowed in the window; null means unlimited. */
  limit: number | null;
  /** Requests left; null means unlimited. */
  remaining: number | null;
  /** When the window resets, as the server sent it (Unix seconds or ISO 8601). */
  reset: number | string | null;
  [field: string]: unknown;
}

/** Response of `GET /usage`: the key's plan and its per-minute and monthly counters. */
export interface Usage extends ResponseInfo {
  plan: string;
  key_id?: string | null;
  /** `live` or `test`, from the key prefix. */
  mode?: string;
  minute: UsageWindow;
  month: UsageWindow;
  [field: string]: unknown;
}
