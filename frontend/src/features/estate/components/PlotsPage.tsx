import { Anchor, Button, Card, Group, Modal, SegmentedControl, Select, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { DataTable } from '@/components/ui/DataTable';
import type { Column } from '@/components/ui/DataTable';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { LoadMore } from '@/components/ui/LoadMore';
import { PageHeader } from '@/components/ui/PageHeader';
import type { PlotOrderField, PlotStatus } from '@/gql/graphql';
import { useClusterOptions } from '@/lib/cluster-options';
import { useFormat } from '@/lib/use-format';
import { useSort } from '@/lib/use-sort';
import { usePlots } from '../api/plots';
import type { PlotRow } from '../api/plots';
import { PlotStatusBadge } from './badges';
import { ExportCsvButton } from './ExportCsvButton';
import { ImportCsvButton } from './ImportCsvButton';
import { PlotForm } from './PlotForm';

type StatusFilter = PlotStatus | 'ALL';
const isStatusFilter = (value: string): value is StatusFilter => ['ALL', 'FREE', 'LEASED'].includes(value);

/** Plots (operators): filter by cluster, code and today's status; add and edit plots. */
export function PlotsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [clusterId, setClusterId] = useState<string | null>(null);
  // `?search=` opens the list filtered, e.g. from the global search; a new address refills the box.
  const [searchParams] = useSearchParams();
  const asked = searchParams.get('search') ?? '';
  const [search, setSearch] = useState(asked);
  const [searchInAddress, setSearchInAddress] = useState(asked);
  if (searchInAddress !== asked) {
    setSearchInAddress(asked);
    setSearch(asked);
  }
  const [debouncedSearch] = useDebouncedValue(search, 300);
  const [status, setStatus] = useState<StatusFilter>('ALL');
  // null: closed; 'new': adding; a row: editing it.
  const [editing, setEditing] = useState<PlotRow | 'new' | null>(null);
  const clusters = useClusterOptions();
  const filter = { clusterId, search: debouncedSearch, status: status === 'ALL' ? null : status };
  const sort = useSort<PlotOrderField>();
  // A new filter or order is a new query key, so the list starts again from its first page.
  const plots = usePlots(filter, sort.orderBy);

  const columns: Column<PlotRow, PlotOrderField>[] = [
    { key: 'code', header: t('estate.plots.code'), sortField: 'CODE', phone: 'title', render: (row) => <b>{row.code}</b> },
    {
      key: 'cluster',
      header: t('estate.plots.cluster'),
      render: (row) => (
        <Anchor component={Link} to={`/clusters/${row.cluster.id}`} size="sm">
          {row.cluster.name}
        </Anchor>
      ),
    },
    {
      key: 'area',
      header: t('estate.area'),
      sortField: 'AREA',
      nowrap: true,
      render: (row) => format.squareMetres(row.areaM2),
    },
    { key: 'landUse', header: t('estate.plots.landUse'), sortField: 'LAND_USE', render: (row) => row.landUse },
    { key: 'cadastral', header: t('estate.plots.cadastralRef'), render: (row) => row.cadastralRef ?? t('common.empty') },
    { key: 'status', header: t('common.status'), phone: 'aside', render: (row) => <PlotStatusBadge status={row.status} /> },
    {
      key: 'actions',
      header: t('common.actions'),
      phone: 'footer',
      render: (row) => (
        <Button size="xs" variant="subtle" onClick={() => setEditing(row)} data-testid={`plot-edit-${row.code}`}>
          {t('common.edit')}
        </Button>
      ),
    },
  ];

  return (
    <>
      <PageHeader title={t('estate.plots.title')} description={t('estate.plots.description')} />
      <Card withBorder padding="lg">
        <Group mb="md" justify="space-between" align="flex-end">
          <Group align="flex-end">
            <Select
              label={t('estate.plots.cluster')}
              placeholder={t('estate.plots.anyCluster')}
              clearable
              w={240}
              data-testid="plot-filter-cluster"
              value={clusterId}
              onChange={setClusterId}
              data={(clusters.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
            />
            <TextInput
              label={t('common.search')}
              placeholder={t('estate.plots.searchCode')}
              w={200}
              data-testid="plot-filter-search"
              value={search}
              onChange={(event) => setSearch(event.currentTarget.value)}
            />
            <SegmentedControl
              aria-label={t('common.status')}
              data-testid="plot-filter-status"
              value={status}
              onChange={(value) => {
                if (isStatusFilter(value)) setStatus(value);
              }}
              data={[
                { value: 'ALL', label: t('common.all') },
                { value: 'FREE', label: t('estate.plotStatus.FREE') },
                { value: 'LEASED', label: t('estate.plotStatus.LEASED') },
              ]}
            />
          </Group>
          <Group>
            <ExportCsvButton file="plots.csv" />
            <ImportCsvButton kind="plots" />
            <Button onClick={() => setEditing('new')} data-testid="plot-create">
              {t('estate.plots.create')}
            </Button>
          </Group>
        </Group>
        {plots.error ? (
          <ErrorAlert error={plots.error} />
        ) : (
          <>
            <DataTable
              rows={plots.nodes}
              columns={columns}
              sort={sort}
              rowKey={(row) => row.id}
              emptyText={plots.isPending ? t('common.loading') : t('estate.plots.empty')}
              data-testid="plots-table"
            />
            <LoadMore
              shown={plots.nodes.length}
              total={plots.totalCount}
              hasMore={plots.hasMore}
              loading={plots.isLoadingMore}
              onLoadMore={plots.loadMore}
              data-testid="plots-load-more"
            />
          </>
        )}
      </Card>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? t('estate.plots.createTitle') : t('estate.plots.editTitle')}
        size="lg"
      >
        {editing !== null && (
          <PlotForm
            key={editing === 'new' ? 'new' : editing.id}
            plot={editing === 'new' ? null : editing}
            onDone={() => setEditing(null)}
          />
        )}
      </Modal>
    </>
  );
}
