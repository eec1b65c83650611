import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '@/i18n/setup';
import { markSignedIn, markSignedOut } from '@/lib/session/session-store';
import { viewerFixture } from '@/test/fixtures';
import { InvoiceDetailDocument, ReplaceInvoiceDocument } from '@/gql/graphql';
import { graphqlFailure, graphqlMock } from '@/test/mock-graphql';
import type { InvoiceDetailData } from '../api/invoices';
import { invoiceFixture, renderInvoicePageAt } from '../testing/invoices';

const INVOICE_ID = 'SW52b2ljZTpmMDA';
const REPLACEMENT_ID = 'SW52b2ljZTo0';
// The fixture's lines: 21.780 m² at 50 ₫ (10% VAT), 1,5 m³ of wastewater at 9.650 ₫ (no VAT).
const FEE_LINE = 'SW52b2ljZUxpbmU6MQ';
const WW_LINE = 'SW52b2ljZUxpbmU6Mg';

/** The fixture's invoice (1.200.000 ₫), paid in part. */
const original = invoiceFixture({ status: 'PARTIALLY_PAID', paid: 200_000, open: 1_000_000 });

const replacement = invoiceFixture({
  id: REPLACEMENT_ID,
  number: 124,
  numberLabel: 'C26TAA 00000124',
  issuedOn: '2026-11-20',
  correction: 'REPLACEMENT',
  correctsId: INVOICE_ID,
  correctsLabel: 'C26TAA 00000123',
  correctsReference: 'Thay thế cho hóa đơn Mẫu số 1 ký hiệu C26TAA số 00000123 ngày 01/10/2026',
  agreementNumber: '09/2026/BB',
  agreementDate: '2026-11-19',
  note: 'Sai đơn giá phí duy tu',
});

const replaced = invoiceFixture({ status: 'REPLACED', open: 0, paid: 0, vietqr: null, replacedById: REPLACEMENT_ID });

/** The endpoint with these invoices by id (any other is NOT_FOUND). */
function invoices(nodes: Record<string, InvoiceDetailData>) {
  graphqlMock.on(InvoiceDetailDocument, ({ id }) => {
    const node = nodes[id];
    return node ? { node } : graphqlFailure('NOT_FOUND');
  });
}

