import { Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { useRequests } from '../api/requests';
import { NO_REQUEST_FILTER, OPEN_REQUEST_STATUSES } from '../lib/request-filter';
import { RequestStatusBadge } from './badges';

const OPEN_FILTER = { ...NO_REQUEST_FILTER, status: [...OPEN_REQUEST_STATUSES] };
const SHOWN = 3;

/** The enterprise home page's card: how many requests are open, the latest few, and a way to file one. */
export function OpenRequestsSummary() {
  const { t } = useTranslation();
  const open = useRequests('mine-open', OPEN_FILTER);
  return (
    <Card withBorder padding="lg" data-testid="open-requests">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Title order={4}>{t('maintenance.my.summaryTitle')}</Title>
          <Button size="xs" component={Link} to="/my-requests/new" data-testid="open-requests-new">
            {t('maintenance.my.new')}
          </Button>
        </Group>
        {open.error ? (
          <ErrorAlert error={open.error} />
        ) : open.isPending ? (
          <Text size="sm" c="dimmed">
            {t('common.loading')}
          </Text>
        ) : open.totalCount === 0 ? (
          <Text size="sm" c="dimmed" data-testid="open-requests-count">
            {t('maintenance.my.summaryNone')}
          </Text>
        ) : (
          <>
            <Text size="sm" data-testid="open-requests-count">
              {t('maintenance.my.openCount', { count: open.totalCount })}
            </Text>
            {open.nodes.slice(0, SHOWN).map((row) => (
              <Group key={row.id} justify="space-between" wrap="nowrap" gap="xs">
                <Anchor component={Link} to={`/my-requests/${row.id}`} size="sm" lineClamp={1}>
                  {row.title}
                </Anchor>
                <RequestStatusBadge status={row.status} />
              </Group>
            ))}
          </>
        )}
        <Anchor component={Link} to="/my-requests" size="sm" data-testid="open-requests-all">
          {t('maintenance.my.viewAll')}
        </Anchor>
      </Stack>
    </Card>
  );
}
