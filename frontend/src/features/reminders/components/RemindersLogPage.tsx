import { Badge, Card, Group, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '@/components/ui/DataTable';
import type { Column } from '@/components/ui/DataTable';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { LoadMore } from '@/components/ui/LoadMore';
import { PageHeader } from '@/components/ui/PageHeader';
import type { ReminderKind } from '@/gql/graphql';
import { useFormat } from '@/lib/use-format';
import { useReminderForecast, useRemindersLog } from '../api/reminders';
import type { ReminderForecastData, ReminderRow } from '../api/reminders';
import { KINDS } from '../lib/settings-form';

/** Forecast rows shown; the counts above cover all of them. */
const FORECAST_ROWS = 10;

function isKind(value: string | null): value is ReminderKind {
  return value != null && (KINDS as readonly string[]).includes(value);
}

/** What the next sweep will send: "tomorrow 08:00: 14 reminders to 9 firms", per kind, and the first items. */
function Forecast({ forecast }: { forecast: ReminderForecastData }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Card withBorder padding="lg" data-testid="reminders-forecast">
      <Title order={3} size="h4" mb={4}>
        {t('reminders.log.forecastTitle')}
      </Title>
      <Text size="sm" mb="md" data-testid="forecast-headline">
        {t('reminders.log.forecastHeadline', {
          at: format.dateTime(forecast.at),
          reminders: forecast.reminders,
          firms: forecast.firms,
          count: forecast.reminders,
        })}
      </Text>
      {forecast.reminders > 0 && (
        <Stack gap="md">
          <Group gap="xs">
            {forecast.byKind.map((k) => (
              <Badge key={k.kind} variant="light" tt="none" size="lg" data-testid={`forecast-kind-${k.kind}`}>
                {t(`reminders.kinds.${k.kind}`)}: {k.reminders}
              </Badge>
            ))}
          </Group>
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing={4} data-testid="forecast-items">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('reminders.log.kind')}</Table.Th>
                  <Table.Th>{t('reminders.log.about')}</Table.Th>
                  <Table.Th>{t('reminders.log.firm')}</Table.Th>
                  <Table.Th style={{ textAlign: 'right' }}>{t('reminders.log.amount')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {forecast.items.slice(0, FORECAST_ROWS).map((item, i) => (
                  <Table.Tr key={`${item.kind}-${item.summary}-${item.step}-${i}`}>
                    <Table.Td>
                      <Text size="sm">{t(`reminders.kinds.${item.kind}`)}</Text>
                      <Text size="xs" c="dimmed">
                        {item.step}
                      </Text>
                    </Table.Td>
                    <Table.Td>{item.summary}</Table.Td>
                    <Table.Td>{item.firmName || t('common.empty')}</Table.Td>
                    <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>
                      {item.amount != null ? format.money(item.amount) : t('common.empty')}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {forecast.reminders > FORECAST_ROWS && (
            <Text size="xs" c="dimmed" data-testid="forecast-more">
              {t('common.shownOfTotal', { shown: FORECAST_ROWS, total: forecast.reminders })}
            </Text>
          )}
        </Stack>
      )}
    </Card>
  );
}

/** Reminders (operators): what the next sweep will send, and every reminder sent, filtered by kind. */
export function RemindersLogPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [kind, setKind] = useState<ReminderKind | null>(null);
  const log = useRemindersLog(kind);
  const forecast = useReminderForecast();
  const columns: Column<ReminderRow>[] = [
    { key: 'claimedAt', header: t('reminders.log.claimedAt'), nowrap: true, render: (row) => format.dateTime(row.claimedAt) },
    {
      key: 'kind',
      header: t('reminders.log.kind'),
      render: (row) => (
        <>
          <Text size="sm">{t(`reminders.kinds.${row.kind}`)}</Text>
          <Text size="xs" c="dimmed">
            {row.step}
          </Text>
        </>
      ),
    },
    { key: 'summary', header: t('reminders.log.about'), render: (row) => row.summary ?? t('common.empty') },
    {
      key: 'amount',
      header: t('reminders.log.amount'),
      nowrap: true,
      render: (row) => (row.amount != null ? format.money(row.amount) : t('common.empty')),
    },
    {
      key: 'status',
      header: t('common.status'),
      nowrap: true,
      render: (row) => (
        <Badge variant="light" color={row.status === 'QUEUED' ? 'teal' : 'gray'}>
          {t(`reminders.status.${row.status}`, { count: row.recipients })}
        </Badge>
      ),
    },
    { key: 'notBefore', header: t('reminders.log.notBefore'), nowrap: true, render: (row) => format.dateTime(row.notBefore) },
  ];
  return (
    <>
      <PageHeader title={t('reminders.log.title')} description={t('reminders.log.description')} />
      <Stack gap="lg">
        {forecast.error ? (
          <ErrorAlert error={forecast.error} />
        ) : forecast.data ? (
          <Forecast forecast={forecast.data} />
        ) : (
          <Card withBorder padding="lg">
            <Text size="sm" c="dimmed">
              {t('common.loading')}
            </Text>
          </Card>
        )}
        <Card withBorder padding="lg">
          <SimpleGrid cols={{ base: 1, sm: 2 }} mb="md">
            <Select
              label={t('reminders.log.filterKind')}
              clearable
              placeholder={t('common.all')}
              data={KINDS.map((k) => ({ value: k, label: t(`reminders.kinds.${k}`) }))}
              value={kind}
              onChange={(value) => setKind(isKind(value) ? value : null)}
              data-testid="reminders-kind-filter"
            />
          </SimpleGrid>
          {log.error ? (
            <ErrorAlert error={log.error} />
          ) : (
            <>
              <DataTable
                rows={log.nodes}
                columns={columns}
                rowKey={(row) => row.id}
                emptyText={log.isPending ? t('common.loading') : t('reminders.log.empty')}
                data-testid="reminders-table"
              />
              <LoadMore
                shown={log.nodes.length}
                total={log.totalCount}
                hasMore={log.hasMore}
                loading={log.isLoadingMore}
                onLoadMore={log.loadMore}
                data-testid="reminders-load-more"
              />
            </>
          )}
        </Card>
      </Stack>
    </>
  );
}
