import { Group, Stack, Text } from '@mantine/core';
import { useFormat } from '@/lib/use-format';

export interface TotalRow {
  label: string;
  /** Đồng. */
  value: number;
  testId: string;
  /** The correction's own total: bold. */
  strong?: boolean;
  /** A figure for comparison (the original's): small and dimmed. */
  dimmed?: boolean;
}

/** A correction's totals as it will print them, label left and amount right. */
export function CorrectionTotals({ rows, testIdPrefix }: { rows: readonly TotalRow[]; testIdPrefix: string }) {
  const format = useFormat();
  return (
    <Stack gap={2} w="100%" maw={360} data-testid={`${testIdPrefix}-totals`}>
      {rows.map((row) => (
        <Group key={row.testId} justify="space-between" gap="md" wrap="nowrap">
          <Text size={row.dimmed ? 'xs' : 'sm'} fw={row.strong ? 700 : undefined} c={row.dimmed ? 'dimmed' : undefined}>
            {row.label}
          </Text>
          <Text
            size={row.dimmed ? 'xs' : row.strong ? 'md' : 'sm'}
            fw={row.strong ? 700 : undefined}
            c={row.dimmed ? 'dimmed' : undefined}
            style={{ whiteSpace: 'nowrap' }}
            data-testid={row.testId}
          >
            {format.money(row.value)}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}
