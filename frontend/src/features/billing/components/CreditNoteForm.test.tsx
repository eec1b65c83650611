import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '@/i18n/setup';
import { markSignedIn, markSignedOut } from '@/lib/session/session-store';
import { viewerFixture } from '@/test/fixtures';
import { InvoiceDetailDocument, IssueCreditNoteDocument } from '@/gql/graphql';
import { graphqlFailure, graphqlMock } from '@/test/mock-graphql';
import type { InvoiceDetailData } from '../api/invoices';
import { invoiceFixture, invoiceLineFixture, renderInvoicePageAt } from '../testing/invoices';

const INVOICE_ID = 'SW52b2ljZTox';
const NOTE_ID = 'SW52b2ljZToy';
const FEE_LINE = 'SW52b2ljZUxpbmU6MQ';
const WW_LINE = 'SW52b2ljZUxpbmU6Mg';

const line = (id: string, descriptionVi: string, amount: number, vatBp: number, creditable: number) =>
  invoiceLineFixture({
    id,
    creditable,
    descriptionVi,
    descriptionEn: descriptionVi,
    quantityE4: 10_000,
    unit: 'tháng',
    unitPrice: amount,
    amount,
    vatBp,
    vatAmount: Math.round((amount * vatBp) / 10_000),
  });

/** An issued invoice of 1.208.000 ₫ (1.000.000 at 10%, 100.000 at 8%), 208.000 ₫ paid: 1.000.000 ₫ open. */
function invoice(overrides: Partial<InvoiceDetailData> = {}) {
  return invoiceFixture({
    id: INVOICE_ID,
    status: 'PARTIALLY_PAID',
    number: 1,
    numberLabel: 'C26TAA 00000001',
    subtotal: 1_100_000,
    vatTotal: 108_000,
    total: 1_208_000,
    paid: 208_000,
    open: 1_000_000,
    paymentPurpose: null,
    vietqr: null,
    lines: [
      line(FEE_LINE, 'Phí duy tu, bảo dưỡng hạ tầng tháng 10/2026', 1_000_000, 1000, 1_000_000),
      line(WW_LINE, 'Xử lý nước thải tháng 10/2026', 100_000, 800, 100_000),
    ],
    vatByRate: [],
    ...overrides,
  });
}

const creditNote = invoice({
  id: NOTE_ID,
  kind: 'CREDIT_NOTE',
  status: 'PAID',
  number: 2,
  numberLabel: 'C26TAA 00000002',
  issuedOn: '2026-11-20',
  subtotal: -100_005,
  vatTotal: -10_000,
  total: -110_005,
  paid: 0,
  open: 0,
  correctsId: INVOICE_ID,
  correctsLabel: 'C26TAA 00000001',
  correction: 'DECREASE',
  correctsReference: 'Điều chỉnh cho hóa đơn Mẫu số 1 ký hiệu C26TAA số 00000001 ngày 01/10/2026',
  agreementNumber: '05/2026/TT',
  agreementDate: '2026-11-20',
  note: 'Tính trùng diện tích',
  lines: [],
});

/** The endpoint with these invoices by id (any other is NOT_FOUND), issuing `creditNote`. */
function server(nodes: Record<string, InvoiceDetailData>) {
  graphqlMock
    .on(InvoiceDetailDocument, ({ id }) => {
      const node = nodes[id];
      return node ? { node } : graphqlFailure('NOT_FOUND');
    })
    .on(IssueCreditNoteDocument, { issueCreditNote: creditNote });
}

beforeEach(async () => {
  markSignedIn(viewerFixture());
  await i18n.changeLanguage('vi');
});

afterEach(() => {
  cleanup();
  markSignedOut({ expired: false });
});

