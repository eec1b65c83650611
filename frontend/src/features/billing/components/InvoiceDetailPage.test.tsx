import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '@/i18n/setup';
import { markSignedIn, markSignedOut } from '@/lib/session/session-store';
import { viewerFixture } from '@/test/fixtures';
import { graphqlError, jsonResponse, renderWithProviders } from '@/test/render';
import { InvoiceDetailPage } from './InvoiceDetailPage';

const fetchMock = vi.fn<typeof fetch>();

interface Sent {
  operationName: string;
  variables: Record<string, unknown>;
}
const sent = (): Sent[] => fetchMock.mock.calls.map(([, init]) => JSON.parse(init?.body as string) as Sent);

const ID = 'SW52b2ljZTpmMDA';
const VIETQR =
  '00020101021238570010A00000072701270006970436011300110012345670208QRIBFTTA5303704540712000005802VN62250821TT HD C26TAA 00000123630425D4';

const line = (overrides: Record<string, unknown>) => ({
  id: 'SW52b2ljZUxpbmU6MQ',
  creditable: 1_089_000,
  kind: 'MAINTENANCE_FEE',
  descriptionVi: 'Phí duy tu, bảo dưỡng hạ tầng tháng 10/2026',
  descriptionEn: 'Infrastructure maintenance fee, 10/2026',
  quantityMilli: 21_780_000,
  unit: 'm²',
  unitPrice: 50,
  amount: 1_089_000,
  vatBp: 1000,
  vatAmount: 108_900,
  ...overrides,
});

function invoice(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Invoice',
    id: ID,
    kind: 'INVOICE',
    status: 'ISSUED',
    template: '1',
    series: 'C26TAA',
    number: 123,
    numberLabel: 'C26TAA 00000123',
    issuedOn: '2026-10-01',
    dueOn: '2026-10-16',
    periodStart: '2026-10-01',
    periodEnd: '2026-10-31',
    firmId: 'RmlybTox',
    clusterId: 'Q2x1c3Rlcjox',
    clusterName: 'CCN Đồng Sóc',
    leaseId: 'TGVhc2U6MQ',
    sellerName: 'Công ty CP Hạ tầng CCN Đồng Sóc',
    sellerAddress: 'Xã Vĩnh Tường, tỉnh Phú Thọ',
    sellerTaxCode: '2500100002',
    buyerName: 'KCC Vina',
    buyerAddress: 'Lô CN-001, CCN Đồng Sóc',
    buyerTaxCode: '2500100001',
    subtotal: 1_099_909,
    vatTotal: 108_900,
    total: 1_200_000,
    paid: 0,
    open: 1_200_000,
    totalInWords: 'Một triệu hai trăm nghìn đồng',
    roundingRuleVi: 'Làm tròn một lần mỗi dòng, nửa đồng làm tròn ra xa số 0',
    roundingRuleEn: 'Rounded once per line, half away from zero',
    voidReason: null,
    paymentPurpose: 'TT HD C26TAA 00000123',
    vietqr: VIETQR,
    credited: 0,
    correctsId: null,
    correctsLabel: null,
    note: null,
    creditNotes: [],
    lines: [
      line({}),
      line({
        id: 'SW52b2ljZUxpbmU6Mg',
        creditable: 14_475,
        kind: 'WASTEWATER',
        descriptionVi: 'Xử lý nước thải tháng 10/2026',
        descriptionEn: 'Wastewater treatment, 10/2026',
        quantityMilli: 1_500,
        unit: 'm³',
        unitPrice: 9_650,
        amount: 14_475,
        vatBp: null,
        vatAmount: 0,
      }),
    ],
    vatByRate: [
      { vatBp: 1000, base: 1_089_000, vat: 108_900 },
      { vatBp: null, base: 14_475, vat: 0 },
    ],
    allocations: [],
    ...overrides,
  };
}

/** The endpoint with one invoice; voiding it (when `voided` is given) changes what it returns next. */
function server(node: Record<string, unknown>, voided?: Record<string, unknown>) {
  let current = node;
  fetchMock.mockImplementation((_input, init) => {
    const { operationName } = JSON.parse(init?.body as string) as Sent;
    if (operationName === 'InvoiceDetail') return Promise.resolve(jsonResponse({ data: { node: current } }));
    if (operationName === 'VoidInvoice' && voided) {
      current = voided;
      return Promise.resolve(jsonResponse({ data: { voidInvoice: voided } }));
    }
    return Promise.resolve(graphqlError('INTERNAL', `unexpected ${operationName}`));
  });
}

