import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '@/i18n/setup';
import { AmountDueDocument } from '@/gql/graphql';
import { graphqlMock } from '@/test/mock-graphql';
import { renderWithProviders } from '@/test/render';
import type { AmountDueData } from '../api/amount-due';
import { AmountDueCard } from './AmountDueCard';

const due: AmountDueData = {
  firmId: 'RmlybTox',
  firmName: 'KCC Vina',
  open: 12_345_000,
  overdue: 2_345_000,
  nextDueOn: '2026-12-15',
  purpose: 'TT HD C26TDS 12 40',
  vietqr: '00020101021238570010A00000072701270006970436011300110012345670208QRIBFTTA530370454081234500058020VN62220818TT HD C26TDS 12 4063041234',
  payee: { bankBin: '970436', bankName: 'Vietcombank', account: '0011001234567', holder: 'CONG TY CP HA TANG DONG SOC' },
  invoices: [
    { id: 'SW52b2ljZToxMg', numberLabel: 'C26TDS 00000012', clusterName: 'CCN Đồng Sóc', dueOn: '2026-11-15', open: 2_345_000, status: 'OVERDUE' },
    { id: 'SW52b2ljZTo0MA', numberLabel: 'C26TDS 00000040', clusterName: 'CCN Đồng Sóc', dueOn: '2026-12-15', open: 10_000_000, status: 'ISSUED' },
  ],
};

beforeEach(async () => {
  await i18n.changeLanguage('vi');
});

describe('amount due', { timeout: 20_000 }, () => {
  it('shows the total, the overdue part and the next due date, with one transfer for everything', async () => {
    graphqlMock.on(AmountDueDocument, { amountDue: due });
    renderWithProviders(<AmountDueCard />);

    expect(await screen.findByTestId('amount-due-open')).toHaveTextContent('12.345.000 ₫');
    expect(screen.getByTestId('amount-due-overdue')).toHaveTextContent('2.345.000 ₫');
    expect(screen.getByTestId('amount-due-next')).toHaveTextContent('15/12/2026');
    // The enterprise's own firm: no firm id is sent.
    expect(graphqlMock.calls(AmountDueDocument)).toEqual([{ firmId: null }]);
    const panel = screen.getByTestId('pay-all-panel');
    expect(within(panel).getByTestId('pay-all-bank')).toHaveTextContent('Vietcombank');
    expect(within(panel).getByTestId('pay-all-account')).toHaveTextContent('0011001234567');
    expect(within(panel).getByTestId('pay-all-purpose')).toHaveTextContent('TT HD C26TDS 12 40');
    expect(within(panel).getByRole('button', { name: 'Sao chép Số tài khoản' })).toBeInTheDocument();
    const rows = screen.getAllByTestId('amount-due-invoice');
    expect(rows).toHaveLength(2);
    expect(within(rows[0]!).getByRole('link', { name: 'C26TDS 00000012' })).toHaveAttribute('href', '/my-invoices/SW52b2ljZToxMg');
  });

  it('says so when nothing is left to pay, with no QR code', async () => {
    graphqlMock.on(AmountDueDocument, {
      amountDue: { ...due, open: 0, overdue: 0, nextDueOn: null, purpose: null, vietqr: null, invoices: [] },
    });
    renderWithProviders(<AmountDueCard />);

    expect(await screen.findByTestId('amount-due-nothing')).toBeInTheDocument();
    expect(screen.queryByTestId('pay-all-panel')).not.toBeInTheDocument();
    expect(screen.getByTestId('amount-due-next')).toHaveTextContent('—');
  });
});
