import { Alert, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { safeNextPath } from '@/lib/next-path';
import { useSession } from '@/lib/session/use-session';
import { LoginForm } from './LoginForm';

export function LoginPage() {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get('next')) ?? '/';

  if (session.status === 'signedIn') return <Navigate to={next} replace />;

  return (
    <Stack>
      <div>
        <Title order={2}>{t('auth.login.title')}</Title>
        <Text c="dimmed" size="sm">
          {t('auth.login.subtitle')}
        </Text>
      </div>
      {session.status === 'signedOut' && session.expired && (
        <Alert color="yellow" variant="light" data-testid="session-expired">
          {t('auth.login.sessionExpired')}
        </Alert>
      )}
      <LoginForm onSignedIn={() => void navigate(next, { replace: true })} />
    </Stack>
  );
}
