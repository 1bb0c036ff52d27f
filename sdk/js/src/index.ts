import { SpectrAPI } from "./client.js";

export { Categories, DEFAULT_BASE_URL, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT_MS, SpectrAPI } from "./client.js";
export type { ClientOptions, RequestOptions } from "./client.js";
export {
  APIConnectionError,
  APIError,
  APIResponseValidationError,
  APIStatusError,
  APITimeoutError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  InternalServerError,
  InvalidInstructionError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  SpectrAPIError,
  UpstreamError,
  UpstreamTimeoutError,
} from "./errors.js";
export { parseRetryAfter, backoffDelay } from "./retry.js";
export type * from "./types.js";
export { VERSION } from "./version.js";
export default SpectrAPI;
