import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '@/i18n/setup';
import { PHONE_QUERY } from '@/lib/phone';
import { useSort } from '@/lib/use-sort';
import { matchMediaWhere } from '@/test/media';
import { renderWithProviders } from '@/test/render';
import { DataTable } from './DataTable';
import type { Column } from './DataTable';

type Field = 'CODE' | 'AREA';
interface Plot {
  id: string;
  code: string;
  area: number;
  note: string;
}

const PLOTS: Plot[] = [
  { id: 'p1', code: 'A-01', area: 1200, note: 'corner' },
  { id: 'p2', code: 'B-07', area: 800, note: 'river side' },
];

const columns: Column<Plot, Field>[] = [
  { key: 'code', header: 'Code', sortField: 'CODE', phone: 'title', render: (row) => row.code },
  { key: 'area', header: 'Area', sortField: 'AREA', render: (row) => `${row.area} m²` },
  { key: 'note', header: 'Note', phone: 'hidden', render: (row) => row.note },
  { key: 'status', header: 'Status', phone: 'aside', render: () => <span data-testid="status-badge">Free</span> },
  { key: 'actions', header: 'Actions', phone: 'footer', render: (row) => <button type="button">Edit {row.code}</button> },
];

function SortedList({ rows = PLOTS }: { rows?: Plot[] }) {
  const sort = useSort<Field>();
  return (
    <>
      <DataTable rows={rows} columns={columns} sort={sort} rowKey={(row) => row.id} emptyText="No plots" data-testid="plots" />
      <output data-testid="order-by">{JSON.stringify(sort.orderBy)}</output>
    </>
  );
}

function phone(on: boolean) {
  window.matchMedia = matchMediaWhere((query) => on && query === PHONE_QUERY);
}

beforeEach(async () => {
  await i18n.changeLanguage('en');
});

afterEach(() => phone(false));

describe('DataTable', { timeout: 20_000 }, () => {
  it('is a table on a wide screen, each row with a stable test id', () => {
    phone(false);
    renderWithProviders(<SortedList />);
    const list = screen.getByTestId('plots');
    expect(list.tagName).toBe('TABLE');
    expect(list).toHaveAttribute('data-layout', 'table');
    const rows = within(list).getAllByTestId('data-table-row');
    expect(rows.map((row) => row.getAttribute('data-row-key'))).toEqual(['p1', 'p2']);
    expect(within(rows[1]!).getByText('river side')).toBeInTheDocument();
  });

  it('is a list of cards below 576 px: title and badge on top, header/value pairs, actions last, hidden columns left out', () => {
    phone(true);
    renderWithProviders(<SortedList />);
    const list = screen.getByTestId('plots');
    expect(list).toHaveAttribute('data-layout', 'cards');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    const cards = within(list).getAllByTestId('data-table-row');
    expect(cards).toHaveLength(2);
    const card = cards[1]!;
    expect(card).toHaveAttribute('data-row-key', 'p2');
    expect(within(card).getByText('B-07')).toBeInTheDocument();
    expect(within(card).getByTestId('status-badge')).toBeInTheDocument();
    // The title and the badge carry no label; the other columns are term/definition pairs.
    const terms = within(card).getAllByRole('term').map((term) => term.textContent);
    expect(terms).toEqual(['Area']);
    expect(within(card).getByRole('definition')).toHaveTextContent('800 m²');
    expect(within(card).queryByText('river side')).not.toBeInTheDocument();
    expect(within(card).getByRole('button', { name: 'Edit B-07' })).toBeInTheDocument();
  });

  it('keeps the empty text on a phone', () => {
    phone(true);
    renderWithProviders(<SortedList rows={[]} />);
    expect(screen.getByTestId('plots')).toHaveTextContent('No plots');
    expect(screen.queryByTestId('data-table-row')).not.toBeInTheDocument();
  });

  it('sorts on a phone with a field picker and a direction button', async () => {
    phone(true);
    renderWithProviders(<SortedList />);
    const user = userEvent.setup();
    const direction = screen.getByTestId('data-table-sort-direction');
    expect(direction).toBeDisabled();
    await user.click(screen.getByRole('textbox', { name: 'Sort by' }));
    await user.click(await screen.findByRole('option', { name: 'Area', hidden: true }));
    expect(screen.getByTestId('order-by')).toHaveTextContent('{"field":"AREA","direction":"ASC"}');
    await user.click(direction);
    expect(screen.getByTestId('order-by')).toHaveTextContent('{"field":"AREA","direction":"DESC"}');
  });
});