function renderAt(path: string, readOnly = false) {
  return renderWithProviders(
    <Routes>
      <Route path="/invoices/:id" element={<InvoiceDetailPage />} />
      <Route path="/my-invoices/:id" element={<InvoiceDetailPage readOnly={readOnly} />} />
    </Routes>,
    { route: path },
  );
}

beforeEach(async () => {
  vi.stubGlobal('fetch', fetchMock);
  fetchMock.mockReset();
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
    renderAt(`/invoices/${ID}`);

    expect(await screen.findByRole('heading', { name: 'Hóa đơn C26TAA 00000123' })).toBeInTheDocument();
    expect(within(screen.getByTestId('invoice-seller')).getByText('Mã số thuế: 2500100002')).toBeInTheDocument();
    expect(within(screen.getByTestId('invoice-buyer')).getByText('KCC Vina')).toBeInTheDocument();

    const [fee, wastewater] = within(screen.getByTestId('invoice-lines')).getAllByTestId('invoice-line');
    expect(within(fee!).getByText('21.780')).toBeInTheDocument();
    expect(within(fee!).getByText('1.089.000 ₫')).toBeInTheDocument();
    expect(within(fee!).getByText('10%')).toBeInTheDocument();
    expect(within(wastewater!).getByText('1,5')).toBeInTheDocument();
    expect(within(wastewater!).getByText('Không chịu thuế')).toBeInTheDocument();

    expect(screen.getByTestId('invoice-total')).toHaveTextContent('1.200.000 ₫');
    expect(screen.getByTestId('invoice-total-in-words')).toHaveTextContent('Một triệu hai trăm nghìn đồng');
    expect(screen.getByTestId('invoice-rounding-rule')).toHaveTextContent('nửa đồng làm tròn ra xa số 0');

    const image = await screen.findByTestId('invoice-qr-image');
    expect(image.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    expect(screen.getByTestId('invoice-qr-purpose')).toHaveTextContent('TT HD C26TAA 00000123');
    expect(screen.getByTestId('invoice-bank-account')).toHaveTextContent('0011001234567');
  });

  it('lets an operator admin void an unpaid invoice with a reason', async () => {
    const user = userEvent.setup();
    server(invoice(), invoice({ status: 'VOID', open: 0, vietqr: null, voidReason: 'Sai diện tích' }));
    renderAt(`/invoices/${ID}`);

    await user.click(await screen.findByTestId('invoice-void'));
    await user.type(await screen.findByTestId('void-reason'), 'Sai diện tích');
    await user.click(screen.getByTestId('void-submit'));

    expect(await screen.findByTestId('invoice-void-reason')).toHaveTextContent('Sai diện tích');
    expect(sent().find((r) => r.operationName === 'VoidInvoice')?.variables).toEqual({ invoiceId: ID, reason: 'Sai diện tích' });
    await waitFor(() => expect(screen.queryByTestId('invoice-void')).not.toBeInTheDocument());
    expect(screen.getByTestId('invoice-no-qr')).toHaveTextContent('Hóa đơn đã hủy không cần thanh toán');
  });

  it('offers no void once something is paid, nor to staff or the firm', async () => {
    server(invoice({ paid: 200_000, open: 1_000_000, status: 'PARTIALLY_PAID' }));
    const { unmount } = renderAt(`/invoices/${ID}`);
    await screen.findByTestId('invoice-document');
    expect(screen.queryByTestId('invoice-void')).not.toBeInTheDocument();
    unmount();

    markSignedIn(viewerFixture({ role: 'OPERATOR_STAFF' }));
    server(invoice());
    const staff = renderAt(`/invoices/${ID}`);
    await screen.findByTestId('invoice-document');
    expect(screen.queryByTestId('invoice-void')).not.toBeInTheDocument();
    staff.unmount();

    markSignedIn(viewerFixture({ role: 'ENTERPRISE' }));
    renderAt(`/my-invoices/${ID}`, true);
    await screen.findByTestId('invoice-document');
    expect(screen.queryByTestId('invoice-void')).not.toBeInTheDocument();
    expect(await screen.findByTestId('invoice-qr-image')).toBeInTheDocument();
  });
});