describe('credit notes', { timeout: 20_000 }, () => {
  it('credits amounts per line with each line’s VAT, then opens the credit note', async () => {
    server({ [INVOICE_ID]: invoice(), [NOTE_ID]: creditNote });
    renderInvoicePageAt(`/invoices/${INVOICE_ID}`);
    const user = userEvent.setup();

    await user.click(await screen.findByTestId('invoice-credit-note'));
    await user.type(await screen.findByTestId('credit-note-amount-0'), '100000');
    await user.type(screen.getByTestId('credit-note-amount-1'), '5');
    // 100.000 at 10% is 10.000; 5 at 8% is 0,4: no đồng.
    expect(screen.getByTestId('credit-note-net')).toHaveTextContent('100.005 ₫');
    expect(screen.getByTestId('credit-note-vat')).toHaveTextContent('10.000 ₫');
    expect(screen.getByTestId('credit-note-total')).toHaveTextContent('110.005 ₫');

    await user.click(screen.getByTestId('credit-note-submit'));
    // The reason and the agreement's number are both required.
    expect(await screen.findAllByText('Vui lòng nhập trường này')).toHaveLength(2);
    expect(graphqlMock.operations()).not.toContain('IssueCreditNote');

    await user.type(screen.getByTestId('credit-note-reason'), 'Tính trùng diện tích');
    await user.type(screen.getByTestId('credit-note-agreement-number'), '05/2026/TT');
    await user.click(screen.getByTestId('credit-note-submit'));

    expect(await screen.findByRole('heading', { name: 'Hóa đơn điều chỉnh giảm C26TAA 00000002' })).toBeInTheDocument();
    expect(graphqlMock.calls(IssueCreditNoteDocument)).toEqual([
      {
        input: {
          invoiceId: INVOICE_ID,
          reason: 'Tính trùng diện tích',
          agreementNumber: '05/2026/TT',
          agreementDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) as unknown,
          lines: [
            { lineId: FEE_LINE, amount: 100_000 },
            { lineId: WW_LINE, amount: 5 },
          ],
        },
      },
    ]);
    const origin = screen.getByTestId('correction-origin');
    expect(within(origin).getByTestId('correction-corrects')).toHaveAttribute('href', `/invoices/${INVOICE_ID}`);
    expect(within(origin).getByTestId('correction-reference')).toHaveTextContent('Điều chỉnh cho hóa đơn Mẫu số 1 ký hiệu C26TAA số 00000001');
    expect(within(origin).getByTestId('correction-agreement')).toHaveTextContent('Số 05/2026/TT ngày 20/11/2026');
    expect(origin).toHaveTextContent('Tính trùng diện tích');
  });

  it('warns that more than is open becomes the firm credit, and fills what is open on request', async () => {
    server({ [INVOICE_ID]: invoice() });
    renderInvoicePageAt(`/invoices/${INVOICE_ID}`);
    const user = userEvent.setup();

    await user.click(await screen.findByTestId('invoice-credit-note'));
    await user.type(await screen.findByTestId('credit-note-amount-0'), '1000000');
    await user.type(screen.getByTestId('credit-note-reason'), 'Sai đơn giá');
    expect(screen.getByTestId('credit-note-total')).toHaveTextContent('1.100.000 ₫');
    expect(screen.getByTestId('credit-note-over-open')).toBeInTheDocument();
    expect(screen.getByTestId('credit-note-submit')).toBeEnabled();

    await user.click(screen.getByTestId('credit-note-fill'));
    await waitFor(() => expect(screen.queryByTestId('credit-note-over-open')).not.toBeInTheDocument());
    const total = screen.getByTestId('credit-note-total').textContent ?? '';
    const amount = Number(total.replace(/\D/g, ''));
    expect(amount).toBeLessThanOrEqual(1_000_000);
    expect(amount).toBeGreaterThanOrEqual(999_998);
    expect(screen.getByTestId('credit-note-submit')).toBeEnabled();
  });

  it('shows the server’s problems on the line and the agreement they are about', async () => {
    server({ [INVOICE_ID]: invoice() });
    graphqlMock.on(
      IssueCreditNoteDocument,
      graphqlFailure('VALIDATION', 'invalid input', {
        fields: [
          // Only the wastewater line is sent: the request's first line is the invoice's second.
          {
            path: 'input.lines.0.amount',
            message: 'only 40000 đồng of this line may still be credited',
            reason: { code: 'line_credit_left', params: [{ name: 'left', kind: 'NUMBER', value: '40000' }] },
          },
          {
            path: 'input.agreementNumber',
            message: 'at most 100 characters',
            reason: { code: 'at_most_characters', params: [{ name: 'limit', kind: 'NUMBER', value: '100' }] },
          },
        ],
      }),
    );
    renderInvoicePageAt(`/invoices/${INVOICE_ID}`);
    const user = userEvent.setup();

    await user.click(await screen.findByTestId('invoice-credit-note'));
    await user.type(await screen.findByTestId('credit-note-amount-1'), '50000');
    await user.type(screen.getByTestId('credit-note-reason'), 'Sai chỉ số đồng hồ');
    await user.type(screen.getByTestId('credit-note-agreement-number'), '05/2026/TT');
    await user.click(screen.getByTestId('credit-note-submit'));

    const line = screen.getByTestId('credit-note-amount-1');
    expect(await screen.findByText('Dòng này chỉ còn có thể điều chỉnh giảm 40.000 đồng')).toBeInTheDocument();
    expect(line).toHaveAttribute('aria-invalid', 'true');
    expect(line).toHaveAccessibleDescription(/chỉ còn có thể điều chỉnh giảm 40\.000 đồng/);
    expect(screen.getByTestId('credit-note-amount-0')).not.toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByTestId('credit-note-agreement-number')).toHaveAccessibleDescription(/Tối đa 100 ký tự/);
    expect(screen.queryByTestId('credit-note-error')).not.toBeInTheDocument();
  });

  it('lists the credit notes of an invoice, and offers the action only to operator admins', async () => {
    const credited = invoice({
      credited: 110_005,
      open: 889_995,
      corrections: [{ id: NOTE_ID, correction: 'DECREASE', numberLabel: 'C26TAA 00000002', issuedOn: '2026-11-20', total: -110_005 }],
    });
    server({ [INVOICE_ID]: credited });
    const admin = renderInvoicePageAt(`/invoices/${INVOICE_ID}`);
    const card = await screen.findByTestId('invoice-corrections');
    expect(within(card).getByTestId('invoice-credited')).toHaveTextContent('110.005 ₫');
    expect(within(card).getByTestId('invoice-correction-link')).toHaveAttribute('href', `/invoices/${NOTE_ID}`);
    expect(screen.getByTestId('invoice-credit-note')).toBeInTheDocument();
    expect(screen.getByTestId('invoice-xml')).toBeInTheDocument();
    admin.unmount();

    markSignedIn(viewerFixture({ role: 'OPERATOR_STAFF' }));
    const staff = renderInvoicePageAt(`/invoices/${INVOICE_ID}`);
    await screen.findByTestId('invoice-corrections');
    expect(screen.queryByTestId('invoice-credit-note')).not.toBeInTheDocument();
    staff.unmount();

    markSignedIn(viewerFixture({ role: 'ENTERPRISE' }));
    renderInvoicePageAt(`/my-invoices/${INVOICE_ID}`);
    const mine = await screen.findByTestId('invoice-corrections');
    expect(within(mine).getByTestId('invoice-correction-link')).toHaveAttribute('href', `/my-invoices/${NOTE_ID}`);
    expect(screen.queryByTestId('invoice-credit-note')).not.toBeInTheDocument();
    expect(screen.queryByTestId('invoice-xml')).not.toBeInTheDocument();
    expect(screen.getByTestId('invoice-pdf')).toBeInTheDocument();
  });
});
