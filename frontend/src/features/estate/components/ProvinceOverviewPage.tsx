import { Badge, Box, Button, Card, Chip, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CenteredLoader } from '@/components/ui/CenteredLoader';
import { DataTable } from '@/components/ui/DataTable';
import type { Column } from '@/components/ui/DataTable';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { PageHeader } from '@/components/ui/PageHeader';
import { saveBlob } from '@/lib/download';
import { todayInVietnam } from '@/lib/format';
import { useFormat } from '@/lib/use-format';
import { useProvinceOverview } from '../api/overview';
import type { ProvinceOverviewRow as Row } from '../api/overview';
import { ClusterStatusBadge, WastewaterBadge } from './badges';
import { OccupancyBar, OccupancyTotals, occupancyColor } from './occupancy';
import { PROVINCE_FILTERS, hasPlant, matches, permitExpiry, plantCapacity, provinceCsv } from '../lib/province';
import type { ProvinceFilter } from '../lib/province';

/** Occupancy of each cluster as horizontal bars, highest first. */
function OccupancyChart({ rows }: { rows: readonly Row[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const sorted = [...rows].sort((a, b) => b.occupancy.rateBp - a.occupancy.rateBp);
  return (
    <Card withBorder padding="lg" data-testid="province-chart">
      <Title order={3} size="h4" mb="md">
        {t('estate.province.chart')}
      </Title>
      <Stack gap="xs">
        {sorted.map((row) => (
          <Group key={`${row.operatorName}-${row.clusterName}`} gap="sm" wrap="nowrap">
            <Box w={{ base: 120, sm: 220 }} style={{ flexShrink: 0 }}>
              <Text size="sm" truncate="end" title={row.clusterName}>
                {row.clusterName}
              </Text>
              <Text size="xs" c="dimmed" truncate="end">
                {row.district}
              </Text>
            </Box>
            <Progress
              value={Math.min(row.occupancy.rateBp, 10_000) / 100}
              color={occupancyColor(row.occupancy.rateBp)}
              size={18}
              radius="sm"
              flex={1}
              aria-label={row.clusterName}
            />
            <Text size="sm" fw={600} w={60} ta="right" style={{ flexShrink: 0 }}>
              {format.percentBp(row.occupancy.rateBp)}
            </Text>
          </Group>
        ))}
      </Stack>
    </Card>
  );
}

/** Province overview (authority viewer): aggregates per cluster, never rents or invoices. */
/** The plant's latest effluent sample against its permit, or that none was recorded. */
function LastSample({ upkeep }: { upkeep: Row['upkeep'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (upkeep.lastSampleOn == null) {
    return (
      <Text size="xs" c="dimmed">
        {t('estate.province.noSample')}
      </Text>
    );
  }
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="xs" fw={600} c={upkeep.lastSampleCompliant ? 'teal.9' : 'red.9'}>
        {upkeep.lastSampleCompliant ? t('estate.province.metPermit') : t('estate.province.overLimit')}
      </Text>
      <Text size="xs" c="dimmed">
        {format.date(upkeep.lastSampleOn)}
      </Text>
    </Group>
  );
}

export function ProvinceOverviewPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const overview = useProvinceOverview();
  const [filter, setFilter] = useState<ProvinceFilter>('ALL');
  const today = todayInVietnam();

  const columns: Column<Row>[] = [
    {
      key: 'cluster',
      header: t('estate.province.cluster'),
      phone: 'title',
      render: (row) => (
        <Stack gap={2}>
          <Text size="sm" fw={500}>
            {row.clusterName}
          </Text>
          <Text size="xs" c="dimmed">
            {row.district} · {row.operatorName}
          </Text>
          <ClusterStatusBadge status={row.status} />
        </Stack>
      ),
    },
    { key: 'area', header: t('estate.totalArea'), nowrap: true, render: (row) => format.hectares(row.totalAreaM2) },
    { key: 'occupancy', header: t('estate.occupancy'), render: (row) => <OccupancyBar rateBp={row.occupancy.rateBp} of={row.clusterName} /> },
    { key: 'firms', header: t('estate.firmCount'), render: (row) => format.integer(row.occupancy.firms) },
    { key: 'workforce', header: t('estate.workforce'), render: (row) => format.integer(row.occupancy.workforce) },
    {
      key: 'wastewater',
      header: t('estate.wastewater.title'),
      render: (row) => {
        const capacity = plantCapacity(row);
        const expiry = permitExpiry(row);
        return (
          <Stack gap={2}>
            {hasPlant(row) && !row.wastewater.present ? (
              <Badge color="blue" variant="light">
                {t('estate.province.plantRegistered')}
              </Badge>
            ) : (
              <WastewaterBadge status={row.wastewater.status} />
            )}
            {capacity != null && (
              <Text size="xs" c="dimmed">
                {t('estate.wastewater.capacityValue', { value: format.integer(capacity) })}
              </Text>
            )}
            {expiry != null && (
              <Text size="xs" c={expiry < today ? 'red' : 'dimmed'}>
                {t('estate.province.permitUntil', { date: format.date(expiry) })}
              </Text>
            )}
            {row.upkeep.inflowM3PerDay != null && (
              <Text size="xs" c={(row.upkeep.inflowOfCapacityBp ?? 0) > 10_000 ? 'red.9' : 'dimmed'}>
                {row.upkeep.inflowOfCapacityBp == null
                  ? t('estate.province.inflow', { value: format.integer(row.upkeep.inflowM3PerDay) })
                  : t('estate.province.inflowOfCapacity', {
                      value: format.integer(row.upkeep.inflowM3PerDay),
                      share: format.percentBp(row.upkeep.inflowOfCapacityBp),
                    })}
              </Text>
            )}
            {hasPlant(row) && <LastSample upkeep={row.upkeep} />}
          </Stack>
        );
      },
    },
    {
      key: 'p1',
      header: t('estate.province.openP1'),
      render: (row) => (
        <Text size="sm" c={row.upkeep.openP1WorkOrders > 0 ? 'red' : undefined} fw={row.upkeep.openP1WorkOrders > 0 ? 600 : undefined}>
          {format.integer(row.upkeep.openP1WorkOrders)}
        </Text>
      ),
    },
    {
      key: 'upkeep',
      header: t('estate.province.upkeepDone'),
      render: (row) =>
        row.upkeep.doneRateBp == null ? (
          <Text size="sm" c="dimmed">
            {t('common.empty')}
          </Text>
        ) : (
          <Stack gap={2}>
            <Text size="sm" fw={500}>
              {format.percentBp(row.upkeep.doneRateBp)}
            </Text>
            <Text size="xs" c="dimmed">
              {t('estate.province.doneOfDue', { done: row.upkeep.occurrencesDone, due: row.upkeep.occurrencesDue })}
            </Text>
          </Stack>
        ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('estate.province.title')}
        description={overview.data ? t('estate.province.description', { province: overview.data.province }) : undefined}
      />
      {overview.error ? (
        <ErrorAlert error={overview.error} />
      ) : !overview.data ? (
        <CenteredLoader />
      ) : (
        <Stack gap="lg">
          <Text size="sm" c="dimmed">
            {t('estate.onDate', { date: format.date(overview.data.on) })}
          </Text>
          <OccupancyTotals occupancy={overview.data.total} />
          {overview.data.clusters.length > 0 && <OccupancyChart rows={overview.data.clusters} />}
          <Card withBorder padding="lg">
            <Group justify="space-between" mb="sm" gap="sm">
              <Title order={3} size="h4">
                {t('estate.province.table')}
              </Title>
              <Button
                variant="default"
                data-testid="province-csv"
                onClick={() =>
                  saveBlob(
                    new Blob([provinceCsv(overview.data.clusters.filter((r) => matches(r, filter, today)))], { type: 'text/csv;charset=utf-8' }),
                    `clusterkeep-province-${overview.data.on}.csv`,
                  )
                }
              >
                {t('estate.csv.export')}
              </Button>
            </Group>
            <Chip.Group value={filter} onChange={(v) => setFilter(v as ProvinceFilter)}>
              <Group gap="xs" mb="sm" data-testid="province-filter">
                {PROVINCE_FILTERS.map((f) => (
                  <Chip key={f} value={f} size="sm" data-testid={`province-filter-${f}`}>
                    {t(`estate.province.filter.${f}`)}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
            <DataTable
              rows={overview.data.clusters.filter((r) => matches(r, filter, today))}
              columns={columns}
              rowKey={(row) => `${row.operatorName}-${row.clusterName}`}
              emptyText={t('estate.province.empty')}
              data-testid="province-table"
            />
          </Card>
        </Stack>
      )}
    </>
  );
}
