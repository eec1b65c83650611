import { parseReason, reasonText } from './reasons';
import type { Reason } from './reasons';

/** The error codes the API puts in `extensions.code`, plus NETWORK for a server we could not reach. */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'VALIDATION',
  'CONFLICT',
  'RATE_LIMITED',
  'UNAVAILABLE',
  'INTERNAL',
  'NETWORK',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * A VALIDATION error's message for one input field, keyed by the field's name (last path
 * segment). `path` is the whole path (`input.lines.2.amount`), for a field inside a list.
 * `message` is in the reader's language when the server's reason has a translation.
 */
export interface FieldError {
  field: string;
  path: string;
  message: string;
  reason?: Reason | null;
}

/** An error from the API (or from reaching it), reduced to what the UI needs. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields: readonly FieldError[] = [],
    readonly reason: Reason | null = null,
  ) {
    super(message);
  }
}

export function isApiError(error: unknown, code?: ErrorCode): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function pathSegments(path: unknown): string[] {
  const segments: unknown[] = Array.isArray(path) ? path : typeof path === 'string' ? path.split('.') : [];
  return segments.flatMap((s) => (typeof s === 'string' ? [s] : typeof s === 'number' ? [String(s)] : []));
}

function parseFields(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    if (!isRecord(item) || typeof item.message !== 'string') return [];
    const segments = pathSegments(item.path);
    const field = segments[segments.length - 1];
    const reason = parseReason(item.reason);
    return field === undefined || field === ''
      ? []
      : [{ field, path: segments.join('.'), message: reasonText(reason, item.message), reason }];
  });
}

/** Builds an ApiError from a GraphQL response's `errors` array (the first error decides the code). */
export function apiErrorFromGraphqlErrors(errors: readonly unknown[]): ApiError {
  const first = errors[0];
  const extensions = isRecord(first) && isRecord(first.extensions) ? first.extensions : {};
  const code = isErrorCode(extensions.code) ? extensions.code : 'INTERNAL';
  const serverMessage = isRecord(first) && typeof first.message === 'string' ? first.message : code;
  const fields = errors.flatMap((error) =>
    isRecord(error) && isRecord(error.extensions) ? parseFields(error.extensions.fields) : [],
  );
  const reason = parseReason(extensions.reason);
  // A conflict's message is shown as the server explains it, so in the reader's language.
  const message = code === 'CONFLICT' ? reasonText(reason, serverMessage) : serverMessage;
  return new ApiError(code, message, fields, reason);
}
