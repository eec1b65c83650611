import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Center mih="100vh" bg="gray.0" p="md">
      <Stack align="center" gap="sm" data-testid="not-found">
        <Text size="3rem" fw={700} c="teal.9">
          404
        </Text>
        <Title order={1} size="h2">{t('notFound.title')}</Title>
        <Text c="dimmed" ta="center">
          {t('notFound.description')}
        </Text>
        <Button component={Link} to="/" mt="sm">
          {t('common.goHome')}
        </Button>
      </Stack>
    </Center>
  );
}
