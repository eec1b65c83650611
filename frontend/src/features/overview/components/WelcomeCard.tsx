import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Viewer } from '@/lib/session/session-store';

/** Who you are here: your name, organisation, firm and role. */
export function WelcomeCard({ viewer, intro }: { viewer: Viewer; intro: string }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="lg" data-testid="welcome-card">
      <Stack gap="sm">
        <Title order={3}>{t('overview.welcome', { name: viewer.displayName })}</Title>
        <Text>{intro}</Text>
        <Group gap="xl">
          {viewer.tenant && (
            <div>
              <Text size="xs" c="dimmed">
                {t('overview.tenant')}
              </Text>
              <Text fw={500} data-testid="welcome-tenant">
                {viewer.tenant.name}
              </Text>
            </div>
          )}
          {viewer.firm && (
            <div>
              <Text size="xs" c="dimmed">
                {t('overview.firm')}
              </Text>
              <Text fw={500}>{viewer.firm.name}</Text>
            </div>
          )}
          <div>
            <Text size="xs" c="dimmed">
              {t('overview.role')}
            </Text>
            <Badge variant="light" size="lg" data-testid="welcome-role">
              {t(`roles.${viewer.role}`)}
            </Badge>
          </div>
        </Group>
      </Stack>
    </Card>
  );
}
