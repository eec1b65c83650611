import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatHectares,
  formatInteger,
  formatMoney,
  formatMonth,
  formatPercentBp,
  formatQuantityE4,
  formatQuantityMilli,
  formatRateBp,
  formatSquareMetres,
  hectaresToM2,
  m2ToHectares,
  percentToBp,
  todayInVietnam,
} from './format';

describe('formatMoney', () => {
  it('writes đồng the Vietnamese way in vi', () => {
    expect(formatMoney(1234567, 'vi')).toBe('1.234.567 ₫');
  });

  it('writes đồng with a leading symbol in en', () => {
    expect(formatMoney(1234567, 'en')).toBe('₫1,234,567');
  });

  it('handles zero, small and negative amounts', () => {
    expect(formatMoney(0, 'vi')).toBe('0 ₫');
    expect(formatMoney(500, 'en')).toBe('₫500');
    expect(formatMoney(-1200000, 'vi')).toBe('-1.200.000 ₫');
    expect(formatMoney(-1200000, 'en')).toBe('-₫1,200,000');
  });

  it('rejects fractional amounts, since VND has no minor unit', () => {
    expect(() => formatMoney(10.5, 'vi')).toThrow(RangeError);
    expect(() => formatMoney(Number.NaN, 'en')).toThrow(RangeError);
  });
});

describe('formatDate', () => {
  it('shows the calendar date in Vietnam, not in UTC', () => {
    // 20:30 UTC on the 26th is already 03:30 on the 27th in Hà Nội.
    expect(formatDate('2026-11-26T20:30:00Z', 'vi')).toBe('27/11/2026');
    expect(formatDate('2026-11-26T20:30:00Z', 'en')).toBe('27 Nov 2026');
  });

  it('keeps bare calendar dates as they are', () => {
    expect(formatDate('2026-01-05', 'vi')).toBe('05/01/2026');
    expect(formatDate('2026-09-05', 'en')).toBe('5 Sep 2026');
  });

  it('rejects values that are not dates', () => {
    expect(() => formatDate('soon', 'vi')).toThrow(RangeError);
  });
});

describe('formatDateTime', () => {
  it('adds the 24-hour time in Vietnam', () => {
    expect(formatDateTime('2026-11-27T07:05:00Z', 'vi')).toBe('27/11/2026 14:05');
    expect(formatDateTime('2026-11-27T07:05:00Z', 'en')).toBe('27 Nov 2026, 14:05');
  });

  it('writes midnight as 00:00', () => {
    expect(formatDateTime('2026-11-26T17:00:00+00:00', 'vi')).toBe('27/11/2026 00:00');
  });
});

describe('area and rate formatting', () => {
  it('shows cluster areas in hectares with two decimals', () => {
    expect(formatHectares(750_000, 'vi')).toBe('75,00 ha');
    expect(formatHectares(750_000, 'en')).toBe('75.00 ha');
    expect(formatHectares(12_345, 'vi')).toBe('1,23 ha');
    expect(formatHectares(4_240_000, 'en')).toBe('424.00 ha');
  });

  it('shows plot areas in whole square metres with grouping', () => {
    expect(formatSquareMetres(12_500, 'vi')).toBe('12.500 m²');
    expect(formatSquareMetres(12_500, 'en')).toBe('12,500 m²');
    expect(formatInteger(13_000, 'vi')).toBe('13.000');
  });

  it('shows basis points as a percentage with one decimal', () => {
    expect(formatPercentBp(6700, 'vi')).toBe('67,0%');
    expect(formatPercentBp(6700, 'en')).toBe('67.0%');
    expect(formatPercentBp(10_000, 'vi')).toBe('100,0%');
    expect(formatPercentBp(0, 'en')).toBe('0.0%');
    expect(formatPercentBp(3333, 'en')).toBe('33.3%');
  });

  it('turns hectares typed in a form into whole square metres and back', () => {
    expect(hectaresToM2(75)).toBe(750_000);
    expect(hectaresToM2(7.5)).toBe(75_000);
    expect(hectaresToM2(0.12345)).toBe(1235);
    expect(hectaresToM2(1.005)).toBe(10_050);
    expect(m2ToHectares(750_000)).toBe(75);
  });
});

describe('billing quantities and rates', () => {
  it('shows a quantity in thousandths with up to three decimals and no trailing zeros', () => {
    expect(formatQuantityMilli(1500, 'vi')).toBe('1,5');
    expect(formatQuantityMilli(1500, 'en')).toBe('1.5');
    expect(formatQuantityMilli(1000, 'vi')).toBe('1');
    expect(formatQuantityMilli(21_780_000, 'vi')).toBe('21.780');
    expect(formatQuantityMilli(21_780_000, 'en')).toBe('21,780');
    expect(formatQuantityMilli(1234, 'en')).toBe('1.234');
    expect(formatQuantityMilli(1, 'vi')).toBe('0,001');
    expect(formatQuantityMilli(0, 'en')).toBe('0');
    expect(formatQuantityMilli(-3_000, 'en')).toBe('-3');
  });

  it('rejects a quantity that is not whole thousandths', () => {
    expect(() => formatQuantityMilli(1.5, 'vi')).toThrow(RangeError);
  });

  it('shows an invoice line quantity in ten-thousandths with up to four decimals', () => {
    expect(formatQuantityE4(4_166_667, 'vi')).toBe('416,6667');
    expect(formatQuantityE4(4_166_667, 'en')).toBe('416.6667');
    expect(formatQuantityE4(217_800_000, 'vi')).toBe('21.780');
    expect(formatQuantityE4(15_000, 'en')).toBe('1.5');
    expect(formatQuantityE4(-10_000, 'vi')).toBe('-1');
    expect(() => formatQuantityE4(0.5, 'en')).toThrow(RangeError);
  });

  it('shows VAT and interest rates without needless decimals', () => {
    expect(formatRateBp(1000, 'vi')).toBe('10%');
    expect(formatRateBp(800, 'en')).toBe('8%');
    expect(formatRateBp(525, 'vi')).toBe('5,25%');
    expect(formatRateBp(525, 'en')).toBe('5.25%');
    expect(formatRateBp(0, 'vi')).toBe('0%');
  });

  it('turns a typed percentage into basis points', () => {
    expect(percentToBp(10)).toBe(1000);
    expect(percentToBp(8)).toBe(800);
    expect(percentToBp(5.25)).toBe(525);
    expect(percentToBp(0.1 + 0.2)).toBe(30);
  });

  it('shows a billing month as MM/YYYY in both languages', () => {
    expect(formatMonth('2026-10-01')).toBe('10/2026');
    expect(formatMonth('2027-01-31')).toBe('01/2027');
  });

  it("gives today's date in Vietnam, not in UTC", () => {
    expect(todayInVietnam(new Date('2026-11-26T20:30:00Z'))).toBe('2026-11-27');
    expect(todayInVietnam(new Date('2026-11-26T10:00:00Z'))).toBe('2026-11-26');
  });
});
