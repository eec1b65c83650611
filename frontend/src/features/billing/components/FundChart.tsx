import { Box, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/use-format';
import type { FundData } from '../api/fund';

const PLOT_HEIGHT = 180;

function Bar({ value, max, color, label }: { value: number; max: number; color: string; label: string }) {
  // A month with money shows at least a sliver, so it does not look like an empty one.
  const height = value <= 0 ? 0 : Math.max(2, Math.round((value / max) * PLOT_HEIGHT));
  return <Box w="42%" maw={18} h={height} bg={color} style={{ borderRadius: '3px 3px 0 0' }} title={label} />;
}

/** Money in (fee collected) against money out (upkeep spent), per month, as paired columns. */
export function FundChart({ months }: { months: FundData['months'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const max = Math.max(1, ...months.flatMap((m) => [m.moneyIn, m.moneyOut]));
  return (
    <Card withBorder padding="lg" data-testid="fund-chart">
      <Group justify="space-between" mb="md" wrap="wrap">
        <Title order={3} size="h4">
          {t('billing.fund.chart')}
        </Title>
        <Group gap="md">
          <Group gap={6}>
            <Box w={12} h={12} bg="teal.6" style={{ borderRadius: 2 }} />
            <Text size="xs">{t('billing.fund.moneyIn')}</Text>
          </Group>
          <Group gap={6}>
            <Box w={12} h={12} bg="orange.6" style={{ borderRadius: 2 }} />
            <Text size="xs">{t('billing.fund.moneyOut')}</Text>
          </Group>
        </Group>
      </Group>
      <Box style={{ overflowX: 'auto' }}>
        <Group gap={4} wrap="nowrap" align="flex-end" miw={480}>
          {months.map((month) => {
            const label = t('billing.fund.monthBar', {
              month: format.month(month.month),
              moneyIn: format.money(month.moneyIn),
              moneyOut: format.money(month.moneyOut),
            });
            return (
              <Stack key={month.month} gap={4} flex={1} miw={0} align="center" role="img" aria-label={label} data-testid="fund-chart-month">
                <Group gap={2} h={PLOT_HEIGHT} w="100%" wrap="nowrap" justify="center" align="flex-end" style={{ borderBottom: '1px solid var(--mantine-color-gray-4)' }}>
                  <Bar value={month.moneyIn} max={max} color="teal.6" label={label} />
                  <Bar value={month.moneyOut} max={max} color="orange.6" label={label} />
                </Group>
                <Text size="xs" c="dimmed">
                  {format.month(month.month).replace(/\/\d\d(\d\d)$/, '/$1')}
                </Text>
              </Stack>
            );
          })}
        </Group>
      </Box>
      <Text size="xs" c="dimmed" mt="xs">
        {t('billing.fund.chartScale', { max: format.money(max) })}
      </Text>
    </Card>
  );
}
