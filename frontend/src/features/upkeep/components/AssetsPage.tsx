import { Anchor, Button, Card, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '@/components/ui/DataTable';
import type { Column } from '@/components/ui/DataTable';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { PageHeader } from '@/components/ui/PageHeader';
import type { AssetCategory } from '@/gql/graphql';
import { useClusterOptions } from '@/lib/cluster-options';
import { downloadAsViewer } from '@/lib/download';
import { todayInVietnam } from '@/lib/format';
import { errorMessage } from '@/lib/graphql/error-message';
import { useFormat } from '@/lib/use-format';
import { ASSET_CATEGORIES, useAssets } from '../api/assets';
import type { AssetRow } from '../api/assets';
import { AssetForm } from './AssetForm';
import { ConditionBadge, PermitWarning } from './badges';
import { ImportAssetsButton } from './ImportAssetsButton';
import { PHONE_QUERY } from '@/lib/phone';

/** Keeps the rows of one condition (`'NONE'`: not rated); null keeps all. */
export function filterByCondition(rows: readonly AssetRow[], condition: string | null): AssetRow[] {
  if (condition === null) return [...rows];
  if (condition === 'NONE') return rows.filter((r) => r.condition == null);
  return rows.filter((r) => r.condition === Number(condition));
}

function AssetCard({ row, clusterName, today }: { row: AssetRow; clusterName: string; today: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Card withBorder padding="sm" data-testid="asset-card">
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Anchor component={Link} to={`/asset-register/${row.id}`} fw={600} size="sm" data-testid="asset-link">
            {row.code} · {row.name}
          </Anchor>
          {row.condition != null && <ConditionBadge condition={row.condition} />}
        </Group>
        <Text size="xs" c="dimmed">
          {t(`upkeep.category.${row.category}`)} · {clusterName}
        </Text>
        {row.quantity != null && (
          <Text size="xs">
            {format.integer(row.quantity)} {row.unit}
          </Text>
        )}
        <PermitWarning permits={row.permits} today={today} />
      </Stack>
    </Card>
  );
}

/** The upkeep register (operators): filter by cluster, category and condition; add, edit, import, export. */
export function AssetsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const phone = useMediaQuery(PHONE_QUERY) ?? false;
  const [clusterId, setClusterId] = useState<string | null>(null);
  const [category, setCategory] = useState<AssetCategory | null>(null);
  const [condition, setCondition] = useState<string | null>(null);
  const [editing, setEditing] = useState<AssetRow | 'new' | null>(null);
  const clusters = useClusterOptions();
  const assets = useAssets({ clusterId, category });
  const rows = filterByCondition(assets.data ?? [], condition);
  const today = todayInVietnam();
  const clusterName = (id: string) => clusters.data?.find((c) => c.id === id)?.name ?? '';
  const exportCsv = useMutation({
    mutationFn: () => downloadAsViewer('/export/assets.csv', 'assets.csv'),
    onError: (error) => notifications.show({ color: 'red', message: errorMessage(t, error) }),
  });

  const columns: Column<AssetRow>[] = [
    {
      key: 'code',
      header: t('upkeep.assets.code'),
      nowrap: true,
      render: (row) => (
        <Anchor component={Link} to={`/asset-register/${row.id}`} fw={600} size="sm" data-testid="asset-link">
          {row.code}
        </Anchor>
      ),
    },
    {
      key: 'name',
      header: t('upkeep.assets.name'),
      render: (row) => (
        <Stack gap={2} miw={180}>
          <Text size="sm">{row.name}</Text>
          <PermitWarning permits={row.permits} today={today} />
        </Stack>
      ),
    },
    { key: 'category', header: t('upkeep.assets.category'), render: (row) => t(`upkeep.category.${row.category}`) },
    { key: 'cluster', header: t('upkeep.assets.cluster'), render: (row) => clusterName(row.clusterId) },
    {
      key: 'quantity',
      header: t('upkeep.assets.quantity'),
      nowrap: true,
      render: (row) => (row.quantity == null ? t('common.empty') : `${format.integer(row.quantity)} ${row.unit ?? ''}`),
    },
    { key: 'condition', header: t('upkeep.assets.condition'), nowrap: true, render: (row) => <ConditionBadge condition={row.condition} /> },
    {
      key: 'actions',
      header: t('common.actions'),
      render: (row) => (
        <Button size="xs" variant="subtle" onClick={() => setEditing(row)} data-testid={`asset-edit-${row.code}`}>
          {t('common.edit')}
        </Button>
      ),
    },
  ];

  return (
    <>
      <PageHeader title={t('upkeep.assets.title')} description={t('upkeep.assets.description')} />
      <Card withBorder padding="lg">
        <Group mb="md" justify="space-between" align="flex-end">
          <Group align="flex-end">
            <Select
              label={t('upkeep.assets.cluster')}
              placeholder={t('upkeep.assets.anyCluster')}
              clearable
              w={{ base: '100%', xs: 220 }}
              data-testid="asset-filter-cluster"
              value={clusterId}
              onChange={setClusterId}
              data={(clusters.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
            />
            <Select
              label={t('upkeep.assets.category')}
              placeholder={t('upkeep.assets.anyCategory')}
              clearable
              w={{ base: '100%', xs: 220 }}
              data-testid="asset-filter-category"
              value={category}
              onChange={(value) => setCategory((value as AssetCategory | null) ?? null)}
              data={ASSET_CATEGORIES.map((c) => ({ value: c, label: t(`upkeep.category.${c}`) }))}
            />
            <Select
              label={t('upkeep.assets.condition')}
              placeholder={t('upkeep.assets.anyCondition')}
              clearable
              w={{ base: '100%', xs: 180 }}
              data-testid="asset-filter-condition"
              value={condition}
              onChange={setCondition}
              data={[
                ...[1, 2, 3, 4, 5].map((c) => ({
                  value: String(c),
                  label: `${c} · ${t(`upkeep.condition.${c as 1 | 2 | 3 | 4 | 5}`)}`,
                })),
                { value: 'NONE', label: t('upkeep.assets.notRated') },
              ]}
            />
          </Group>
          <Group>
            <Button variant="default" loading={exportCsv.isPending} onClick={() => exportCsv.mutate()} data-testid="asset-export">
              {t('upkeep.assets.export')}
            </Button>
            <ImportAssetsButton />
            <Button onClick={() => setEditing('new')} data-testid="asset-create">
              {t('upkeep.assets.create')}
            </Button>
          </Group>
        </Group>
        {assets.error ? (
          <ErrorAlert error={assets.error} />
        ) : phone ? (
          <Stack gap="sm" data-testid="assets-cards">
            {rows.length === 0 ? (
              <Text c="dimmed" size="sm" ta="center" py="md">
                {assets.isPending ? t('common.loading') : t('upkeep.assets.empty')}
              </Text>
            ) : (
              rows.map((row) => <AssetCard key={row.id} row={row} clusterName={clusterName(row.clusterId)} today={today} />)
            )}
          </Stack>
        ) : (
          <DataTable
            rows={rows}
            columns={columns}
            rowKey={(row) => row.id}
            emptyText={assets.isPending ? t('common.loading') : t('upkeep.assets.empty')}
            data-testid="assets-table"
          />
        )}
      </Card>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? t('upkeep.assets.createTitle') : t('upkeep.assets.editTitle')}
        size="lg"
      >
        {editing !== null && (
          <AssetForm key={editing === 'new' ? 'new' : editing.id} asset={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />
        )}
      </Modal>
    </>
  );
}
