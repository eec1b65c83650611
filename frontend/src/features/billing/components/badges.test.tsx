import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { InvoiceStatus } from '@/gql/graphql';
import { i18n } from '@/i18n/setup';
import { renderWithProviders } from '@/test/render';
import { INVOICE_STATUS_COLORS, InvoiceStatusBadge } from './badges';

beforeEach(async () => {
  await i18n.changeLanguage('vi');
});

describe('InvoiceStatusBadge', () => {
  it('colours paid green, overdue red, partly paid yellow, issued blue and void gray', () => {
    expect(INVOICE_STATUS_COLORS).toEqual({
      DRAFT: 'gray',
      ISSUED: 'blue',
      PARTIALLY_PAID: 'yellow',
      PAID: 'green',
      OVERDUE: 'red',
      VOID: 'gray',
      REPLACED: 'gray',
    });
  });

  it.each<[InvoiceStatus, string, string]>([
    ['PAID', 'Đã thanh toán', 'green'],
    ['OVERDUE', 'Quá hạn', 'red'],
    ['PARTIALLY_PAID', 'Thanh toán một phần', 'yellow'],
    ['ISSUED', 'Đã phát hành', 'blue'],
    ['VOID', 'Đã hủy', 'gray'],
  ])('shows %s as “%s” in %s', (status, label, color) => {
    renderWithProviders(<InvoiceStatusBadge status={status} />);
    const badge = screen.getByTestId('invoice-status');
    expect(badge).toHaveTextContent(label);
    expect(badge).toHaveAttribute('data-status', status);
    expect(badge.getAttribute('style') ?? '').toContain(`--mantine-color-${color}`);
  });

  it('says it in English when the reader chose English', async () => {
    await i18n.changeLanguage('en');
    renderWithProviders(<InvoiceStatusBadge status="PARTIALLY_PAID" />);
    expect(screen.getByTestId('invoice-status')).toHaveTextContent('Partly paid');
  });
});
