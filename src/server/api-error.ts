/** The HTTP API's errors: JSON `{"error":{"code","message"}}` with a stable code and its status. */

export const API_ERRORS = {
  not_found: 404,
  bad_request: 400,
  unauthorized: 401,
  too_large: 413,
  unsupported_media_type: 415,
  internal: 500,
} as const;

export type ApiErrorCode = keyof typeof API_ERRORS;

export interface ApiErrorBody {
  readonly error: { readonly code: ApiErrorCode | string; readonly message: string };
}

export function apiError(
  code: ApiErrorCode,
  message: string,
): [ApiErrorBody, (typeof API_ERRORS)[ApiErrorCode]] {
  return [{ error: { code, message } }, API_ERRORS[code]];
}
