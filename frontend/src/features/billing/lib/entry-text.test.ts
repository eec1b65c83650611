import { describe, expect, it } from 'vitest';
import { i18n } from '@/i18n/setup';
import { fundEntryText, statementEntryText } from './entry-text';

const vi = i18n.getFixedT('vi');
const en = i18n.getFixedT('en');

const invoice = {
  kind: 'INVOICE' as const,
  description: 'Hóa đơn kỳ 01/12/2025 – 31/12/2025',
  periodStart: '2025-12-01',
  periodEnd: '2025-12-31',
};
const creditNote = { kind: 'CREDIT_NOTE' as const, description: 'Hóa đơn điều chỉnh giảm: Tính trùng', note: 'Tính trùng' };
const payment = { kind: 'PAYMENT' as const, description: 'Chuyển khoản', paymentMethod: 'BANK_TRANSFER' as const };

describe('statement line text', () => {
  it('words each kind of line in the reader language, with dd/mm/yyyy dates', () => {
    expect(statementEntryText(vi, invoice)).toBe('Hóa đơn kỳ 01/12/2025 – 31/12/2025');
    expect(statementEntryText(en, invoice)).toBe('Invoice for 01/12/2025 – 31/12/2025');
    expect(statementEntryText(vi, creditNote)).toBe('Hóa đơn điều chỉnh giảm: Tính trùng');
    expect(statementEntryText(en, creditNote)).toBe('Credit note: Tính trùng');
    expect(statementEntryText(en, { ...creditNote, note: '' })).toBe('Credit note');
    expect(statementEntryText(vi, payment)).toBe('Chuyển khoản');
    expect(statementEntryText(en, payment)).toBe('Bank transfer');
    expect(statementEntryText(en, { ...payment, paymentMethod: 'CASH' })).toBe('Cash');
  });

  it("falls back to the server's description when the facts are missing", () => {
    expect(statementEntryText(en, { kind: 'INVOICE', description: 'Hóa đơn kỳ X' })).toBe('Hóa đơn kỳ X');
    expect(statementEntryText(en, { kind: 'PAYMENT', description: 'Chuyển khoản', paymentMethod: null })).toBe('Chuyển khoản');
  });
});

describe('fund movement text', () => {
  const fee = {
    kind: 'FEE_COLLECTED' as const,
    description: 'Phí duy tu thu theo HĐ C26TAA 00000123 – KCC Vina',
    invoiceNumber: 'C26TAA 00000123',
    firmName: 'KCC Vina',
  };

  it('names the invoice and firm a fee or an adjustment came from, in the reader language', () => {
    expect(fundEntryText(vi, fee)).toBe('Phí duy tu thu theo HĐ C26TAA 00000123 – KCC Vina');
    expect(fundEntryText(en, fee)).toBe('Maintenance fee collected on invoice C26TAA 00000123 – KCC Vina');
    expect(fundEntryText(en, { ...fee, kind: 'ADJUSTMENT' })).toBe(
      'Adjustment after a credit note on invoice C26TAA 00000123 – KCC Vina',
    );
  });

  it('keeps spending as entered and falls back to the description without an invoice', () => {
    expect(fundEntryText(en, { kind: 'EXPENSE', description: 'Nạo vét cống', invoiceNumber: null, firmName: null })).toBe('Nạo vét cống');
    expect(fundEntryText(en, { ...fee, invoiceNumber: null })).toBe(fee.description);
  });
});
