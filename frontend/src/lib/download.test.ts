import { describe, expect, it } from 'vitest';
import { fileNameFromDisposition } from './download';

describe('fileNameFromDisposition', () => {
  it('reads a quoted or bare file name', () => {
    expect(fileNameFromDisposition('attachment; filename="plots-2026-05-01.csv"')).toBe('plots-2026-05-01.csv');
    expect(fileNameFromDisposition('attachment; filename=firms.csv')).toBe('firms.csv');
  });

  it('prefers the UTF-8 name', () => {
    expect(fileNameFromDisposition("attachment; filename=\"lo-dat.csv\"; filename*=UTF-8''l%C3%B4-%C4%91%E1%BA%A5t.csv")).toBe(
      'lô-đất.csv',
    );
  });

  it('is null without a name', () => {
    expect(fileNameFromDisposition(null)).toBeNull();
    expect(fileNameFromDisposition('attachment')).toBeNull();
  });
});
