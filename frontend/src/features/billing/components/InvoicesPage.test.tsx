import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '@/i18n/setup';
import { ClusterOptionsDocument, InvoicesDocument } from '@/gql/graphql';
import { graphqlMock, onePage } from '@/test/mock-graphql';
import { renderWithProviders } from '@/test/render';
import type { InvoiceRow } from '../api/invoices';
import { invoicesListPath } from '../lib/invoice-filter';
import { InvoicesPage } from './InvoicesPage';

const row: InvoiceRow = {
  id: 'SW52b2ljZTox',
  kind: 'INVOICE',
  documentType: 'VAT_INVOICE',
  numberLabel: 'C26TAA 00000123',
  buyerName: 'KCC Vina',
  firmId: 'RmlybTox',
  clusterId: 'Q2x1c3Rlcjox',
  clusterName: 'CCN Đồng Sóc',
  periodStart: '2026-10-01',
  periodEnd: '2026-12-31',
  issuedOn: '2026-10-01',
  dueOn: '2026-10-16',
  total: 1_200_000,
  paid: 0,
  open: 1_200_000,
  status: 'OVERDUE',
};

const second: InvoiceRow = { ...row, id: 'SW52b2ljZToy', numberLabel: 'C26TAA 00000124', buyerName: 'YPE Vina' };
const ZIP_PATH = `/documents/invoices.zip?ids=${row.id},${second.id}`;

beforeEach(async () => {
  graphqlMock
    .on(InvoicesDocument, { invoices: onePage([row, second]) })
    .on(ClusterOptionsDocument, { clusters: onePage([{ id: 'Q2x1c3Rlcjox', name: 'CCN Đồng Sóc' }]) });
  await i18n.changeLanguage('vi');
});

describe('InvoicesPage', { timeout: 20_000 }, () => {
  it('marks a late-interest notice beside its number', async () => {
    const notice: InvoiceRow = { ...row, id: 'SW52b2ljZToz', documentType: 'INTEREST_NOTICE', numberLabel: 'L26TAA 00000613', total: 32_175, open: 32_175 };
    graphqlMock.on(InvoicesDocument, { invoices: onePage([notice, row]) });
    renderWithProviders(<InvoicesPage />, { route: '/invoices' });

    const link = await within(await screen.findByTestId('invoices-table')).findByText('L26TAA 00000613');
    expect(within(link.closest('tr')!).getByTestId('interest-notice-badge')).toHaveTextContent('Thông báo lãi');
    const invoice = screen.getByText('C26TAA 00000123').closest('tr')!;
    expect(within(invoice).queryByTestId('interest-notice-badge')).not.toBeInTheDocument();
  });

  it('asks the server for the period and cluster in the address, as a billing run links to it', async () => {
    const path = invoicesListPath({ periodFrom: '2026-10-01', periodTo: '2026-12-31', clusterId: 'Q2x1c3Rlcjox' });
    expect(path).toBe('/invoices?cluster=Q2x1c3Rlcjox&from=2026-10-01&to=2026-12-31');
    renderWithProviders(<InvoicesPage />, { route: path });

    const link = await within(await screen.findByTestId('invoices-table')).findByText('C26TAA 00000123');
    const cells = link.closest('tr')!;
    expect(within(cells).getByText('Quý 4/2026')).toBeInTheDocument();
    expect(within(cells).getByTestId('invoice-status')).toHaveTextContent('Quá hạn');
    expect(within(cells).getAllByText('1.200.000 ₫')).toHaveLength(2);
    expect(within(cells).queryByTestId('interest-notice-badge')).not.toBeInTheDocument();

    expect(graphqlMock.calls(InvoicesDocument)).toEqual([
      {
        first: 20,
        after: null,
        status: null,
        clusterId: 'Q2x1c3Rlcjox',
        firmId: null,
        periodFrom: '2026-10-01',
        periodTo: '2026-12-31',
        search: null,
      },
    ]);
  });

  it('downloads the selected invoices as one ZIP', async () => {
    graphqlMock.onFetch(ZIP_PATH, () => new Response('PK', { status: 200, headers: { 'content-type': 'application/zip' } }));
    Object.defineProperty(URL, 'createObjectURL', { value: vi.fn(() => 'blob:zip'), configurable: true });
    Object.defineProperty(URL, 'revokeObjectURL', { value: vi.fn(), configurable: true });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderWithProviders(<InvoicesPage />, { route: '/invoices' });
    const user = userEvent.setup();

    await within(await screen.findByTestId('invoices-table')).findByText('C26TAA 00000124');
    const zip = screen.getByTestId('invoices-zip');
    expect(zip).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: 'Chọn hóa đơn C26TAA 00000123' }));
    expect(screen.getByTestId('invoices-selected-count')).toHaveTextContent('Đã chọn 1');
    // The header's box selects every row shown.
    await user.click(screen.getByTestId('data-table-select-all'));
    expect(screen.getByTestId('invoices-selected-count')).toHaveTextContent('Đã chọn 2');
    expect(zip).toHaveTextContent('Tải ZIP');
    await user.click(zip);
    await waitFor(() => expect(click).toHaveBeenCalled());
    click.mockRestore();
    expect(graphqlMock.fetches().some(({ url }) => url === ZIP_PATH)).toBe(true);
    // The header's box again clears them.
    await user.click(screen.getByTestId('data-table-select-all'));
    expect(screen.getByTestId('invoices-selected-count')).toHaveTextContent('Đã chọn 0');
  });

  it('keeps a status picked while the search box is sending its text', async () => {
    renderWithProviders(<InvoicesPage />, { route: '/invoices' });
    const user = userEvent.setup();
    await within(await screen.findByTestId('invoices-table')).findByText('C26TAA 00000123');
    await user.click(screen.getByTestId('invoice-filter-status'));
    const overdue = await screen.findByRole('option', { name: 'Quá hạn', hidden: true });

    vi.useFakeTimers();
    try {
      fireEvent.change(screen.getByTestId('invoice-filter-search'), { target: { value: 'KCC ' } });
      // The search's debounce sends it, and the status is picked before the page renders the
      // address the search asked for: both stay.
      act(() => {
        vi.advanceTimersByTime(300);
        fireEvent.click(overdue);
      });
    } finally {
      vi.useRealTimers();
    }

    await waitFor(() =>
      expect(graphqlMock.calls(InvoicesDocument).at(-1)).toMatchObject({ status: 'OVERDUE', search: 'KCC' }),
    );
    expect(screen.getByTestId('invoice-filter-search')).toHaveValue('KCC ');
  });
});
