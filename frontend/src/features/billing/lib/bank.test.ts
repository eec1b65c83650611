import { describe, expect, it } from 'vitest';
import { exactMatchCount, isBankLineStatus, isPending, newBankLines } from './bank';

describe('bank lines', () => {
  it('waits for a decision on unmatched and suggested lines only', () => {
    expect(isPending('UNMATCHED')).toBe(true);
    expect(isPending('SUGGESTED')).toBe(true);
    expect(isPending('CONFIRMED')).toBe(false);
    expect(isPending('IGNORED')).toBe(false);
  });

  it('imports the rows read less those imported before', () => {
    expect(newBankLines({ rows: 12, duplicates: 5 })).toBe(7);
    expect(newBankLines({ rows: 3, duplicates: 3 })).toBe(0);
  });

  it('reads a status from the address only when it is one', () => {
    expect(isBankLineStatus('SUGGESTED')).toBe(true);
    expect(isBankLineStatus('suggested')).toBe(false);
    expect(isBankLineStatus(null)).toBe(false);
  });

  it('counts for "confirm all" only suggested lines whose amount is exactly what they name', () => {
    expect(
      exactMatchCount([
        { status: 'SUGGESTED', match: 'NUMBER_AND_AMOUNT' },
        { status: 'SUGGESTED', match: 'INVOICES_AND_AMOUNT' },
        { status: 'SUGGESTED', match: 'FIRM_BALANCE' },
        { status: 'SUGGESTED', match: 'NUMBER' },
        { status: 'SUGGESTED', match: 'AMOUNT' },
        { status: 'CONFIRMED', match: 'NUMBER_AND_AMOUNT' },
        { status: 'UNMATCHED', match: null },
      ]),
    ).toBe(3);
  });
});
