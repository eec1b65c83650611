import { ActionIcon, Box, Card, Group, Select, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { usePhone } from '@/lib/phone';
import type { SortControl } from '@/lib/use-sort';
import { SortableTh } from './SortableTh';

/**
 * Where a column goes on a phone, where each row is a card of label/value pairs:
 * `title` heads the card (without its label), `aside` sits at the title's right (a status
 * badge), `footer` closes the card without a label (actions), `hidden` is left out.
 */
export type PhonePlace = 'title' | 'aside' | 'footer' | 'hidden';

export interface Column<Row, Field extends string = string> {
  key: string;
  header: string;
  render: (row: Row) => ReactNode;
  /** Keep the cell on one line (dates, badges). */
  nowrap?: boolean;
  /** The server-side sort field behind this column; its header sorts the list (needs `sort`). */
  sortField?: Field;
  /** Its place in a phone's card; by default a label/value line. */
  phone?: PhonePlace;
}

interface DataTableProps<Row, Field extends string> {
  rows: readonly Row[];
  columns: readonly Column<Row, Field>[];
  rowKey: (row: Row) => string;
  emptyText: string;
  /** The list's sort state (`useSort`); columns with a `sortField` get clickable headers. */
  sort?: SortControl<Field>;
  /** On the container, table or cards; each row or card is `data-table-row` with `data-row-key`. */
  'data-testid'?: string;
}

function EmptyText({ children }: { children: string }) {
  return (
    <Text c="dimmed" size="sm" ta="center" py="md">
      {children}
    </Text>
  );
}

const ARROWS = { ASC: '↑', DESC: '↓' } as const;

/** A phone's stand-in for the sortable headers: pick the field, flip the direction. */
function PhoneSort<Row, Field extends string>({
  columns,
  sort,
}: {
  columns: readonly Column<Row, Field>[];
  sort: SortControl<Field>;
}) {
  const { t } = useTranslation();
  const sortable = columns.filter((c): c is Column<Row, Field> & { sortField: Field } => c.sortField !== undefined);
  if (sortable.length === 0) return null;
  const current = sort.orderBy;
  return (
    <Group gap="xs" wrap="nowrap" justify="flex-end" data-testid="data-table-sort">
      <Select
        size="xs"
        w={180}
        aria-label={t('dataTable.sortBy')}
        placeholder={t('dataTable.sortBy')}
        value={current?.field ?? null}
        onChange={(value) => {
          const column = sortable.find((c) => c.sortField === value);
          if (column && column.sortField !== current?.field) sort.toggle(column.sortField);
        }}
        data={sortable.map((c) => ({ value: c.sortField, label: c.header }))}
        allowDeselect={false}
        comboboxProps={{ withinPortal: true }}
      />
      <ActionIcon
        variant="default"
        size="md"
        disabled={current === null}
        onClick={() => current && sort.toggle(current.field)}
        aria-label={current?.direction === 'ASC' ? t('common.sortDescending') : t('common.sortAscending')}
        data-testid="data-table-sort-direction"
      >
        <span aria-hidden>{current ? ARROWS[current.direction] : '↕'}</span>
      </ActionIcon>
    </Group>
  );
}

/** One row as a card: title and aside on top, then each column's header and value, then the footer. */
function RowCard<Row, Field extends string>({
  row,
  rowKey,
  columns,
}: {
  row: Row;
  rowKey: string;
  columns: readonly Column<Row, Field>[];
}) {
  const placed = (place: PhonePlace | undefined) => columns.filter((c) => c.phone === place);
  const title = placed('title');
  const aside = placed('aside');
  const footer = placed('footer');
  const lines = placed(undefined);
  return (
    <Card withBorder padding="sm" data-testid="data-table-row" data-row-key={rowKey}>
      <Stack gap={8}>
        {(title.length > 0 || aside.length > 0) && (
          <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
            <Box fw={600} fz="sm" style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
              {title.map((c) => (
                <div key={c.key}>{c.render(row)}</div>
              ))}
            </Box>
            {aside.length > 0 && (
              <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
                {aside.map((c) => (
                  <div key={c.key}>{c.render(row)}</div>
                ))}
              </Group>
            )}
          </Group>
        )}
        {lines.length > 0 && (
          <Box
            component="dl"
            m={0}
            style={{ display: 'grid', gridTemplateColumns: 'minmax(6rem, 38%) 1fr', columnGap: 12, rowGap: 6 }}
          >
            {lines.map((c) => (
              <Box key={c.key} style={{ display: 'contents' }}>
                <Text component="dt" size="xs" c="dimmed" pt={2}>
                  {c.header}
                </Text>
                <Box component="dd" m={0} fz="sm" className="data-card-value" style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
                  {c.render(row)}
                </Box>
              </Box>
            ))}
          </Box>
        )}
        {footer.map((c) => (
          <div key={c.key}>{c.render(row)}</div>
        ))}
      </Stack>
    </Card>
  );
}

/**
 * A back-office list: a table with a header row on wide screens, a stack of cards below 576 px
 * (each row's columns as label/value pairs, placed by `Column.phone`), and an empty-state line.
 */
export function DataTable<Row, Field extends string = string>({
  rows,
  columns,
  rowKey,
  emptyText,
  sort,
  'data-testid': testId,
}: DataTableProps<Row, Field>) {
  const phone = usePhone();

  if (phone) {
    const shown = columns.filter((c) => c.phone !== 'hidden');
    return (
      <Stack gap="sm" data-testid={testId} data-layout="cards">
        {sort && rows.length > 1 && <PhoneSort columns={columns} sort={sort} />}
        {rows.length === 0 ? (
          <EmptyText>{emptyText}</EmptyText>
        ) : (
          rows.map((row) => <RowCard key={rowKey(row)} row={row} rowKey={rowKey(row)} columns={shown} />)
        )}
      </Stack>
    );
  }

  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped highlightOnHover verticalSpacing="sm" data-testid={testId} data-layout="table">
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
                <EmptyText>{emptyText}</EmptyText>
              </Table.Td>
            </Table.Tr>
          ) : (
            rows.map((row) => (
              <Table.Tr key={rowKey(row)} data-testid="data-table-row" data-row-key={rowKey(row)}>
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
