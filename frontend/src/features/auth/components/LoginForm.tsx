import { Anchor, Button, Group, PasswordInput, Stack, TextInput } from '@mantine/core';
import { isEmail, isNotEmpty, useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { isApiError } from '@/lib/graphql/errors';
import { reasonText } from '@/lib/graphql/reasons';
import { login } from '../api/login';

interface LoginFormProps {
  onSignedIn: () => void;
}

export function LoginForm({ onSignedIn }: LoginFormProps) {
  const { t } = useTranslation();
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { email: '', password: '' },
    validate: {
      email: isEmail(t('common.invalidEmail')),
      password: isNotEmpty(t('common.required')),
    },
  });
  const signIn = useMutation({
    mutationFn: (values: { email: string; password: string }) => login(values.email.trim(), values.password),
    onSuccess: onSignedIn,
  });

  return (
    <form noValidate onSubmit={form.onSubmit((values) => signIn.mutate(values))}>
      <Stack>
        {signIn.isError && (
          <ErrorAlert
            error={signIn.error}
            retry={false}
            overrides={{
              UNAUTHENTICATED: t('auth.login.wrongCredentials'),
              // A suspended organisation, or an account without one: the server says which.
              ...(isApiError(signIn.error, 'FORBIDDEN') && signIn.error.reason
                ? { FORBIDDEN: reasonText(signIn.error.reason, t('errors.FORBIDDEN')) }
                : {}),
            }}
            data-testid="login-error"
          />
        )}
        <TextInput
          label={t('common.email')}
          type="email"
          autoComplete="username"
          required
          data-testid="login-email"
          key={form.key('email')}
          {...form.getInputProps('email')}
          name="email"
        />
        <PasswordInput
          label={t('common.password')}
          autoComplete="current-password"
          required
          data-testid="login-password"
          key={form.key('password')}
          {...form.getInputProps('password')}
          name="password"
        />
        <Group justify="space-between" mt="xs">
          <Anchor component={Link} to="/forgot-password" size="sm" data-testid="forgot-password-link">
            {t('auth.login.forgotPassword')}
          </Anchor>
          <Button type="submit" loading={signIn.isPending} data-testid="login-submit">
            {t('auth.login.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
