import { Alert, Anchor, Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { isEmail, useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { applyFieldErrors } from '@/lib/forms';
import { requestPasswordReset } from '../api/password-reset';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { email: '' },
    validate: { email: isEmail(t('common.invalidEmail')) },
  });
  const send = useMutation({
    mutationFn: (email: string) => requestPasswordReset(email),
    onError: (error) => applyFieldErrors(form, error),
  });

  return (
    <Stack>
      <div>
        <Title order={2}>{t('auth.forgot.title')}</Title>
        <Text c="dimmed" size="sm">
          {t('auth.forgot.description')}
        </Text>
      </div>
      {send.isSuccess ? (
        <Alert color="teal" variant="light" data-testid="forgot-sent">
          {t('auth.forgot.sent', { email: send.variables })}
        </Alert>
      ) : (
        <form noValidate onSubmit={form.onSubmit(({ email }) => send.mutate(email.trim()))}>
          <Stack>
            {send.isError && <ErrorAlert error={send.error} retry={false} />}
            <TextInput
              label={t('common.email')}
              type="email"
              autoComplete="username"
              required
              data-testid="forgot-email"
              key={form.key('email')}
              {...form.getInputProps('email')}
              name="email"
            />
            <Button type="submit" loading={send.isPending} data-testid="forgot-submit">
              {t('auth.forgot.submit')}
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
