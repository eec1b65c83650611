import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '@/i18n/setup';
import { markSignedIn, markSignedOut } from '@/lib/session/session-store';
import { viewerFixture } from '@/test/fixtures';
import { InvoiceDetailDocument, VoidInvoiceDocument } from '@/gql/graphql';
import { graphqlMock } from '@/test/mock-graphql';
import type { InvoiceDetailData } from '../api/invoices';
import { invoiceFixture, invoiceLineFixture, renderInvoicePageAt } from '../testing/invoices';

const ID = 'SW52b2ljZTpmMDA';
const invoice = invoiceFixture;

/** The endpoint with one invoice; voiding it (when `voided` is given) changes what it returns next. */
function server(node: InvoiceDetailData, voided?: InvoiceDetailData) {
  let current = node;
  graphqlMock.on(InvoiceDetailDocument, () => ({ node: current }));
  if (voided) {
    graphqlMock.on(VoidInvoiceDocument, () => {
      current = voided;
      return { voidInvoice: voided };
    });
  }
}

beforeEach(async () => {
  markSignedIn(viewerFixture());
  await i18n.changeLanguage('vi');
});

afterEach(() => {
  // Unmount first: a signed-out session under a mounted page would make it throw.
  cleanup();
  markSignedOut({ expired: false });
});

