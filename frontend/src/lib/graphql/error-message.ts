import type { TFunction } from 'i18next';
import { isApiError } from './errors';
import type { ErrorCode } from './errors';

/**
 * The translated message to show for a failed request. `overrides` gives a screen its own
 * wording for a code (the sign-in form says "wrong email or password" for UNAUTHENTICATED).
 */
export function errorMessage(
  t: TFunction,
  error: unknown,
  overrides: Partial<Record<ErrorCode, string>> = {},
): string {
  const code: ErrorCode = isApiError(error) ? error.code : 'INTERNAL';
  return overrides[code] ?? t(`errors.${code}`);
}