/** Opens the replacement dialog of the original and fills in why and the agreement. */
async function openReplacement() {
  renderInvoicePageAt(`/invoices/${INVOICE_ID}`);
  const user = userEvent.setup();
  await user.click(await screen.findByTestId('invoice-replace'));
  await user.type(await screen.findByTestId('replace-reason'), 'Sai đơn giá phí duy tu');
  await user.type(screen.getByTestId('replace-agreement-number'), '09/2026/BB');
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

describe('replacement invoices', { timeout: 20_000 }, () => {
  it('sends only the corrected lines, shows the new totals, then opens the replacement', async () => {
    invoices({ [INVOICE_ID]: original, [REPLACEMENT_ID]: replacement });
    graphqlMock.on(ReplaceInvoiceDocument, { replaceInvoice: replacement });
    const user = await openReplacement();

    expect(screen.getByTestId('replace-description-0')).toHaveValue('Phí duy tu, bảo dưỡng hạ tầng tháng 10/2026');
    expect(screen.getByTestId('replace-unchanged')).toBeInTheDocument();
    const price = screen.getByTestId('replace-unit-price-0');
    await user.clear(price);
    await user.type(price, '45');
    // 21.780 m² × 45 = 980.100, VAT 98.010; the wastewater line stays 14.475 without VAT.
    expect(screen.getByTestId('replace-amount-0')).toHaveTextContent('980.100 ₫');
    expect(screen.getByTestId('replace-net')).toHaveTextContent('994.575 ₫');
    expect(screen.getByTestId('replace-vat')).toHaveTextContent('98.010 ₫');
    expect(screen.getByTestId('replace-total')).toHaveTextContent('1.092.585 ₫');
    expect(screen.getByTestId('replace-original-total')).toHaveTextContent('1.200.000 ₫');
    expect(screen.getByTestId('replace-difference')).toHaveTextContent('-107.415 ₫');
    expect(screen.queryByTestId('replace-unchanged')).not.toBeInTheDocument();

    const description = screen.getByTestId('replace-description-1');
    await user.clear(description);
    await user.type(description, 'Xử lý nước thải tháng 10/2026 (đồng hồ WW-01)');
    await user.click(screen.getByTestId('replace-submit'));

    expect(await screen.findByRole('heading', { name: 'Hóa đơn thay thế C26TAA 00000124' })).toBeInTheDocument();
    expect(graphqlMock.calls(ReplaceInvoiceDocument)).toEqual([
      {
        input: {
          invoiceId: INVOICE_ID,
          reason: 'Sai đơn giá phí duy tu',
          agreementNumber: '09/2026/BB',
          agreementDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) as unknown,
          lines: [
            { lineId: FEE_LINE, unitPrice: 45 },
            { lineId: WW_LINE, description: 'Xử lý nước thải tháng 10/2026 (đồng hồ WW-01)' },
          ],
        },
      },
    ]);
    expect(within(screen.getByTestId('invoice-document')).getByRole('heading', { name: 'Hóa đơn giá trị gia tăng (thay thế)' })).toBeInTheDocument();
    const origin = screen.getByTestId('correction-origin');
    expect(within(origin).getByText('Hóa đơn thay thế')).toBeInTheDocument();
    expect(within(origin).getByTestId('correction-reference')).toHaveTextContent('Thay thế cho hóa đơn Mẫu số 1 ký hiệu C26TAA số 00000123');
    expect(within(origin).getByTestId('correction-agreement')).toHaveTextContent('Số 09/2026/BB ngày 19/11/2026');
  });

  it('shows a line’s problem on that line’s field, and one about the whole replacement above the form', async () => {
    invoices({ [INVOICE_ID]: original });
    let answer = 0;
    graphqlMock.on(ReplaceInvoiceDocument, () => {
      answer += 1;
      return answer === 1
        ? graphqlFailure('VALIDATION', 'invalid input', {
            // Only the wastewater line is sent: it is the first line of the request.
            fields: [
              {
                path: 'input.lines.0.description',
                message: 'at most 500 characters',
                reason: { code: 'at_most_characters', params: [{ name: 'limit', kind: 'NUMBER', value: '500' }] },
              },
            ],
          })
        : graphqlFailure('VALIDATION', 'invalid input', {
            fields: [
              {
                path: 'input.lines',
                message: 'the replacement would say what the invoice says',
                reason: { code: 'replacement_changes_nothing', params: [] },
              },
            ],
          });
    });
    const user = await openReplacement();
    const description = screen.getByTestId('replace-description-1');
    await user.type(description, ' (sửa)');
    await user.click(screen.getByTestId('replace-submit'));

    expect(await screen.findByText('Tối đa 500 ký tự')).toBeInTheDocument();
    expect(description).toHaveAttribute('aria-invalid', 'true');
    expect(description).toHaveAccessibleDescription(/Tối đa 500 ký tự/);
    expect(screen.getByTestId('replace-description-0')).not.toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByTestId('replace-error')).not.toBeInTheDocument();

    await user.click(screen.getByTestId('replace-submit'));
    expect(await screen.findByTestId('replace-error')).toHaveTextContent(
      'Hóa đơn thay thế sẽ giống hệt hóa đơn gốc; hãy sửa một dòng hoặc thông tin doanh nghiệp',
    );
    expect(graphqlMock.calls(ReplaceInvoiceDocument)).toHaveLength(2);
  });

  it('offers a replacement only on an invoice never adjusted; a replaced one links to its replacement', async () => {
    const adjustedInvoice = invoiceFixture({
      credited: 10_000,
      corrections: [{ id: 'SW52b2ljZTo5', correction: 'DECREASE', numberLabel: 'C26TAA 00000130', issuedOn: '2026-10-20', total: -10_000 }],
    });
    const nodes: Record<string, InvoiceDetailData> = { [INVOICE_ID]: adjustedInvoice };
    invoices(nodes);
    const adjusted = renderInvoicePageAt(`/invoices/${INVOICE_ID}`);
    expect(await screen.findByTestId('invoice-increase')).toBeInTheDocument();
    expect(screen.queryByTestId('invoice-replace')).not.toBeInTheDocument();
    const list = screen.getByTestId('invoice-corrections');
    expect(within(list).getByTestId('invoice-correction-row')).toHaveTextContent('Điều chỉnh giảm');
    adjusted.unmount();

    nodes[INVOICE_ID] = replaced;
    renderInvoicePageAt(`/invoices/${INVOICE_ID}`);
    const notice = await screen.findByTestId('invoice-replaced');
    expect(within(notice).getByTestId('invoice-replaced-by')).toHaveAttribute('href', `/invoices/${REPLACEMENT_ID}`);
    expect(screen.getByTestId('invoice-no-qr')).toHaveTextContent('Hóa đơn đã bị thay thế không cần thanh toán.');
    for (const action of ['invoice-credit-note', 'invoice-increase', 'invoice-replace', 'invoice-record-payment']) {
      expect(screen.queryByTestId(action)).not.toBeInTheDocument();
    }
  });
});
