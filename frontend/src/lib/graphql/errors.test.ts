import { describe, expect, it } from 'vitest';
import { apiErrorFromGraphqlErrors } from './errors';

describe('apiErrorFromGraphqlErrors', () => {
  it('takes the code and the per-field messages of a VALIDATION error', () => {
    const error = apiErrorFromGraphqlErrors([
      {
        message: 'invalid input',
        extensions: {
          code: 'VALIDATION',
          fields: [
            { path: 'input.email', message: 'not an email' },
            { path: ['input', 'firmId'], message: 'required for enterprise users' },
            { path: 'password', message: 'too short' },
          ],
        },
      },
    ]);
    expect(error.code).toBe('VALIDATION');
    expect(error.fields).toEqual([
      { field: 'email', path: 'input.email', message: 'not an email', reason: null },
      { field: 'firmId', path: 'input.firmId', message: 'required for enterprise users', reason: null },
      { field: 'password', path: 'password', message: 'too short', reason: null },
    ]);
  });

  it('says a field problem and a conflict in the reader language when the server gives their reason', async () => {
    const { i18n } = await import('@/i18n/setup');
    await i18n.changeLanguage('vi');
    const invalid = apiErrorFromGraphqlErrors([
      {
        message: 'invalid input',
        extensions: {
          code: 'VALIDATION',
          reason: { code: 'amount_negative', params: [] },
          fields: [
            {
              path: 'input.amount',
              message: 'the amount cannot be negative',
              reason: { code: 'amount_negative', params: [] },
            },
          ],
        },
      },
    ]);
    expect(invalid.fields[0]?.message).not.toBe('the amount cannot be negative');
    expect(invalid.fields[0]?.reason?.code).toBe('amount_negative');
    const conflict = apiErrorFromGraphqlErrors([
      {
        message: 'plot CN-002 is leased from 2016-02-01 to 2066-01-31',
        extensions: {
          code: 'CONFLICT',
          reason: {
            code: 'plot_leased',
            params: [
              { name: 'plot', kind: 'TEXT', value: 'CN-002' },
              { name: 'from', kind: 'DATE', value: '2016-02-01' },
              { name: 'to', kind: 'DATE', value: '2066-01-31' },
            ],
          },
        },
      },
    ]);
    expect(conflict.message).toBe('Lô CN-002 đã được cho thuê từ 01/02/2016 đến 31/01/2066');
  });

  it('treats an unknown or missing code as INTERNAL', () => {
    expect(apiErrorFromGraphqlErrors([{ message: 'boom' }]).code).toBe('INTERNAL');
    expect(apiErrorFromGraphqlErrors([{ message: 'x', extensions: { code: 'TEAPOT' } }]).code).toBe('INTERNAL');
  });
});
