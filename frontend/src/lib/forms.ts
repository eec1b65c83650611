import type { UseFormReturnType } from '@mantine/form';
import { isApiError } from './graphql/errors';

/**
 * Puts the server's VALIDATION messages under the matching form fields. Returns true when
 * every field message found a field, i.e. there is nothing left to show in a general alert.
 * `rename` maps an API field name to a form field where they differ (totalAreaM2 → totalAreaHa).
 */
export function applyFieldErrors<Values extends object>(
  form: UseFormReturnType<Values>,
  error: unknown,
  rename: Readonly<Record<string, string>> = {},
): boolean {
  if (!isApiError(error, 'VALIDATION') || error.fields.length === 0) return false;
  const values = form.getValues();
  let allPlaced = true;
  for (const { field, message } of error.fields) {
    const name = rename[field] ?? field;
    if (name in values) form.setFieldError(name, message);
    else allPlaced = false;
  }
  return allPlaced;
}
