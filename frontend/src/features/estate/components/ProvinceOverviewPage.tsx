import { Box, Card, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CenteredLoader } from '@/components/ui/CenteredLoader';
import { DataTable } from '@/components/ui/DataTable';
import type { Column } from '@/components/ui/DataTable';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { PageHeader } from '@/components/ui/PageHeader';
import { useFormat } from '@/lib/use-format';
import { useProvinceOverview } from '../api/overview';
import type { ProvinceOverviewRow as Row } from '../api/overview';
import { ClusterStatusBadge, WastewaterBadge } from './badges';
import { OccupancyBar, OccupancyTotals, occupancyColor } from './occupancy';

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
export function ProvinceOverviewPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const overview = useProvinceOverview();

  const columns: Column<Row>[] = [
    { key: 'operator', header: t('estate.province.operator'), render: (row) => row.operatorName },
    {
      key: 'cluster',
      header: t('estate.province.cluster'),
      render: (row) => (
        <Stack gap={2}>
          <Text size="sm" fw={500}>
            {row.clusterName}
          </Text>
          <ClusterStatusBadge status={row.status} />
        </Stack>
      ),
    },
    { key: 'district', header: t('estate.province.district'), render: (row) => row.district },
    { key: 'area', header: t('estate.totalArea'), nowrap: true, render: (row) => format.hectares(row.totalAreaM2) },
    { key: 'occupancy', header: t('estate.occupancy'), render: (row) => <OccupancyBar rateBp={row.occupancy.rateBp} /> },
    { key: 'firms', header: t('estate.firmCount'), render: (row) => format.integer(row.occupancy.firms) },
    { key: 'workforce', header: t('estate.workforce'), render: (row) => format.integer(row.occupancy.workforce) },
    {
      key: 'wastewater',
      header: t('estate.wastewater.title'),
      render: (row) => <WastewaterBadge status={row.wastewater.status} />,
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
            <Title order={3} size="h4" mb="sm">
              {t('estate.province.table')}
            </Title>
            <DataTable
              rows={overview.data.clusters}
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
