import { Group, Table, Text, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SortDirection } from '@/gql/graphql';

interface SortableThProps {
  children: ReactNode;
  /** The list's direction when it is sorted by this column, otherwise null. */
  direction: SortDirection | null;
  onSort: () => void;
}

const ARROWS: Record<SortDirection, string> = { ASC: '↑', DESC: '↓' };

/**
 * A column header that sorts the list when clicked. Only the sorted column carries `aria-sort`
 * (ARIA asks for one sorted header at a time); the button's title says what a click will do.
 */
export function SortableTh({ children, direction, onSort }: SortableThProps) {
  const { t } = useTranslation();
  return (
    <Table.Th aria-sort={direction === null ? undefined : direction === 'ASC' ? 'ascending' : 'descending'}>
      <UnstyledButton
        onClick={onSort}
        title={direction === 'ASC' ? t('common.sortDescending') : t('common.sortAscending')}
        fz="inherit"
        fw="inherit"
      >
        <Group gap={4} wrap="nowrap">
          <span>{children}</span>
          <Text component="span" aria-hidden inherit c={direction === null ? 'dimmed' : undefined}>
            {direction === null ? '↕' : ARROWS[direction]}
          </Text>
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}
