import { Anchor, Badge, Button, Card, Group, Modal, Paper, SimpleGrid, Stack, Text, Title, Tooltip } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { CenteredLoader } from '@/components/ui/CenteredLoader';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { PageHeader } from '@/components/ui/PageHeader';
import { ClusterTariffs } from '@/features/billing';
import { useFormat } from '@/lib/use-format';
import { useCluster } from '../api/clusters';
import type { ClusterDetailData } from '../api/clusters';
import { useClusterPlots } from '../api/plots';
import type { PlotRow } from '../api/plots';
import { AuditTrail } from './AuditTrail';
import { ClusterStatusBadge, PLOT_COLORS, WastewaterBadge } from './badges';
import { ClusterForm } from './ClusterForm';
import { Facts } from '@/components/ui/Facts';
import { OccupancyGauge } from './occupancy';

function WastewaterCard({ cluster }: { cluster: ClusterDetailData }) {
  const { t } = useTranslation();
  const format = useFormat();
  const ww = cluster.wastewater;
  return (
    <Card withBorder padding="lg" data-testid="wastewater-card" style={ww.status === 'NONE' ? { borderColor: 'var(--mantine-color-red-5)' } : undefined}>
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4">
          {t('estate.wastewater.title')}
        </Title>
        <WastewaterBadge status={ww.status} />
      </Group>
      <Stack gap={6}>
        {ww.capacityM3PerDay != null && (
          <Text size="sm">
            {t('estate.wastewater.capacity')}:{' '}
            <b>{t('estate.wastewater.capacityValue', { value: format.integer(ww.capacityM3PerDay) })}</b>
          </Text>
        )}
        {ww.permitExpiresOn != null && (
          <Text size="sm">
            {t('estate.wastewater.permitExpiresOn')}: <b>{format.date(ww.permitExpiresOn)}</b>
          </Text>
        )}
        <Badge color={ww.compliant ? 'teal' : 'red'} variant="dot" size="lg">
          {ww.compliant ? t('estate.wastewater.compliant') : t('estate.wastewater.notCompliant')}
        </Badge>
        {cluster.effluentOverLimit && (
          <Badge color="red" variant="filled" size="lg" data-testid="effluent-over-limit">
            {t('estate.wastewater.effluentOverLimit')}
          </Badge>
        )}
      </Stack>
    </Card>
  );
}

function PlotTile({ plot }: { plot: PlotRow }) {
  const { t } = useTranslation();
  const format = useFormat();
  const color = plot.status ? PLOT_COLORS[plot.status] : 'gray';
  return (
    <Tooltip
      label={`${plot.landUse}${plot.status ? ` · ${t(`estate.plotStatus.${plot.status}`)}` : ''}`}
      withArrow
    >
      <Paper
        p="xs"
        radius="sm"
        bg={`${color}.0`}
        style={{ border: `1px solid var(--mantine-color-${color}-4)` }}
        data-testid="plot-tile"
        data-status={plot.status ?? ''}
      >
        <Text fw={700} size="sm" c={`${color}.9`}>
          {plot.code}
        </Text>
        <Text size="xs" c="dimmed">
          {format.squareMetres(plot.areaM2)}
        </Text>
      </Paper>
    </Tooltip>
  );
}

function PlotGrid({ clusterId }: { clusterId: string }) {
  const { t } = useTranslation();
  const plots = useClusterPlots(clusterId);
  return (
    <Card withBorder padding="lg">
      <Group justify="space-between" mb="md">
        <Title order={3} size="h4">
          {t('estate.clusters.plots')}
        </Title>
        <Group gap="xs">
          <Badge color={PLOT_COLORS.FREE} variant="light">
            {t('estate.plotStatus.FREE')}
          </Badge>
          <Badge color={PLOT_COLORS.LEASED} variant="light">
            {t('estate.plotStatus.LEASED')}
          </Badge>
        </Group>
      </Group>
      {plots.error ? (
        <ErrorAlert error={plots.error} />
      ) : plots.isPending ? (
        <Text size="sm" c="dimmed">
          {t('common.loading')}
        </Text>
      ) : plots.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('estate.clusters.plotsEmpty')}
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 3, xs: 4, sm: 6, lg: 8 }} spacing="xs" data-testid="plot-grid">
          {plots.data.map((plot) => (
            <PlotTile key={plot.id} plot={plot} />
          ))}
        </SimpleGrid>
      )}
    </Card>
  );
}

/** One cluster: facts, wastewater plant, occupancy, its plots as tiles, its tariff and the change history. */
export function ClusterDetailPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { id = '' } = useParams();
  const [editing, { open, close }] = useDisclosure(false);
  const cluster = useCluster(id);

  if (cluster.error) return <ErrorAlert error={cluster.error} />;
  if (cluster.isPending) return <CenteredLoader />;
  const data = cluster.data;
  if (!data) return <ErrorAlert error={null} overrides={{ INTERNAL: t('estate.clusters.notFound') }} />;

  return (
    <>
      <Anchor component={Link} to="/clusters" size="sm">
        ← {t('common.back')}
      </Anchor>
      <Group justify="space-between" align="flex-start" mt="xs">
        <PageHeader title={data.name} description={`${data.district}, ${data.province}`} />
        <Group>
          <ClusterStatusBadge status={data.status} />
          <Button variant="light" onClick={open} data-testid="cluster-edit">
            {t('common.edit')}
          </Button>
        </Group>
      </Group>
      <Stack gap="lg">
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          <Card withBorder padding="lg">
            <OccupancyGauge occupancy={data.occupancy} />
            <Text size="sm" mt="sm">
              {t('estate.plotsFreeOf', {
                free: format.integer(data.occupancy.plotsFree),
                total: format.integer(data.occupancy.plotsTotal),
              })}
            </Text>
            <Text size="sm">
              {t('estate.firmCount')}: <b>{format.integer(data.occupancy.firms)}</b> · {t('estate.workforce')}:{' '}
              <b>{format.integer(data.occupancy.workforce)}</b>
            </Text>
          </Card>
          <Card withBorder padding="lg">
            <Title order={3} size="h4" mb="md">
              {t('estate.clusters.facts')}
            </Title>
            <Facts
              narrow
              items={[
                { label: t('estate.totalArea'), value: format.hectares(data.totalAreaM2) },
                { label: t('estate.leasableArea'), value: format.hectares(data.leasableAreaM2) },
                {
                  label: t('estate.clusters.establishedOn'),
                  value: data.establishedOn != null ? format.date(data.establishedOn) : t('common.empty'),
                },
                { label: t('estate.clusters.decisionNumber'), value: data.decisionNumber ?? t('common.empty') },
              ]}
            />
          </Card>
          <WastewaterCard cluster={data} />
        </SimpleGrid>
        <PlotGrid clusterId={data.id} />
        <ClusterTariffs clusterId={data.id} />
        <AuditTrail entries={data.auditTrail} />
      </Stack>
      <Modal opened={editing} onClose={close} title={t('estate.clusters.editTitle')} size="lg">
        <ClusterForm cluster={data} province={data.province} onCancel={close} onSaved={close} />
      </Modal>
    </>
  );
}
