import { Card, List, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** An honest list of what is not built yet: no invented figures. */
export function ComingSoonCard({ items }: { items: string[] }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="lg" data-testid="coming-soon">
      <Title order={4} mb="xs">
        {t('overview.comingTitle')}
      </Title>
      <List spacing="xs" mb="sm">
        {items.map((item) => (
          <List.Item key={item}>{item}</List.Item>
        ))}
      </List>
      <Text size="sm" c="dimmed">
        {t('overview.comingNote')}
      </Text>
    </Card>
  );
}
