import { describe, expect, it } from 'vitest';
import { calendarDateOrNull, isCalendarDate } from './dates';

describe('calendar dates', () => {
  it('knows a real calendar date', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('29/02/2028')).toBe(false);
    expect(isCalendarDate('')).toBe(false);
  });

  it('reads an address parameter as a date or nothing', () => {
    expect(calendarDateOrNull('2026-10-01')).toBe('2026-10-01');
    expect(calendarDateOrNull('yesterday')).toBeNull();
    expect(calendarDateOrNull(null)).toBeNull();
  });
});
