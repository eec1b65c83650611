import { describe, expect, it } from 'vitest';
import { crc16, readVietQr } from './vietqr';

// The worked example of the product's domain brief (NAPAS VietQR, EMVCo merchant-presented).
const EXAMPLE =
  '00020101021238570010A00000072701270006970436011300110012345670208QRIBFTTA5303704540712000005802VN62250821TT HD C26TAA 00000123630425D4';

describe('VietQR payloads', () => {
  it('computes CRC-16/CCITT-FALSE', () => {
    expect(crc16('123456789')).toBe('29B1');
  });

  it('reads the bank, account, amount and purpose of a payload', () => {
    expect(readVietQr(EXAMPLE)).toEqual({
      bankBin: '970436',
      account: '0011001234567',
      amount: 1_200_000,
      purpose: 'TT HD C26TAA 00000123',
    });
  });

  it('refuses a payload whose checksum does not match', () => {
    expect(readVietQr(EXAMPLE.replace('1200000', '9200000'))).toBeNull();
    expect(readVietQr('not a payload')).toBeNull();
  });
});
