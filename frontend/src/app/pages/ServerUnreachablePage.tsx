import { Button, Center, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from '@/components/ui/LanguageSwitcher';
import { setLanguage } from '@/i18n/setup';

/**
 * Shown instead of the app when the server could not be reached at startup (a reload while it
 * is down or restarting). The session is not given up: "Try again" asks once more, and the app
 * opens where the reader was as soon as the server answers.
 */
export function ServerUnreachablePage({ onRetry }: { onRetry: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const [retrying, setRetrying] = useState(false);
  return (
    <Center mih="100vh" bg="gray.0" p="md">
      <Stack align="center" gap="sm" maw={460} data-testid="server-unreachable">
        <ThemeIcon size={56} radius="xl" color="orange" variant="light" aria-hidden>
          <Text fw={700} size="xl">
            !
          </Text>
        </ThemeIcon>
        <Title order={1} size="h2" ta="center">
          {t('serverUnreachable.title')}
        </Title>
        <Text c="dimmed" ta="center">
          {t('serverUnreachable.description')}
        </Text>
        <Button
          mt="sm"
          loading={retrying}
          data-testid="server-unreachable-retry"
          onClick={() => {
            setRetrying(true);
            void onRetry().finally(() => setRetrying(false));
          }}
        >
          {t('serverUnreachable.retry')}
        </Button>
        <LanguageSwitcher onChange={(language) => void setLanguage(language)} />
      </Stack>
    </Center>
  );
}
