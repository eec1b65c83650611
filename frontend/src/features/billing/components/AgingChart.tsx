import { Box, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/use-format';
import { AGING_BUCKETS, AGING_COLORS, agingBar, agingScale } from '../lib/aging';
import type { Buckets } from '../lib/aging';

export interface AgingChartRow {
  key: string;
  name: string;
  buckets: Buckets;
}

/**
 * What is open by days past due, one stacked horizontal bar per row (all clusters, then each
 * cluster), all on one scale so the bars compare.
 */
export function AgingChart({ rows }: { rows: readonly AgingChartRow[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const scale = agingScale(rows.map((row) => row.buckets));
  return (
    <Card withBorder padding="lg" data-testid="aging-chart">
      <Group justify="space-between" mb="md" wrap="wrap">
        <Title order={3} size="h4">
          {t('billing.receivables.chart')}
        </Title>
        <Group gap="md">
          {AGING_BUCKETS.map((bucket) => (
            <Group key={bucket} gap={6}>
              <Box w={12} h={12} bg={AGING_COLORS[bucket]} style={{ borderRadius: 2 }} />
              <Text size="xs">{t(`billing.receivables.bucket.${bucket}`)}</Text>
            </Group>
          ))}
        </Group>
      </Group>
      <Stack gap="sm">
        {rows.map((row) => {
          const description = [
            row.name,
            ...AGING_BUCKETS.map((bucket) => `${t(`billing.receivables.bucket.${bucket}`)}: ${format.money(row.buckets[bucket])}`),
          ].join('; ');
          return (
            <Box key={row.key} role="img" aria-label={description} data-testid="aging-chart-row">
              <Group justify="space-between" gap="xs" mb={2} wrap="nowrap">
                <Text size="sm" fw={500} truncate>
                  {row.name}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {format.money(row.buckets.total)}
                </Text>
              </Group>
              <Group gap={0} wrap="nowrap" h={16} bg="gray.1" style={{ borderRadius: 3, overflow: 'hidden' }}>
                {agingBar(row.buckets, scale).map((segment) => (
                  <Box
                    key={segment.bucket}
                    h="100%"
                    w={`${segment.widthPct}%`}
                    bg={AGING_COLORS[segment.bucket]}
                    title={`${t(`billing.receivables.bucket.${segment.bucket}`)}: ${format.money(segment.value)}`}
                  />
                ))}
              </Group>
            </Box>
          );
        })}
      </Stack>
      <Text size="xs" c="dimmed" mt="xs">
        {t('billing.receivables.chartScale', { max: format.money(scale) })}
      </Text>
    </Card>
  );
}
