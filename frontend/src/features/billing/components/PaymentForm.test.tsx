import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '@/i18n/setup';
import { FirmOptionsDocument, OpenInvoicesDocument, RecordPaymentDocument } from '@/gql/graphql';
import type { InvoiceStatus, PaymentFields, RecordPaymentMutation } from '@/gql/graphql';
import { graphqlFailure, graphqlMock, networkFailure, onePage } from '@/test/mock-graphql';
import type { Failure } from '@/test/mock-graphql';
import { renderWithProviders } from '@/test/render';
import type { OpenInvoice } from '../api/invoices';
import { PaymentForm } from './PaymentForm';

const payments = () => graphqlMock.calls(RecordPaymentDocument).map((variables) => variables.input);

const FIRM = 'RmlybTox';
const invoice = (id: string, number: number, dueOn: string, open: number, status: InvoiceStatus): OpenInvoice => ({
  id,
  kind: 'INVOICE',
  numberLabel: `C26TAA ${String(number).padStart(8, '0')}`,
  clusterName: 'CCN Đồng Sóc',
  periodStart: '2026-10-01',
  periodEnd: '2026-10-31',
  issuedOn: '2026-10-01',
  dueOn,
  number,
  total: open,
  open,
  status,
});
const OLDER = invoice('SW52b2ljZTox', 1, '2026-10-16', 1_200_000, 'OVERDUE');
const NEWER = invoice('SW52b2ljZToy', 2, '2026-12-01', 3_000_000, 'ISSUED');

const recorded = (input: PaymentFields, replayed = false): RecordPaymentMutation => ({
  recordPayment: {
    id: 'UGF5bWVudDox',
    firmId: FIRM,
    amount: input.amount,
    receivedOn: input.receivedOn,
    method: input.method,
    bankReference: input.bankReference,
    unallocated: 0,
    replayed,
    // As the server warns: cash of 5,000,000 đ or more leaves the buyer's VAT undeductible.
    warnings: input.method === 'CASH' && input.amount >= 5_000_000 ? [{ code: 'CASH_VAT_NOT_DEDUCTIBLE' }] : [],
    allocations: [{ invoiceId: NEWER.id, amount: input.amount }],
  },
});

/** The GraphQL endpoint: firms, the firm's open invoices by status, and `recordPayment` answered by `pay`. */
function server(pay: (input: PaymentFields, attempt: number) => RecordPaymentMutation | Failure) {
  let attempt = 0;
  graphqlMock
    .on(FirmOptionsDocument, { firms: onePage([{ id: FIRM, name: 'KCC Vina', taxCode: '2500100006', status: 'ACTIVE' }]) })
    .on(OpenInvoicesDocument, ({ status }) => ({ invoices: { nodes: [NEWER, OLDER].filter((inv) => inv.status === status) } }))
    .on(RecordPaymentDocument, ({ input }) => {
      attempt += 1;
      return pay(input, attempt);
    });
}

async function pickFirm(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByTestId('payment-firm'));
  // jsdom does not run the dropdown's transition, so its options stay "hidden" to queries.
  await user.click(await screen.findByRole('option', { name: 'KCC Vina (2500100006)', hidden: true }));
}

const filled = {
  firmId: FIRM,
  amount: 3_000_000,
  receivedOn: '2026-11-20',
  bankReference: 'FT26324001',
};

beforeEach(async () => {
  await i18n.changeLanguage('vi');
});

