import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '@/i18n/setup';
import { FirmStatementDocument } from '@/gql/graphql';
import { graphqlMock } from '@/test/mock-graphql';
import { renderWithProviders } from '@/test/render';
import type { StatementData } from '../api/reports';
import { FirmStatementPage, MyStatementPage } from './FirmStatementPage';

const FIRM = 'RmlybTox';
const CSV_PATH = `/export/statement.csv?firm=${FIRM}&from=2026-01-01&to=2026-11-27`;
const PDF_PATH = `/documents/statement.pdf?firm=${FIRM}&from=2026-01-01&to=2026-11-27`;
/** The CSV download asks for the reader's language. */
const CSV_DOWNLOAD = `${CSV_PATH}&lang=vi`;

const statement: StatementData = {
  firmId: FIRM,
  firmName: 'KCC Vina',
  firmTaxCode: '2500100006',
  from: '2026-01-01',
  to: '2026-11-27',
  openingBalance: 300_000,
  invoiced: 1_200_000,
  credited: 110_000,
  paid: 1_000_000,
  closingBalance: 390_000,
  unallocatedCredit: 0,
  csvPath: CSV_PATH,
  pdfPath: PDF_PATH,
  entries: [
    {
      on: '2026-10-01',
      kind: 'INVOICE',
      reference: 'C26TAA 00000123',
      description: 'Hóa đơn kỳ 01/10/2026 – 31/10/2026',
      periodStart: '2026-10-01',
      periodEnd: '2026-10-31',
      note: null,
      paymentMethod: null,
      debit: 1_200_000,
      credit: 0,
      balance: 1_500_000,
      documentId: 'SW52b2ljZToxMjM',
    },
    {
      on: '2026-10-20',
      kind: 'CREDIT_NOTE',
      reference: 'C26TAA 00000130',
      description: 'Hóa đơn điều chỉnh giảm: Tính trùng diện tích',
      periodStart: '2026-10-01',
      periodEnd: '2026-10-31',
      note: 'Tính trùng diện tích',
      paymentMethod: null,
      debit: 0,
      credit: 110_000,
      balance: 1_390_000,
      documentId: 'SW52b2ljZToxMzA',
    },
    {
      on: '2026-11-02',
      kind: 'PAYMENT',
      reference: 'FT26306001',
      description: 'Chuyển khoản',
      periodStart: null,
      periodEnd: null,
      note: null,
      paymentMethod: 'BANK_TRANSFER',
      debit: 0,
      credit: 1_000_000,
      balance: 390_000,
      documentId: 'UGF5bWVudDox',
    },
  ],
};

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-27T03:00:00Z'));
  graphqlMock
    .on(FirmStatementDocument, { firmStatement: statement })
    .onFetch(CSV_DOWNLOAD, () => new Response('date,kind\n', { status: 200, headers: { 'content-type': 'text/csv' } }))
    .onFetch(PDF_PATH, () => new Response('%PDF-1.7', { status: 200, headers: { 'content-type': 'application/pdf' } }));
  await i18n.changeLanguage('vi');
});

afterEach(() => {
  vi.useRealTimers();
});

describe('statement of account', { timeout: 20_000 }, () => {
  it('asks for this year so far, lists the entries between the balances and links the documents', async () => {
    renderWithProviders(
      <Routes>
        <Route path="/firms/:id/statement" element={<FirmStatementPage />} />
      </Routes>,
      { route: `/firms/${FIRM}/statement` },
    );

    const entries = await screen.findByTestId('statement-entries');
    expect(graphqlMock.calls(FirmStatementDocument)).toEqual([{ firmId: FIRM, from: '2026-01-01', to: '2026-11-27' }]);
    expect(within(entries).getByTestId('statement-opening')).toHaveTextContent('300.000 ₫');
    const [invoice, credit, payment] = within(entries).getAllByTestId('statement-entry');
    expect(within(invoice!).getByRole('link', { name: 'C26TAA 00000123' })).toHaveAttribute('href', '/invoices/SW52b2ljZToxMjM');
    expect(within(credit!).getByText('Điều chỉnh giảm')).toBeInTheDocument();
    expect(within(payment!).queryByRole('link')).not.toBeInTheDocument();
    expect(within(payment!).getByText('390.000 ₫')).toBeInTheDocument();
    expect(invoice).toHaveTextContent('Hóa đơn kỳ 01/10/2026 – 31/10/2026');
    expect(credit).toHaveTextContent('Hóa đơn điều chỉnh giảm: Tính trùng diện tích');
    expect(payment).toHaveTextContent('Chuyển khoản');
    expect(screen.getByTestId('statement-total-debit')).toHaveTextContent('1.200.000 ₫');
    expect(screen.getByTestId('statement-total-credit')).toHaveTextContent('1.110.000 ₫');
    expect(screen.getByTestId('statement-closing')).toHaveTextContent('390.000 ₫');
    // The operator records the firm's payment from here: what it owes is filled in.
    expect(screen.getByTestId('statement-record-payment')).toBeInTheDocument();
  });

  it('downloads the CSV and the PDF from the paths the server gives', async () => {
    // jsdom has no object URLs and cannot follow a download link: stand-ins record the save.
    const createObjectURL = vi.fn(() => 'blob:statement');
    Object.defineProperty(URL, 'createObjectURL', { value: createObjectURL, configurable: true });
    Object.defineProperty(URL, 'revokeObjectURL', { value: vi.fn(), configurable: true });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderWithProviders(<MyStatementPage />, { route: '/my-statement?from=2026-01-01&to=2026-11-27' });
    const user = userEvent.setup();

    await user.click(await screen.findByTestId('statement-csv'));
    await waitFor(() => expect(click).toHaveBeenCalled());
    expect(createObjectURL).toHaveBeenCalled();
    click.mockRestore();
    expect(graphqlMock.fetches().some(({ url, init }) => url === CSV_DOWNLOAD && init?.method === 'GET')).toBe(true);
    const pdfClick = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await user.click(screen.getByTestId('statement-pdf'));
    await waitFor(() => expect(pdfClick).toHaveBeenCalled());
    pdfClick.mockRestore();
    expect(graphqlMock.fetches().some(({ url, init }) => url === PDF_PATH && init?.method === 'GET')).toBe(true);
    // An enterprise user's statement is their own firm's: no firm id is sent.
    expect(graphqlMock.calls(FirmStatementDocument)).toEqual([{ firmId: null, from: '2026-01-01', to: '2026-11-27' }]);
    expect(screen.queryByTestId('statement-record-payment')).not.toBeInTheDocument();
  });

  it('words the lines in English for an English reader', async () => {
    await i18n.changeLanguage('en');
    renderWithProviders(
      <Routes>
        <Route path="/firms/:id/statement" element={<FirmStatementPage />} />
      </Routes>,
      { route: `/firms/${FIRM}/statement` },
    );

    const entries = await screen.findByTestId('statement-entries');
    const [invoice, credit, payment] = within(entries).getAllByTestId('statement-entry');
    expect(invoice).toHaveTextContent('Invoice for 01/10/2026 – 31/10/2026');
    expect(credit).toHaveTextContent('Credit note: Tính trùng diện tích');
    expect(payment).toHaveTextContent('Bank transfer');
    expect(entries).not.toHaveTextContent('Chuyển khoản');
  });
});
