import { describe, expect, it } from 'vitest';
import { prefilledAmount } from './InvoicePaymentButton';

describe('recording a payment from an invoice', () => {
  it('fills in all that is open, half of it rounded down to the đồng, or nothing to type', () => {
    expect(prefilledAmount(12_345_001, 'WHOLE')).toBe(12_345_001);
    expect(prefilledAmount(12_345_001, 'HALF')).toBe(6_172_500);
    expect(prefilledAmount(12_345_001, 'OTHER')).toBe('');
  });
});
