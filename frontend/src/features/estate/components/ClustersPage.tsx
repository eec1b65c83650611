import { Anchor, Button, Card, Group, Modal, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { DataTable } from '@/components/ui/DataTable';
import type { Column } from '@/components/ui/DataTable';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { LoadMore } from '@/components/ui/LoadMore';
import { PageHeader } from '@/components/ui/PageHeader';
import type { ClusterOrderField } from '@/gql/graphql';
import { useViewer } from '@/lib/session/use-session';
import { useFormat } from '@/lib/use-format';
import { useSort } from '@/lib/use-sort';
import { useClusters } from '../api/clusters';
import type { ClusterRow } from '../api/clusters';
import { ClusterStatusBadge, WastewaterBadge } from './badges';
import { ClusterForm } from './ClusterForm';
import { ExportCsvButton } from './ExportCsvButton';
import { OccupancyBar } from './occupancy';

/** Clusters (operators): every cluster with its area, occupancy and wastewater plant. */
export function ClustersPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const viewer = useViewer();
  const navigate = useNavigate();
  const [opened, { open, close }] = useDisclosure(false);
  const sort = useSort<ClusterOrderField>();
  // A new order is a new query key, so the list starts again from its first page.
  const clusters = useClusters(sort.orderBy);

  const columns: Column<ClusterRow, ClusterOrderField>[] = [
    {
      key: 'name',
      header: t('estate.clusters.name'),
      sortField: 'NAME',
      render: (row) => (
        <Anchor component={Link} to={`/clusters/${row.id}`} fw={500} data-testid="cluster-link">
          {row.name}
        </Anchor>
      ),
    },
    {
      key: 'province',
      header: t('estate.clusters.province'),
      sortField: 'PROVINCE',
      render: (row) => (
        <>
          <Text size="sm">{row.province}</Text>
          <Text size="xs" c="dimmed">
            {row.district}
          </Text>
        </>
      ),
    },
    {
      key: 'status',
      header: t('estate.clusters.status'),
      sortField: 'STATUS',
      render: (row) => <ClusterStatusBadge status={row.status} />,
    },
    {
      key: 'established',
      header: t('estate.clusters.establishedOn'),
      sortField: 'ESTABLISHED_ON',
      nowrap: true,
      render: (row) => (row.establishedOn == null ? t('common.empty') : format.date(row.establishedOn)),
    },
    { key: 'total', header: t('estate.totalArea'), nowrap: true, render: (row) => format.hectares(row.totalAreaM2) },
    {
      key: 'leasable',
      header: t('estate.leasableArea'),
      sortField: 'LEASABLE_AREA',
      nowrap: true,
      render: (row) => format.hectares(row.leasableAreaM2),
    },
    { key: 'occupancy', header: t('estate.occupancy'), render: (row) => <OccupancyBar rateBp={row.occupancy.rateBp} of={row.name} /> },
    { key: 'firms', header: t('estate.firmCount'), render: (row) => format.integer(row.occupancy.firms) },
    {
      key: 'wastewater',
      header: t('estate.wastewater.title'),
      render: (row) => <WastewaterBadge status={row.wastewater.status} />,
    },
  ];

  return (
    <>
      <PageHeader title={t('estate.clusters.title')} description={t('estate.clusters.description')} />
      <Card withBorder padding="lg">
        <Group justify="flex-end" mb="md">
          <ExportCsvButton file="clusters.csv" />
          <Button onClick={open} data-testid="cluster-create">
            {t('estate.clusters.create')}
          </Button>
        </Group>
        {clusters.error ? (
          <ErrorAlert error={clusters.error} />
        ) : (
          <>
            <DataTable
              rows={clusters.nodes}
              columns={columns}
              sort={sort}
              rowKey={(row) => row.id}
              emptyText={clusters.isPending ? t('common.loading') : t('estate.clusters.empty')}
              data-testid="clusters-table"
            />
            <LoadMore
              shown={clusters.nodes.length}
              total={clusters.totalCount}
              hasMore={clusters.hasMore}
              loading={clusters.isLoadingMore}
              onLoadMore={clusters.loadMore}
              data-testid="clusters-load-more"
            />
          </>
        )}
      </Card>
      <Modal opened={opened} onClose={close} title={t('estate.clusters.createTitle')} size="lg">
        <ClusterForm
          cluster={null}
          province={viewer.tenant?.province ?? ''}
          onCancel={close}
          onSaved={(id) => {
            close();
            void navigate(`/clusters/${id}`);
          }}
        />
      </Modal>
    </>
  );
}
