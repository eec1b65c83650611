import { Anchor, Badge, Button, Card, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { DataTable } from '@/components/ui/DataTable';
import type { Column } from '@/components/ui/DataTable';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { PageHeader } from '@/components/ui/PageHeader';
import { useClusterOptions } from '@/lib/cluster-options';
import { useFormat } from '@/lib/use-format';
import { useAssets } from '../api/assets';
import { useSchedules } from '../api/schedules';
import type { ScheduleRow } from '../api/schedules';
import { PHONE_QUERY } from '@/lib/phone';
import { WHOLE } from './badges';
import { RuleWords } from './RuleWords';
import { ScheduleForm } from './ScheduleForm';

function ActiveBadge({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge color={active ? 'teal' : 'gray'} variant="light" style={WHOLE}>
      {active ? t('upkeep.schedules.active') : t('upkeep.schedules.paused')}
    </Badge>
  );
}

/** Preventive schedules (operators): by cluster or asset (`?asset=`), with their rule in words and next dates. */
export function SchedulesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const phone = useMediaQuery(PHONE_QUERY) ?? false;
  const [params, setParams] = useSearchParams();
  const assetId = params.get('asset');
  const [clusterId, setClusterId] = useState<string | null>(null);
  const [editing, setEditing] = useState<ScheduleRow | 'new' | null>(null);
  const clusters = useClusterOptions();
  const assets = useAssets({ clusterId: null, category: null });
  const schedules = useSchedules({ clusterId, assetId });
  const rows = schedules.data ?? [];
  const assetName = (id: string | null | undefined) => {
    const a = id == null ? undefined : assets.data?.find((x) => x.id === id);
    return a === undefined ? t('upkeep.schedules.wholeCluster') : `${a.code} · ${a.name}`;
  };
  const clusterName = (id: string) => clusters.data?.find((c) => c.id === id)?.name ?? '';
  const filteredAsset = assetId === null ? null : assets.data?.find((a) => a.id === assetId);

  const assetLink = (row: ScheduleRow) =>
    row.assetId == null ? (
      <Text size="xs" c="dimmed">
        {assetName(null)} · {clusterName(row.clusterId)}
      </Text>
    ) : (
      <Anchor component={Link} to={`/asset-register/${row.assetId}`} size="xs">
        {assetName(row.assetId)}
      </Anchor>
    );

  const columns: Column<ScheduleRow>[] = [
    {
      key: 'title',
      header: t('upkeep.schedules.titleField'),
      render: (row) => (
        <Stack gap={2} miw={200}>
          <Text size="sm" fw={500}>
            {row.title}
          </Text>
          {assetLink(row)}
        </Stack>
      ),
    },
    {
      key: 'rule',
      header: t('upkeep.schedules.rule'),
      render: (row) => (
        <Text size="sm">
          <RuleWords rule={row.rule} startsOn={row.startsOn} anchor={row.anchor} />
        </Text>
      ),
    },
    {
      key: 'next',
      header: t('upkeep.schedules.next'),
      nowrap: true,
      render: (row) => (row.nextDates[0] == null ? t('common.empty') : format.date(row.nextDates[0])),
    },
    {
      key: 'cost',
      header: t('upkeep.schedules.estimatedCost'),
      nowrap: true,
      render: (row) => (
        <Stack gap={0}>
          <Text size="sm">{format.money(row.estimatedCost)}</Text>
          <Text size="xs" c="dimmed">
            {t(`upkeep.account.${row.account}`)}
          </Text>
        </Stack>
      ),
    },
    { key: 'active', header: t('common.status'), render: (row) => <ActiveBadge active={row.active} /> },
    {
      key: 'actions',
      header: t('common.actions'),
      render: (row) => (
        <Button size="xs" variant="subtle" onClick={() => setEditing(row)} data-testid="schedule-edit">
          {t('common.edit')}
        </Button>
      ),
    },
  ];

  return (
    <>
      <PageHeader title={t('upkeep.schedules.title')} description={t('upkeep.schedules.description')} />
      <Card withBorder padding="lg">
        <Group mb="md" justify="space-between" align="flex-end">
          <Group align="flex-end">
            <Select
              label={t('upkeep.assets.cluster')}
              placeholder={t('upkeep.assets.anyCluster')}
              clearable
              w={{ base: '100%', xs: 240 }}
              data-testid="schedule-filter-cluster"
              value={clusterId}
              onChange={setClusterId}
              data={(clusters.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
            />
            {assetId !== null && (
              <Badge
                size="lg"
                variant="light"
                rightSection={
                  <Anchor size="xs" onClick={() => setParams({}, { replace: true })} aria-label={t('upkeep.schedules.clearAsset')}>
                    ✕
                  </Anchor>
                }
                data-testid="schedule-filter-asset"
              >
                {filteredAsset ? `${filteredAsset.code} · ${filteredAsset.name}` : t('upkeep.schedules.asset')}
              </Badge>
            )}
          </Group>
          <Button onClick={() => setEditing('new')} data-testid="schedule-create">
            {t('upkeep.schedules.create')}
          </Button>
        </Group>
        {schedules.error ? (
          <ErrorAlert error={schedules.error} />
        ) : phone ? (
          <Stack gap="sm" data-testid="schedules-cards">
            {rows.length === 0 ? (
              <Text c="dimmed" size="sm" ta="center" py="md">
                {schedules.isPending ? t('common.loading') : t('upkeep.schedules.empty')}
              </Text>
            ) : (
              rows.map((row) => (
                <Card key={row.id} withBorder padding="sm" data-testid="schedule-card">
                  <Stack gap={6}>
                    <Group justify="space-between" wrap="nowrap" align="flex-start">
                      <Text fw={600} size="sm">
                        {row.title}
                      </Text>
                      <ActiveBadge active={row.active} />
                    </Group>
                    {assetLink(row)}
                    <Text size="xs">
                      <RuleWords rule={row.rule} startsOn={row.startsOn} anchor={row.anchor} />
                      {row.nextDates[0] != null && ` · ${t('upkeep.schedules.next')}: ${format.date(row.nextDates[0])}`}
                    </Text>
                    <Group justify="space-between">
                      <Text size="xs" c="dimmed">
                        {format.money(row.estimatedCost)} · {t(`upkeep.account.${row.account}`)}
                      </Text>
                      <Button size="compact-xs" variant="subtle" onClick={() => setEditing(row)}>
                        {t('common.edit')}
                      </Button>
                    </Group>
                  </Stack>
                </Card>
              ))
            )}
          </Stack>
        ) : (
          <DataTable
            rows={rows}
            columns={columns}
            rowKey={(row) => row.id}
            emptyText={schedules.isPending ? t('common.loading') : t('upkeep.schedules.empty')}
            data-testid="schedules-table"
          />
        )}
      </Card>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? t('upkeep.schedules.createTitle') : t('upkeep.schedules.editTitle')}
        size="xl"
        fullScreen={phone}
      >
        {editing !== null && (
          <ScheduleForm
            key={editing === 'new' ? 'new' : editing.id}
            schedule={editing === 'new' ? null : editing}
            initialAssetId={assetId}
            onDone={() => setEditing(null)}
          />
        )}
      </Modal>
    </>
  );
}