describe('InvoiceDetailPage', { timeout: 15_000 }, () => {
  it('prints the invoice: parties, lines with quantities and VAT, totals in words and the VietQR code', async () => {
    server(invoice());
    renderInvoicePageAt(`/invoices/${ID}`);

    expect(await screen.findByRole('heading', { name: 'Hóa đơn C26TAA 00000123' })).toBeInTheDocument();
    expect(within(screen.getByTestId('invoice-seller')).getByText('Mã số thuế: 2500100013')).toBeInTheDocument();
    expect(within(screen.getByTestId('invoice-buyer')).getByText('KCC Vina')).toBeInTheDocument();

    const [fee, wastewater] = within(screen.getByTestId('invoice-lines')).getAllByTestId('invoice-line');
    expect(within(fee!).getByText('21.780')).toBeInTheDocument();
    expect(within(fee!).getByText('1.089.000 ₫')).toBeInTheDocument();
    expect(within(fee!).getByText('10%')).toBeInTheDocument();
    expect(within(wastewater!).getByText('1,5')).toBeInTheDocument();
    expect(within(wastewater!).getByText('Không kê khai, tính nộp thuế (KKKNT)')).toBeInTheDocument();

    expect(screen.getByTestId('invoice-total')).toHaveTextContent('1.200.000 ₫');
    expect(screen.getByTestId('invoice-total-in-words')).toHaveTextContent('Một triệu hai trăm nghìn đồng');
    expect(screen.getByTestId('invoice-rounding-rule')).toHaveTextContent('nửa đồng làm tròn ra xa số 0');

    const image = await screen.findByTestId('invoice-qr-image');
    expect(image.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    expect(screen.getByTestId('invoice-qr-purpose')).toHaveTextContent('TT HD C26TAA 00000123');
    expect(screen.getByTestId('invoice-bank-account')).toHaveTextContent('0011001234567');
  });

  it('shows a late-interest notice as no VAT invoice: its own title, no e-invoice XML, no correction, paid by VietQR', async () => {
    server(
      invoice({
        documentType: 'INTEREST_NOTICE',
        template: 'TB',
        series: 'L26TAA',
        number: 613,
        numberLabel: 'L26TAA 00000613',
        subtotal: 32_175,
        vatTotal: 0,
        total: 32_175,
        open: 32_175,
        totalInWords: 'Ba mươi hai nghìn một trăm bảy mươi lăm đồng',
        paymentPurpose: 'TT HD L26TAA 00000613',
        lines: [
          invoiceLineFixture({
            kind: 'LATE_INTEREST',
            descriptionVi: 'Lãi chậm thanh toán HĐ C26TAA 00000240',
            descriptionEn: 'Late interest on C26TAA 00000240',
            creditable: 32_175,
            quantityE4: 10_000,
            unit: '',
            unitPrice: 32_175,
            amount: 32_175,
            vatBp: null,
            vatAmount: 0,
          }),
        ],
        vatByRate: [{ vatBp: null, base: 32_175, vat: 0 }],
      }),
    );
    renderInvoicePageAt(`/invoices/${ID}`);

    expect(await screen.findByRole('heading', { name: 'Thông báo lãi chậm thanh toán L26TAA 00000613' })).toBeInTheDocument();
    expect(within(screen.getByTestId('invoice-document')).getByText('Thông báo tiền lãi chậm thanh toán')).toBeInTheDocument();
    expect(screen.getByTestId('interest-notice-note')).toHaveTextContent('Không phải hóa đơn GTGT');
    // No e-invoice form, and the parties are the lessor and the lessee, as the PDF prints.
    const document = screen.getByTestId('invoice-document');
    expect(within(document).queryByText(/Mẫu số/)).not.toBeInTheDocument();
    expect(within(document).getByText('Bên cho thuê')).toBeInTheDocument();
    expect(within(document).getByText('Bên thuê')).toBeInTheDocument();
    expect(screen.getByTestId('invoice-pdf')).toBeInTheDocument();
    expect(screen.queryByTestId('invoice-xml')).not.toBeInTheDocument();
    for (const action of ['invoice-credit-note', 'invoice-increase', 'invoice-replace']) {
      expect(screen.queryByTestId(action)).not.toBeInTheDocument();
    }
    expect(screen.queryByTestId('invoice-vat-by-rate')).not.toBeInTheDocument();
    expect(within(screen.getByTestId('invoice-lines')).queryByText('Thuế suất GTGT')).not.toBeInTheDocument();
    expect(screen.getByTestId('invoice-total')).toHaveTextContent('32.175 ₫');
    expect(screen.getByTestId('invoice-record-payment')).toBeInTheDocument();
    expect(await screen.findByTestId('invoice-qr-image')).toBeInTheDocument();
  });

  it('lets an admin waive an unpaid late-interest notice, and offers no waiver once something is paid', async () => {
    const notice = invoice({ documentType: 'INTEREST_NOTICE', series: 'L26TAA', numberLabel: 'L26TAA 00000613' });
    server(notice, { ...notice, status: 'VOID', voidReason: 'Miễn lãi theo thỏa thuận' });
    const { unmount } = renderInvoicePageAt(`/invoices/${ID}`);
    const waive = await screen.findByTestId('invoice-void');
    expect(waive).toHaveTextContent('Miễn lãi');
    await userEvent.click(waive);
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Miễn lãi theo thông báo L26TAA 00000613')).toBeInTheDocument();
    await userEvent.type(within(dialog).getByTestId('void-reason'), 'Miễn lãi theo thỏa thuận');
    await userEvent.click(within(dialog).getByTestId('void-submit'));
    expect(await screen.findByTestId('invoice-void-reason')).toHaveTextContent('Miễn lãi theo thỏa thuận');
    expect(graphqlMock.calls(VoidInvoiceDocument)[0]).toEqual({ invoiceId: notice.id, reason: 'Miễn lãi theo thỏa thuận' });
    unmount();

    server({ ...notice, paid: 1_000, open: notice.total - 1_000, status: 'PARTIALLY_PAID' });
    renderInvoicePageAt(`/invoices/${ID}`);
    await screen.findByTestId('invoice-document');
    expect(screen.queryByTestId('invoice-void')).not.toBeInTheDocument();
  });

  it('offers an admin the e-invoice XML and every correction of a VAT invoice', async () => {
    server(invoice());
    renderInvoicePageAt(`/invoices/${ID}`);
    expect(await screen.findByTestId('invoice-xml')).toBeInTheDocument();
    for (const action of ['invoice-credit-note', 'invoice-increase', 'invoice-replace']) {
      expect(screen.getByTestId(action)).toBeInTheDocument();
    }
    expect(screen.queryByTestId('interest-notice-note')).not.toBeInTheDocument();
  });

  it('lists the reminders sent about the invoice with their kind and step', async () => {
    server(
      invoice({
        reminders: [
          {
            id: 'UmVtaW5kZXI6MQ',
            kind: 'INVOICE_OVERDUE',
            step: '+7',
            status: 'QUEUED',
            recipients: 2,
            claimedAt: '2026-12-08T02:00:00Z',
            notBefore: '2026-12-08T02:00:00Z',
          },
        ],
      }),
    );
    renderInvoicePageAt(`/invoices/${ID}`);

    const card = await screen.findByTestId('invoice-reminders');
    expect(within(card).getByText('Quá hạn (+7)')).toBeInTheDocument();
    expect(within(card).getByText('2')).toBeInTheDocument();
  });

  it('offers an admin a correction, never a void, on an issued invoice even when unpaid', async () => {
    server(invoice());
    renderInvoicePageAt(`/invoices/${ID}`);
    expect(await screen.findByTestId('invoice-credit-note')).toBeInTheDocument();
    expect(screen.queryByTestId('invoice-void')).not.toBeInTheDocument();
  });

  it('offers no void once something is paid, nor to staff or the firm', async () => {
    server(invoice({ paid: 200_000, open: 1_000_000, status: 'PARTIALLY_PAID' }));
    const { unmount } = renderInvoicePageAt(`/invoices/${ID}`);
    await screen.findByTestId('invoice-document');
    expect(screen.queryByTestId('invoice-void')).not.toBeInTheDocument();
    unmount();

    markSignedIn(viewerFixture({ role: 'OPERATOR_STAFF' }));
    server(invoice());
    const staff = renderInvoicePageAt(`/invoices/${ID}`);
    await screen.findByTestId('invoice-document');
    expect(screen.queryByTestId('invoice-void')).not.toBeInTheDocument();
    staff.unmount();

    markSignedIn(viewerFixture({ role: 'ENTERPRISE' }));
    renderInvoicePageAt(`/my-invoices/${ID}`);
    await screen.findByTestId('invoice-document');
    expect(screen.queryByTestId('invoice-void')).not.toBeInTheDocument();
    expect(await screen.findByTestId('invoice-qr-image')).toBeInTheDocument();
  });
});
