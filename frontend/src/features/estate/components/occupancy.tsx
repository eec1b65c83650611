import { Card, Group, Progress, RingProgress, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OccupancyFieldsFragment } from '@/gql/graphql';
import { useFormat } from '@/lib/use-format';

/** Colour of an occupancy rate: full is teal, most is blue, little is orange. */
export function occupancyColor(rateBp: number): string {
  if (rateBp >= 9000) return 'teal';
  if (rateBp >= 5000) return 'blue';
  return 'orange';
}

/** A thin bar with the rate beside it, for tables; `of` names what is occupied (a cluster). */
export function OccupancyBar({ rateBp, of }: { rateBp: number; of: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Group gap="xs" wrap="nowrap" miw={160}>
      <Progress
        value={Math.min(rateBp, 10_000) / 100}
        color={occupancyColor(rateBp)}
        size="lg"
        radius="sm"
        flex={1}
        aria-label={`${t('estate.occupancy')}: ${of}`}
      />
      <Text size="sm" fw={500} w={56} ta="right" style={{ whiteSpace: 'nowrap' }}>
        {format.percentBp(rateBp)}
      </Text>
    </Group>
  );
}

/** The occupancy ring with the leased and leasable area. */
export function OccupancyGauge({ occupancy, size = 140 }: { occupancy: OccupancyFieldsFragment; size?: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Group gap="md" wrap="nowrap">
      <RingProgress
        size={size}
        thickness={size / 10}
        roundCaps
        sections={[{ value: Math.min(occupancy.rateBp, 10_000) / 100, color: occupancyColor(occupancy.rateBp) }]}
        label={
          <Text ta="center" fw={700} size="lg" data-testid="occupancy-rate">
            {format.percentBp(occupancy.rateBp)}
          </Text>
        }
      />
      <Stack gap={2}>
        <Text size="sm" c="dimmed">
          {t('estate.occupancy')}
        </Text>
        <Text size="sm">
          {t('estate.occupancyOf', {
            leased: format.hectares(occupancy.leasedAreaM2),
            leasable: format.hectares(occupancy.leasableAreaM2),
          })}
        </Text>
      </Stack>
    </Group>
  );
}

function Stat({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <Card withBorder padding="md">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="xl" fw={700} data-testid={testId}>
        {value}
      </Text>
    </Card>
  );
}

/** Totals: the gauge and the key figures in cards. */
export function OccupancyTotals({ occupancy }: { occupancy: OccupancyFieldsFragment }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Card withBorder padding="lg" data-testid="estate-totals">
      <Group gap="xl" align="center" wrap="wrap">
        <OccupancyGauge occupancy={occupancy} size={160} />
        <SimpleGrid cols={{ base: 2, md: 3, xl: 5 }} spacing="md" flex={1} miw={280}>
          <Stat label={t('estate.leasedArea')} value={format.hectares(occupancy.leasedAreaM2)} />
          <Stat label={t('estate.leasableArea')} value={format.hectares(occupancy.leasableAreaM2)} />
          <Stat label={t('estate.firmCount')} value={format.integer(occupancy.firms)} testId="total-firms" />
          <Stat label={t('estate.workforce')} value={format.integer(occupancy.workforce)} />
          <Stat
            label={t('estate.plotsFree')}
            value={`${format.integer(occupancy.plotsFree)} / ${format.integer(occupancy.plotsTotal)}`}
          />
        </SimpleGrid>
      </Group>
    </Card>
  );
}
