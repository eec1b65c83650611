import { describe, expect, it } from 'vitest';
import { addMonths, firstOfQuarter, lastOfMonth, periodEnd, periodKindOf, periodStarts, quarterOf } from './periods';

describe('billing periods', () => {
  it('steps months across years', () => {
    expect(addMonths('2026-11-27', 1)).toBe('2026-12-01');
    expect(addMonths('2026-12-01', 1)).toBe('2027-01-01');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-01');
    expect(addMonths('2026-03-01', -15)).toBe('2024-12-01');
  });

  it('knows the last day of a month, leap years included', () => {
    expect(lastOfMonth('2026-02-01')).toBe('2026-02-28');
    expect(lastOfMonth('2028-02-10')).toBe('2028-02-29');
    expect(lastOfMonth('2026-12-01')).toBe('2026-12-31');
  });

  it('finds quarters and their ends', () => {
    expect(firstOfQuarter('2026-11-27')).toBe('2026-10-01');
    expect(quarterOf('2026-11-27')).toBe(4);
    expect(periodEnd('QUARTER', '2026-10-01')).toBe('2026-12-31');
    expect(periodEnd('MONTH', '2026-02-01')).toBe('2026-02-28');
  });

  it('offers period starts around today, newest first', () => {
    expect(periodStarts('MONTH', '2026-11-27', 2, 1)).toEqual(['2026-12-01', '2026-11-01', '2026-10-01', '2026-09-01']);
    expect(periodStarts('QUARTER', '2026-11-27', 1, 1)).toEqual(['2027-01-01', '2026-10-01', '2026-07-01']);
  });

  it('tells a month from a quarter from any other span', () => {
    expect(periodKindOf('2026-10-01', '2026-10-31')).toBe('MONTH');
    expect(periodKindOf('2026-10-01', '2026-12-31')).toBe('QUARTER');
    expect(periodKindOf('2026-11-01', '2027-01-31')).toBeNull();
    expect(periodKindOf('2026-10-15', '2026-10-31')).toBeNull();
  });
});
