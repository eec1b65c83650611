import { describe, expect, it } from 'vitest';
import { collectionRateBp, collectionSummary, monthStart } from './collections';

describe('collections', () => {
  it('rates what was collected against what was invoiced, in basis points', () => {
    expect(collectionRateBp(1_200_000, 900_000)).toBe(7_500);
    // Payments for earlier months can take a month above 100%.
    expect(collectionRateBp(1_000_000, 1_500_000)).toBe(15_000);
    expect(collectionRateBp(0, 500_000)).toBeNull();
    expect(collectionRateBp(-100_000, 0)).toBeNull();
  });

  it('adds the months up and rates the whole period', () => {
    const summary = collectionSummary([
      { month: '2026-09', invoiced: 1_000_000, collected: 0 },
      { month: '2026-10', invoiced: 0, collected: 600_000 },
      { month: '2026-11', invoiced: 1_000_000, collected: 1_000_000 },
    ]);
    expect(summary.rows.map((row) => row.rateBp)).toEqual([0, null, 10_000]);
    expect(summary).toMatchObject({ invoiced: 2_000_000, collected: 1_600_000, rateBp: 8_000 });
  });

  it('turns a YYYY-MM month into its first day for the date formatters', () => {
    expect(monthStart('2026-10')).toBe('2026-10-01');
    expect(monthStart('2026-10-01')).toBe('2026-10-01');
  });
});
