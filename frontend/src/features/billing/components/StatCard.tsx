import { Card, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** One key figure: a small caption over a large value, with an optional note under it. */
export function StatCard({
  label,
  value,
  note,
  color,
  'data-testid': testId,
}: {
  label: string;
  value: string;
  note?: ReactNode;
  color?: string;
  'data-testid'?: string;
}) {
  return (
    <Card withBorder padding="md">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="lg" fw={700} c={color} data-testid={testId} style={{ wordBreak: 'break-word' }}>
        {value}
      </Text>
      {note !== undefined && (
        <Text size="xs" c="dimmed" component="div" mt={4}>
          {note}
        </Text>
      )}
    </Card>
  );
}
