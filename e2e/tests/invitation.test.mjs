import assert from 'node:assert/strict';
import { DEMO_PASSWORD } from '../support/config.mjs';
import { NAV_BY_ROLE, TEXTS, expectNavigation, signOut, submitSignIn } from '../support/app.mjs';
import { expectPath, expectText, expectVisible } from '../support/expect.mjs';
import { e2eSuite } from '../support/harness.mjs';

const { e2eTest } = e2eSuite(import.meta.url);
const vi = TEXTS.vi;

/** An attribute's value as a browser reads it (minijinja escapes `/` as `&#x2f;`). */
function decodeHtml(text) {
  const named = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, body) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return String.fromCodePoint(code);
    }
    return named[body.toLowerCase()] ?? entity;
  });
}

e2eTest('an operator invites a user, the email arrives, and its link sets a password', async ({ baseUrl, smtp, newPage }) => {
  const invitee = `e2e-${Date.now()}@example.com`;
  const password = 'Kỹ-sư-vận-hành-2026!';

  // The operator admin invites a colleague as staff through the form.
  const admin = await newPage('operator admin');
  await submitSignIn(admin, baseUrl, 'ops@dongsoc.example', DEMO_PASSWORD);
  await admin.getByTestId('nav-users').click();
  await expectPath(admin, '/users');
  await admin.getByTestId('invite-email').fill(invitee);
  await admin.getByTestId('invite-role').selectOption('OPERATOR_STAFF');
  await admin.getByTestId('invite-submit').click();
  const row = admin.getByTestId('invitations-table').locator('tbody tr', { hasText: invitee });
  await expectText(row.getByTestId('invitation-status'), vi.invitations.status.PENDING, 'the new invitation’s status');

  // The server delivers the invitation to our SMTP server; its text body carries the link.
  const mail = await smtp.waitForMailTo(invitee, { timeoutMs: 20_000 });
  const link = mail.text?.match(/https?:\/\/\S+\/invite\?token=[^\s"'<>]+/)?.[0];
  assert.ok(link, `no invitation link in the email's text:\n${mail.text}`);
  assert.ok(link.startsWith(`${baseUrl}/invite?token=`), `the link ${link} does not point at the public URL ${baseUrl}`);
  const hrefs = [...String(mail.html).matchAll(/href="([^"]*)"/g)].map((match) => decodeHtml(match[1]));
  assert.ok(hrefs.includes(link), `the HTML body links to ${link}; its links: ${hrefs.join(', ')}`);

  // Signed out, in a browser of its own, the invitee follows the link and sets a password.
  const page = await newPage('invitee');
  await page.goto(link);
  await expectText(page.getByTestId('invitation-preview'), invitee, 'the invitation preview');
  await expectText(page.getByTestId('invitation-preview'), vi.roles.OPERATOR_STAFF, 'the invitation preview');
  await page.getByTestId('accept-display-name').fill('Kỹ sư E2E');
  await page.getByTestId('accept-password').fill(password);
  await page.getByTestId('accept-password-confirm').fill(password);
  await page.getByTestId('accept-submit').click();

  // Landed signed in, with the staff navigation.
  await expectPath(page, '/overview');
  await expectNavigation(page, NAV_BY_ROLE.OPERATOR_STAFF);

  // The new password works for a fresh sign-in.
  await signOut(page);
  await submitSignIn(page, baseUrl, invitee, password);
  await expectPath(page, '/overview');
  await expectNavigation(page, NAV_BY_ROLE.OPERATOR_STAFF);

  // And the operator sees the invitation accepted.
  await admin.reload();
  await expectVisible(admin.getByTestId('invitations-table'), 'the invitations table');
  await expectText(row.getByTestId('invitation-status'), vi.invitations.status.ACCEPTED, 'the invitation’s status after acceptance');
});
