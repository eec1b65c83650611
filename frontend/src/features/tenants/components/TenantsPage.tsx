import { Badge, Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataTable } from '@/components/ui/DataTable';
import type { Column } from '@/components/ui/DataTable';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { LoadMore } from '@/components/ui/LoadMore';
import { PageHeader } from '@/components/ui/PageHeader';
import { useFormat } from '@/lib/use-format';
import { useTenants } from '../api/tenants';
import type { TenantRow } from '../api/tenants';
import { CreateTenantForm } from './CreateTenantForm';
import { TenantActions } from './TenantActions';

/** Operators (platform admin): every tenant, and the form to create an operator. */
export function TenantsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const tenants = useTenants();

  const columns: Column<TenantRow>[] = [
    { key: 'name', header: t('tenants.name'), phone: 'title', render: (row) => row.name },
    { key: 'province', header: t('tenants.province'), render: (row) => row.province },
    {
      key: 'kind',
      header: t('tenants.kind.label'),
      render: (row) => (
        <Badge variant="light" miw="max-content" color={row.kind === 'OPERATOR' ? 'teal' : 'blue'}>
          {t(`tenants.kind.${row.kind}`)}
        </Badge>
      ),
    },
    { key: 'createdAt', header: t('common.createdAt'), nowrap: true, render: (row) => format.date(row.createdAt) },
    {
      key: 'status',
      header: t('tenants.status.label'),
      render: (row) =>
        row.suspendedAt ? (
          <Stack gap={2}>
            <Badge variant="light" color="red" miw="max-content">
              {t('tenants.status.suspended', { date: format.date(row.suspendedAt) })}
            </Badge>
            {row.suspensionReason && (
              <Text size="xs" c="dimmed">
                {row.suspensionReason}
              </Text>
            )}
          </Stack>
        ) : (
          <Badge variant="light" color="teal" miw="max-content">
            {t('tenants.status.active')}
          </Badge>
        ),
    },
    { key: 'actions', header: t('common.actions'), phone: 'footer', render: (row) => <TenantActions tenant={row} /> },
  ];

  return (
    <>
      <PageHeader title={t('tenants.title')} description={t('tenants.description')} />
      <Stack gap="lg">
        <CreateTenantForm />
        <Card withBorder padding="lg">
          <Title order={3} size="h4" mb="sm">
            {t('tenants.title')}
          </Title>
          {tenants.error ? (
            <ErrorAlert error={tenants.error} />
          ) : (
            <>
              <DataTable
                rows={tenants.nodes}
                columns={columns}
                rowKey={(row) => row.id}
                emptyText={tenants.isPending ? t('common.loading') : t('tenants.empty')}
                data-testid="tenants-table"
              />
              <LoadMore
                shown={tenants.nodes.length}
                total={tenants.totalCount}
                hasMore={tenants.hasMore}
                loading={tenants.isLoadingMore}
                onLoadMore={tenants.loadMore}
                data-testid="tenants-load-more"
              />
            </>
          )}
        </Card>
      </Stack>
    </>
  );
}
