import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { BanksDocument, BillingSettingsDocument, UpdateBillingSettingsDocument } from '@/gql/graphql';
import type { BillingSettingsDataFragment } from '@/gql/graphql';
import { graphqlMock, graphqlFailure } from '@/test/mock-graphql';
import { renderWithProviders } from '@/test/render';
import { BillingSettingsPage } from './BillingSettingsPage';
import { bankOptions, searchable } from './BankSelect';

const BANKS = [
  { bin: '970415', shortName: 'VietinBank', name: 'Ngân hàng TMCP Công thương Việt Nam' },
  { bin: '970436', shortName: 'Vietcombank', name: 'Ngân hàng TMCP Ngoại thương Việt Nam' },
  { bin: '970418', shortName: 'BIDV', name: 'Ngân hàng TMCP Đầu tư và Phát triển Việt Nam' },
];

function settingsFixture(overrides: Partial<BillingSettingsDataFragment> = {}): BillingSettingsDataFragment {
  return {
    invoiceTemplate: '1',
    invoiceSeries: 'CTDS',
    currentSeries: 'C26TDS',
    dueDays: 15,
    lateInterestBp: 1000,
    lateInterestCommercial: false,
    lateInterestBasis: '',
    interestOnInvoice: false,
    rentVatBp: 1000,
    invoiceDatePolicy: 'RUN_DATE',
    sellerName: 'Công ty Hạ tầng Đồng Sóc',
    sellerAddress: '',
    sellerTaxCode: '',
    bankBin: '',
    bankAccount: '',
    bankAccountName: '',
    ...overrides,
  };
}

describe('the bank picker on the billing settings page', { timeout: 20_000 }, () => {
  it('finds a bank by its name without diacritics and saves its BIN', async () => {
    graphqlMock
      .on(BillingSettingsDocument, { billingSettings: settingsFixture() })
      .on(BanksDocument, { banks: BANKS })
      .on(UpdateBillingSettingsDocument, ({ input }) => ({
        updateBillingSettings: settingsFixture({
          ...input,
          invoiceDatePolicy: input.invoiceDatePolicy ?? 'RUN_DATE',
          interestOnInvoice: input.interestOnInvoice ?? false,
        }),
      }));
    renderWithProviders(<BillingSettingsPage />);
    const user = userEvent.setup();

    const picker = await screen.findByTestId('settings-bank-bin');
    await waitFor(() => expect(picker).toBeEnabled());
    await user.click(picker);
    await user.type(picker, 'ngoai thuong');
    expect(screen.queryByRole('option', { name: /VietinBank/, hidden: true })).not.toBeInTheDocument();
    await user.click(await screen.findByRole('option', { name: 'Vietcombank — Ngân hàng TMCP Ngoại thương Việt Nam', hidden: true }));
    expect(picker).toHaveValue('Vietcombank — Ngân hàng TMCP Ngoại thương Việt Nam');
    expect(screen.getByText('Mã BIN 970436 (NAPAS) được in trong mã VietQR')).toBeInTheDocument();

    await user.type(screen.getByTestId('settings-bank-account'), '0011004455667');
    await user.click(screen.getByTestId('settings-submit'));
    await waitFor(() => expect(graphqlMock.calls(UpdateBillingSettingsDocument)).toHaveLength(1));
    expect(graphqlMock.calls(UpdateBillingSettingsDocument)[0]?.input).toMatchObject({ bankBin: '970436', bankAccount: '0011004455667' });
  });

  it('shows the saved bank by name, and can search by BIN', async () => {
    graphqlMock
      .on(BillingSettingsDocument, { billingSettings: settingsFixture({ bankBin: '970418', bankAccount: '123' }) })
      .on(BanksDocument, { banks: BANKS });
    renderWithProviders(<BillingSettingsPage />);
    const user = userEvent.setup();

    const picker = await screen.findByTestId('settings-bank-bin');
    await waitFor(() => expect(picker).toHaveValue('BIDV — Ngân hàng TMCP Đầu tư và Phát triển Việt Nam'));
    await user.clear(picker);
    await user.type(picker, '970415');
    expect(await screen.findByRole('option', { name: /^VietinBank/, hidden: true })).toBeInTheDocument();
    expect(screen.queryByRole('option', { name: /^BIDV/, hidden: true })).not.toBeInTheDocument();
  });

  it('falls back to typing the BIN when the bank list cannot be loaded', async () => {
    graphqlMock
      .on(BillingSettingsDocument, { billingSettings: settingsFixture({ bankBin: '970418' }) })
      .on(BanksDocument, graphqlFailure('INTERNAL'));
    renderWithProviders(<BillingSettingsPage />);
    await waitFor(() => expect(screen.getByTestId('settings-bank-bin')).toHaveValue('970418'));
  });
});

