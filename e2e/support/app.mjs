// What the tests know about the ClusterKeep app: demo accounts, texts, and the steps a
// person takes (sign in, sign out).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_DIR } from './config.mjs';
import { expectAbsent, expectPath, expectVisible } from './expect.mjs';

/** The app's texts, read from its own translation files so the tests follow them. */
export const TEXTS = {
  vi: JSON.parse(readFileSync(join(REPO_DIR, 'frontend', 'src', 'i18n', 'vi.json'), 'utf8')),
  en: JSON.parse(readFileSync(join(REPO_DIR, 'frontend', 'src', 'i18n', 'en.json'), 'utf8')),
};

/** Every page a navbar can link to; a link's test id is `nav-<name>`. */
export const NAV_PAGES = [
  'overview',
  'province',
  'clusters',
  'plots',
  'firms',
  'leases',
  'my-leases',
  'maintenance',
  'assets',
  'upkeep-schedules',
  'upkeep-calendar',
  'my-requests',
  'invoices',
  'billing-run',
  'payments',
  'bank',
  'receivables',
  'maintenance-fund',
  'fund-statement',
  'support-programmes',
  'reminders',
  'billing-settings',
  'reminder-settings',
  'my-invoices',
  'my-statement',
  'cluster-fund',
  'users',
  'mail',
  'tenants',
  'profile',
];

/** The navbar each role must show (every other page must be absent). */
export const NAV_BY_ROLE = {
  PLATFORM_ADMIN: ['tenants', 'profile'],
  OPERATOR_ADMIN: [
    'overview', 'clusters', 'plots', 'firms', 'leases', 'maintenance', 'assets', 'upkeep-schedules', 'upkeep-calendar',
    'invoices', 'billing-run', 'payments', 'bank', 'receivables', 'maintenance-fund', 'fund-statement', 'support-programmes',
    'reminders', 'billing-settings', 'reminder-settings', 'users', 'mail', 'profile',
  ],
  OPERATOR_STAFF: [
    'overview', 'clusters', 'plots', 'firms', 'leases', 'maintenance', 'assets', 'upkeep-schedules', 'upkeep-calendar',
    'invoices', 'billing-run', 'payments', 'bank', 'receivables', 'maintenance-fund', 'fund-statement', 'support-programmes',
    'reminders', 'profile',
  ],
  ENTERPRISE: ['overview', 'my-requests', 'my-leases', 'my-invoices', 'my-statement', 'cluster-fund', 'profile'],
  AUTHORITY_VIEWER: ['province', 'profile'],
};

/** The demo accounts `serve` creates in an empty embedded database. */
export const DEMO_ACCOUNTS = [
  { email: 'admin@platform.example', role: 'PLATFORM_ADMIN' },
  { email: 'ops@dongsoc.example', role: 'OPERATOR_ADMIN' },
  { email: 'staff@dongsoc.example', role: 'OPERATOR_STAFF' },
  { email: 'ops@yenlac.example', role: 'OPERATOR_ADMIN' },
  { email: 'accounting@kcc.example', role: 'ENTERPRISE' },
  { email: 'viewer@sct.example', role: 'AUTHORITY_VIEWER' },
];

/** Opens the sign-in page and submits `email` and `password`. */
export async function submitSignIn(page, baseUrl, email, password) {
  await page.goto(`${baseUrl}/login`);
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}

/** The navbar shows exactly the links of `present`, by test id. */
export async function expectNavigation(page, present) {
  for (const name of present) await expectVisible(page.getByTestId(`nav-${name}`), `the nav link nav-${name}`);
  for (const name of NAV_PAGES.filter((name) => !present.includes(name))) {
    await expectAbsent(page.getByTestId(`nav-${name}`), `nav link nav-${name}`);
  }
}

/** Signs out through the account menu and lands on the sign-in page. */
export async function signOut(page) {
  await page.getByTestId('user-menu').click();
  await page.getByTestId('signout').click();
  await expectPath(page, '/login');
  await expectVisible(page.getByTestId('login-email'), 'the sign-in form');
  await expectAbsent(page.getByTestId('user-menu'), 'account menu after signing out');
}

/**
 * Picks an option of a Mantine Select or MultiSelect: opens it by clicking `input` (the field
 * that carries the test id), types `search` first if given (searchable fields), and clicks the
 * option whose accessible name is `name` (a string matches exactly, a RegExp as given).
 */
export async function pickOption(page, input, name, { search } = {}) {
  await input.click();
  if (search !== undefined) await input.fill(search);
  const option = page.getByRole('option', typeof name === 'string' ? { name, exact: true } : { name });
  await expectVisible(option, `the option ${name}`);
  await option.click();
}

/**
 * Types a date into one of the app's date fields as a person would: dd/mm/yyyy (the field shows
 * and reads dates that way in both languages), then Tab to move on, which closes its calendar
 * (Escape would also close the dialog the field sits in). `iso` is the
 * date as `YYYY-MM-DD`.
 */
export async function typeDate(input, iso) {
  const [year, month, day] = iso.split('-');
  // Focus, not click: a dropdown left open by the field before (a multi-select keeps its list
  // open) may lie over this one, and focusing moves on from it as Tab would.
  await input.focus();
  await input.clear();
  await input.pressSequentially(`${day}/${month}/${year}`);
  await input.press('Tab');
}
