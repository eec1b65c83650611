import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '@/i18n/setup';
import { markSignedIn, markSignedOut } from '@/lib/session/session-store';
import { viewerFixture } from '@/test/fixtures';
import { AdjustInvoiceDocument, InvoiceDetailDocument } from '@/gql/graphql';
import { graphqlFailure, graphqlMock } from '@/test/mock-graphql';
import type { InvoiceDetailData } from '../api/invoices';
import { invoiceFixture, invoiceLineFixture, renderInvoicePageAt } from '../testing/invoices';

const INVOICE_ID = 'SW52b2ljZTox';
const ADJUSTMENT_ID = 'SW52b2ljZToz';
const FEE_LINE = 'SW52b2ljZUxpbmU6MQ';
const WW_LINE = 'SW52b2ljZUxpbmU6Mg';

/** A paid invoice of 1.208.000 ₫: 1.000.000 at 10% and 100.000 at 8%, nothing left to credit on either. */
const paid = invoiceFixture({
  id: INVOICE_ID,
  status: 'PAID',
  number: 1,
  numberLabel: 'C26TAA 00000001',
  subtotal: 1_100_000,
  vatTotal: 108_000,
  total: 1_208_000,
  paid: 1_208_000,
  open: 0,
  paymentPurpose: null,
  vietqr: null,
  lines: [
    invoiceLineFixture({ id: FEE_LINE, creditable: 0, unitPrice: 1_000_000, quantityE4: 10_000, amount: 1_000_000, vatBp: 1000, vatAmount: 100_000 }),
    invoiceLineFixture({
      id: WW_LINE,
      creditable: 0,
      kind: 'WASTEWATER',
      descriptionVi: 'Xử lý nước thải tháng 10/2026',
      descriptionEn: 'Wastewater treatment, 10/2026',
      unitPrice: 100_000,
      quantityE4: 10_000,
      amount: 100_000,
      vatBp: 800,
      vatAmount: 8_000,
    }),
  ],
});

const adjustment = invoiceFixture({
  id: ADJUSTMENT_ID,
  status: 'ISSUED',
  number: 3,
  numberLabel: 'C26TAA 00000003',
  issuedOn: '2026-11-20',
  subtotal: 250_000,
  vatTotal: 20_000,
  total: 270_000,
  open: 270_000,
  correction: 'INCREASE',
  correctsId: INVOICE_ID,
  correctsLabel: 'C26TAA 00000001',
  correctsReference: 'Điều chỉnh cho hóa đơn Mẫu số 1 ký hiệu C26TAA số 00000001 ngày 01/10/2026',
  agreementNumber: '07/2026/BB',
  agreementDate: '2026-11-18',
  note: 'Nước thải tính thiếu',
  lines: [],
});

/** The endpoint with these invoices by id (any other is NOT_FOUND). */
function invoices(nodes: Record<string, InvoiceDetailData>) {
  graphqlMock.on(InvoiceDetailDocument, ({ id }) => {
    const node = nodes[id];
    return node ? { node } : graphqlFailure('NOT_FOUND');
  });
}

/** Opens the increase dialog of the paid invoice and types `amount` against its wastewater line. */
async function openAndType(amount: string) {
  renderInvoicePageAt(`/invoices/${INVOICE_ID}`);
  const user = userEvent.setup();
  await user.click(await screen.findByTestId('invoice-increase'));
  await user.type(await screen.findByTestId('increase-amount-1'), amount);
  return user;
}

beforeEach(async () => {
  markSignedIn(viewerFixture());
  await i18n.changeLanguage('vi');
});

afterEach(() => {
  cleanup();
  markSignedOut({ expired: false });
});

