import { Anchor, Card, Group, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '@/components/ui/DataTable';
import type { Column } from '@/components/ui/DataTable';
import { useFormat } from '@/lib/use-format';
import type { RequestRow } from '../api/requests';
import { PriorityBadge, RequestStatusBadge, SlaBadge } from './badges';
import { PHONE_QUERY } from '@/lib/phone';

/** Where the request is: plot, else the words the requester used, with the cluster. */
function where(row: RequestRow): string {
  return [row.plotCode ?? row.location, row.clusterName].filter((part) => part != null && part !== '').join(' · ');
}

/** One request as a card (phones). */
function RequestCard({ row, basePath, operator }: { row: RequestRow; basePath: string; operator: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Card withBorder padding="sm" data-testid="request-card">
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Anchor component={Link} to={`${basePath}/${row.id}`} fw={600} size="sm" data-testid="request-link">
            {row.title}
          </Anchor>
          <RequestStatusBadge status={row.status} operator={operator} />
        </Group>
        <Text size="xs" c="dimmed">
          {row.reference} · {t(`maintenance.category.${row.category}`)}
          {operator ? ` · ${row.firmName}` : ''}
        </Text>
        {where(row) !== '' && (
          <Text size="xs" c="dimmed">
            {where(row)}
          </Text>
        )}
        <Group gap="xs">
          {operator && <PriorityBadge priority={row.priority} />}
          {!operator && row.urgent && <PriorityBadge priority={row.priority} />}
          <SlaBadge request={row} />
          {row.promisedOn != null && (
            <Text size="xs">
              {t('maintenance.field.promisedOn')}: {format.date(row.promisedOn)}
            </Text>
          )}
        </Group>
      </Stack>
    </Card>
  );
}

/**
 * Requests as a table on wide screens and cards on phones. `operator` adds the firm, priority
 * and the operator's wording of the states.
 */
export function RequestList({
  rows,
  basePath,
  operator,
  emptyText,
}: {
  rows: readonly RequestRow[];
  basePath: string;
  operator: boolean;
  emptyText: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const phone = useMediaQuery(PHONE_QUERY) ?? false;

  if (phone) {
    return (
      <Stack gap="sm" data-testid="requests-cards">
        {rows.length === 0 ? (
          <Text c="dimmed" size="sm" ta="center" py="md">
            {emptyText}
          </Text>
        ) : (
          rows.map((row) => <RequestCard key={row.id} row={row} basePath={basePath} operator={operator} />)
        )}
      </Stack>
    );
  }

  const columns: Column<RequestRow>[] = [
    {
      key: 'title',
      header: t('maintenance.field.title'),
      render: (row) => (
        <Stack gap={2} miw={180}>
          <Anchor component={Link} to={`${basePath}/${row.id}`} fw={500} size="sm" data-testid="request-link">
            {row.title}
          </Anchor>
          <Text size="xs" c="dimmed">
            {row.reference} · {t(`maintenance.category.${row.category}`)}
          </Text>
        </Stack>
      ),
    },
    ...(operator
      ? [
          {
            key: 'firm',
            header: t('maintenance.field.firm'),
            render: (row: RequestRow) => (
              <Stack gap={0} miw={150}>
                <Text size="sm">{row.firmName}</Text>
                <Text size="xs" c="dimmed" lineClamp={1}>
                  {[row.plotCode, row.clusterName].filter((part) => part != null).join(' · ')}
                </Text>
              </Stack>
            ),
          },
          {
            key: 'priority',
            header: t('maintenance.field.priority'),
            nowrap: true,
            render: (row: RequestRow) => <PriorityBadge priority={row.priority} />,
          },
        ]
      : [
          {
            key: 'where',
            header: t('maintenance.field.location'),
            render: (row: RequestRow) => (
              <Text size="sm" lineClamp={2}>
                {where(row) || t('common.empty')}
              </Text>
            ),
          },
        ]),
    {
      key: 'filedAt',
      header: t('maintenance.field.filedAt'),
      nowrap: true,
      render: (row) => format.date(row.createdAt),
    },
    {
      key: 'promisedOn',
      header: t('maintenance.field.promisedOn'),
      nowrap: true,
      render: (row) => (row.promisedOn != null ? format.date(row.promisedOn) : t('common.empty')),
    },
    { key: 'sla', header: t('maintenance.field.sla'), nowrap: true, render: (row) => <SlaBadge request={row} /> },
    {
      key: 'status',
      header: t('common.status'),
      nowrap: true,
      render: (row) => <RequestStatusBadge status={row.status} operator={operator} />,
    },
  ];
  return <DataTable rows={rows} columns={columns} rowKey={(row) => row.id} emptyText={emptyText} data-testid="requests-table" />;
}
