import { Button, Card, Group, PasswordInput, Stack, Title } from '@mantine/core';
import { hasLength, isNotEmpty, matchesField, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { applyFieldErrors } from '@/lib/forms';
import { MIN_PASSWORD_LENGTH } from '@/lib/passwords';
import { changePassword } from '../api/profile';

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
    validate: {
      currentPassword: isNotEmpty(t('common.required')),
      newPassword: hasLength({ min: MIN_PASSWORD_LENGTH }, t('common.passwordTooShort', { min: MIN_PASSWORD_LENGTH })),
      confirmPassword: matchesField('newPassword', t('common.passwordsDoNotMatch')),
    },
  });
  const change = useMutation({
    mutationFn: (values: { currentPassword: string; newPassword: string }) =>
      changePassword(values.currentPassword, values.newPassword),
    onSuccess: () => {
      notifications.show({ color: 'teal', message: t('profile.password.changed') });
      form.reset();
    },
    onError: (error) => applyFieldErrors(form, error),
  });

  return (
    <Card withBorder padding="lg">
      <Title order={3} size="h4" mb="md">
        {t('profile.password.title')}
      </Title>
      <form noValidate onSubmit={form.onSubmit((values) => change.mutate(values))}>
        <Stack>
          {change.isError && (
            <ErrorAlert error={change.error} overrides={{ UNAUTHENTICATED: t('profile.password.wrongCurrent') }} />
          )}
          <PasswordInput
            label={t('profile.password.current')}
            required
            autoComplete="current-password"
            data-testid="profile-current-password"
            key={form.key('currentPassword')}
            {...form.getInputProps('currentPassword')}
            name="currentPassword"
          />
          <PasswordInput
            label={t('profile.password.new')}
            required
            autoComplete="new-password"
            data-testid="profile-new-password"
            key={form.key('newPassword')}
            {...form.getInputProps('newPassword')}
            name="newPassword"
          />
          <PasswordInput
            label={t('profile.password.confirm')}
            required
            autoComplete="new-password"
            data-testid="profile-confirm-password"
            key={form.key('confirmPassword')}
            {...form.getInputProps('confirmPassword')}
            name="confirmPassword"
          />
          <Group justify="flex-end">
            <Button type="submit" loading={change.isPending} data-testid="password-submit">
              {t('profile.password.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
