import { describe, expect, it } from 'vitest';
import type { FieldError } from '@/lib/graphql/errors';
import { canReplace, editsOf, isCorrectable, placeFieldErrors, replacedLine, replacementLines, replacementTotals } from './corrections';
import type { CorrectableInvoice } from './corrections';

const issued: CorrectableInvoice = { kind: 'INVOICE', status: 'PAID', correction: null, credited: 0, corrections: [] };

/** 21.780 m² at 50 đ (10% VAT) and 1,5 m³ at 9.650 đ (not subject to VAT). */
const lines = [
  { id: 'fee', descriptionVi: 'Phí duy tu tháng 10/2026', quantityE4: 217_800_000, unitPrice: 50, vatBp: 1000 },
  { id: 'water', descriptionVi: 'Xử lý nước thải tháng 10/2026', quantityE4: 15_000, unitPrice: 9_650, vatBp: null },
];

const field = (path: string, message = path): FieldError => ({ field: path.split('.').pop() ?? path, path, message });

describe('which corrections an invoice takes', () => {
  it('corrects an issued invoice whatever it was paid, and a replacement, but not an adjustment or what no longer stands', () => {
    expect(isCorrectable(issued)).toBe(true);
    expect(isCorrectable({ ...issued, status: 'OVERDUE' })).toBe(true);
    expect(isCorrectable({ ...issued, correction: 'REPLACEMENT' })).toBe(true);
    expect(isCorrectable({ ...issued, correction: 'INCREASE' })).toBe(false);
    expect(isCorrectable({ ...issued, kind: 'CREDIT_NOTE', correction: 'DECREASE' })).toBe(false);
    for (const status of ['DRAFT', 'VOID', 'REPLACED'] as const) expect(isCorrectable({ ...issued, status })).toBe(false);
  });

  it('corrects no late-interest notice: it is no VAT invoice', () => {
    const notice: CorrectableInvoice = { ...issued, documentType: 'INTEREST_NOTICE' };
    expect(isCorrectable({ ...issued, documentType: 'VAT_INVOICE' })).toBe(true);
    expect(isCorrectable(notice)).toBe(false);
    expect(canReplace(notice)).toBe(false);
  });

  it('replaces only an invoice no adjustment touched', () => {
    expect(canReplace(issued)).toBe(true);
    expect(canReplace({ ...issued, corrections: [{ id: 'x' }] })).toBe(false);
    expect(canReplace({ ...issued, credited: 1 })).toBe(false);
    expect(canReplace({ ...issued, status: 'REPLACED' })).toBe(false);
  });
});

describe('a replacement’s lines', () => {
  it('sends only what changed, each line with only its changed parts', () => {
    const edits = editsOf(lines);
    expect(replacementLines(lines, edits)).toEqual([]);

    const changed = {
      fee: { description: '  Phí duy tu tháng 10/2026  ', unitPrice: 45 },
      water: { description: 'Xử lý nước thải\n (đã sửa)', unitPrice: 9_650 },
    };
    expect(replacementLines(lines, changed)).toEqual([
      { lineId: 'fee', unitPrice: 45 },
      { lineId: 'water', description: 'Xử lý nước thải (đã sửa)' },
    ]);
  });

  it('totals each line at its typed price, rounded once per line with its own VAT', () => {
    // Unchanged: 1.089.000 + 108.900 VAT, and 14.475 without VAT.
    expect(replacementTotals(lines, editsOf(lines))).toEqual({ net: 1_103_475, vat: 108_900, total: 1_212_375 });
    // 1,5 m³ × 9.651 = 14.476,5 → 14.477 (half away from zero); an empty price keeps the original's.
    const edits = { fee: { description: 'x', unitPrice: '' }, water: { description: 'y', unitPrice: 9_651 } };
    expect(replacementTotals(lines, edits)).toEqual({ net: 1_103_477, vat: 108_900, total: 1_212_377 });
  });
});

describe('a replaced rent line with a land-price deduction', () => {
  // 1 month of rent at 1.000.000 ₫ (10% VAT), 400.000 ₫ of it the land rent paid to the State.
  const rent = { id: 'rent', descriptionVi: 'Tiền thuê đất', quantityE4: 10_000, unitPrice: 1_000_000, vatBp: 1000, vatDeduction: 400_000 };

  it('keeps the deduction whatever the new price, but never beyond the new amount', () => {
    expect(replacedLine(rent, { description: 'x', unitPrice: 800_000 })).toEqual({ unitPrice: 800_000, amount: 800_000, vat: 40_000 });
    expect(replacedLine(rent, { description: 'x', unitPrice: 300_000 })).toEqual({ unitPrice: 300_000, amount: 300_000, vat: 0 });
  });
});

describe('the server’s field problems', () => {
  it('land on the form’s own fields and on the line each one names, the rest in the alert', () => {
    const sent = ['fee', 'water'];
    const { placed, unplaced } = placeFieldErrors(
      [
        field('input.agreementDate', 'before the invoice'),
        field('input.lines.1.amount', 'only 5 left'),
        field('input.lines.7.amount', 'no such line sent'),
        field('input.lines', 'changes nothing'),
        field('input.invoiceId', 'not an invoice'),
      ],
      ['reason', 'agreementNumber', 'agreementDate'],
      (index, name) => (sent[index] !== undefined && name === 'amount' ? `amounts.${sent[index]}` : null),
    );
    expect(placed).toEqual({ agreementDate: 'before the invoice', 'amounts.water': 'only 5 left' });
    expect(unplaced).toEqual(['no such line sent', 'changes nothing', 'not an invoice']);
  });
});
