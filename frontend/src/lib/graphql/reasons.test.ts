import { describe, expect, it } from 'vitest';
import { parseReason, reasonText } from './reasons';

describe('reasonText', () => {
  it('render in the reader language with its dates and numbers', () => {
    const reason = {
      code: 'plot_leased',
      params: [
        { name: 'plot', kind: 'TEXT' as const, value: 'CN-002' },
        { name: 'from', kind: 'DATE' as const, value: '2016-02-01' },
        { name: 'to', kind: 'DATE' as const, value: '2066-01-31' },
      ],
    };
    const viText = reasonText(reason, 'fallback', 'vi');
    expect(viText).toContain('CN-002');
    expect(viText).toContain('01/02/2016');
    expect(viText).toContain('31/01/2066');
    expect(viText).not.toContain('2016-02-01');
    expect(reasonText(reason, 'fallback', 'en')).toContain('CN-002');
    const rows = { code: 'csv_too_many_rows', params: [{ name: 'max_rows', kind: 'NUMBER' as const, value: '10000' }] };
    expect(reasonText(rows, 'fallback', 'vi')).toContain('10.000');
    expect(reasonText(rows, 'fallback', 'en')).toContain('10,000');
  });

  it('fall back to the server sentence for a code this build does not know', () => {
    expect(reasonText({ code: 'no_such_code_yet', params: [] }, 'the server said so', 'vi')).toBe('the server said so');
    expect(reasonText(null, 'plain', 'en')).toBe('plain');
  });

  it('reads a reason from error extensions and drops what is not one', () => {
    expect(parseReason({ code: 'x', params: [{ name: 'n', kind: 'NUMBER', value: '3' }, { name: 'bad' }] })).toEqual({
      code: 'x',
      params: [{ name: 'n', kind: 'NUMBER', value: '3' }],
    });
    expect(parseReason('x')).toBeNull();
    expect(parseReason({ params: [] })).toBeNull();
  });
});
