import { ERROR_STATUS, type ErrorCode } from '../../shared/errors';

/** One field problem as the server reports it under `details` for VALIDATION_FAILED and some 409s. */
export interface FieldIssue {
  field: string;
  issue: string;
  message: string;
  minimum?: number;
  maximum?: number;
  /** What a too_small/too_big limit counts: 'string' (characters), 'array' (entries), 'number' (the value). */
  origin?: string;
  /** false when the limit itself is refused ("more than 0" rather than "at least 0"). */
  inclusive?: boolean;
  /** true when the length must be exactly the limit. */
  exact?: boolean;
}

/** Codes the browser adds for failures that never reached the server or came back unreadable. */
export type ClientErrorCode = ErrorCode | 'NETWORK';

export class ApiError extends Error {
  readonly status: number;
  readonly code: ClientErrorCode;
  readonly details: unknown;
  readonly requestId: string | undefined;

  constructor(status: number, code: ClientErrorCode, message: string, details?: unknown, requestId?: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
    this.requestId = requestId;
  }

  /** Per-field issues, when the server sent them as a list. */
  get fieldIssues(): FieldIssue[] {
    if (!Array.isArray(this.details)) return [];
    return this.details.filter(
      (d): d is FieldIssue =>
        typeof d === 'object' && d !== null && typeof (d as FieldIssue).field === 'string',
    );
  }

  /** Seconds to wait before the next sign-in attempt (ACCOUNT_LOCKED, TOO_MANY_ATTEMPTS). */
  get retryAfterSeconds(): number | null {
    const d = this.details as { retryAfterSeconds?: unknown } | undefined;
    return typeof d?.retryAfterSeconds === 'number' ? d.retryAfterSeconds : null;
  }

  /** The record as someone else saved it, sent with VERSION_CONFLICT. */
  conflictCurrent<T>(): T | null {
    if (this.code !== 'VERSION_CONFLICT') return null;
    const d = this.details as { current?: T } | undefined;
    return d?.current ?? null;
  }
}

const isErrorCode = (code: unknown): code is ErrorCode => typeof code === 'string' && code in ERROR_STATUS;

/** Reads the `{ error: { code, message, details } }` body; anything else becomes a generic INTERNAL error. */
export function toApiError(status: number, body: unknown): ApiError {
  const error = (
    body as { error?: { code?: unknown; message?: unknown; details?: unknown; requestId?: unknown } }
  )?.error;
  if (error && isErrorCode(error.code)) {
    return new ApiError(
      status,
      error.code,
      typeof error.message === 'string' ? error.message : error.code,
      error.details,
      typeof error.requestId === 'string' ? error.requestId : undefined,
    );
  }
  return new ApiError(status, 'INTERNAL', `Unexpected response (HTTP ${status})`);
}

export const asApiError = (error: unknown): ApiError =>
  error instanceof ApiError ? error : new ApiError(0, 'INTERNAL', String((error as Error)?.message ?? error));