describe('bankOptions', () => {
  it('keeps a saved BIN the list does not know', () => {
    expect(bankOptions(BANKS, '999999')[0]).toEqual({ value: '999999', label: '999999' });
    expect(bankOptions(BANKS, '970436')).toHaveLength(3);
  });

  it('searches without diacritics', () => {
    expect(searchable('Ngân hàng TMCP Đầu tư')).toBe('ngan hang tmcp dau tu');
  });
});

describe('late interest on a notice or on the invoice, on the billing settings page', { timeout: 20_000 }, () => {
  function settingsServer(saved: Partial<BillingSettingsDataFragment>) {
    graphqlMock
      .on(BillingSettingsDocument, { billingSettings: settingsFixture(saved) })
      .on(BanksDocument, { banks: BANKS })
      .on(UpdateBillingSettingsDocument, ({ input }) => ({
        updateBillingSettings: settingsFixture({
          ...input,
          invoiceDatePolicy: input.invoiceDatePolicy ?? 'RUN_DATE',
          interestOnInvoice: input.interestOnInvoice ?? false,
        }),
      }));
  }

  it('sends the saved choice as it is when another field changes', async () => {
    settingsServer({ interestOnInvoice: true });
    renderWithProviders(<BillingSettingsPage />);
    const user = userEvent.setup();

    const box = await screen.findByTestId('settings-interest-on-invoice');
    expect(box).toBeChecked();
    expect(screen.getByText(/Đang bật: tiền lãi là một dòng của hóa đơn GTGT/)).toBeInTheDocument();
    await user.clear(screen.getByTestId('settings-due-days'));
    await user.type(screen.getByTestId('settings-due-days'), '20');
    await user.click(screen.getByTestId('settings-submit'));
    await waitFor(() => expect(graphqlMock.calls(UpdateBillingSettingsDocument)).toHaveLength(1));
    expect(graphqlMock.calls(UpdateBillingSettingsDocument)[0]?.input).toMatchObject({ dueDays: 20, interestOnInvoice: true });
  });

  it('explains the notice (recommended) and sends the interest on the invoice once ticked', async () => {
    settingsServer({ interestOnInvoice: false });
    renderWithProviders(<BillingSettingsPage />);
    const user = userEvent.setup();

    const box = await screen.findByTestId('settings-interest-on-invoice');
    expect(box).not.toBeChecked();
    expect(screen.getByText(/khuyến nghị.*thông báo tiền lãi chậm thanh toán riêng/)).toBeInTheDocument();
    await user.click(box);
    expect(screen.getByText(/không kê khai, tính nộp thuế GTGT \(KKKNT\)/)).toBeInTheDocument();
    await user.click(screen.getByTestId('settings-submit'));
    await waitFor(() => expect(graphqlMock.calls(UpdateBillingSettingsDocument)).toHaveLength(1));
    expect(graphqlMock.calls(UpdateBillingSettingsDocument)[0]?.input).toMatchObject({ interestOnInvoice: true });
  });
});

describe('the invoice date policy on the billing settings page', { timeout: 20_000 }, () => {
  it('shows the saved policy and sends the one chosen', async () => {
    graphqlMock
      .on(BillingSettingsDocument, { billingSettings: settingsFixture() })
      .on(BanksDocument, { banks: BANKS })
      .on(UpdateBillingSettingsDocument, ({ input }) => ({
        updateBillingSettings: settingsFixture({
          ...input,
          invoiceDatePolicy: input.invoiceDatePolicy ?? 'RUN_DATE',
          interestOnInvoice: input.interestOnInvoice ?? false,
        }),
      }));
    renderWithProviders(<BillingSettingsPage />);
    const user = userEvent.setup();

    const policy = await screen.findByTestId('settings-invoice-date');
    expect(policy).toHaveValue('Ngày phát hành đợt');
    await user.click(policy);
    await user.click(await screen.findByRole('option', { name: 'Ngày cuối kỳ (dịch vụ hoàn thành)', hidden: true }));
    await user.click(screen.getByTestId('settings-submit'));
    await waitFor(() => expect(graphqlMock.calls(UpdateBillingSettingsDocument)).toHaveLength(1));
    expect(graphqlMock.calls(UpdateBillingSettingsDocument)[0]?.input).toMatchObject({ invoiceDatePolicy: 'PERIOD_END' });
  });
});
