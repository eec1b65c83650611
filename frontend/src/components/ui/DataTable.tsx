import { ActionIcon, Box, Card, Checkbox, Group, Select, Stack, Table, Text } from '@mantine/core';
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

/**
 * Rows the user picked for an action on several at once (a download, say): a checkbox on each
 * row and, on a wide screen, one in the header for every row shown. The owner keeps the set,
 * so it can drop keys when the list changes.
 */
export interface RowSelection<Row> {
  selected: ReadonlySet<string>;
  onChange: (next: ReadonlySet<string>) => void;
  /** What a row's checkbox says to a screen reader ("Select invoice C26TAA 00000012"). */
  label: (row: Row) => string;
}

interface DataTableProps<Row, Field extends string> {
  rows: readonly Row[];
  columns: readonly Column<Row, Field>[];
  rowKey: (row: Row) => string;
  emptyText: string;
  /** The list's sort state (`useSort`); columns with a `sortField` get clickable headers. */
  sort?: SortControl<Field>;
  /** Makes rows selectable (see {@link RowSelection}). */
  selection?: RowSelection<Row>;
  /**
   * The row a keyboard flow is on (a workbench's j/k): outlined, `data-active`, and focusable
   * (`tabIndex` -1) so the owner can move focus to it.
   */
  activeRowKey?: string | null;
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

function toggled(selected: ReadonlySet<string>, key: string): Set<string> {
  const next = new Set(selected);
  if (next.has(key)) next.delete(key);
  else next.add(key);
  return next;
}

function RowCheckbox<Row>({ row, rowKey, selection }: { row: Row; rowKey: string; selection: RowSelection<Row> }) {
  return (
    <Checkbox
      size="sm"
      aria-label={selection.label(row)}
      checked={selection.selected.has(rowKey)}
      onChange={() => selection.onChange(toggled(selection.selected, rowKey))}
      data-testid="data-table-select"
    />
  );
}

/** The outline of the keyboard's row: visible on the striped and hovered table alike. */
const ACTIVE_STYLE = {
  outline: '2px solid var(--mantine-primary-color-filled)',
  outlineOffset: -2,
} as const;

/** What marks the keyboard's row, on a table row or a card. */
function activeProps(active: boolean) {
  return active ? { 'data-active': true, tabIndex: -1, style: ACTIVE_STYLE } : {};
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
  selection,
  active,
}: {
  row: Row;
  rowKey: string;
  columns: readonly Column<Row, Field>[];
  selection?: RowSelection<Row>;
  active: boolean;
}) {
  const placed = (place: PhonePlace | undefined) => columns.filter((c) => c.phone === place);
  const title = placed('title');
  const aside = placed('aside');
  const footer = placed('footer');
  const lines = placed(undefined);
  return (
    <Card withBorder padding="sm" data-testid="data-table-row" data-row-key={rowKey} {...activeProps(active)}>
      <Stack gap={8}>
        {(title.length > 0 || aside.length > 0 || selection) && (
          <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
            {selection && <RowCheckbox row={row} rowKey={rowKey} selection={selection} />}
            <Box fw={600} flex={1} fz="sm" style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
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
  selection,
  activeRowKey = null,
  'data-testid': testId,
}: DataTableProps<Row, Field>) {
  const phone = usePhone();
  const { t } = useTranslation();

  if (phone) {
    const shown = columns.filter((c) => c.phone !== 'hidden');
    return (
      <Stack gap="sm" data-testid={testId} data-layout="cards">
        {sort && rows.length > 1 && <PhoneSort columns={columns} sort={sort} />}
        {rows.length === 0 ? (
          <EmptyText>{emptyText}</EmptyText>
        ) : (
          rows.map((row) => (
            <RowCard
              key={rowKey(row)}
              row={row}
              rowKey={rowKey(row)}
              columns={shown}
              selection={selection}
              active={activeRowKey === rowKey(row)}
            />
          ))
        )}
      </Stack>
    );
  }

  const keys = rows.map(rowKey);
  const allShown = keys.length > 0 && keys.every((key) => selection?.selected.has(key));
  const someShown = keys.some((key) => selection?.selected.has(key));
  const selectAll = () => {
    if (!selection) return;
    const next = new Set(selection.selected);
    for (const key of keys) {
      if (allShown) next.delete(key);
      else next.add(key);
    }
    selection.onChange(next);
  };
  const span = columns.length + (selection ? 1 : 0);

  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped highlightOnHover verticalSpacing="sm" data-testid={testId} data-layout="table">
        <Table.Thead>
          <Table.Tr>
            {selection && (
              <Table.Th w={40}>
                <Checkbox
                  size="sm"
                  aria-label={t('rowSelection.selectAllShown')}
                  checked={allShown}
                  indeterminate={someShown && !allShown}
                  disabled={keys.length === 0}
                  onChange={selectAll}
                  data-testid="data-table-select-all"
                />
              </Table.Th>
            )}
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
              <Table.Td colSpan={span}>
                <EmptyText>{emptyText}</EmptyText>
              </Table.Td>
            </Table.Tr>
          ) : (
            rows.map((row) => (
              <Table.Tr
                key={rowKey(row)}
                data-testid="data-table-row"
                data-row-key={rowKey(row)}
                bg={selection?.selected.has(rowKey(row)) ? 'var(--mantine-primary-color-light)' : undefined}
                {...activeProps(activeRowKey === rowKey(row))}
              >
                {selection && (
                  <Table.Td>
                    <RowCheckbox row={row} rowKey={rowKey(row)} selection={selection} />
                  </Table.Td>
                )}
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
