import { Anchor, Badge, Card, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { DataTable } from '@/components/ui/DataTable';
import type { Column } from '@/components/ui/DataTable';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { LoadMore } from '@/components/ui/LoadMore';
import { PageHeader } from '@/components/ui/PageHeader';
import { useClusterOptions } from '@/lib/cluster-options';
import { todayInVietnam } from '@/lib/format';
import { useFormat } from '@/lib/use-format';
import { useInvoices } from '../api/invoices';
import type { InvoiceRow } from '../api/invoices';
import { filterFromSearch, INVOICE_STATUSES, isInvoiceStatus, NO_INVOICE_FILTER, searchFromFilter } from '../lib/invoice-filter';
import type { InvoiceFilter } from '../lib/invoice-filter';
import { lastOfMonth, periodStarts } from '../lib/periods';
import { InterestNoticeBadge, InvoiceStatusBadge } from './badges';
import { EinvoiceExportButton } from './EinvoiceExportButton';
import { InvoicesZipButton } from './InvoicesZipButton';
import { usePeriodLabel } from '../lib/use-period-label';

/**
 * The invoices table with paging and row selection (for a ZIP of their PDFs); `operator` adds
 * the buyer column. The selection lasts while the filter does (the page keys the table by it).
 */
function InvoicesTable({ filter, basePath, operator }: { filter: InvoiceFilter; basePath: string; operator: boolean }) {
  const { t } = useTranslation();
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  const format = useFormat();
  const periodLabel = usePeriodLabel();
  // A new filter is a new query key, so the list starts again from its first page.
  const invoices = useInvoices(basePath, filter);

  const columns: Column<InvoiceRow>[] = [
    {
      key: 'number',
      header: t('billing.invoice.number'),
      nowrap: true,
      phone: 'title',
      render: (row) => (
        <Stack gap={2}>
          <Anchor component={Link} to={`${basePath}/${row.id}`} fw={500} ff="monospace" size="sm" data-testid="invoice-link">
            {row.numberLabel}
          </Anchor>
          {row.kind === 'CREDIT_NOTE' && (
            <Badge size="xs" color="grape" variant="light" w="fit-content">
              {t('billing.invoice.creditNote')}
            </Badge>
          )}
          <InterestNoticeBadge documentType={row.documentType} />
        </Stack>
      ),
    },
    // Operators see whom it bills, with the cluster under it; a firm sees only the cluster.
    operator
      ? {
          key: 'buyer',
          header: t('billing.invoice.buyer'),
          render: (row) => (
            <>
              <Text size="sm">{row.buyerName}</Text>
              <Text size="xs" c="dimmed">
                {row.clusterName}
              </Text>
            </>
          ),
        }
      : { key: 'cluster', header: t('billing.invoice.cluster'), render: (row) => row.clusterName },
    { key: 'period', header: t('billing.invoice.period'), nowrap: true, render: (row) => periodLabel(row.periodStart, row.periodEnd) },
    {
      key: 'issuedOn',
      header: t('billing.invoice.issuedOn'),
      nowrap: true,
      phone: 'hidden',
      render: (row) => (row.issuedOn != null ? format.date(row.issuedOn) : t('common.empty')),
    },
    {
      key: 'dueOn',
      header: t('billing.invoice.dueOn'),
      nowrap: true,
      render: (row) => (row.dueOn != null ? format.date(row.dueOn) : t('common.empty')),
    },
    {
      key: 'total',
      header: t('billing.invoice.total'),
      nowrap: true,
      // A credit note's total is negative: it takes money off the invoice it corrects.
      render: (row) => (
        <Text size="sm" c={row.total < 0 ? 'grape.9' : undefined} data-testid="invoice-row-total">
          {format.money(row.total)}
        </Text>
      ),
    },
    {
      key: 'open',
      header: t('billing.invoice.open'),
      nowrap: true,
      render: (row) => (
        <Text size="sm" fw={row.open > 0 ? 600 : undefined} c={row.open > 0 ? undefined : 'dimmed'}>
          {format.money(row.open)}
        </Text>
      ),
    },
    { key: 'status', header: t('common.status'), nowrap: true, phone: 'aside', render: (row) => <InvoiceStatusBadge status={row.status} /> },
  ];

  if (invoices.error) return <ErrorAlert error={invoices.error} />;
  return (
    <>
      <InvoicesZipButton selected={selected} onClear={() => setSelected(new Set())} />
      <DataTable
        rows={invoices.nodes}
        columns={columns}
        rowKey={(row) => row.id}
        selection={{
          selected,
          onChange: setSelected,
          label: (row) => t('invoiceZip.selectInvoice', { number: row.numberLabel }),
        }}
        emptyText={invoices.isPending ? t('common.loading') : t('billing.invoices.empty')}
        data-testid="invoices-table"
      />
      <LoadMore
        shown={invoices.nodes.length}
        total={invoices.totalCount}
        hasMore={invoices.hasMore}
        loading={invoices.isLoadingMore}
        onLoadMore={invoices.loadMore}
        data-testid="invoices-load-more"
      />
    </>
  );
}

/** Months to pick a period filter from: three ahead and three years back, newest first. */
function monthOptions(extra: string | null, toEnd: boolean) {
  const starts = periodStarts('MONTH', todayInVietnam(), 36, 3);
  const values = starts.map((start) => (toEnd ? lastOfMonth(start) : start));
  if (extra !== null && !values.includes(extra)) values.unshift(extra);
  return values;
}

/** Invoices (operators): filtered on the server by status, cluster, buyer or number and period. */
export function InvoicesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const filter = filterFromSearch(params);
  const [search, setSearch] = useState(filter.search);
  // The address can change under the page (the nav link clears it): the box follows.
  const [searchInAddress, setSearchInAddress] = useState(filter.search);
  if (searchInAddress !== filter.search) {
    setSearchInAddress(filter.search);
    if (filter.search !== search.trim()) setSearch(filter.search);
  }
  const clusters = useClusterOptions();

  // Each change merges into the address the page last asked for, not the one this render
  // shows: a search sent by its debounce and a status picked before the page renders again
  // both stay. An address from elsewhere (the nav link clears it) replaces it once rendered.
  const asked = useRef(params);
  useEffect(() => {
    asked.current = params;
  }, [params]);
  const update = (change: Partial<InvoiceFilter>) => {
    const next = searchFromFilter({ ...filterFromSearch(asked.current), ...change });
    asked.current = next;
    setParams(next, { replace: true });
  };
  const updateSearch = useDebouncedCallback((value: string) => update({ search: value.trim() }), 300);

  const monthLabel = (value: string) => format.month(value);

  return (
    <>
      <PageHeader title={t('billing.invoices.title')} description={t('billing.invoices.description')} />
      <Card withBorder padding="lg">
        <Group mb="md" align="flex-end" wrap="wrap">
          <TextInput
            label={t('common.search')}
            placeholder={t('billing.invoices.searchPlaceholder')}
            w={{ base: '100%', sm: 200 }}
            data-testid="invoice-filter-search"
            value={search}
            onChange={(event) => {
              setSearch(event.currentTarget.value);
              updateSearch(event.currentTarget.value);
            }}
          />
          <Select
            label={t('common.status')}
            placeholder={t('common.all')}
            clearable
            w={{ base: '100%', xs: 170 }}
            data-testid="invoice-filter-status"
            value={filter.status}
            onChange={(value) => update({ status: isInvoiceStatus(value) ? value : null })}
            data={INVOICE_STATUSES.map((s) => ({ value: s, label: t(`billing.invoiceStatus.${s}`) }))}
          />
          <Select
            label={t('billing.invoice.cluster')}
            placeholder={t('common.all')}
            clearable
            searchable
            w={{ base: '100%', xs: 200 }}
            data-testid="invoice-filter-cluster"
            value={filter.clusterId}
            onChange={(value) => update({ clusterId: value })}
            data={(clusters.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
          />
          <Select
            label={t('billing.invoices.periodFrom')}
            placeholder={t('common.all')}
            clearable
            w={{ base: '100%', xs: 130 }}
            data-testid="invoice-filter-from"
            value={filter.periodFrom}
            onChange={(value) => update({ periodFrom: value })}
            data={monthOptions(filter.periodFrom, false).map((value) => ({ value, label: monthLabel(value) }))}
          />
          <Select
            label={t('billing.invoices.periodTo')}
            placeholder={t('common.all')}
            clearable
            w={{ base: '100%', xs: 130 }}
            data-testid="invoice-filter-to"
            value={filter.periodTo}
            onChange={(value) => update({ periodTo: value })}
            data={monthOptions(filter.periodTo, true).map((value) => ({ value, label: monthLabel(value) }))}
          />
          <Group ml="auto">
            <EinvoiceExportButton />
          </Group>
        </Group>
        <InvoicesTable key={JSON.stringify(filter)} filter={filter} basePath="/invoices" operator />
      </Card>
    </>
  );
}

/** My invoices (enterprise users): the same query returns only their firm's issued invoices. */
export function MyInvoicesPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('billing.invoices.myTitle')} description={t('billing.invoices.myDescription')} />
      <Card withBorder padding="lg">
        <InvoicesTable filter={NO_INVOICE_FILTER} basePath="/my-invoices" operator={false} />
      </Card>
    </>
  );
}
