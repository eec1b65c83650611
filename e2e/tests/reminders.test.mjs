import assert from 'node:assert/strict';
import { DEMO_PASSWORD } from '../support/config.mjs';
import { TEXTS, submitSignIn } from '../support/app.mjs';
import { eventually, expectPath, expectText, expectVisible } from '../support/expect.mjs';
import { e2eSuite } from '../support/harness.mjs';

// A reminder sweep every three seconds (the product's is hourly), sent at any time of day.
const { e2eTest } = e2eSuite(import.meta.url, {
  env: { CLUSTERKEEP_REMINDERS_CRON: '*/3 * * * * *', CLUSTERKEEP_REMINDER_SEND_WINDOW: 'always' },
});
const vi = TEXTS.vi;
const OPERATOR = 'ops@dongsoc.example';

/** Steps the default ladder (1, 7, 15, 30, then every 30 days) ever sends. */
const DEFAULT_STEP = (days) => days === 1 || days === 7 || days === 15 || (days >= 30 && days % 30 === 0);

/** The reminders the forecast headline counts. */
async function forecastCount(page) {
  const headline = page.getByTestId('forecast-headline');
  await expectVisible(headline, 'the next sweep’s forecast');
  const match = /: (\d+) /.exec(await headline.innerText());
  assert.ok(match, 'the forecast says how many reminders');
  return Number(match[1]);
}

e2eTest(
  'the operator edits the overdue ladder, previews the email, sees the forecast grow, and the next sweep’s reminder reaches the firm',
  async ({ baseUrl, smtp, newPage, screenshot }) => {
    const page = await newPage('operator');
    await submitSignIn(page, baseUrl, OPERATOR, DEMO_PASSWORD);
    await expectPath(page, '/overview');

    await page.getByTestId('nav-reminders').click();
    await expectPath(page, '/reminders');
    const before = await forecastCount(page);

    // Every day overdue from the second: a step for each overdue invoice, every day.
    await page.getByTestId('nav-reminder-settings').click();
    await expectPath(page, '/reminder-settings');
    await page.getByTestId('ladder-days').fill('2');
    await page.getByTestId('ladder-repeat').fill('1');
    await expectText(page.getByTestId('ladder-summary'), '+2', 'the ladder as the firm will get it');
    // The email as a real overdue invoice's firm would read it.
    await expectVisible(page.getByTestId('preview-subject'), 'the preview of the email');
    await expectText(page.getByTestId('preview-body'), 'Kính gửi', 'the preview’s opening');
    const sentBefore = smtp.messages.length;
    await page.getByTestId('reminders-save').click();
    await expectText(page.locator('body'), vi.reminders.settings.saved, 'the saved notice');
    await screenshot(page, 'settings');

    await page.getByTestId('nav-reminders').click();
    await expectPath(page, '/reminders');
    await eventually(async () => (await forecastCount(page)) > before, 'the forecast counts the new daily steps', {
      timeoutMs: 10_000,
    });

    // The sweep sends a step only the new ladder has, to the firm, through the SMTP server.
    const mail = await eventually(
      () =>
        smtp.messages.slice(sentBefore).find((m) => {
          const days = /quá hạn (\d+) ngày/.exec(m.subject ?? '');
          return days && !DEFAULT_STEP(Number(days[1]));
        }),
      'an overdue reminder of the new ladder arrives',
      { timeoutMs: 30_000 },
    );
    assert.match(mail.text ?? '', /Tổng số tiền cần thanh toán/);
    await page.reload();
    await expectText(page.getByTestId('reminders-table'), vi.reminders.kinds.INVOICE_OVERDUE, 'the log lists it');
  },
);
