import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '@/i18n/setup';
import { FirmStatementDocument, RecordRefundDocument } from '@/gql/graphql';
import { markSignedIn, markSignedOut } from '@/lib/session/session-store';
import { viewerFixture } from '@/test/fixtures';
import { graphqlFailure, graphqlMock } from '@/test/mock-graphql';
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
  refunded: 0,
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
  markSignedIn(viewerFixture());
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-27T03:00:00Z'));
  graphqlMock
    .on(FirmStatementDocument, { firmStatement: statement })
    .onFetch(CSV_DOWNLOAD, () => new Response('date,kind\n', { status: 200, headers: { 'content-type': 'text/csv' } }))
    .onFetch(PDF_PATH, () => new Response('%PDF-1.7', { status: 200, headers: { 'content-type': 'application/pdf' } }));
  await i18n.changeLanguage('vi');
});

afterEach(() => {
  // Unmount first: a signed-out session under a mounted page would make it throw.
  cleanup();
  markSignedOut({ expired: false });
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

  describe('refunds', () => {
    /** KCC after a credit note on a paid invoice: 110.000 ₫ of its payments applied to nothing. */
    const inCredit: StatementData = { ...statement, closingBalance: -110_000, unallocatedCredit: 110_000 };
    const refunded: StatementData = {
      ...inCredit,
      refunded: 60_000,
      closingBalance: -50_000,
      unallocatedCredit: 50_000,
      entries: [
        ...statement.entries,
        {
          on: '2026-11-27',
          kind: 'REFUND',
          reference: 'FT26331999',
          description: 'Hoàn trả tiền thừa',
          periodStart: null,
          periodEnd: null,
          note: null,
          paymentMethod: null,
          debit: 60_000,
          credit: 0,
          balance: -50_000,
          documentId: 'UmVmdW5kOjE',
        },
      ],
    };
    const renderStatement = () =>
      renderWithProviders(
        <Routes>
          <Route path="/firms/:id/statement" element={<FirmStatementPage />} />
        </Routes>,
        { route: `/firms/${FIRM}/statement` },
      );

    it('gives back part of the credit with the day and the bank reference, then shows the refund on the statement', async () => {
      let current = inCredit;
      graphqlMock.on(FirmStatementDocument, () => ({ firmStatement: current })).on(RecordRefundDocument, () => {
        current = refunded;
        return {
          recordRefund: [{ id: 'UmVmdW5kOjE', paymentId: 'UGF5bWVudDox', amount: 60_000, refundedOn: '2026-11-27', bankReference: 'FT26331999' }],
        };
      });
      renderStatement();
      const user = userEvent.setup();

      await user.click(await screen.findByTestId('statement-refund'));
      // All of the credit is filled in, dated today.
      const amount = await screen.findByTestId('refund-amount');
      expect(amount).toHaveValue('110.000');
      expect(screen.getByTestId('refund-date')).toHaveValue('27/11/2026');
      await user.click(screen.getByTestId('refund-submit'));
      expect(await screen.findByText('Vui lòng nhập trường này')).toBeInTheDocument();
      expect(graphqlMock.operations()).not.toContain('RecordRefund');

      await user.clear(amount);
      await user.type(amount, '60000');
      await user.type(screen.getByTestId('refund-reference'), ' FT26331999 ');
      await user.click(screen.getByTestId('refund-submit'));

      await waitFor(() => expect(screen.queryByTestId('refund-amount')).not.toBeInTheDocument());
      expect(graphqlMock.calls(RecordRefundDocument)).toEqual([
        { input: { firmId: FIRM, amount: 60_000, refundedOn: '2026-11-27', bankReference: 'FT26331999', note: null } },
      ]);
      const entries = screen.getByTestId('statement-entries');
      const refund = await within(entries).findByText('Hoàn trả tiền thừa');
      const row = refund.closest('tr');
      expect(row).toHaveAttribute('data-kind', 'REFUND');
      expect(within(row as HTMLElement).queryByRole('link')).not.toBeInTheDocument();
      expect(row).toHaveTextContent('FT26331999');
      expect(screen.getByTestId('statement-refunded')).toHaveTextContent('60.000 ₫');
      expect(screen.getByTestId('statement-unallocated')).toHaveTextContent('50.000 ₫');
    });

    it('shows the server’s refusal on the amount, and is offered to operator admins only when there is credit', async () => {
      graphqlMock.on(FirmStatementDocument, { firmStatement: inCredit }).on(
        RecordRefundDocument,
        graphqlFailure('VALIDATION', 'invalid input', {
          fields: [
            {
              path: 'input.amount',
              message: 'the firm’s credit is 100000 đồng; a refund cannot be larger',
              reason: { code: 'refund_exceeds_credit', params: [{ name: 'credit', kind: 'NUMBER', value: '100000' }] },
            },
          ],
        }),
      );
      const admin = renderStatement();
      const user = userEvent.setup();
      await user.click(await screen.findByTestId('statement-refund'));
      await user.type(await screen.findByTestId('refund-reference'), 'FT26331999');
      await user.click(screen.getByTestId('refund-submit'));

      const message = 'Số dư có của doanh nghiệp là 100.000 đồng; không thể hoàn nhiều hơn';
      expect(await screen.findByText(message)).toBeInTheDocument();
      expect(screen.getByTestId('refund-amount')).toHaveAttribute('aria-invalid', 'true');
      expect(screen.getByTestId('refund-amount')).toHaveAccessibleDescription(message);
      expect(screen.queryByTestId('refund-error')).not.toBeInTheDocument();
      admin.unmount();

      markSignedIn(viewerFixture({ role: 'OPERATOR_STAFF' }));
      const staff = renderStatement();
      await screen.findByTestId('statement-entries');
      expect(screen.queryByTestId('statement-refund')).not.toBeInTheDocument();
      staff.unmount();

      markSignedIn(viewerFixture());
      graphqlMock.on(FirmStatementDocument, { firmStatement: statement });
      renderStatement();
      await screen.findByTestId('statement-entries');
      expect(screen.queryByTestId('statement-refund')).not.toBeInTheDocument();
    });
  });
});
