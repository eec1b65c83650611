import { hasLength, matchesField } from '@mantine/form';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';

/**
 * The client-side minimum, checked before sending; the server's own policy is authoritative
 * and its VALIDATION messages are shown under the field.
 */
export const MIN_PASSWORD_LENGTH = 10;

type Rule = (value: unknown, values: Record<string, unknown>) => ReactNode;

/**
 * The form rules of a new password in the field `field` and its confirmation in
 * `confirmPassword`, worded in the reader's language: spread them into `validate`.
 */
export function newPasswordRules<Field extends string>(t: TFunction, field: Field) {
  const rules = {
    [field]: hasLength({ min: MIN_PASSWORD_LENGTH }, t('common.passwordTooShort', { min: MIN_PASSWORD_LENGTH })),
    confirmPassword: matchesField<Record<string, unknown>>(field, t('common.passwordsDoNotMatch')),
  };
  return rules as Record<Field | 'confirmPassword', Rule>;
}
