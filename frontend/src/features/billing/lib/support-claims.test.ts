import { describe, expect, it } from 'vitest';
import { daysCovered, groupClaimsByFirm, supportClaimsFileName, supportClaimsPath } from './support-claims';

const A = { firmId: 'RmlybTox', firmName: 'Công ty TNHH An Phát', firmTaxCode: '2500400017' };
const B = { firmId: 'RmlybToy', firmName: 'Công ty TNHH Bình Minh', firmTaxCode: '2500400024' };

const claim = (firm: typeof A, invoiceNumber: string, rent: number, amount: number) => ({ ...firm, invoiceNumber, rent, amount });

describe('the claim report by firm', () => {
  it('groups each firm’s claims in the order of the firms, with subtotals of its claims', () => {
    const claims = [claim(A, 'C26TYL 00000001', 1_000_000, 100_000), claim(A, 'C26TYL 00000007', 1_000_005, 100_001), claim(B, 'C26TYL 00000002', 3_000_000, 300_000)];
    const groups = groupClaimsByFirm(claims, [A, B]);

    expect(groups.map((g) => [g.firmName, g.claims.map((c) => c.invoiceNumber), g.rent, g.amount])).toEqual([
      ['Công ty TNHH An Phát', ['C26TYL 00000001', 'C26TYL 00000007'], 2_000_005, 200_001],
      ['Công ty TNHH Bình Minh', ['C26TYL 00000002'], 3_000_000, 300_000],
    ]);
  });

  it('keeps a claim whose firm the totals do not name, and leaves out a firm without claims', () => {
    const groups = groupClaimsByFirm([claim(B, 'C26TYL 00000002', 3_000_000, 300_000)], [A]);

    expect(groups.map((g) => g.firmId)).toEqual([B.firmId]);
  });

  it('has no firms without claims', () => {
    expect(groupClaimsByFirm([], [])).toEqual([]);
  });
});

describe('the days a claim covers', () => {
  it('counts both ends, across a month and a leap day', () => {
    expect(daysCovered('2026-01-01', '2026-01-31')).toBe(31);
    expect(daysCovered('2028-02-01', '2028-03-01')).toBe(30);
    expect(daysCovered('2026-07-15', '2026-07-15')).toBe(1);
  });
});

describe('the report’s downloads', () => {
  const range = { from: '2026-01-01', to: '2026-06-30' };

  it('asks for the programme and the range, and for the PDF in the reader’s language', () => {
    expect(supportClaimsPath('csv', 'U3VwcG9ydA==', range, 'vi')).toBe(
      '/export/support-claims.csv?programme=U3VwcG9ydA%3D%3D&from=2026-01-01&to=2026-06-30',
    );
    expect(supportClaimsPath('pdf', 'U3VwcG9ydA==', range, 'en')).toBe(
      '/documents/support-claims.pdf?programme=U3VwcG9ydA%3D%3D&from=2026-01-01&to=2026-06-30&lang=en',
    );
  });

  it('refuses a range that is not two dates', () => {
    expect(() => supportClaimsPath('pdf', 'x', { from: '2026-02-30', to: '2026-03-01' }, 'vi')).toThrow(RangeError);
  });

  it('names the file after the range when the server does not', () => {
    expect(supportClaimsFileName(range, 'pdf')).toBe('ho-tro-tien-thue-2026-01-01-2026-06-30.pdf');
  });
});
