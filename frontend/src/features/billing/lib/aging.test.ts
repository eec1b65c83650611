import { describe, expect, it } from 'vitest';
import { agingBar, agingScale, overdueAmount, overdueShareBp, sortAgingRows } from './aging';

const buckets = (current: number, d30: number, d60: number, d90: number, over: number) => ({
  current,
  days1To30: d30,
  days31To60: d60,
  days61To90: d90,
  over90: over,
  total: current + d30 + d60 + d90 + over,
});

describe('the aging chart', () => {
  it('draws every row on the scale of the largest total', () => {
    expect(agingScale([buckets(100, 0, 0, 0, 0), buckets(0, 300, 0, 0, 100)])).toBe(400);
    expect(agingScale([])).toBe(1);
  });

  it('stacks the buckets in order, each as wide as its share, leaving out the empty ones', () => {
    expect(agingBar(buckets(200, 0, 100, 0, 100), 800)).toEqual([
      { bucket: 'current', value: 200, widthPct: 25 },
      { bucket: 'days31To60', value: 100, widthPct: 12.5 },
      { bucket: 'over90', value: 100, widthPct: 12.5 },
    ]);
  });

  it('keeps a sliver for a bucket too small to see', () => {
    expect(agingBar(buckets(1, 0, 0, 0, 0), 1_000_000)).toEqual([{ bucket: 'current', value: 1, widthPct: 0.5 }]);
  });

  it('counts everything past due as overdue, and its share of the total', () => {
    const row = buckets(600, 200, 100, 0, 100);
    expect(overdueAmount(row)).toBe(400);
    expect(overdueShareBp(row)).toBe(4_000);
    expect(overdueShareBp(buckets(0, 0, 0, 0, 0))).toBeNull();
  });
});

describe('sorting the aging tables', () => {
  const rows = [
    { id: '1', name: 'YPE Vina', buckets: buckets(0, 0, 0, 0, 500) },
    { id: '2', name: 'KCC Vina', buckets: buckets(900, 0, 0, 0, 0) },
    { id: '3', name: 'Đồng Tâm', buckets: buckets(100, 0, 0, 0, 50) },
  ];

  it('keeps the server’s order until a column is picked', () => {
    expect(sortAgingRows(rows, null).map((r) => r.id)).toEqual(['1', '2', '3']);
  });

  it('sorts by a bucket or the total, either way', () => {
    expect(sortAgingRows(rows, { field: 'over90', direction: 'DESC' }).map((r) => r.id)).toEqual(['1', '3', '2']);
    expect(sortAgingRows(rows, { field: 'total', direction: 'ASC' }).map((r) => r.id)).toEqual(['3', '1', '2']);
  });

  it('sorts names as Vietnamese', () => {
    expect(sortAgingRows(rows, { field: 'name', direction: 'ASC' }).map((r) => r.name)).toEqual(['Đồng Tâm', 'KCC Vina', 'YPE Vina']);
  });
});
