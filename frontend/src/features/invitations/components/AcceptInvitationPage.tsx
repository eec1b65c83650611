import { Alert, Button, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { isNotEmpty, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { CenteredLoader } from '@/components/ui/CenteredLoader';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { NewPasswordFields } from '@/components/ui/NewPasswordFields';
import { PasswordField } from '@/components/ui/PasswordField';
import { applyFieldErrors } from '@/lib/forms';
import { isApiError } from '@/lib/graphql/errors';
import { newPasswordRules } from '@/lib/passwords';
import { useFormat } from '@/lib/use-format';
import { acceptInvitation } from '../api/accept-invitation';
import { useInvitationPreview } from '../api/invitation-preview';

function InvalidInvitation() {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" title={t('invitations.accept.invalid')} data-testid="invitation-invalid">
      {t('invitations.accept.invalidHelp')}
    </Alert>
  );
}

function Detail({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={500}>
        {value}
      </Text>
    </div>
  );
}

/** The page an invitation email links to: who invites you to what, then set a password. */
export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const preview = useInvitationPreview(token);
  const existingAccount = preview.data?.existingAccount === true;
  const rules = newPasswordRules(t, 'password');
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { displayName: '', password: '', confirmPassword: '' },
    validate: {
      // An existing account signs in with the password it already has; a new one sets name and password.
      displayName: (value) => (existingAccount ? null : isNotEmpty(t('common.required'))(value)),
      password: (value, values) => (existingAccount ? isNotEmpty(t('common.required'))(value) : rules.password(value, values)),
      confirmPassword: (value, values) => (existingAccount ? null : rules.confirmPassword(value, values)),
    },
  });
  const accept = useMutation({
    mutationFn: (values: { displayName: string; password: string }) =>
      acceptInvitation({
        token,
        password: values.password,
        displayName: existingAccount ? null : values.displayName.trim(),
      }),
    onSuccess: (viewer) => {
      notifications.show({
        color: 'teal',
        message: t('invitations.accept.welcome', { tenant: viewer.tenant?.name ?? '' }),
      });
      void navigate('/', { replace: true });
    },
    onError: (error) => applyFieldErrors(form, error),
  });

  const heading = <Title order={2}>{t('invitations.accept.title')}</Title>;
  if (token === '' || isApiError(preview.error, 'NOT_FOUND') || isApiError(accept.error, 'NOT_FOUND')) {
    return (
      <Stack>
        {heading}
        <InvalidInvitation />
      </Stack>
    );
  }
  if (preview.isPending) return <CenteredLoader />;
  if (preview.isError) {
    return (
      <Stack>
        {heading}
        <ErrorAlert error={preview.error} />
      </Stack>
    );
  }

  const invitation = preview.data;
  return (
    <Stack>
      {heading}
      <Text>{t('invitations.accept.intro', { tenant: invitation.tenantName })}</Text>
      <SimpleGrid cols={2} spacing="sm" data-testid="invitation-preview">
        <Detail label={t('invitations.accept.tenant')} value={invitation.tenantName} />
        <Detail label={t('invitations.accept.role')} value={t(`roles.${invitation.role}`)} />
        {invitation.firmName != null && <Detail label={t('invitations.accept.firm')} value={invitation.firmName} />}
        <Detail label={t('invitations.accept.email')} value={invitation.email} />
        <Detail label={t('invitations.accept.expiresAt')} value={format.dateTime(invitation.expiresAt)} />
      </SimpleGrid>
      <Text size="sm" c="dimmed">
        {existingAccount
          ? t('invitations.accept.existingAccountHint', { email: invitation.email })
          : t('invitations.accept.passwordHint')}
      </Text>
      <form noValidate onSubmit={form.onSubmit((values) => accept.mutate(values))}>
        <Stack>
          {accept.isError && (
            <ErrorAlert
              error={accept.error}
              retry={false}
              overrides={existingAccount ? { UNAUTHENTICATED: t('auth.login.wrongCredentials') } : {}}
            />
          )}
          {!existingAccount && (
            <TextInput
              label={t('common.displayName')}
              required
              autoComplete="name"
              data-testid="accept-display-name"
              key={form.key('displayName')}
              {...form.getInputProps('displayName')}
              name="displayName"
            />
          )}
          {existingAccount ? (
            <PasswordField
              form={form}
              field="password"
              label={t('common.password')}
              autoComplete="current-password"
              testId="accept-password"
            />
          ) : (
            <NewPasswordFields
              form={form}
              field="password"
              label={t('common.password')}
              confirmLabel={t('common.confirmPassword')}
              testIds={{ password: 'accept-password', confirm: 'accept-password-confirm' }}
            />
          )}
          <Button type="submit" loading={accept.isPending} data-testid="accept-submit">
            {t('invitations.accept.submit')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
