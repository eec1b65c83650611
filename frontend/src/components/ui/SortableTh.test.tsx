import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '@/i18n/setup';
import { useSort } from '@/lib/use-sort';
import { renderWithProviders } from '@/test/render';
import { DataTable } from './DataTable';
import type { Column } from './DataTable';

type Field = 'NAME' | 'AREA';
interface Row {
  id: string;
}

const columns: Column<Row, Field>[] = [
  { key: 'name', header: 'Name', sortField: 'NAME', render: (row) => row.id },
  { key: 'area', header: 'Area', sortField: 'AREA', render: (row) => row.id },
  { key: 'notes', header: 'Notes', render: (row) => row.id },
];

/** A table whose order lives in `useSort`, as the list pages wire it. */
function SortedTable() {
  const sort = useSort<Field>();
  return (
    <>
      <DataTable rows={[{ id: 'a' }]} columns={columns} sort={sort} rowKey={(row) => row.id} emptyText="" />
      <output data-testid="order-by">{JSON.stringify(sort.orderBy)}</output>
    </>
  );
}

const header = (name: string) => screen.getByRole('columnheader', { name: new RegExp(name) });
const sortButton = (name: string) => screen.getByRole('button', { name: new RegExp(name) });
const orderBy = () => screen.getByTestId('order-by').textContent;

beforeEach(async () => {
  await i18n.changeLanguage('vi');
});

describe('SortableTh', () => {
  it('leaves every header unsorted until one is clicked', () => {
    renderWithProviders(<SortedTable />);
    expect(header('Name')).not.toHaveAttribute('aria-sort');
    expect(header('Area')).not.toHaveAttribute('aria-sort');
    expect(sortButton('Name')).toHaveAttribute('title', 'Sắp xếp tăng dần');
    expect(orderBy()).toBe('null');
  });

  it('sorts ascending on the first click and flips the direction on each further click', async () => {
    const user = userEvent.setup();
    renderWithProviders(<SortedTable />);

    await user.click(sortButton('Name'));
    expect(header('Name')).toHaveAttribute('aria-sort', 'ascending');
    expect(sortButton('Name')).toHaveAttribute('title', 'Sắp xếp giảm dần');
    expect(orderBy()).toBe(JSON.stringify({ field: 'NAME', direction: 'ASC' }));

    await user.click(sortButton('Name'));
    expect(header('Name')).toHaveAttribute('aria-sort', 'descending');
    expect(sortButton('Name')).toHaveAttribute('title', 'Sắp xếp tăng dần');
    expect(orderBy()).toBe(JSON.stringify({ field: 'NAME', direction: 'DESC' }));

    await user.click(sortButton('Name'));
    expect(header('Name')).toHaveAttribute('aria-sort', 'ascending');
  });

  it('sorts a newly clicked column ascending and clears the old one', async () => {
    const user = userEvent.setup();
    renderWithProviders(<SortedTable />);
    await user.click(sortButton('Name'));
    await user.click(sortButton('Name'));

    await user.click(sortButton('Area'));
    expect(header('Area')).toHaveAttribute('aria-sort', 'ascending');
    expect(header('Name')).not.toHaveAttribute('aria-sort');
    expect(orderBy()).toBe(JSON.stringify({ field: 'AREA', direction: 'ASC' }));
  });

  it('keeps a column without a sort field a plain header', () => {
    renderWithProviders(<SortedTable />);
    expect(header('Notes')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Notes/ })).not.toBeInTheDocument();
  });
});
