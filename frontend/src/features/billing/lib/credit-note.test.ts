import { describe, expect, it } from 'vitest';
import { correctionVat, creditAllOpen, creditNoteLines, creditTotals, divRound, vatOn } from './credit-note';
import type { CreditableLine } from './credit-note';

const totalOf = (lines: readonly CreditableLine[], amounts: Record<string, number>) => creditTotals(lines, amounts).total;

describe('VAT on a credited amount', () => {
  it('rounds halves away from zero, as the server does', () => {
    expect(divRound(5, 2)).toBe(3);
    expect(divRound(-5, 2)).toBe(-3);
    expect(divRound(4, 3)).toBe(1);
    expect(divRound(-4, 3)).toBe(-1);
    // 10% of 5 đồng is 0.5 đồng: one đồng. 8% of 6 is 0.48: nothing.
    expect(vatOn(5, 1000)).toBe(1);
    expect(vatOn(6, 800)).toBe(0);
    expect(vatOn(1_089_000, 1000)).toBe(108_900);
  });

  it('charges nothing on a line not subject to VAT', () => {
    expect(vatOn(14_475, null)).toBe(0);
    expect(vatOn(14_475, undefined)).toBe(0);
  });
});

describe('VAT on a correction of a rent line with a land-price deduction', () => {
  // 1.000.000 ₫ of rent at 10%, 400.000 ₫ of it the land rent paid to the State: VAT 60.000 ₫.
  const rent = { vatBp: 1000, amount: 1_000_000, vatDeduction: 400_000 };

  it('takes the amount’s share of the deduction off before VAT, so the whole line gives back its own VAT', () => {
    expect(correctionVat(1_000_000, rent)).toBe(60_000);
    expect(correctionVat(250_000, rent)).toBe(15_000);
    // 333 carries 133,2 → 133 of the deduction: VAT on 200 is 20.
    expect(correctionVat(333, rent)).toBe(20);
  });

  it('puts VAT on the whole of what an increase adds: the land rent paid to the State does not grow with the price', () => {
    expect(correctionVat(250_000, rent, 'INCREASE')).toBe(25_000);
    expect(creditTotals([{ id: 'rent', creditable: 1_000_000, ...rent }], { rent: 250_000 }, 'INCREASE')).toEqual({
      net: 250_000,
      vat: 25_000,
      total: 275_000,
    });
  });

  it('is plain VAT on a line without a deduction', () => {
    expect(correctionVat(100_005, { vatBp: 1000, amount: 1_089_000, vatDeduction: 0 })).toBe(10_001);
    expect(correctionVat(100_005, { vatBp: 1000 })).toBe(10_001);
    expect(creditTotals([{ id: 'rent', creditable: 1_000_000, ...rent }], { rent: 250_000 })).toEqual({ net: 250_000, vat: 15_000, total: 265_000 });
  });
});

const fee: CreditableLine = { id: 'fee', creditable: 1_089_000, vatBp: 1000 };
const wastewater: CreditableLine = { id: 'ww', creditable: 14_475, vatBp: 800 };
const discount: CreditableLine = { id: 'discount', creditable: 0, vatBp: 1000 };

describe('credit note totals', () => {
  it('works VAT out per line at each line’s rate and adds the lines up', () => {
    // 100_005 at 10% → 10_000.5 → 10_001; 1_005 at 8% → 80.4 → 80.
    expect(creditTotals([fee, wastewater], { fee: 100_005, ww: 1_005 })).toEqual({ net: 101_010, vat: 10_081, total: 111_091 });
  });

  it('ignores empty, zero and negative amounts', () => {
    expect(creditTotals([fee, wastewater], { fee: '', ww: 0 })).toEqual({ net: 0, vat: 0, total: 0 });
    expect(creditTotals([fee], { fee: -5 })).toEqual({ net: 0, vat: 0, total: 0 });
  });

  it('sends only the lines with an amount, in the invoice’s order', () => {
    expect(creditNoteLines([fee, wastewater, discount], { ww: 1_000, fee: '200', discount: '' })).toEqual([
      { lineId: 'fee', amount: 200 },
      { lineId: 'ww', amount: 1_000 },
    ]);
  });
});

describe('crediting all that is open', () => {
  it('credits every line in full when nothing is paid', () => {
    const open = 1_089_000 + 108_900 + 14_475 + 1_158;
    expect(creditAllOpen([fee, wastewater, discount], open)).toEqual({ fee: 1_089_000, ww: 14_475 });
  });

  it('credits each line in proportion when part is paid, never above what is open', () => {
    const open = 700_000;
    const amounts = creditAllOpen([fee, wastewater], open);
    const total = totalOf([fee, wastewater], amounts);
    expect(total).toBeLessThanOrEqual(open);
    expect(open - total).toBeLessThanOrEqual(2);
    expect(amounts.fee).toBeLessThan(fee.creditable);
    expect(amounts.ww).toBeLessThan(wastewater.creditable);
    // In proportion: the two lines keep their ratio to within a đồng or two.
    expect(Math.abs((amounts.fee ?? 0) / (amounts.ww ?? 1) - fee.creditable / wastewater.creditable)).toBeLessThan(0.5);
  });

  it('stays within what is open whatever the rounding', () => {
    const lines: CreditableLine[] = [
      { id: 'a', creditable: 333, vatBp: 1000 },
      { id: 'b', creditable: 777, vatBp: 800 },
      { id: 'c', creditable: 5, vatBp: 1000 },
      { id: 'd', creditable: 91, vatBp: null },
    ];
    for (let open = 1; open <= 1_400; open += 7) {
      const amounts = creditAllOpen(lines, open);
      expect(totalOf(lines, amounts), `open ${open}`).toBeLessThanOrEqual(open);
      for (const line of lines) expect(amounts[line.id] ?? 0).toBeLessThanOrEqual(line.creditable);
    }
  });

  it('leaves a full line’s VAT rounding to the server’s rule: never one đồng over', () => {
    // 5 đồng at 10% is 6 with VAT; when 5 is all that is open, 4 (VAT 0) is the most that fits.
    expect(creditAllOpen([{ id: 'x', creditable: 5, vatBp: 1000 }], 5)).toEqual({ x: 4 });
  });

  it('credits nothing when nothing is open', () => {
    expect(creditAllOpen([fee], 0)).toEqual({});
    expect(creditAllOpen([discount], 1_000)).toEqual({});
  });
});
