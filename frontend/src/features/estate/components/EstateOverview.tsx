import { Anchor, Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CenteredLoader } from '@/components/ui/CenteredLoader';
import { DataTable } from '@/components/ui/DataTable';
import type { Column } from '@/components/ui/DataTable';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { useFormat } from '@/lib/use-format';
import { useEstateOverview } from '../api/overview';
import type { EstateOverviewRow as Row } from '../api/overview';
import { WastewaterBadge } from './badges';
import { OccupancyBar, OccupancyTotals } from './occupancy';

/** The operator's estate today: totals with the occupancy gauge, and every cluster. */
export function EstateOverview() {
  const { t } = useTranslation();
  const format = useFormat();
  const overview = useEstateOverview();

  if (overview.error) return <ErrorAlert error={overview.error} />;
  if (!overview.data) return <CenteredLoader />;
  const { total, clusters, on } = overview.data;

  const columns: Column<Row>[] = [
    {
      key: 'name',
      header: t('estate.province.cluster'),
      render: (row) => (
        <Anchor component={Link} to={`/clusters/${row.cluster.id}`} fw={500}>
          {row.cluster.name}
        </Anchor>
      ),
    },
    {
      key: 'area',
      header: t('estate.leasedArea'),
      nowrap: true,
      render: (row) => `${format.hectares(row.occupancy.leasedAreaM2)} / ${format.hectares(row.occupancy.leasableAreaM2)}`,
    },
    { key: 'occupancy', header: t('estate.occupancy'), render: (row) => <OccupancyBar rateBp={row.occupancy.rateBp} of={row.cluster.name} /> },
    { key: 'firms', header: t('estate.firmCount'), render: (row) => format.integer(row.occupancy.firms) },
    { key: 'workforce', header: t('estate.workforce'), render: (row) => format.integer(row.occupancy.workforce) },
    {
      key: 'plots',
      header: t('estate.plotsFree'),
      nowrap: true,
      render: (row) => `${format.integer(row.occupancy.plotsFree)} / ${format.integer(row.occupancy.plotsTotal)}`,
    },
    {
      key: 'wastewater',
      header: t('estate.wastewater.title'),
      render: (row) => <WastewaterBadge status={row.wastewater.status} />,
    },
  ];

  return (
    <Stack gap="lg">
      <Text size="sm" c="dimmed">
        {t('estate.onDate', { date: format.date(on) })}
      </Text>
      <OccupancyTotals occupancy={total} />
      <Card withBorder padding="lg">
        <Title order={3} size="h4" mb="sm">
          {t('estate.overview.clusters')}
        </Title>
        <DataTable
          rows={clusters}
          columns={columns}
          rowKey={(row) => row.cluster.id}
          emptyText={t('estate.overview.empty')}
          data-testid="estate-clusters-table"
        />
      </Card>
    </Stack>
  );
}
