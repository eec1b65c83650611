import { Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { SortControl } from '@/lib/use-sort';
import { SortableTh } from './SortableTh';

export interface Column<Row, Field extends string = string> {
  key: string;
  header: string;
  render: (row: Row) => ReactNode;
  /** Keep the cell on one line (dates, badges). */
  nowrap?: boolean;
  /** The server-side sort field behind this column; its header sorts the list (needs `sort`). */
  sortField?: Field;
}

interface DataTableProps<Row, Field extends string> {
  rows: readonly Row[];
  columns: readonly Column<Row, Field>[];
  rowKey: (row: Row) => string;
  emptyText: string;
  /** The list's sort state (`useSort`); columns with a `sortField` get clickable headers. */
  sort?: SortControl<Field>;
  'data-testid'?: string;
}

/** A plain back-office table with a header row and an empty-state line. */
export function DataTable<Row, Field extends string = string>({
  rows,
  columns,
  rowKey,
  emptyText,
  sort,
  'data-testid': testId,
}: DataTableProps<Row, Field>) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped highlightOnHover verticalSpacing="sm" data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            {columns.map(({ key, header, sortField }) =>
              sort && sortField !== undefined ? (
                <SortableTh
                  key={key}
                  direction={sort.orderBy?.field === sortField ? sort.orderBy.direction : null}
                  onSort={() => sort.toggle(sortField)}
                >
                  {header}
                </SortableTh>
              ) : (
                <Table.Th key={key}>{header}</Table.Th>
              ),
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={columns.length}>
                <Text c="dimmed" size="sm" ta="center" py="md">
                  {emptyText}
                </Text>
              </Table.Td>
            </Table.Tr>
          ) : (
            rows.map((row) => (
              <Table.Tr key={rowKey(row)}>
                {columns.map((column) => (
                  <Table.Td key={column.key} style={column.nowrap ? { whiteSpace: 'nowrap' } : undefined}>
                    {column.render(row)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
