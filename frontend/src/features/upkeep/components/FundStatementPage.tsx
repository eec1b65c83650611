import { Anchor, Button, Card, Group, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CenteredLoader } from '@/components/ui/CenteredLoader';
import { DateField } from '@/components/ui/DateField';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { PageHeader } from '@/components/ui/PageHeader';
import type { FundAccount } from '@/gql/graphql';
import { useClusterOptions } from '@/lib/cluster-options';
import { isCalendarDate } from '@/lib/dates';
import { downloadAsViewer } from '@/lib/download';
import { todayInVietnam } from '@/lib/format';
import { errorMessage } from '@/lib/graphql/error-message';
import { useFormat } from '@/lib/use-format';
import { statementFileUrl, useFundStatement } from '../api/statement';
import type { StatementFilter } from '../api/statement';

/** The first day of the year of `day` (ISO), the period a statement opens on by default. */
export function startOfYear(day: string): string {
  return `${day.slice(0, 4)}-01-01`;
}

function Figure({ label, value, testId, strong = false }: { label: string; value: string; testId: string; strong?: boolean }) {
  return (
    <Card withBorder padding="md">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fz={{ base: 'md', sm: 'lg' }} fw={strong ? 700 : 500} style={{ whiteSpace: 'nowrap' }} data-testid={testId}>
        {value}
      </Text>
    </Card>
  );
}

/**
 * A cluster's fund (or wastewater account) over a period, as an auditor reads it: opening
 * balance, receipts by month and source, expenses by category with their documents, closing
 * balance; downloadable as CSV and as the PDF in the invoices' document style.
 */
