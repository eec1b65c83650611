import { Alert, Button, Card, Group, NativeSelect, SimpleGrid, Text, TextInput, Title } from '@mantine/core';
import { isEmail, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { LANGUAGES, isLanguage } from '@/i18n/language-preference';
import type { Language } from '@/i18n/language-preference';
import { useFirmOptions } from '@/lib/firm-options';
import { applyFieldErrors } from '@/lib/forms';
import { localeFromLanguage } from '@/lib/locale';
import { INVITABLE_ROLES, isInvitableRole } from '@/lib/roles';
import type { InvitableRole } from '@/lib/roles';
import { useInviteUser } from '../api/invitations';

interface InviteValues {
  email: string;
  role: InvitableRole;
  firmId: string;
  locale: Language;
}

/** Invite a colleague (operator admin or staff) or a firm's user (enterprise) by email. */
export function InviteUserForm() {
  const { t, i18n } = useTranslation();
  const form = useForm<InviteValues>({
    initialValues: {
      email: '',
      role: 'OPERATOR_STAFF',
      firmId: '',
      locale: isLanguage(i18n.language) ? i18n.language : 'vi',
    },
    validate: {
      email: isEmail(t('common.invalidEmail')),
      firmId: (value, values) =>
        values.role === 'ENTERPRISE' && value === '' ? t('invitations.invite.firmRequired') : null,
    },
  });
  const isEnterprise = form.values.role === 'ENTERPRISE';
  const firms = useFirmOptions(isEnterprise);

  const invite = useInviteUser({
    onSuccess: (invitation) => {
      notifications.show({ color: 'teal', message: t('invitations.invite.sent', { email: invitation.email }) });
      form.setFieldValue('email', '');
    },
    onError: (error) => applyFieldErrors(form, error),
  });

  const submit = (values: InviteValues) =>
    invite.mutate({
      email: values.email.trim(),
      role: values.role,
      firmId: values.role === 'ENTERPRISE' ? values.firmId : null,
      locale: localeFromLanguage(values.locale),
    });

  return (
    <Card withBorder padding="lg">
      <Title order={3} size="h4">
        {t('invitations.invite.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('invitations.invite.description')}
      </Text>
      <form noValidate onSubmit={form.onSubmit(submit)}>
        {invite.isError && (
          <ErrorAlert error={invite.error} retry={false} overrides={{ CONFLICT: t('invitations.invite.conflict') }} />
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} mt={invite.isError ? 'sm' : 0}>
          <TextInput
            label={t('invitations.invite.email')}
            type="email"
            required
            autoComplete="off"
            data-testid="invite-email"
            {...form.getInputProps('email')}
            name="email"
          />
          <NativeSelect
            label={t('invitations.invite.role')}
            required
            data-testid="invite-role"
            data={INVITABLE_ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
            {...form.getInputProps('role')}
            onChange={(event) => {
              const { value } = event.currentTarget;
              if (isInvitableRole(value)) form.setFieldValue('role', value);
            }}
            name="role"
          />
          {isEnterprise && (
            <NativeSelect
              label={t('invitations.invite.firm')}
              required
              data-testid="invite-firm"
              disabled={firms.isPending}
              data={[
                { value: '', label: firms.isPending ? t('common.loading') : t('invitations.invite.firmPlaceholder') },
                ...(firms.data ?? []).map((firm) => ({
                  value: firm.id,
                  label: firm.taxCode ? `${firm.name} (${firm.taxCode})` : firm.name,
                })),
              ]}
              {...form.getInputProps('firmId')}
              name="firmId"
            />
          )}
          <NativeSelect
            label={t('invitations.invite.language')}
            data-testid="invite-locale"
            data={LANGUAGES.map((language) => ({ value: language, label: t(`language.${language}`) }))}
            {...form.getInputProps('locale')}
            name="locale"
          />
        </SimpleGrid>
        {isEnterprise && firms.error != null && <ErrorAlert error={firms.error} />}
        {isEnterprise && firms.isSuccess && firms.data.length === 0 && (
          <Alert color="yellow" variant="light" mt="sm">
            {t('invitations.invite.noFirms')}
          </Alert>
        )}
        <Group justify="flex-end" mt="md">
          <Button type="submit" loading={invite.isPending} data-testid="invite-submit">
            {t('invitations.invite.submit')}
          </Button>
        </Group>
      </form>
    </Card>
  );
}
