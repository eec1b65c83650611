import { Anchor, Card, Group, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { CenteredLoader } from '@/components/ui/CenteredLoader';
import { DateField } from '@/components/ui/DateField';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { PageHeader } from '@/components/ui/PageHeader';
import { SortableTh } from '@/components/ui/SortableTh';
import { useClusterOptions } from '@/lib/cluster-options';
import { calendarDateOrNull } from '@/lib/dates';
import { todayInVietnam } from '@/lib/format';
import { useFormat } from '@/lib/use-format';
import { useSort } from '@/lib/use-sort';
import { COLLECTION_MONTHS, useCollections, useReceivablesAging } from '../api/reports';
import type { AgingData, AgingRowData } from '../api/reports';
import { AGING_BUCKETS, overdueAmount, overdueShareBp, sortAgingRows } from '../lib/aging';
import type { AgingBucket, AgingSortField, Buckets } from '../lib/aging';
import { collectionSummary, monthStart } from '../lib/collections';
import { AgingChart } from './AgingChart';
import { ColumnChart } from './ColumnChart';
import { StatCard } from './StatCard';

const right = { textAlign: 'right', whiteSpace: 'nowrap' } as const;

/** One table of open amounts per bucket (per cluster or per firm), sortable, with a total row. */
function AgingTable({
  title,
  rows,
  total,
  nameHeader,
  renderName,
  emptyText,
  'data-testid': testId,
}: {
  title: string;
  rows: readonly AgingRowData[];
  total: Buckets;
  nameHeader: string;
  renderName: (row: AgingRowData) => ReactNode;
  emptyText: string;
  'data-testid': string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const sort = useSort<AgingSortField>();
  const sorted = sortAgingRows(rows, sort.orderBy);
  const fields: (AgingBucket | 'total')[] = [...AGING_BUCKETS, 'total'];
  const header = (field: AgingSortField) =>
    field === 'name' ? nameHeader : field === 'total' ? t('billing.receivables.total') : t(`billing.receivables.bucket.${field}`);
  const th = (field: AgingSortField) => (
    <SortableTh key={field} direction={sort.orderBy?.field === field ? sort.orderBy.direction : null} onSort={() => sort.toggle(field)}>
      {header(field)}
    </SortableTh>
  );
  return (
    <Card withBorder padding="lg">
      <Title order={3} size="h4" mb="md">
        {title}
      </Title>
      <Table.ScrollContainer minWidth={760}>
        <Table striped highlightOnHover verticalSpacing="xs" data-testid={testId}>
          <Table.Thead>
            <Table.Tr>
              {th('name')}
              {fields.map(th)}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sorted.length === 0 ? (
              <Table.Tr>
                <Table.Td colSpan={fields.length + 1}>
                  <Text c="dimmed" size="sm" ta="center" py="md">
                    {emptyText}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ) : (
              sorted.map((row) => (
                <Table.Tr key={row.id} data-testid={`${testId}-row`}>
                  <Table.Td>{renderName(row)}</Table.Td>
                  {fields.map((field) => (
                    <Table.Td key={field} style={right} fw={field === 'total' ? 600 : undefined} c={field === 'over90' && row.buckets.over90 > 0 ? 'red.9' : undefined}>
                      {format.money(row.buckets[field])}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))
            )}
          </Table.Tbody>
          {sorted.length > 0 && (
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th>{t('billing.receivables.total')}</Table.Th>
                {fields.map((field) => (
                  <Table.Th key={field} style={right}>
                    {format.money(total[field])}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Tfoot>
          )}
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}

function AgingSection({ aging }: { aging: AgingData }) {
  const { t } = useTranslation();
  const format = useFormat();
  const share = overdueShareBp(aging.total);
  return (
    <Stack gap="lg" data-testid="aging">
      <SimpleGrid cols={{ base: 1, xs: 2, lg: 4 }} spacing="md">
        <StatCard label={t('billing.receivables.open')} value={format.money(aging.total.total)} data-testid="aging-total" />
        <StatCard
          label={t('billing.receivables.overdue')}
          value={format.money(overdueAmount(aging.total))}
          color={overdueAmount(aging.total) > 0 ? 'red' : undefined}
          note={share == null ? undefined : t('billing.receivables.overdueShare', { share: format.percentBp(share) })}
          data-testid="aging-overdue"
        />
        <StatCard
          label={t('billing.receivables.bucket.over90')}
          value={format.money(aging.total.over90)}
          color={aging.total.over90 > 0 ? 'red' : undefined}
          data-testid="aging-over90"
        />
        <StatCard
          label={t('billing.receivables.firmsOwing')}
          value={format.integer(aging.firms.length)}
          note={t('billing.receivables.asOf', { date: format.date(aging.asOf) })}
        />
      </SimpleGrid>
      <AgingChart
        rows={[
          { key: 'all', name: t('billing.receivables.allClusters'), buckets: aging.total },
          ...aging.clusters.map((cluster) => ({ key: cluster.id, name: cluster.name, buckets: cluster.buckets })),
        ]}
      />
      <AgingTable
        title={t('billing.receivables.byCluster')}
        rows={aging.clusters}
        total={aging.total}
        nameHeader={t('billing.invoice.cluster')}
        renderName={(row) => row.name}
        emptyText={t('billing.receivables.nothingOpen')}
        data-testid="aging-clusters"
      />
      <AgingTable
        title={t('billing.receivables.byFirm')}
        rows={aging.firms}
        total={aging.total}
        nameHeader={t('billing.bank.firm')}
        renderName={(row) => (
          <Anchor component={Link} to={`/firms/${row.id}/statement`} size="sm" data-testid="aging-firm-statement">
            {row.name}
          </Anchor>
        )}
        emptyText={t('billing.receivables.nothingOpen')}
        data-testid="aging-firms"
      />
    </Stack>
  );
}

function CollectionsSection({ clusterId }: { clusterId: string | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const collections = useCollections(clusterId);
  if (collections.error) return <ErrorAlert error={collections.error} />;
  if (collections.isPending) return <CenteredLoader />;
  const summary = collectionSummary(collections.data);
  const rate = (bp: number | null) => (bp == null ? t('common.empty') : format.percentBp(bp));
  const monthLabel = (month: string) => format.month(monthStart(month));
  return (
    <Stack gap="lg" data-testid="collections">
      <ColumnChart
        title={t('billing.receivables.collectionsChart', { count: COLLECTION_MONTHS })}
        series={[
          { label: t('billing.receivables.invoiced'), color: 'blue.6' },
          { label: t('billing.receivables.collected'), color: 'teal.6' },
        ]}
        groups={summary.rows.map((row) => ({
          key: row.month,
          label: monthLabel(row.month).replace(/\/\d\d(\d\d)$/, '/$1'),
          values: [row.invoiced, row.collected],
          description: t('billing.receivables.monthBar', {
            month: monthLabel(row.month),
            invoiced: format.money(row.invoiced),
            collected: format.money(row.collected),
          }),
        }))}
        scaleNote={(max) => t('billing.fund.chartScale', { max: format.money(max) })}
        data-testid="collections-chart"
      />
      <Card withBorder padding="lg">
        <Title order={3} size="h4" mb="md">
          {t('billing.receivables.collectionsTable')}
        </Title>
        <Table.ScrollContainer minWidth={520}>
          <Table striped verticalSpacing="xs" data-testid="collections-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('billing.fund.month')}</Table.Th>
                <Table.Th style={right}>{t('billing.receivables.invoiced')}</Table.Th>
                <Table.Th style={right}>{t('billing.receivables.collected')}</Table.Th>
                <Table.Th style={right}>{t('billing.receivables.rate')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {summary.rows.map((row) => (
                <Table.Tr key={row.month}>
                  <Table.Td>{monthLabel(row.month)}</Table.Td>
                  <Table.Td style={right}>{format.money(row.invoiced)}</Table.Td>
                  <Table.Td style={right}>{format.money(row.collected)}</Table.Td>
                  <Table.Td style={right}>{rate(row.rateBp)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th>{t('billing.receivables.total')}</Table.Th>
                <Table.Th style={right}>{format.money(summary.invoiced)}</Table.Th>
                <Table.Th style={right}>{format.money(summary.collected)}</Table.Th>
                <Table.Th style={right} data-testid="collections-rate">
                  {rate(summary.rateBp)}
                </Table.Th>
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </Table.ScrollContainer>
        <Text size="xs" c="dimmed" mt="xs">
          {t('billing.receivables.rateHint')}
        </Text>
      </Card>
    </Stack>
  );
}

/**
 * Receivables (operators): what is open by days past due, per cluster and per firm (each firm
 * links to its statement), and invoiced against collected over the last twelve months.
 */
export function ReceivablesPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const today = todayInVietnam();
  const clusterId = params.get('cluster') || null;
  const asOf = calendarDateOrNull(params.get('asOf'));
  const update = (key: 'cluster' | 'asOf', value: string | null) => {
    const next = new URLSearchParams(params);
    if (value === null || value === '') next.delete(key);
    else next.set(key, value);
    setParams(next, { replace: true });
  };
  const clusters = useClusterOptions();
  const aging = useReceivablesAging(asOf, clusterId);

  return (
    <>
      <PageHeader title={t('billing.receivables.title')} description={t('billing.receivables.description')} />
      <Card withBorder padding="md" mb="lg">
        <Group align="flex-end" wrap="wrap">
          <Select
            label={t('billing.invoice.cluster')}
            placeholder={t('billing.run.allClusters')}
            clearable
            searchable
            w={{ base: '100%', sm: 280 }}
            data-testid="receivables-cluster"
            value={clusterId}
            onChange={(value) => update('cluster', value)}
            data={(clusters.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
          />
          <DateField
            label={t('billing.receivables.asOfLabel')}
            w={{ base: '100%', xs: 180 }}
            data-testid="receivables-as-of"
            value={asOf ?? today}
            clearable={false}
            onChange={(value) => update('asOf', value === today ? null : value)}
          />
        </Group>
      </Card>
      <Stack gap="xl">
        {aging.error ? <ErrorAlert error={aging.error} /> : aging.isPending ? <CenteredLoader /> : <AgingSection aging={aging.data} />}
        <Stack gap="md">
          <Title order={2} size="h3">
            {t('billing.receivables.collectionsTitle')}
          </Title>
          <CollectionsSection clusterId={clusterId} />
        </Stack>
      </Stack>
    </>
  );
}
