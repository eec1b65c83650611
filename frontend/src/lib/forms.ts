import type { UseFormReturnType } from '@mantine/form';
import { isApiError } from './graphql/errors';

/**
 * Puts the server's VALIDATION messages under the matching form fields. Returns true when
 * every field message found a field, i.e. there is nothing left to show in a general alert.
 */
export function applyFieldErrors<Values extends object>(form: UseFormReturnType<Values>, error: unknown): boolean {
  if (!isApiError(error, 'VALIDATION') || error.fields.length === 0) return false;
  const values = form.getValues();
  let allPlaced = true;
  for (const { field, message } of error.fields) {
    if (field in values) form.setFieldError(field, message);
    else allPlaced = false;
  }
  return allPlaced;
}
