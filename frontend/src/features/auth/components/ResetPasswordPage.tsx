import { Alert, Anchor, Button, Stack, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { NewPasswordFields } from '@/components/ui/NewPasswordFields';
import { applyFieldErrors } from '@/lib/forms';
import { isApiError } from '@/lib/graphql/errors';
import { newPasswordRules } from '@/lib/passwords';
import { resetPassword } from '../api/password-reset';

/** The token was unknown, used or expired (NOT_FOUND, or a VALIDATION error on the token). */
function isInvalidLink(error: unknown): boolean {
  return (
    isApiError(error, 'NOT_FOUND') ||
    isApiError(error, 'UNAUTHENTICATED') ||
    (isApiError(error, 'VALIDATION') && error.fields.some((f) => f.field === 'token'))
  );
}

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { password: '', confirmPassword: '' },
    validate: newPasswordRules(t, 'password'),
  });
  const reset = useMutation({
    mutationFn: (password: string) => resetPassword(token, password),
    onSuccess: () => {
      notifications.show({ color: 'teal', message: t('auth.reset.success') });
      void navigate('/login', { replace: true });
    },
    onError: (error) => applyFieldErrors(form, error),
  });

  const invalidLink = (
    <Alert color="red" variant="light" data-testid="reset-invalid">
      {t('auth.reset.invalidLink')}{' '}
      <Anchor component={Link} to="/forgot-password" size="sm">
        {t('auth.login.forgotPassword')}
      </Anchor>
    </Alert>
  );

  return (
    <Stack>
      <Title order={2}>{t('auth.reset.title')}</Title>
      {token === '' ? (
        invalidLink
      ) : (
        <form noValidate onSubmit={form.onSubmit(({ password }) => reset.mutate(password))}>
          <Stack>
            {reset.isError && (isInvalidLink(reset.error) ? invalidLink : <ErrorAlert error={reset.error} retry={false} />)}
            <NewPasswordFields
              form={form}
              field="password"
              label={t('auth.reset.newPassword')}
              confirmLabel={t('common.confirmPassword')}
              testIds={{ password: 'reset-password', confirm: 'reset-password-confirm' }}
            />
            <Button type="submit" loading={reset.isPending} data-testid="reset-submit">
              {t('auth.reset.submit')}
            </Button>
          </Stack>
        </form>
      )}
      <Anchor component={Link} to="/login" size="sm">
        {t('common.backToLogin')}
      </Anchor>
    </Stack>
  );
}
