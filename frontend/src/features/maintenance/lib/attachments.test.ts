import { describe, expect, it } from 'vitest';
import { checkFiles, fitWithin, MAX_FILES } from './attachments';

const file = (name: string, type: string, size = 10) => new File([new Uint8Array(size)], name, { type });

describe('attachments', () => {
  it('shrinks to the longest side and never enlarges', () => {
    expect(fitWithin(4032, 3024, 1600)).toEqual({ width: 1600, height: 1200 });
    expect(fitWithin(3024, 4032, 1600)).toEqual({ width: 1200, height: 1600 });
    expect(fitWithin(800, 600, 1600)).toEqual({ width: 800, height: 600 });
  });

  it('names too many files, a non-photo and a too-large file', () => {
    const many = Array.from({ length: MAX_FILES + 1 }, (_, i) => file(`p${i}.jpg`, 'image/jpeg'));
    expect(checkFiles(many)).toEqual([{ kind: 'tooMany' }]);
    expect(checkFiles([file('setup.exe', 'application/x-msdownload'), file('a.pdf', 'application/pdf')])).toEqual([
      { kind: 'notAllowed', name: 'setup.exe' },
    ]);
    expect(checkFiles([file('big.pdf', 'application/pdf', 10 * 1024 * 1024 + 1)])).toEqual([{ kind: 'tooLarge', name: 'big.pdf' }]);
  });
});
