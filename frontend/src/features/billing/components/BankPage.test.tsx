import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { notifications } from '@mantine/notifications';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '@/i18n/setup';
import { BankLineCountsDocument, BankLinesDocument, ConfirmBankLineDocument, ImportBankStatementDocument } from '@/gql/graphql';
import { graphqlMock, onePage } from '@/test/mock-graphql';
import { renderWithProviders } from '@/test/render';
import type { BankImport, BankLineRow } from '../api/bank';
import { BankPage } from './BankPage';

const HEADER = 'date,amount,description,reference,payer_tax_code';
const CSV = `${HEADER}\n2026-11-20,1.200.000,TT HD C26TAA 00000123,FT001,2500100006\n2026-11-21,500000,Chuyen tien,FT002,\n2026-11-02,990000,TT HD C26TAA 00000100,FT000,\n`;

/** A CSV file as the file picker hands it over (jsdom's File has no text()). */
function csvFile(text: string): File {
  const file = new File([text], 'sao-ke.csv', { type: 'text/csv' });
  Object.defineProperty(file, 'text', { value: () => Promise.resolve(text) });
  return file;
}

const preview: BankImport = {
  rows: 3,
  valid: true,
  created: 0,
  duplicates: 1,
  matched: 1,
  problems: [],
  lines: [
    {
      row: 2,
      bookedOn: '2026-11-20',
      amount: 1_200_000,
      description: 'TT HD C26TAA 00000123',
      reference: 'FT001',
      duplicate: false,
      match: 'NUMBER_AND_AMOUNT',
      invoiceLabel: 'C26TAA 00000123',
      firmName: 'KCC Vina',
    },
    {
      row: 3,
      bookedOn: '2026-11-21',
      amount: 500_000,
      description: 'Chuyen tien',
      reference: 'FT002',
      duplicate: false,
      match: null,
      invoiceLabel: null,
      firmName: null,
    },
    {
      row: 4,
      bookedOn: '2026-11-02',
      amount: 990_000,
      description: 'TT HD C26TAA 00000100',
      reference: 'FT000',
      duplicate: true,
      match: null,
      invoiceLabel: null,
      firmName: null,
    },
  ],
};

const suggested: BankLineRow = {
  id: 'QmFua0xpbmU6MQ',
  bookedOn: '2026-11-20',
  amount: 1_200_000,
  description: 'TT HD C26TAA 00000123',
  reference: 'FT001',
  payerTaxCode: '2500100006',
  status: 'SUGGESTED',
  match: 'NUMBER_AND_AMOUNT',
  invoiceId: 'SW52b2ljZToxMjM',
  invoiceLabel: 'C26TAA 00000123',
  invoiceOpen: 1_200_000,
  firmId: 'RmlybTox',
  firmName: 'KCC Vina',
  paymentId: null,
  ignoreReason: null,
  importedAt: '2026-11-21T02:00:00Z',
};

const unmatched: BankLineRow = {
  ...suggested,
  id: 'QmFua0xpbmU6Mg',
  amount: 500_000,
  description: 'Chuyen tien',
  reference: 'FT002',
  payerTaxCode: null,
  status: 'UNMATCHED',
  match: null,
  invoiceId: null,
  invoiceLabel: null,
  invoiceOpen: null,
  firmId: null,
  firmName: null,
};

/** The endpoint: the suggested line (confirmed once ConfirmBankLine is sent) and the statement import. */
function server() {
  let confirmed = false;
  const confirmedLine: BankLineRow = { ...suggested, status: 'CONFIRMED', invoiceOpen: 0, paymentId: 'UGF5bWVudDox' };
  graphqlMock
    .on(BankLinesDocument, ({ status }) => {
      const line = confirmed ? confirmedLine : suggested;
      return { bankLines: onePage(status == null || status === line.status ? [line] : []) };
    })
    .on(BankLineCountsDocument, () => ({
      bankLineCounts: confirmed
        ? { unmatched: 0, suggested: 0, confirmed: 1, ignored: 0, total: 1 }
        : { unmatched: 0, suggested: 1, confirmed: 0, ignored: 0, total: 1 },
    }))
    .on(ImportBankStatementDocument, ({ commit }) => ({ importBankStatement: commit ? { ...preview, created: 2 } : preview }))
    .on(ConfirmBankLineDocument, () => {
      confirmed = true;
      return { confirmBankLine: confirmedLine };
    });
}

beforeEach(async () => {
  await i18n.changeLanguage('vi');
});

