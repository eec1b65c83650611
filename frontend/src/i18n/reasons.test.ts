import { describe, expect, it } from 'vitest';
import reasonsEn from './reasons.en.json';
import reasonsVi from './reasons.vi.json';
import serverCodes from './server-codes.json';

// server-codes.json is written by the backend's reasons test from every `reason!` in the
// server's source: each code with its English template.
const templates: Record<string, string> = serverCodes;
const vi: Record<string, string> = reasonsVi;
const en: Record<string, string> = reasonsEn;

const serverPlaceholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
const unique = (names: (string | undefined)[]) => [...new Set(names)];

describe('the server reasons', () => {
  it('each have a Vietnamese and an English text, and no text is left without a code', () => {
    const codes = Object.keys(templates).sort();
    expect(Object.keys(vi).sort()).toEqual(codes);
    expect(Object.keys(en).sort()).toEqual(codes);
  });

  it('name the same parameters as the server template in both languages', () => {
    for (const [code, template] of Object.entries(templates)) {
      const wanted = unique(serverPlaceholders(template));
      expect(unique(placeholders(vi[code] ?? '')), `vi ${code}`).toEqual(wanted);
      expect(unique(placeholders(en[code] ?? '')), `en ${code}`).toEqual(wanted);
      expect((vi[code] ?? '').trim(), code).not.toBe('');
    }
  });
});
