import { Badge, Button, Card, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { DataTable } from '@/components/ui/DataTable';
import type { Column } from '@/components/ui/DataTable';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { LoadMore } from '@/components/ui/LoadMore';
import { PageHeader } from '@/components/ui/PageHeader';
import type { CapitalOrigin, FirmOrderField, FirmRowFieldsFragment, FirmStatus } from '@/gql/graphql';
import { useFormat } from '@/lib/use-format';
import { useSort } from '@/lib/use-sort';
import { useFirms } from '../api/firms';
import { FirmStatusBadge } from './badges';
import { ExportCsvButton } from './ExportCsvButton';
import { CAPITAL_ORIGINS, FIRM_STATUSES, FirmForm } from './FirmForm';
import { ImportCsvButton } from './ImportCsvButton';

const isCapitalOrigin = (value: string | null): value is CapitalOrigin =>
  value !== null && (CAPITAL_ORIGINS as readonly string[]).includes(value);
const isFirmStatus = (value: string | null): value is FirmStatus =>
  value !== null && (FIRM_STATUSES as readonly string[]).includes(value);

/** Firms (operators): the register of secondary investors, searchable by name or tax code. */
export function FirmsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  // `?search=` opens the register filtered, e.g. from a billing run that names a firm to fix.
  const [searchParams] = useSearchParams();
  const [search, setSearch] = useState(() => searchParams.get('search') ?? '');
  const [debouncedSearch] = useDebouncedValue(search, 300);
  const [status, setStatus] = useState<FirmStatus | null>(null);
  const [capitalOrigin, setCapitalOrigin] = useState<CapitalOrigin | null>(null);
  const [editing, setEditing] = useState<FirmRowFieldsFragment | 'new' | null>(null);
  const filter = { search: debouncedSearch, status, capitalOrigin };
  const sort = useSort<FirmOrderField>();
  // A new filter or order is a new query key, so the list starts again from its first page.
  const firms = useFirms(filter, sort.orderBy);

  const columns: Column<FirmRowFieldsFragment, FirmOrderField>[] = [
    {
      key: 'name',
      header: t('estate.firms.name'),
      sortField: 'NAME',
      render: (row) => (
        <Stack gap={2}>
          <Text size="sm" fw={500}>
            {row.name}
          </Text>
          {row.address != null && (
            <Text size="xs" c="dimmed">
              {row.address}
            </Text>
          )}
        </Stack>
      ),
    },
    {
      key: 'taxCode',
      header: t('estate.firms.taxCode'),
      sortField: 'TAX_CODE',
      nowrap: true,
      render: (row) => row.taxCode ?? t('common.empty'),
    },
    {
      key: 'capital',
      header: t('estate.firms.capitalOrigin'),
      render: (row) => (
        <Group gap={4}>
          <Text size="sm">{t(`estate.capitalOrigin.${row.capitalOrigin}`)}</Text>
          {row.isSme && (
            <Badge size="xs" variant="outline">
              {t('estate.firms.sme')}
            </Badge>
          )}
        </Group>
      ),
    },
    { key: 'vsic', header: t('estate.firms.vsicCode'), render: (row) => row.vsicCode ?? t('common.empty') },
    {
      key: 'workforce',
      header: t('estate.firms.workforce'),
      sortField: 'WORKFORCE',
      render: (row) => format.integer(row.workforce),
    },
    {
      key: 'emails',
      header: t('estate.firms.billingEmails'),
      render: (row) => (row.billingEmails.length > 0 ? row.billingEmails.join(', ') : t('common.empty')),
    },
    { key: 'status', header: t('common.status'), render: (row) => <FirmStatusBadge status={row.status} /> },
    {
      key: 'actions',
      header: t('common.actions'),
      render: (row) => (
        <Group gap={4} wrap="nowrap">
          <Button size="xs" variant="subtle" onClick={() => setEditing(row)} data-testid={`firm-edit-${row.id}`}>
            {t('common.edit')}
          </Button>
          {/* The statement of account lives with billing, at /firms/:id/statement. */}
          <Button
            size="xs"
            variant="subtle"
            component={Link}
            to={`/firms/${row.id}/statement`}
            data-testid={`firm-statement-${row.id}`}
          >
            {t('estate.firms.statement')}
          </Button>
        </Group>
      ),
    },
  ];

  return (
    <>
      <PageHeader title={t('estate.firms.title')} description={t('estate.firms.description')} />
      <Card withBorder padding="lg">
        <Group mb="md" justify="space-between" align="flex-end">
          <Group align="flex-end">
            <TextInput
              label={t('common.search')}
              placeholder={t('estate.firms.searchPlaceholder')}
              w={240}
              data-testid="firm-filter-search"
              value={search}
              onChange={(event) => setSearch(event.currentTarget.value)}
            />
            <Select
              label={t('estate.firms.status')}
              placeholder={t('common.all')}
              clearable
              w={180}
              value={status}
              onChange={(value) => setStatus(isFirmStatus(value) ? value : null)}
              data={FIRM_STATUSES.map((s) => ({ value: s, label: t(`estate.firmStatus.${s}`) }))}
            />
            <Select
              label={t('estate.firms.capitalOrigin')}
              placeholder={t('common.all')}
              clearable
              w={220}
              value={capitalOrigin}
              onChange={(value) => setCapitalOrigin(isCapitalOrigin(value) ? value : null)}
              data={CAPITAL_ORIGINS.map((c) => ({ value: c, label: t(`estate.capitalOrigin.${c}`) }))}
            />
          </Group>
          <Group>
            <ExportCsvButton file="firms.csv" />
            <ImportCsvButton kind="firms" />
            <Button onClick={() => setEditing('new')} data-testid="firm-create">
              {t('estate.firms.create')}
            </Button>
          </Group>
        </Group>
        {firms.error ? (
          <ErrorAlert error={firms.error} />
        ) : (
          <>
            <DataTable
              rows={firms.nodes}
              columns={columns}
              sort={sort}
              rowKey={(row) => row.id}
              emptyText={firms.isPending ? t('common.loading') : t('estate.firms.empty')}
              data-testid="firms-table"
            />
            <LoadMore
              shown={firms.nodes.length}
              total={firms.totalCount}
              hasMore={firms.hasMore}
              loading={firms.isLoadingMore}
              onLoadMore={firms.loadMore}
              data-testid="firms-load-more"
            />
          </>
        )}
      </Card>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? t('estate.firms.createTitle') : t('estate.firms.editTitle')}
        size="lg"
      >
        {editing !== null && (
          <FirmForm key={editing === 'new' ? 'new' : editing.id} firm={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />
        )}
      </Modal>
    </>
  );
}