describe('BankPage', { timeout: 20_000 }, () => {
  it('previews a statement with its matches and duplicates, then imports only the new lines', async () => {
    server();
    renderWithProviders(<BankPage />, { route: '/bank' });
    const user = userEvent.setup();

    expect(screen.getByTestId('import-header')).toHaveTextContent(HEADER);
    await user.upload(screen.getByTestId('import-file'), csvFile(CSV));

    const lines = await screen.findByTestId('bank-import-lines');
    const [matched, unmatched, duplicate] = within(lines).getAllByTestId('data-table-row');
    expect(within(matched!).getByTestId('bank-match')).toHaveTextContent('Khớp số HĐ và số tiền');
    expect(within(matched!).getByText('1.200.000 ₫')).toBeInTheDocument();
    expect(within(unmatched!).getByTestId('bank-match')).toHaveTextContent('Chưa khớp');
    expect(within(duplicate!).getByTestId('bank-import-duplicate')).toHaveTextContent('Đã nhập trước đây');
    expect(screen.getByTestId('bank-import-summary')).toHaveTextContent('2 dòng mới, 1 dòng đã nhập trước đây');

    await user.click(screen.getByTestId('import-commit'));
    await waitFor(() => expect(graphqlMock.calls(ImportBankStatementDocument).map((v) => v.commit)).toEqual([false, true]));
    expect(graphqlMock.calls(ImportBankStatementDocument)[1]?.csv).toBe(CSV);
    // The form starts over for the next file.
    await waitFor(() => expect(screen.queryByTestId('bank-import-lines')).not.toBeInTheDocument());
  });

  it('confirms a suggested line against its invoice', async () => {
    server();
    renderWithProviders(<BankPage />, { route: '/bank?status=SUGGESTED' });
    const user = userEvent.setup();

    const table = await screen.findByTestId('bank-lines-table');
    const row = (await within(table).findByText('FT001')).closest('tr')!;
    expect(within(row).getByTestId('bank-line-status')).toHaveTextContent('Có gợi ý');
    expect(within(row).getByTestId('bank-line-invoice')).toHaveAttribute('href', '/invoices/SW52b2ljZToxMjM');
    expect(graphqlMock.calls(BankLinesDocument)[0]).toEqual({ first: 20, after: null, status: 'SUGGESTED' });

    await user.click(within(row).getByTestId(`bank-confirm-${suggested.id}`));
    await waitFor(() => expect(graphqlMock.calls(ConfirmBankLineDocument)).toEqual([{ id: suggested.id, invoiceId: null }]));
    // The list is asked again: the line has left the "suggested" filter.
    expect(await within(table).findByText('Chưa có giao dịch nào.')).toBeInTheDocument();
  });

  it('shows each status with its count from the server', async () => {
    server();
    renderWithProviders(<BankPage />, { route: '/bank' });

    expect(await screen.findByTestId('bank-count-ALL')).toHaveTextContent('1');
    expect(screen.getByTestId('bank-count-SUGGESTED')).toHaveTextContent('1');
    expect(screen.getByTestId('bank-count-UNMATCHED')).toHaveTextContent('0');
    expect(screen.getByTestId('bank-filter-status')).toHaveTextContent('Có gợi ý1');
  });

  it('moves through the lines with j/k and the arrows, and Enter confirms only an exact match', async () => {
    graphqlMock
      .on(BankLinesDocument, () => ({ bankLines: onePage([suggested, unmatched]) }))
      .on(BankLineCountsDocument, () => ({ bankLineCounts: { unmatched: 1, suggested: 1, confirmed: 0, ignored: 0, total: 2 } }))
      .on(ConfirmBankLineDocument, () => ({ confirmBankLine: { ...suggested, status: 'CONFIRMED' as const } }));
    renderWithProviders(<BankPage />, { route: '/bank' });
    const user = userEvent.setup();
    const table = await screen.findByTestId('bank-lines-table');
    await within(table).findByText('FT002');
    const rows = () => within(table).getAllByTestId('data-table-row');
    expect(screen.getByTestId('bank-keyboard-hint')).toHaveTextContent('Enter');
    expect(rows().filter((row) => row.hasAttribute('data-active'))).toEqual([]);

    // j starts at the first line and puts the focus (and its outline) there.
    await user.keyboard('j');
    expect(rows()[0]).toHaveAttribute('data-active');
    expect(rows()[0]).toHaveFocus();
    // Inside the list the arrows move too; the ends hold.
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(rows()[1]).toHaveAttribute('data-active');
    expect(rows()[1]).toHaveFocus();
    expect(rows()[0]).not.toHaveAttribute('data-active');
    // An unmatched line is not confirmed by a key: its buttons decide.
    const show = vi.spyOn(notifications, 'show');
    await user.keyboard('{Enter}');
    expect(show.mock.calls.map(([shown]) => shown.message)).toEqual([
      'Enter chỉ xác nhận dòng khớp chính xác: hãy dùng các nút của dòng.',
    ]);
    show.mockRestore();
    expect(graphqlMock.calls(ConfirmBankLineDocument)).toEqual([]);

    await user.keyboard('k');
    expect(rows()[0]).toHaveAttribute('data-active');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(graphqlMock.calls(ConfirmBankLineDocument)).toEqual([{ id: suggested.id, invoiceId: null }]));
  });
});
