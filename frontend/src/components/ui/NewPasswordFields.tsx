import type { UseFormReturnType } from '@mantine/form';
import { PasswordField } from './PasswordField';

interface NewPasswordFieldsProps<Values extends { confirmPassword: string }> {
  form: UseFormReturnType<Values>;
  /** The form field of the new password; its confirmation is always `confirmPassword`. */
  field: keyof Values & string;
  label: string;
  confirmLabel: string;
  testIds: { password: string; confirm: string };
}

/**
 * A new password and its confirmation, as every form that sets one asks for them; check them
 * with `newPasswordRules` from lib/passwords.ts.
 */
export function NewPasswordFields<Values extends { confirmPassword: string }>({
  form,
  field,
  label,
  confirmLabel,
  testIds,
}: NewPasswordFieldsProps<Values>) {
  return (
    <>
      <PasswordField form={form} field={field} label={label} autoComplete="new-password" testId={testIds.password} />
      <PasswordField
        form={form}
        field="confirmPassword"
        label={confirmLabel}
        autoComplete="new-password"
        testId={testIds.confirm}
      />
    </>
  );
}
