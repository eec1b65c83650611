import { describe, expect, it } from 'vitest';
import { defaultStatementRange, isValidRange, rangeFromSearch, statementFileName } from './statement';

describe('the statement period', () => {
  it('runs from the 1st of January to today by default', () => {
    expect(defaultStatementRange('2026-11-27')).toEqual({ from: '2026-01-01', to: '2026-11-27' });
  });

  it('takes the dates in the address, and the default for a missing or malformed one', () => {
    expect(rangeFromSearch(new URLSearchParams('from=2025-07-01&to=2025-12-31'), '2026-11-27')).toEqual({
      from: '2025-07-01',
      to: '2025-12-31',
    });
    expect(rangeFromSearch(new URLSearchParams('from=2026-02-30&to=yesterday'), '2026-11-27')).toEqual({
      from: '2026-01-01',
      to: '2026-11-27',
    });
  });

  it('refuses a period that ends before it starts', () => {
    expect(isValidRange({ from: '2026-01-01', to: '2026-01-01' })).toBe(true);
    expect(isValidRange({ from: '2026-02-01', to: '2026-01-31' })).toBe(false);
  });

  it('names the CSV after the firm’s tax code and the period when the server does not', () => {
    expect(statementFileName('2500100006-001', { from: '2026-01-01', to: '2026-11-27' })).toBe(
      'sao-ke-2500100006-001-2026-01-01-2026-11-27.csv',
    );
    expect(statementFileName('', { from: '2026-01-01', to: '2026-01-31' })).toBe('sao-ke-firm-2026-01-01-2026-01-31.csv');
  });
});
