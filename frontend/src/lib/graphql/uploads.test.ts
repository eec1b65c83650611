import { describe, expect, it } from 'vitest';
import { extractFiles, multipartBody } from './uploads';

describe('GraphQL multipart uploads', () => {
  it('takes files out of the variables and maps each to its path', () => {
    const photo = new File(['png'], 'cong.png', { type: 'image/png' });
    const pdf = new File(['%PDF'], 'bien-ban.pdf', { type: 'application/pdf' });
    const extracted = extractFiles({ input: { title: 'Cống', files: [photo, pdf] } });
    expect(extracted.variables).toEqual({ input: { title: 'Cống', files: [null, null] } });
    expect([...extracted.files.values()]).toEqual([['variables.input.files.0'], ['variables.input.files.1']]);

    const form = multipartBody({ query: 'mutation M { x }', operationName: 'M' }, extracted);
    expect(JSON.parse(form.get('operations') as string)).toEqual({
      query: 'mutation M { x }',
      operationName: 'M',
      variables: { input: { title: 'Cống', files: [null, null] } },
    });
    expect(JSON.parse(form.get('map') as string)).toEqual({ 0: ['variables.input.files.0'], 1: ['variables.input.files.1'] });
    expect((form.get('1') as File).name).toBe('bien-ban.pdf');
  });

  it('leaves variables without files as they are', () => {
    const extracted = extractFiles({ input: { title: 'x', urgent: false, plotId: null } });
    expect(extracted.files.size).toBe(0);
    expect(extracted.variables).toEqual({ input: { title: 'x', urgent: false, plotId: null } });
  });
});
