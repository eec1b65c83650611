import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UI_DIR } from '../support/config.mjs';
import { TEXTS } from '../support/app.mjs';
import { eventually, expectText, expectVisible } from '../support/expect.mjs';
import { e2eSuite } from '../support/harness.mjs';

const { e2eTest } = e2eSuite(import.meta.url);
const { vi, en } = TEXTS;

e2eTest('the language switcher turns the sign-in page to English and back', async ({ baseUrl, newPage }) => {
  const page = await newPage();
  const htmlLang = () => page.locator('html').getAttribute('lang');
  const heading = (text) => page.getByRole('heading', { name: text, exact: true });

  await page.goto(`${baseUrl}/login`);
  await expectVisible(heading(vi.auth.login.title), 'the Vietnamese heading');
  await expectText(page.getByTestId('login-submit'), vi.auth.login.submit, 'the sign-in button');
  assert.equal(await htmlLang(), 'vi');

  await page.getByTestId('language-en').click();
  await expectVisible(heading(en.auth.login.title), 'the English heading');
  await expectText(page.getByTestId('login-submit'), en.auth.login.submit, 'the sign-in button');
  await expectVisible(page.getByText(en.auth.login.forgotPassword, { exact: true }), 'the English “forgot password” link');
  await eventually(async () => (await htmlLang()) === 'en', 'the document language becomes en');

  // The choice is remembered in this browser.
  await page.reload();
  await expectVisible(heading(en.auth.login.title), 'the English heading after a reload');

  await page.getByTestId('language-vi').click();
  await expectVisible(heading(vi.auth.login.title), 'the Vietnamese heading again');
  await expectText(page.getByTestId('login-submit'), vi.auth.login.submit, 'the sign-in button');
  await eventually(async () => (await htmlLang()) === 'vi', 'the document language becomes vi');
});

e2eTest('the server answers client routes such as /invite with the app', async ({ baseUrl }) => {
  const index = readFileSync(join(UI_DIR, 'index.html'), 'utf8');
  for (const path of ['/invite?token=x', '/login', '/users', '/reset-password?token=x']) {
    const response = await fetch(`${baseUrl}${path}`);
    assert.equal(response.status, 200, `GET ${path}`);
    assert.match(response.headers.get('content-type') ?? '', /^text\/html/, `GET ${path} content-type`);
    assert.equal(await response.text(), index, `GET ${path} is the app's index.html`);
  }
  // The API stays the API.
  const graphql = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ __typename }' }),
  });
  assert.equal(graphql.status, 200);
  assert.deepEqual(await graphql.json(), { data: { __typename: 'Query' } });
});
