import { Button, Card, Group, Stack, Title } from '@mantine/core';
import { isNotEmpty, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { NewPasswordFields } from '@/components/ui/NewPasswordFields';
import { PasswordField } from '@/components/ui/PasswordField';
import { applyFieldErrors } from '@/lib/forms';
import { newPasswordRules } from '@/lib/passwords';
import { changePassword } from '../api/profile';

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
    validate: {
      currentPassword: isNotEmpty(t('common.required')),
      ...newPasswordRules(t, 'newPassword'),
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
            <ErrorAlert error={change.error} retry={false} overrides={{ UNAUTHENTICATED: t('profile.password.wrongCurrent') }} />
          )}
          <PasswordField
            form={form}
            field="currentPassword"
            label={t('profile.password.current')}
            autoComplete="current-password"
            testId="profile-current-password"
          />
          <NewPasswordFields
            form={form}
            field="newPassword"
            label={t('profile.password.new')}
            confirmLabel={t('profile.password.confirm')}
            testIds={{ password: 'profile-new-password', confirm: 'profile-confirm-password' }}
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
