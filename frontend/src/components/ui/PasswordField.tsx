import { PasswordInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';

export interface PasswordFieldProps<Values> {
  form: UseFormReturnType<Values>;
  /** The form field it edits; also the input's name, so password managers know it. */
  field: keyof Values & string;
  label: string;
  autoComplete: 'current-password' | 'new-password';
  testId: string;
}

/** A required password input bound to one field of an uncontrolled Mantine form. */
export function PasswordField<Values>({ form, field, label, autoComplete, testId }: PasswordFieldProps<Values>) {
  return (
    <PasswordInput
      label={label}
      required
      autoComplete={autoComplete}
      data-testid={testId}
      key={form.key(field)}
      {...form.getInputProps(field)}
      name={field}
    />
  );
}
