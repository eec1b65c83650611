import { Box, Card, Group, Stack, Text, Title } from '@mantine/core';

const PLOT_HEIGHT = 180;

export interface ColumnSeries {
  label: string;
  /** A Mantine colour, e.g. `teal.6`. */
  color: string;
}

export interface ColumnGroup {
  key: string;
  /** Under the columns, e.g. `10/26`. */
  label: string;
  /** One value per series, in the series' order. */
  values: readonly number[];
  /** What a screen reader says for the group (all its values). */
  description: string;
}

function Column({ value, max, color, label }: { value: number; max: number; color: string; label: string }) {
  // A period with money shows at least a sliver, so it does not look like an empty one.
  const height = value <= 0 ? 0 : Math.max(2, Math.round((value / max) * PLOT_HEIGHT));
  return <Box w="42%" maw={18} h={height} bg={color} style={{ borderRadius: '3px 3px 0 0' }} title={label} />;
}

/**
 * Side-by-side columns per period (money in against money out, invoiced against collected),
 * drawn with plain boxes.
 */
export function ColumnChart({
  title,
  series,
  groups,
  scaleNote,
  groupTestId = 'column-chart-group',
  'data-testid': testId,
}: {
  title: string;
  series: readonly ColumnSeries[];
  groups: readonly ColumnGroup[];
  /** The note under the chart, given the tallest value. */
  scaleNote: (max: number) => string;
  /** The test id of each period's column group. */
  groupTestId?: string;
  'data-testid'?: string;
}) {
  const max = Math.max(1, ...groups.flatMap((group) => group.values));
  return (
    <Card withBorder padding="lg" data-testid={testId}>
      <Group justify="space-between" mb="md" wrap="wrap">
        <Title order={3} size="h4">
          {title}
        </Title>
        <Group gap="md">
          {series.map((s) => (
            <Group key={s.label} gap={6}>
              <Box w={12} h={12} bg={s.color} style={{ borderRadius: 2 }} />
              <Text size="xs">{s.label}</Text>
            </Group>
          ))}
        </Group>
      </Group>
      <Box style={{ overflowX: 'auto' }}>
        <Group gap={4} wrap="nowrap" align="flex-end" miw={480}>
          {groups.map((group) => (
            <Stack key={group.key} gap={4} flex={1} miw={0} align="center" role="img" aria-label={group.description} data-testid={groupTestId}>
              <Group
                gap={2}
                h={PLOT_HEIGHT}
                w="100%"
                wrap="nowrap"
                justify="center"
                align="flex-end"
                style={{ borderBottom: '1px solid var(--mantine-color-gray-4)' }}
              >
                {series.map((s, index) => (
                  <Column key={s.label} value={group.values[index] ?? 0} max={max} color={s.color} label={group.description} />
                ))}
              </Group>
              <Text size="xs" c="dimmed">
                {group.label}
              </Text>
            </Stack>
          ))}
        </Group>
      </Box>
      <Text size="xs" c="dimmed" mt="xs">
        {scaleNote(max)}
      </Text>
    </Card>
  );
}
