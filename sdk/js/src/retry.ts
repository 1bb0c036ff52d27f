/** Retry policy: which failures to retry and how long to wait before the next attempt. */

/** Statuses retried besides every 5xx: request timeout, lock conflict, rate limit. */
const RETRYABLE_STATUSES = new Set([408, 409, 429]);

export const INITIAL_RETRY_DELAY_MS = 500;
export const MAX_RETRY_DELAY_MS = 8_000;

/** A `Retry-After` longer than this is not waited for, so the error is thrown at once. A spent monthly quota reports days. */
export const MAX_RETRY_AFTER_MS = 60_000;

/** Returns whether a response with this status is worth retrying. */
export function isRetryableStatus(status: number): boolean {
  return RETRYABLE_STATUSES.has(status) || status >= 500;
}

/**
 * Parses `Retry-After` as delay-seconds or an HTTP date.
 *
 * @returns Milliseconds to wait, at least 0, or null when the header is absent or unparseable.
 */
export function parseRetryAfter(headers: Headers, now: number = Date.now()): number | null {
  const value = headers.get("retry-after")?.trim();
  if (!value) {
    return null;
  }

  if (/^-?\d+(\.\d+)?$/.test(value)) {
    return Math.max(Number(value) * 1000, 0);
  }

  const moment = Date.parse(value);
  if (Number.isNaN(moment)) {
    return null;
  }
  return Math.max(moment - now, 0);
}

/**
 * Returns the exponential backoff delay with jitter before retry number `retriesTaken + 1`, in milliseconds.
 * The delay doubles from 500 ms per retry up to 8 s, then loses a random 0 to 25 % so that clients that failed
 * together do not retry together.
 */
export function backoffDelay(retriesTaken: number, random: () => number = Math.random): number {
  const delay = Math.min(INITIAL_RETRY_DELAY_MS * 2 ** retriesTaken, MAX_RETRY_DELAY_MS);
  return delay * (1 - 0.25 * random());
}

/**
 * Returns milliseconds to wait before the next attempt, or null when the server asked for too long a wait.
 *
 * @param headers Headers of the failed response, or null after a connection error.
 */
export function retryDelay(retriesTaken: number, headers: Headers | null, random: () => number = Math.random): number | null {
  const retryAfter = headers ? parseRetryAfter(headers) : null;
  if (retryAfter === null) {
    return backoffDelay(retriesTaken, random);
  }
  if (retryAfter > MAX_RETRY_AFTER_MS) {
    return null;
  }
  return retryAfter;
}
