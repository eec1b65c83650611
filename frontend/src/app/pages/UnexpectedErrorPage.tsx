import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Shown when rendering itself failed (a bug), instead of a blank page. */
export function UnexpectedErrorPage() {
  const { t } = useTranslation();
  return (
    <Center mih="100vh" p="md">
      <Stack align="center" gap="sm">
        <Title order={2}>{t('app.name')}</Title>
        <Text c="dimmed" ta="center">
          {t('errors.INTERNAL')}
        </Text>
        <Button onClick={() => window.location.assign('/')}>{t('common.goHome')}</Button>
      </Stack>
    </Center>
  );
}
