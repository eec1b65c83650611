import { Anchor, Button, Card, Group, Modal, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { DataTable } from '@/components/ui/DataTable';
import type { Column } from '@/components/ui/DataTable';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { LoadMore } from '@/components/ui/LoadMore';
import { PageHeader } from '@/components/ui/PageHeader';
import { useViewer } from '@/lib/session/use-session';
import { useConnection } from '@/lib/use-connection';
import { useFormat } from '@/lib/use-format';
import { clustersKey, fetchClusters } from '../api/clusters';
import { ClusterStatusBadge, WastewaterBadge } from './badges';
import { ClusterForm } from './ClusterForm';
import { OccupancyBar } from './occupancy';

type ClusterRow = Awaited<ReturnType<typeof fetchClusters>>['nodes'][number];

/** Clusters (operators): every cluster with its area, occupancy and wastewater plant. */
export function ClustersPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const viewer = useViewer();
  const navigate = useNavigate();
  const [opened, { open, close }] = useDisclosure(false);
  const clusters = useConnection([...clustersKey, 'list'], fetchClusters);

  const columns: Column<ClusterRow>[] = [
    {
      key: 'name',
      header: t('estate.clusters.name'),
      render: (row) => (
        <>
          <Anchor component={Link} to={`/clusters/${row.id}`} fw={500} data-testid="cluster-link">
            {row.name}
          </Anchor>
          <Text size="xs" c="dimmed">
            {row.district}, {row.province}
          </Text>
        </>
      ),
    },
    { key: 'status', header: t('estate.clusters.status'), render: (row) => <ClusterStatusBadge status={row.status} /> },
    { key: 'total', header: t('estate.totalArea'), nowrap: true, render: (row) => format.hectares(row.totalAreaM2) },
    { key: 'leasable', header: t('estate.leasableArea'), nowrap: true, render: (row) => format.hectares(row.leasableAreaM2) },
    { key: 'occupancy', header: t('estate.occupancy'), render: (row) => <OccupancyBar rateBp={row.occupancy.rateBp} /> },
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
