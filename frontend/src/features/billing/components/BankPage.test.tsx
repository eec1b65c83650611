import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '@/i18n/setup';
import { graphqlError, jsonResponse, renderWithProviders } from '@/test/render';
import { BankPage } from './BankPage';

const fetchMock = vi.fn<typeof fetch>();

interface Sent {
  operationName: string;
  variables: Record<string, unknown>;
}
const sent = (): Sent[] => fetchMock.mock.calls.map(([, init]) => JSON.parse(init?.body as string) as Sent);
const sentAs = (name: string) => sent().filter((r) => r.operationName === name);

const HEADER = 'date,amount,description,reference,payer_tax_code';
const CSV = `${HEADER}\n2026-11-20,1.200.000,TT HD C26TAA 00000123,FT001,2500100001\n2026-11-21,500000,Chuyen tien,FT002,\n2026-11-02,990000,TT HD C26TAA 00000100,FT000,\n`;

/** A CSV file as the file picker hands it over (jsdom's File has no text()). */
function csvFile(text: string): File {
  const file = new File([text], 'sao-ke.csv', { type: 'text/csv' });
  Object.defineProperty(file, 'text', { value: () => Promise.resolve(text) });
  return file;
}

const preview = {
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

const suggested = {
  id: 'QmFua0xpbmU6MQ',
  bookedOn: '2026-11-20',
  amount: 1_200_000,
  description: 'TT HD C26TAA 00000123',
  reference: 'FT001',
  payerTaxCode: '2500100001',
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

function server() {
  let confirmed = false;
  fetchMock.mockImplementation((_input, init) => {
    const { operationName, variables } = JSON.parse(init?.body as string) as Sent;
    switch (operationName) {
      case 'BankLines': {
        const line = confirmed ? { ...suggested, status: 'CONFIRMED', invoiceOpen: 0, paymentId: 'UGF5bWVudDox' } : suggested;
        const nodes = variables.status == null || variables.status === line.status ? [line] : [];
        return Promise.resolve(
          jsonResponse({ data: { bankLines: { totalCount: nodes.length, pageInfo: { hasNextPage: false, endCursor: null }, nodes } } }),
        );
      }
      case 'ImportBankStatement':
        return Promise.resolve(
          jsonResponse({ data: { importBankStatement: variables.commit ? { ...preview, created: 2 } : preview } }),
        );
      case 'ConfirmBankLine':
        confirmed = true;
        return Promise.resolve(
          jsonResponse({ data: { confirmBankLine: { ...suggested, status: 'CONFIRMED', invoiceOpen: 0, paymentId: 'UGF5bWVudDox' } } }),
        );
      default:
        return Promise.resolve(graphqlError('INTERNAL', `unexpected ${operationName}`));
    }
  });
}

beforeEach(async () => {
  vi.stubGlobal('fetch', fetchMock);
  fetchMock.mockReset();
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
    const [matched, unmatched, duplicate] = within(lines).getAllByTestId('bank-import-line');
    expect(within(matched!).getByTestId('bank-match')).toHaveTextContent('Khớp số HĐ và số tiền');
    expect(within(matched!).getByText('1.200.000 ₫')).toBeInTheDocument();
    expect(within(unmatched!).getByTestId('bank-match')).toHaveTextContent('Chưa khớp');
    expect(within(duplicate!).getByTestId('bank-import-duplicate')).toHaveTextContent('Đã nhập trước đây');
    expect(screen.getByTestId('bank-import-summary')).toHaveTextContent('2 dòng mới, 1 dòng đã nhập trước đây');

    await user.click(screen.getByTestId('import-commit'));
    await waitFor(() => expect(sentAs('ImportBankStatement').map((r) => r.variables.commit)).toEqual([false, true]));
    expect(sentAs('ImportBankStatement')[1]?.variables.csv).toBe(CSV);
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
    expect(sentAs('BankLines')[0]?.variables).toEqual({ first: 20, after: null, status: 'SUGGESTED' });

    await user.click(within(row).getByTestId(`bank-confirm-${suggested.id}`));
    await waitFor(() => expect(sentAs('ConfirmBankLine')).toHaveLength(1));
    expect(sentAs('ConfirmBankLine')[0]?.variables).toEqual({ id: suggested.id, invoiceId: null });
    // The list is asked again: the line has left the "suggested" filter.
    expect(await within(table).findByText('Chưa có giao dịch nào.')).toBeInTheDocument();
  });
});
