import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** Every error code of the contract (SPEC.md § HTTP interface) with its HTTP status. */
export const ERROR_STATUS = {
  invalid_json: 400,
  invalid_body: 400,
  unsupported_media_type: 415,
  payload_too_large: 413,
  unknown_board: 404,
  token_required: 401,
  token_invalid: 401,
  token_expired: 401,
  origin_not_allowed: 403,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  rate_limited: 429,
  storage_unavailable: 503,
} as const satisfies Record<string, ContentfulStatusCode>;

export type ErrorCode = keyof typeof ERROR_STATUS;

export interface ErrorBody {
  error: { code: ErrorCode; message: string; field?: string };
}

/**
 * The one error type handlers throw. `app.onError` turns it into the JSON envelope
 * `{"error": {code, message, field?}}`; anything else becomes a logged, opaque failure.
 */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;
  readonly headers: Record<string, string>;

  constructor(code: ErrorCode, message: string, opts: { field?: string; headers?: Record<string, string> } = {}) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.field = opts.field;
    this.headers = opts.headers ?? {};
  }

  get status(): ContentfulStatusCode {
    return ERROR_STATUS[this.code];
  }

  toBody(): ErrorBody {
    return { error: { code: this.code, message: this.message, ...(this.field ? { field: this.field } : {}) } };
  }
}

export const unknownBoard = (id: string) =>
  new ApiError('unknown_board', `No board named "${id}" here: check the board id (the widget's data-board).`);
