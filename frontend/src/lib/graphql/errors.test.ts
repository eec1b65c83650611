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
      { field: 'email', message: 'not an email' },
      { field: 'firmId', message: 'required for enterprise users' },
      { field: 'password', message: 'too short' },
    ]);
  });

  it('treats an unknown or missing code as INTERNAL', () => {
    expect(apiErrorFromGraphqlErrors([{ message: 'boom' }]).code).toBe('INTERNAL');
    expect(apiErrorFromGraphqlErrors([{ message: 'x', extensions: { code: 'TEAPOT' } }]).code).toBe('INTERNAL');
  });
});
