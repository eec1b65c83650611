import { SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** Label/value pairs in a responsive grid. */
export function Facts({ items, narrow = false }: { items: readonly { label: string; value: ReactNode }[]; narrow?: boolean }) {
  return (
    <SimpleGrid cols={narrow ? { base: 1, xs: 2 } : { base: 1, xs: 2, md: 3 }} spacing="md" verticalSpacing="sm">
      {items.map((item) => (
        <div key={item.label}>
          <Text size="xs" c="dimmed">
            {item.label}
          </Text>
          <Text size="sm" fw={500} component="div">
            {item.value}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}