export function FundStatementPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const clusters = useClusterOptions();
  const today = todayInVietnam();
  const [picked, setClusterId] = useState<string | null>(null);
  const [from, setFrom] = useState(startOfYear(today));
  const [to, setTo] = useState(today);
  const [account, setAccount] = useState<FundAccount>('MAINTENANCE_FUND');
  const clusterId = picked ?? clusters.data?.[0]?.id ?? null;
  const periodValid = isCalendarDate(from) && isCalendarDate(to) && from <= to;
  const filter: StatementFilter | null = clusterId !== null && periodValid ? { clusterId, from, to, account } : null;
  const statement = useFundStatement(filter);
  const download = useMutation({
    mutationFn: (kind: 'csv' | 'pdf') =>
      filter === null ? Promise.resolve() : downloadAsViewer(statementFileUrl(kind, filter, format.language), `fund-statement.${kind}`),
    onError: (error) => notifications.show({ color: 'red', message: errorMessage(t, error) }),
  });
  const s = statement.data;

  return (
    <>
      <PageHeader title={t('upkeep.statement.title')} description={t('upkeep.statement.description')} />
      <Card withBorder padding="md" mb="lg">
        <Group align="flex-end" gap="sm">
          <Select
            label={t('upkeep.assets.cluster')}
            allowDeselect={false}
            searchable
            w={{ base: '100%', sm: 260 }}
            data-testid="statement-cluster"
            value={clusterId}
            onChange={setClusterId}
            data={(clusters.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
          />
          <Select
            label={t('upkeep.statement.account')}
            allowDeselect={false}
            w={{ base: '100%', sm: 220 }}
            data-testid="statement-account"
            value={account}
            onChange={(value) => setAccount(value === 'WASTEWATER' ? 'WASTEWATER' : 'MAINTENANCE_FUND')}
            data={(['MAINTENANCE_FUND', 'WASTEWATER'] as const).map((a) => ({ value: a, label: t(`upkeep.account.${a}`) }))}
          />
          <DateField
            clearable={false}
            label={t('upkeep.statement.from')}
            w={{ base: 'calc(50% - 6px)', sm: 160 }}
            data-testid="statement-from"
            value={from}
            onChange={(value) => setFrom(value)}
            error={!periodValid && from > to ? t('upkeep.statement.badPeriod') : undefined}
          />
          <DateField
            clearable={false}
            label={t('upkeep.statement.to')}
            w={{ base: 'calc(50% - 6px)', sm: 160 }}
            data-testid="statement-to"
            value={to}
            onChange={(value) => setTo(value)}
          />
          <Group gap="xs">
            <Button variant="default" disabled={filter === null} loading={download.isPending && download.variables === 'csv'} onClick={() => download.mutate('csv')} data-testid="statement-csv">
              {t('upkeep.statement.csv')}
            </Button>
            <Button variant="default" disabled={filter === null} loading={download.isPending && download.variables === 'pdf'} onClick={() => download.mutate('pdf')} data-testid="statement-pdf">
              {t('upkeep.statement.pdf')}
            </Button>
          </Group>
        </Group>
      </Card>
      {clusters.error ? (
        <ErrorAlert error={clusters.error} />
      ) : statement.error ? (
        <ErrorAlert error={statement.error} />
      ) : clusters.isPending || (statement.isPending && filter !== null) ? (
        <CenteredLoader />
      ) : s === undefined ? (
        <Text c="dimmed">{t('upkeep.statement.pick')}</Text>
      ) : (
        <Stack gap="lg" data-testid="fund-statement">
          <Text size="sm" c="dimmed">
            {t('upkeep.statement.period', { cluster: s.clusterName, from: format.date(s.from), to: format.date(s.to) })}
          </Text>
          <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
            <Figure label={t('upkeep.statement.opening')} value={format.money(s.openingBalance)} testId="statement-opening" />
            <Figure label={t('upkeep.statement.receipts')} value={`+\u00a0${format.money(s.receiptsTotal)}`} testId="statement-receipts" />
            <Figure label={t('upkeep.statement.expenses')} value={`−\u00a0${format.money(s.expensesTotal)}`} testId="statement-expenses" />
            <Figure label={t('upkeep.statement.closing')} value={format.money(s.closingBalance)} testId="statement-closing" strong />
          </SimpleGrid>

          <Card withBorder padding="lg">
            <Title order={2} size="h4" mb="sm">
              {t('upkeep.statement.receiptsByMonth')}
            </Title>
            {s.receipts.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('upkeep.statement.noReceipts')}
              </Text>
            ) : (
              <Table striped verticalSpacing="xs" data-testid="statement-receipts-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('upkeep.statement.month')}</Table.Th>
                    <Table.Th>{t('upkeep.statement.source')}</Table.Th>
                    <Table.Th style={{ textAlign: 'right' }}>{t('upkeep.statement.amount')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {s.receipts.map((r) => (
                    <Table.Tr key={`${r.month}-${r.source}`}>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.month(r.month)}</Table.Td>
                      <Table.Td>{t(`billing.fund.entryKind.${r.source}`)}</Table.Td>
                      <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>{format.money(r.amount)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Card>

          <Card withBorder padding="lg" data-testid="statement-expense-groups">
            <Title order={2} size="h4" mb="sm">
              {t('upkeep.statement.expensesByCategory')}
            </Title>
            {s.expenses.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('upkeep.statement.noExpenses')}
              </Text>
            ) : (
              <Stack gap="md">
                {s.expenses.map((group) => (
                  <div key={group.category ?? 'none'} data-testid="statement-expense-group">
                    <Group justify="space-between" mb={4}>
                      <Text fw={600} size="sm">
                        {group.category == null ? t('upkeep.statement.uncategorised') : t(`upkeep.category.${group.category}`)}
                      </Text>
                      <Text fw={600} size="sm">
                        {format.money(group.total)}
                      </Text>
                    </Group>
                    <Stack gap={4}>
                      {group.lines.map((line) => (
                        <Group key={line.id} justify="space-between" wrap="nowrap" align="flex-start" pl="sm">
                          <div style={{ minWidth: 0 }}>
                            <Text size="sm" lineClamp={2}>
                              {line.description}
                            </Text>
                            <Text size="xs" c="dimmed">
                              {format.date(line.entryOn)} · {t('upkeep.statement.document')}: {line.documentNumber ?? t('common.empty')}
                              {line.documentDate != null && ` (${format.date(line.documentDate)})`}
                              {line.workOrderId != null && (
                                <>
                                  {' · '}
                                  <Anchor component={Link} to={`/maintenance/work-orders/${line.workOrderId}`} size="xs">
                                    {t('upkeep.statement.workOrder')}
                                  </Anchor>
                                </>
                              )}
                            </Text>
                          </div>
                          <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                            {format.money(-line.amount)}
                          </Text>
                        </Group>
                      ))}
                    </Stack>
                  </div>
                ))}
              </Stack>
            )}
          </Card>
        </Stack>
      )}
    </>
  );
}