// Each case fills a form and waits on several answers: slower than a unit test on a busy machine.
describe('PaymentForm', { timeout: 15_000 }, () => {
  it('sends the typed allocation and keeps the idempotency key when a failed attempt is retried', async () => {
    server((input, attempt) =>
      // The first answer is lost on the way back; the retry gets the payment.
      attempt === 1 ? networkFailure() : recorded(input),
    );
    renderWithProviders(<PaymentForm initialValues={filled} />);
    const user = userEvent.setup();

    // The firm's open invoices, oldest due first, with the automatic split as a hint.
    const older = await screen.findByTestId(`payment-allocation-${OLDER.id}`);
    const newer = screen.getByTestId(`payment-allocation-${NEWER.id}`);
    expect(older).toHaveAttribute('placeholder', '1.200.000');
    expect(newer).toHaveAttribute('placeholder', '1.800.000');

    await user.type(newer, '3000000');
    expect(screen.getByTestId('payment-allocation-mode')).toHaveTextContent('Chỉ phân bổ các số tiền đã nhập');
    await user.click(screen.getByTestId('payment-submit'));
    expect(await screen.findByTestId('payment-error')).toHaveTextContent('Không kết nối được');

    await user.click(screen.getByTestId('payment-submit'));
    expect(await screen.findByTestId('payment-recorded')).toHaveTextContent('Đã ghi nhận thanh toán');

    const [first, retry] = payments();
    expect(first).toEqual({
      firmId: FIRM,
      amount: 3_000_000,
      receivedOn: '2026-11-20',
      method: 'BANK_TRANSFER',
      bankReference: 'FT26324001',
      idempotencyKey: expect.stringMatching(/^[0-9a-f-]{36}$/) as unknown,
      allocations: [{ invoiceId: NEWER.id, amount: 3_000_000 }],
    });
    expect(retry).toEqual(first);
  });

  it('leaves the allocation to the server when none is typed, and takes a new key for the next payment', async () => {
    server((input) => recorded(input));
    renderWithProviders(<PaymentForm initialValues={filled} />);
    const user = userEvent.setup();

    await screen.findByTestId(`payment-allocation-${OLDER.id}`);
    expect(screen.getByTestId('payment-allocation-mode')).toHaveTextContent('Để trống để thanh toán các hóa đơn cũ nhất trước');
    await user.click(screen.getByTestId('payment-submit'));
    await screen.findByTestId('payment-recorded');
    expect(payments()[0]).toMatchObject({ amount: 3_000_000, allocations: null });

    // The next payment starts from a blank form and carries a key of its own.
    await user.click(screen.getByTestId('payment-another'));
    await user.click(screen.getByTestId('payment-submit'));
    expect(await screen.findByText('Vui lòng chọn doanh nghiệp')).toBeInTheDocument();
    await pickFirm(user);
    await user.type(screen.getByTestId('payment-amount'), '500000');
    await user.click(screen.getByTestId('payment-submit'));
    await screen.findByTestId('payment-recorded');

    const [first, second] = payments();
    expect(second).toMatchObject({ firmId: FIRM, amount: 500_000, method: 'BANK_TRANSFER', allocations: null });
    expect(second?.idempotencyKey).not.toEqual(first?.idempotencyKey);
  });

  it('keeps the warning on the result when a large cash payment is recorded', async () => {
    server((input) => recorded(input));
    renderWithProviders(<PaymentForm initialValues={{ ...filled, amount: 6_000_000, method: 'CASH' }} />);
    const user = userEvent.setup();

    await screen.findByTestId(`payment-allocation-${OLDER.id}`);
    await user.click(screen.getByTestId('payment-submit'));
    await screen.findByTestId('payment-recorded');
    expect(screen.getByTestId('payment-cash-warning')).toHaveTextContent('không dùng tiền mặt');
  });

  it('says so when the server replays an earlier payment with the same key', async () => {
    server((input) => recorded(input, true));
    renderWithProviders(<PaymentForm initialValues={filled} />);
    const user = userEvent.setup();

    await screen.findByTestId(`payment-allocation-${OLDER.id}`);
    await user.click(screen.getByTestId('payment-submit'));
    expect(await screen.findByTestId('payment-replayed')).toHaveTextContent('Khoản này đã được ghi nhận');
  });

  it('shows a CONFLICT as the server words it, with a way to start a new payment', async () => {
    server(() => graphqlFailure('CONFLICT', 'this idempotency key was used for a different payment'));
    renderWithProviders(<PaymentForm initialValues={filled} />);
    const user = userEvent.setup();

    await screen.findByTestId(`payment-allocation-${OLDER.id}`);
    await user.click(screen.getByTestId('payment-submit'));
    expect(await screen.findByTestId('payment-error')).toHaveTextContent('this idempotency key was used for a different payment');
    const firstKey = payments()[0]?.idempotencyKey;

    await user.click(screen.getByTestId('payment-start-over'));
    await waitFor(() => expect(screen.queryByTestId('payment-error')).not.toBeInTheDocument());
    await pickFirm(user);
    await user.type(screen.getByTestId('payment-amount'), '1200000');
    await user.click(screen.getByTestId('payment-submit'));
    await waitFor(() => expect(payments()).toHaveLength(2));
    expect(payments()[1]?.idempotencyKey).not.toEqual(firstKey);
  });

  it('refuses allocations above what is open before sending anything', async () => {
    server((input) => recorded(input));
    renderWithProviders(<PaymentForm initialValues={filled} />);
    const user = userEvent.setup();

    await user.type(await screen.findByTestId(`payment-allocation-${OLDER.id}`), '2000000');
    await user.click(screen.getByTestId('payment-submit'));
    expect(await screen.findByText('Lớn hơn số còn phải trả')).toBeInTheDocument();
    expect(payments()).toHaveLength(0);
  });
});
