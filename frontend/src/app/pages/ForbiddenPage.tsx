import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function ForbiddenPage() {
  const { t } = useTranslation();
  return (
    <Stack align="flex-start" data-testid="forbidden">
      <Title order={1} size="h2">{t('forbidden.title')}</Title>
      <Text c="dimmed">{t('forbidden.description')}</Text>
      <Button component={Link} to="/" variant="light">
        {t('common.goHome')}
      </Button>
    </Stack>
  );
}
