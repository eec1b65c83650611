import { describe, expect, it } from 'vitest';
import { SubmissionKey, chosenAllocations, emptyPaymentValues, newIdempotencyKey, oldestFirst, toPaymentFields } from './payment-fields';

const values = {
  ...emptyPaymentValues('2026-11-20'),
  firmId: 'RmlybTox',
  amount: 5_000_000,
  bankReference: '  FT26324001  ',
};

describe('toPaymentFields', () => {
  it('sends no allocations when none was typed, so the server settles the oldest first', () => {
    expect(toPaymentFields(values, ['A', 'B'], 'key-1')).toEqual({
      firmId: 'RmlybTox',
      amount: 5_000_000,
      receivedOn: '2026-11-20',
      method: 'BANK_TRANSFER',
      bankReference: 'FT26324001',
      idempotencyKey: 'key-1',
      allocations: null,
    });
  });

  it('sends the typed allocations in the order of the open invoices, skipping empty and zero amounts', () => {
    const typed = { ...values, allocations: { B: 3_000_000, A: '', C: 0, D: 1_200_000 } };
    expect(toPaymentFields(typed, ['D', 'A', 'B', 'C'], 'key-1').allocations).toEqual([
      { invoiceId: 'D', amount: 1_200_000 },
      { invoiceId: 'B', amount: 3_000_000 },
    ]);
  });

  it('ignores amounts typed against invoices that are no longer listed', () => {
    expect(chosenAllocations({ allocations: { GONE: 100 } }, ['A'])).toBeNull();
  });

  it('sends an empty bank reference as null', () => {
    expect(toPaymentFields({ ...values, bankReference: '   ' }, [], 'k').bankReference).toBeNull();
  });
});

describe('oldestFirst', () => {
  it('spreads an amount over the open invoices in order, each up to what is open', () => {
    const open = [
      { id: 'A', open: 1_200_000 },
      { id: 'B', open: 3_000_000 },
      { id: 'C', open: 500_000 },
    ];
    expect([...oldestFirst(2_000_000, open)]).toEqual([
      ['A', 1_200_000],
      ['B', 800_000],
    ]);
    expect([...oldestFirst(10_000_000, open)].map(([, amount]) => amount)).toEqual([1_200_000, 3_000_000, 500_000]);
    expect(oldestFirst(0, open).size).toBe(0);
  });
});

describe('SubmissionKey', () => {
  it('keeps one key across the attempts of a submission and takes a new one after it settles', () => {
    let n = 0;
    const key = new SubmissionKey(() => `key-${++n}`);
    expect(key.take()).toBe('key-1');
    expect(key.take()).toBe('key-1');
    key.settle();
    expect(key.take()).toBe('key-2');
  });

  it('generates UUIDs', () => {
    const a = newIdempotencyKey();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newIdempotencyKey()).not.toBe(a);
  });
});
