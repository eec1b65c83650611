import { describe, expect, it } from 'vitest';
import { isValidTaxCode, taxCodeCheckDigit } from './tax-code';

describe('tax codes', () => {
  it('accepts enterprise, branch and personal-identification codes with a right check digit', () => {
    for (const code of ['0100109106', ' 0100109106 ', '0100109106-001', '2500100006', '026090001234']) {
      expect(isValidTaxCode(code), code).toBe(true);
    }
  });

  it('refuses a wrong check digit, a bad shape and a personal ID without a province code', () => {
    for (const code of ['0100109107', '2500100001', '0100109106-000', '0100109106-01', '12345', '000090001234', '']) {
      expect(isValidTaxCode(code), code).toBe(false);
    }
  });

  it('computes the check digit as the server does', () => {
    expect(taxCodeCheckDigit('010010910')).toBe(6);
    expect(taxCodeCheckDigit('000000000')).toBeNull();
  });
});
