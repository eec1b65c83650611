import { DEMO_PASSWORD } from '../support/config.mjs';
import { DEMO_ACCOUNTS, NAV_BY_ROLE, TEXTS, expectNavigation, signOut, submitSignIn } from '../support/app.mjs';
import { expectPath, expectText, expectVisible } from '../support/expect.mjs';
import { e2eSuite } from '../support/harness.mjs';

const { e2eTest } = e2eSuite(import.meta.url);

e2eTest('each demo role signs in and sees its navigation', async ({ t, baseUrl, newPage, screenshot }) => {
  for (const account of DEMO_ACCOUNTS) {
    await t.test(`${account.email} (${account.role})`, async () => {
      const page = await newPage(account.email);
      const nav = NAV_BY_ROLE[account.role];
      await submitSignIn(page, baseUrl, account.email, DEMO_PASSWORD);
      // Each role lands on its first page.
      await expectPath(page, `/${nav[0]}`);
      await expectNavigation(page, nav);
      await screenshot(page, `${account.email} signed in`);
      await signOut(page);
    });
  }
});

e2eTest('a wrong password shows an error and stays on the sign-in page', async ({ baseUrl, newPage }) => {
  const page = await newPage();
  await submitSignIn(page, baseUrl, 'staff@dongsoc.example', 'not-the-password');
  await expectText(page.getByTestId('login-error'), TEXTS.vi.auth.login.wrongCredentials, 'the sign-in error');
  await expectPath(page, '/login');
  await expectVisible(page.getByTestId('login-submit'), 'the sign-in button');
  await expectVisible(page.getByTestId('login-password'), 'the password field');
});
