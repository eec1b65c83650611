import { describe, expect, it } from 'vitest';
import { addMonths, byDay, daysIn, monthOf, weeksOf } from './month-grid';

describe('the month grid', () => {
  it('steps across years both ways', () => {
    expect(addMonths({ year: 2027, month: 12 }, 1)).toEqual({ year: 2028, month: 1 });
    expect(addMonths({ year: 2027, month: 1 }, -1)).toEqual({ year: 2026, month: 12 });
    expect(monthOf('2027-03-17')).toEqual({ year: 2027, month: 3 });
  });

  it('lays a month out from Monday to Sunday', () => {
    expect(daysIn({ year: 2028, month: 2 })).toBe(29);
    // 1 March 2027 is a Monday; 1 February 2027 too; 1 August 2027 a Sunday.
    expect(weeksOf({ year: 2027, month: 3 })[0]![0]).toBe('2027-03-01');
    const august = weeksOf({ year: 2027, month: 8 });
    expect(august[0]!.slice(0, 6)).toEqual([null, null, null, null, null, null]);
    expect(august[0]![6]).toBe('2027-08-01');
    expect(august.every((w) => w.length === 7)).toBe(true);
  });

  it('groups items by day in their order', () => {
    const days = byDay([
      { day: '2027-03-05', n: 1 },
      { day: '2027-03-10', n: 2 },
      { day: '2027-03-05', n: 3 },
    ]);
    expect([...days.keys()]).toEqual(['2027-03-05', '2027-03-10']);
    expect(days.get('2027-03-05')!.map((i) => i.n)).toEqual([1, 3]);
  });
});
