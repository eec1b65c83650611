import { Box, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { LanguageSwitcher } from '@/components/ui/LanguageSwitcher';
import { saveLanguage } from '@/features/profile';
import { errorMessage } from '@/lib/graphql/error-message';

/** The frame of the pages used before sign-in: sign in, password reset, invitation. */
export function PublicLayout() {
  const { t } = useTranslation();
  return (
    <Box mih="100vh" bg="gray.0" py="xl" px="md">
      <Center>
        <Stack w="100%" maw={440} gap="lg">
          <Group justify="space-between" align="flex-end">
            <div>
              <Title order={1} size="h2" c="teal.9" data-testid="product-name">
                {t('app.name')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('app.tagline')}
              </Text>
            </div>
            <LanguageSwitcher
              onChange={(language) => {
                saveLanguage(language).catch((error: unknown) =>
                  notifications.show({ color: 'red', message: errorMessage(t, error) }),
                );
              }}
            />
          </Group>
          <Paper withBorder shadow="sm" p="xl" radius="md">
            <Outlet />
          </Paper>
        </Stack>
      </Center>
    </Box>
  );
}
