import assert from 'node:assert/strict';
import jsQR from 'jsqr';
import { DEMO_PASSWORD } from '../support/config.mjs';
import { DEMO_ACCOUNTS, TEXTS, submitSignIn } from '../support/app.mjs';
import { eventually, expectAbsent, expectPath, expectText, expectVisible } from '../support/expect.mjs';
import { e2eSuite } from '../support/harness.mjs';
import { crcIsValid, emvFields } from '../support/vietqr.mjs';

const { e2eTest } = e2eSuite(import.meta.url);
const vi = TEXTS.vi;

// The demo (backend/src/demo): KCC leases in Đồng Sóc and owes on several invoices of the
// operator's series C<yy>TDS, which pays into Vietcombank (BIN 970436).
const OPERATOR = 'ops@dongsoc.example';
const ENTERPRISE = 'accounting@kcc.example';
const PHONE = { width: 390, height: 844 };

/** `12.345.000 ₫` → 12345000. */
function parseMoney(text) {
  return Number(text.replace(/[^\d-]/g, ''));
}

/** Reads the QR image on the page as a phone camera would: its pixels, decoded by jsQR. */
async function scanQr(page, image) {
  await expectVisible(image, 'the QR image');
  const pixels = await image.evaluate(async (img) => {
    await img.decode();
    const side = 400;
    const canvas = document.createElement('canvas');
    canvas.width = side;
    canvas.height = side;
    const context = canvas.getContext('2d');
    context.fillStyle = '#fff';
    context.fillRect(0, 0, side, side);
    context.drawImage(img, 0, 0, side, side);
    return { side, data: Array.from(context.getImageData(0, 0, side, side).data) };
  });
  const code = jsQR(Uint8ClampedArray.from(pixels.data), pixels.side, pixels.side);
  assert.ok(code, 'the QR image decodes');
  return code.data;
}

/** Signs out from the phone's menu drawer: the header has no room for the account menu. */
async function signOutFromDrawer(page, what) {
  await expectAbsent(page.getByTestId('user-menu'), `${what}: no account menu in a phone's header`);
  await page.getByRole('button', { name: vi.header.toggleNavigation }).click();
  const drawer = page.getByTestId('drawer-account');
  await expectVisible(drawer.getByTestId('language-switcher'), `${what}: the language switcher in the drawer`);
  await drawer.getByTestId('signout').click();
  await expectPath(page, '/login');
}

e2eTest('at 390 px every role signs out from the menu drawer', async ({ baseUrl, newPage }) => {
  for (const { email, role } of DEMO_ACCOUNTS) {
    const page = await newPage(role);
    await page.setViewportSize(PHONE);
    await submitSignIn(page, baseUrl, email, DEMO_PASSWORD);
    await eventually(async () => !new URL(page.url()).pathname.startsWith('/login'), `${email} is signed in`);
    await expectVisible(page.getByRole('heading', { level: 1 }), `${email}: the page's h1`);
    await signOutFromDrawer(page, email);
    await page.context().close();
  }
});

e2eTest(
  'the enterprise pays everything with one QR scan, and "confirm all" settles each invoice it names',
  async ({ baseUrl, newPage, screenshot }) => {
    const kcc = await newPage('kcc');
    await kcc.setViewportSize(PHONE);
    await submitSignIn(kcc, baseUrl, ENTERPRISE, DEMO_PASSWORD);
    await expectPath(kcc, '/overview');
    const card = kcc.getByTestId('amount-due');
    await expectText(card.getByRole('heading', { level: 2 }), vi.billing.amountDue.title, 'the card title');
    const open = parseMoney(await card.getByTestId('amount-due-open').innerText());
    assert.ok(open > 0, 'KCC owes something in the demo');
    const invoices = await card.getByTestId('amount-due-invoice').count();
    assert.ok(invoices >= 1, 'its open invoices are listed');
    await expectText(card.getByTestId('pay-all-bank'), 'Vietcombank', 'the bank by name, not by BIN');

    // What a banking app reads from the code: the account, the whole amount, the purpose.
    const payload = await scanQr(kcc, card.getByTestId('invoice-qr-image'));
    assert.ok(crcIsValid(payload), 'the payload’s CRC');
    const fields = emvFields(payload);
    assert.equal(Number(fields['54']), open, 'the amount is everything open');
    const purpose = emvFields(fields['62'])['08'];
    assert.equal(purpose, (await card.getByTestId('pay-all-purpose').innerText()).trim(), 'the purpose shown');
    assert.ok(purpose.length <= 25, 'a purpose banks keep whole');
    const beneficiary = emvFields(emvFields(fields['38'])['01']);
    assert.equal(beneficiary['00'], '970436', 'Vietcombank’s BIN');
    assert.equal(beneficiary['01'], (await card.getByTestId('pay-all-account').innerText()).trim(), 'the account');
    await screenshot(kcc, 'amount-due-phone');
    await signOutFromDrawer(kcc, 'KCC');

    // The bank's statement carries that transfer; the operator confirms every exact match.
    const ops = await newPage('operator');
    await submitSignIn(ops, baseUrl, OPERATOR, DEMO_PASSWORD);
    await expectPath(ops, '/overview');
    await ops.getByTestId('nav-bank').click();
    await expectPath(ops, '/bank');
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
    const csv = `date,amount,description,reference,payer_tax_code\n${today},${open},"KCC VINA ${purpose}",FT-PAYALL-E2E,\n`;
    await ops.getByTestId('import-file').setInputFiles({ name: 'sao-ke.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await ops.getByTestId('import-preview').click();
    await expectVisible(ops.getByTestId('import-valid'), 'the statement is valid');
    await ops.getByTestId('import-commit').click();
    const confirmAll = ops.getByTestId('bank-confirm-all');
    await eventually(async () => await confirmAll.isEnabled(), '"confirm all" has lines to confirm');
    // The numbers fit in the purpose, or (more invoices) the firm's tax code names its whole balance.
    const expectedMatch = purpose.startsWith('TT MST')
      ? 'FIRM_BALANCE'
      : invoices > 1
        ? 'INVOICES_AND_AMOUNT'
        : 'NUMBER_AND_AMOUNT';
    const line = ops.getByTestId('bank-lines-table').locator('tr', { hasText: 'FT-PAYALL-E2E' });
    assert.equal(await line.getByTestId('bank-match').getAttribute('data-match'), expectedMatch, 'the match');
    await confirmAll.click();
    await eventually(
      async () => (await line.getByTestId('bank-line-status').getAttribute('data-status')) === 'CONFIRMED',
      'the transfer is confirmed',
    );
    await screenshot(ops, 'bank-confirmed');

    // KCC owes nothing any more: every invoice the transfer named is paid.
    const after = await newPage('kcc-after');
    await after.setViewportSize(PHONE);
    await submitSignIn(after, baseUrl, ENTERPRISE, DEMO_PASSWORD);
    await expectPath(after, '/overview');
    await expectText(after.getByTestId('amount-due-nothing'), vi.billing.amountDue.nothing, 'nothing left to pay');
    await expectText(after.getByTestId('amount-due-open'), '0 ₫', 'the total');
  },
);
