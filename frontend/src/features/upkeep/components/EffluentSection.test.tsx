import { describe, expect, it } from 'vitest';
import { limitWords, permitInForce } from './EffluentSection';

const n = (v: number) => String(v);

describe('a discharge limit in words', () => {
  it('reads as a range, a maximum or a minimum, with its unit', () => {
    expect(limitWords({ min: 6, max: 9, unit: null }, n)).toBe('6–9');
    expect(limitWords({ min: null, max: 75, unit: 'mg/l' }, n)).toBe('≤ 75 mg/l');
    expect(limitWords({ min: 2, max: null, unit: 'mg/l' }, n)).toBe('≥ 2 mg/l');
  });
});

describe('the permit in force', () => {
  it('is the latest discharge permit issued by the day and not expired before it', () => {
    const old = { id: 'a', kind: 'DISCHARGE' as const, issuedOn: '2016-01-01', expiresOn: '2026-01-01' };
    const renewed = { id: 'b', kind: 'DISCHARGE' as const, issuedOn: '2025-12-01', expiresOn: null };
    const fire = { id: 'c', kind: 'FIRE_SAFETY' as const, issuedOn: '2026-01-01', expiresOn: null };
    const permits = [old, renewed, fire];
    expect(permitInForce(permits, '2025-06-01')?.id).toBe('a');
    expect(permitInForce(permits, '2026-06-01')?.id).toBe('b');
    expect(permitInForce(permits, '2015-06-01')).toBeNull();
  });
});
