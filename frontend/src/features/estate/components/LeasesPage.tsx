import { Anchor, Button, Card, Group, Modal, Select } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { DataTable } from '@/components/ui/DataTable';
import type { Column } from '@/components/ui/DataTable';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { LoadMore } from '@/components/ui/LoadMore';
import { PageHeader } from '@/components/ui/PageHeader';
import type { LeaseOrderField, LeaseStatus } from '@/gql/graphql';
import { useClusterOptions } from '@/lib/cluster-options';
import { useFirmOptions } from '@/lib/firm-options';
import { useFormat } from '@/lib/use-format';
import { useSort } from '@/lib/use-sort';
import { useLeases } from '../api/leases';
import type { LeaseFilter, LeaseRow } from '../api/leases';
import { LeaseStatusBadge } from './badges';
import { ExportCsvButton } from './ExportCsvButton';
import { LeaseForm } from './LeaseForm';

export const LEASE_STATUSES: readonly LeaseStatus[] = ['DRAFT', 'ACTIVE', 'EXPIRED', 'TERMINATED'];

function isLeaseStatus(value: string | null): value is LeaseStatus {
  return value !== null && (LEASE_STATUSES as readonly string[]).includes(value);
}

/** The leases table; `basePath` is where a row's detail lives (/leases or /my-leases). */
function LeasesTable({ filter, basePath, showFirm }: { filter: LeaseFilter; basePath: string; showFirm: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const sort = useSort<LeaseOrderField>();
  // A new filter or order is a new query key, so the list starts again from its first page.
  const leases = useLeases(basePath, filter, sort.orderBy);

  const columns: Column<LeaseRow, LeaseOrderField>[] = [
    ...(showFirm
      ? [
          {
            key: 'firm',
            header: t('estate.leases.firm'),
            phone: 'title' as const,
            render: (row: LeaseRow) => (
              <Anchor component={Link} to={`${basePath}/${row.id}`} fw={500} data-testid="lease-link">
                {row.firm.name}
              </Anchor>
            ),
          },
        ]
      : []),
    {
      key: 'cluster',
      header: t('estate.leases.cluster'),
      // The firm's own list links the lease from its cluster.
      phone: showFirm ? undefined : 'title',
      render: (row) =>
        showFirm ? (
          row.cluster.name
        ) : (
          <Anchor component={Link} to={`${basePath}/${row.id}`} fw={500} data-testid="lease-link">
            {row.cluster.name}
          </Anchor>
        ),
    },
    { key: 'plots', header: t('estate.leases.plots'), render: (row) => row.plots.map((p) => p.code).join(', ') },
    { key: 'area', header: t('estate.area'), nowrap: true, render: (row) => format.squareMetres(row.areaM2) },
    {
      key: 'startsOn',
      header: t('estate.leases.startsOn'),
      sortField: 'STARTS_ON',
      nowrap: true,
      render: (row) => format.date(row.startsOn),
    },
    {
      key: 'endsOn',
      header: t('estate.leases.endsOn'),
      sortField: 'ENDS_ON',
      nowrap: true,
      render: (row) => format.date(row.endsOn),
    },
    {
      key: 'rent',
      header: t('estate.leases.rent'),
      sortField: 'RENT',
      nowrap: true,
      render: (row) => t('estate.leases.rentValue', { amount: format.money(row.rentPerM2Year) }),
    },
    { key: 'status', header: t('common.status'), phone: 'aside', render: (row) => <LeaseStatusBadge status={row.status} /> },
  ];

  if (leases.error) return <ErrorAlert error={leases.error} />;
  return (
    <>
      <DataTable
        rows={leases.nodes}
        columns={columns}
        sort={sort}
        rowKey={(row) => row.id}
        emptyText={leases.isPending ? t('common.loading') : t('estate.leases.empty')}
        data-testid="leases-table"
      />
      <LoadMore
        shown={leases.nodes.length}
        total={leases.totalCount}
        hasMore={leases.hasMore}
        loading={leases.isLoadingMore}
        onLoadMore={leases.loadMore}
        data-testid="leases-load-more"
      />
    </>
  );
}

/** Leases (operators): filters by status, cluster and firm, and the new-lease form. */
export function LeasesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [opened, { open, close }] = useDisclosure(false);
  const [filter, setFilter] = useState<LeaseFilter>({ status: null, clusterId: null, firmId: null });
  const clusters = useClusterOptions();
  const firms = useFirmOptions();

  return (
    <>
      <PageHeader title={t('estate.leases.title')} description={t('estate.leases.description')} />
      <Card withBorder padding="lg">
        <Group mb="md" justify="space-between" align="flex-end">
          <Group align="flex-end">
            <Select
              label={t('common.status')}
              placeholder={t('common.all')}
              clearable
              w={180}
              data-testid="lease-filter-status"
              value={filter.status}
              onChange={(value) => setFilter((f) => ({ ...f, status: isLeaseStatus(value) ? value : null }))}
              data={LEASE_STATUSES.map((s) => ({ value: s, label: t(`estate.leaseStatus.${s}`) }))}
            />
            <Select
              label={t('estate.leases.cluster')}
              placeholder={t('common.all')}
              clearable
              searchable
              w={220}
              data-testid="lease-filter-cluster"
              value={filter.clusterId}
              onChange={(value) => setFilter((f) => ({ ...f, clusterId: value }))}
              data={(clusters.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
            />
            <Select
              label={t('estate.leases.firm')}
              placeholder={t('common.all')}
              clearable
              searchable
              w={240}
              data-testid="lease-filter-firm"
              value={filter.firmId}
              onChange={(value) => setFilter((f) => ({ ...f, firmId: value }))}
              data={(firms.data ?? []).map((f) => ({ value: f.id, label: f.name }))}
            />
          </Group>
          <Group>
            <ExportCsvButton file="leases.csv" />
            <Button onClick={open} data-testid="lease-create">
              {t('estate.leases.create')}
            </Button>
          </Group>
        </Group>
        <LeasesTable filter={filter} basePath="/leases" showFirm />
      </Card>
      <Modal opened={opened} onClose={close} title={t('estate.leases.createTitle')} size="xl">
        <LeaseForm
          onCancel={close}
          onSaved={(id) => {
            close();
            void navigate(`/leases/${id}`);
          }}
        />
      </Modal>
    </>
  );
}

/** My leases (enterprise users): the same query returns only their firm's leases; read-only. */
export function MyLeasesPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('estate.leases.myTitle')} description={t('estate.leases.myDescription')} />
      <Card withBorder padding="lg">
        <LeasesTable filter={{ status: null, clusterId: null, firmId: null }} basePath="/my-leases" showFirm={false} />
      </Card>
    </>
  );
}