describe('increase adjustments', { timeout: 20_000 }, () => {
  it('adds amounts per line with their VAT, sends adjustInvoice INCREASE with the agreement, then opens the adjustment', async () => {
    invoices({ [INVOICE_ID]: paid, [ADJUSTMENT_ID]: adjustment });
    graphqlMock.on(AdjustInvoiceDocument, { adjustInvoice: adjustment });
    const user = await openAndType('250000');
    // 250.000 at 8% is 20.000.
    expect(screen.getByTestId('increase-net')).toHaveTextContent('250.000 ₫');
    expect(screen.getByTestId('increase-vat')).toHaveTextContent('20.000 ₫');
    expect(screen.getByTestId('increase-total')).toHaveTextContent('270.000 ₫');

    await user.click(screen.getByTestId('increase-submit'));
    // The reason and the agreement's number are required before anything is sent.
    expect(await screen.findAllByText('Vui lòng nhập trường này')).toHaveLength(2);
    expect(graphqlMock.operations()).not.toContain('AdjustInvoice');

    await user.type(screen.getByTestId('increase-reason'), 'Nước thải tính thiếu');
    await user.type(screen.getByTestId('increase-agreement-number'), ' 07/2026/BB ');
    await user.click(screen.getByTestId('increase-submit'));

    expect(await screen.findByRole('heading', { name: 'Hóa đơn điều chỉnh tăng C26TAA 00000003' })).toBeInTheDocument();
    expect(graphqlMock.calls(AdjustInvoiceDocument)).toEqual([
      {
        input: {
          invoiceId: INVOICE_ID,
          direction: 'INCREASE',
          reason: 'Nước thải tính thiếu',
          agreementNumber: '07/2026/BB',
          agreementDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) as unknown,
          lines: [{ lineId: WW_LINE, amount: 250_000 }],
        },
      },
    ]);
    // The document is titled as its PDF is.
    expect(within(screen.getByTestId('invoice-document')).getByRole('heading', { name: 'Hóa đơn điều chỉnh tăng' })).toBeInTheDocument();
    const origin = screen.getByTestId('correction-origin');
    expect(within(origin).getByText('Hóa đơn điều chỉnh tăng')).toBeInTheDocument();
    expect(within(origin).getByTestId('correction-reference')).toHaveTextContent(adjustment.correctsReference ?? '');
    expect(within(origin).getByTestId('correction-corrects')).toHaveAttribute('href', `/invoices/${INVOICE_ID}`);
    expect(within(origin).getByTestId('correction-agreement')).toHaveTextContent('Số 07/2026/BB ngày 18/11/2026');
    // An adjustment is not adjusted itself: its original is.
    expect(screen.queryByTestId('invoice-increase')).not.toBeInTheDocument();
    expect(screen.queryByTestId('invoice-replace')).not.toBeInTheDocument();
  });

  it('shows the server’s problems on the fields they are about: the agreement’s date, the line’s amount', async () => {
    invoices({ [INVOICE_ID]: paid });
    graphqlMock.on(
      AdjustInvoiceDocument,
      graphqlFailure('VALIDATION', 'invalid input', {
        fields: [
          {
            path: 'input.agreementDate',
            message: 'the agreement is dated before the invoice it corrects (2026-10-01)',
            reason: { code: 'agreement_before_invoice', params: [{ name: 'issued', kind: 'DATE', value: '2026-10-01' }] },
          },
          // The first line sent is the wastewater line, the second of the invoice.
          { path: 'input.lines.0.amount', message: 'at most 1,000,000,000,000,000 đồng', reason: { code: 'amount_too_large', params: [] } },
        ],
      }),
    );
    const user = await openAndType('999');
    await user.type(screen.getByTestId('increase-reason'), 'Nước thải tính thiếu');
    await user.type(screen.getByTestId('increase-agreement-number'), '07/2026/BB');
    await user.click(screen.getByTestId('increase-submit'));

    const date = screen.getByTestId('increase-agreement-date');
    expect(await screen.findByText('Văn bản thỏa thuận ghi ngày trước hóa đơn được điều chỉnh (01/10/2026)')).toBeInTheDocument();
    expect(date).toHaveAttribute('aria-invalid', 'true');
    expect(date).toHaveAccessibleDescription(/Văn bản thỏa thuận ghi ngày trước hóa đơn/);
    const water = screen.getByTestId('increase-amount-1');
    expect(water).toHaveAttribute('aria-invalid', 'true');
    expect(water).toHaveAccessibleDescription(/Tối đa 1\.000\.000\.000\.000\.000 đồng/);
    expect(screen.getByTestId('increase-amount-0')).not.toHaveAttribute('aria-invalid', 'true');
    // Every problem found its field: no alert repeats them.
    expect(screen.queryByTestId('increase-error')).not.toBeInTheDocument();
    // The dialog stays open with what was typed.
    expect(screen.getByTestId('increase-reason')).toHaveValue('Nước thải tính thiếu');
  });

  it('is offered to operator admins only', async () => {
    invoices({ [INVOICE_ID]: paid });
    const admin = renderInvoicePageAt(`/invoices/${INVOICE_ID}`);
    expect(await screen.findByTestId('invoice-increase')).toBeInTheDocument();
    admin.unmount();

    markSignedIn(viewerFixture({ role: 'OPERATOR_STAFF' }));
    renderInvoicePageAt(`/invoices/${INVOICE_ID}`);
    await screen.findByTestId('invoice-document');
    expect(screen.queryByTestId('invoice-increase')).not.toBeInTheDocument();
  });
});
