import { describe, expect, it } from 'vitest';
import { filterFromSearch, invoicesListPath } from './invoice-filter';

describe('the invoice filter in the address', () => {
  it('links a billing run to its period and cluster', () => {
    expect(invoicesListPath({ periodFrom: '2026-10-01', periodTo: '2026-12-31', clusterId: 'Q2x1c3Rlcjox' })).toBe(
      '/invoices?cluster=Q2x1c3Rlcjox&from=2026-10-01&to=2026-12-31',
    );
    expect(invoicesListPath({})).toBe('/invoices');
  });

  it('reads back what it wrote', () => {
    const path = invoicesListPath({ status: 'OVERDUE', periodFrom: '2026-10-01', search: 'KCC' });
    expect(filterFromSearch(new URLSearchParams(path.split('?')[1]))).toEqual({
      status: 'OVERDUE',
      clusterId: null,
      periodFrom: '2026-10-01',
      periodTo: null,
      search: 'KCC',
    });
  });

  it('ignores what the address holds that is not a filter', () => {
    expect(filterFromSearch(new URLSearchParams('status=LOST&from=yesterday&to=2026-02-30&q=KCC'))).toEqual({
      status: null,
      clusterId: null,
      periodFrom: null,
      periodTo: null,
      search: 'KCC',
    });
  });
});
