import { readFile } from 'node:fs/promises';
import assert from 'node:assert/strict';
import { DEMO_PASSWORD } from '../support/config.mjs';
import { TEXTS, pickOption, submitSignIn } from '../support/app.mjs';
import { eventually, expectPath, expectText, expectVisible } from '../support/expect.mjs';
import { money, parseMoney } from '../support/fixtures.mjs';
import { e2eSuite } from '../support/harness.mjs';
import { readPdf } from '../support/pdf.mjs';

const { e2eTest } = e2eSuite(import.meta.url);
const vi = TEXTS.vi;

// The demo (backend/src/demo): KCC leases CN-001 in Đồng Sóc; a year of its invoices is
// issued in the operator's series C<yy>TDS, most of them paid in full.
const OPERATOR = 'ops@dongsoc.example';
const KCC = 'KCC Vina (Đồng Sóc)';
const KCC_TAX_CODE = '2500100006';

// What this test writes.
const REASON = 'Tính trùng diện tích lô CN-001 (kiểm thử E2E)';
const AGREEMENT = 'BB-E2E-01/2026';
const REFUND_REFERENCE = 'FT-E2E-HOAN-01';
/** The most taken off the invoice's first line (before VAT). */
const DECREASE = 100_000;

/** A text with `{{name}}` placeholders filled in, as i18next does. */
function fill(template, values) {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key) => String(values[key]));
}

/** Today in Vietnam as `YYYY-MM-DD`: the app's and the server's calendar. */
function todayInVietnam() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
}

/** `2026-11-01` → `01/11/2026`. */
function dateVi(date) {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

/** A money amount shown in `locator`. */
async function amountIn(locator) {
  return parseMoney((await locator.innerText()).trim());
}

/** The amount in `locator` comes to be exactly `amount` (a substring match would take 10 ₫ for 110 ₫). */
async function expectAmount(locator, amount, what) {
  let seen = null;
  try {
    await eventually(async () => {
      seen = (await locator.innerText()).trim();
      return seen === money(amount);
    }, `${what} shows ${money(amount)}`);
  } catch (error) {
    throw new assert.AssertionError({ message: `${error.message}; it shows ${JSON.stringify(seen)}` });
  }
}

/** Opens KCC's statement of account from the firms list (this year so far, by default). */
async function openKccStatement(page) {
  await page.getByTestId('nav-firms').click();
  await expectPath(page, '/firms');
  await page.getByTestId('firm-filter-search').fill(KCC_TAX_CODE);
  const row = page.getByTestId('firms-table').locator('tbody tr', { hasText: KCC });
  await expectVisible(row, 'KCC’s row');
  await row.locator('[data-testid^="firm-statement-"]').click();
  await expectText(page.getByTestId('statement-firm'), KCC, 'the statement’s firm');
  await expectVisible(page.getByTestId('statement-entries'), 'the statement’s entries');
}

/**
 * KCC's VAT invoices of one status in the operator's list (newest first): their links. Its
 * late-interest notices (badged) are left out: a notice is not corrected like an invoice.
 */
async function kccInvoiceLinks(page, status) {
  await page.getByTestId('nav-invoices').click();
  await expectPath(page, '/invoices');
  await page.getByTestId('invoice-filter-search').fill('KCC');
  // The search reaches the address after its debounce: pick the status once it has, so the
  // two updates of the address do not cross.
  await eventually(async () => new URL(page.url()).searchParams.get('q') === 'KCC', 'the search is in the address');
  await pickOption(page, page.getByTestId('invoice-filter-status'), vi.billing.invoiceStatus[status]);
  await eventually(async () => {
    const params = new URL(page.url()).searchParams;
    return params.get('status') === status && params.get('q') === 'KCC';
  }, `the list is filtered on KCC's ${status} invoices`);
  // The table starts afresh on a new filter: rows, or the line saying there are none.
  const table = page.getByTestId('invoices-table');
  const links = table.getByTestId('invoice-link');
  await eventually(
    async () => (await links.count()) > 0 || (await table.getByText(vi.billing.invoices.empty).count()) > 0,
    `KCC’s ${status} invoices are listed`,
  );
  return table.locator('tbody tr', { hasNot: page.getByTestId('interest-notice-badge') }).getByTestId('invoice-link');
}

/** Pays all that is open on the invoice shown, from its page, by bank transfer. */
async function payInFull(page) {
  await page.getByTestId('invoice-record-payment').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByTestId('payment-reference').fill('FT-E2E-TT-01');
  await dialog.getByTestId('payment-submit').click();
  await expectVisible(dialog.getByTestId('payment-recorded'), 'the recorded payment');
  await dialog.getByRole('button', { name: vi.common.done, exact: true }).click();
  await eventually(async () => (await page.getByRole('dialog').count()) === 0, 'the payment dialog closes');
  await expectText(page.getByTestId('invoice-status'), vi.billing.invoiceStatus.PAID, 'the invoice is paid');
}

e2eTest(
  'the operator takes an amount off a paid invoice by a credit note on a written agreement, which names the original in its PDF and leaves KCC a credit the operator refunds',
  async ({ baseUrl, newPage, screenshot }) => {
    const today = todayInVietnam();
    const ops = await newPage();
    await submitSignIn(ops, baseUrl, OPERATOR, DEMO_PASSWORD);
    await expectPath(ops, '/overview');

    // KCC's credit before: what its payments left unapplied.
    await openKccStatement(ops);
    const creditBefore = await amountIn(ops.getByTestId('statement-unallocated'));

    // A paid invoice of KCC: the newest the demo has, or the newest open one, paid now.
    let links = await kccInvoiceLinks(ops, 'PAID');
    if ((await links.count()) === 0) {
      links = await kccInvoiceLinks(ops, 'OVERDUE');
      await links.first().click();
      await expectVisible(ops.getByTestId('invoice-document'), 'the open invoice');
      await payInFull(ops);
    } else {
      await links.first().click();
    }
    await expectText(ops.getByTestId('invoice-status'), vi.billing.invoiceStatus.PAID, 'the invoice is paid');
    const label = (await ops.getByTestId('invoice-number').innerText()).trim();
    const heading = (await ops.getByRole('heading', { level: 1 }).innerText()).trim();
    const invoiceLabel = heading.replace(fill(vi.billing.invoice.title, { number: '' }), '').trim();
    assert.ok(invoiceLabel.endsWith(label), `the heading ${JSON.stringify(heading)} names invoice number ${label}`);
    assert.equal(await amountIn(ops.getByTestId('invoice-open')), 0, 'nothing is open on a paid invoice');

    // A credit note of up to 100.000 ₫ on its first line, on a written agreement dated today.
    await ops.getByTestId('invoice-credit-note').click();
    const dialog = ops.getByRole('dialog');
    const firstLine = dialog.getByTestId('credit-note-line').first();
    const creditable = parseMoney((await firstLine.locator('td').nth(3).innerText()).trim());
    const amount = Math.min(DECREASE, creditable);
    assert.ok(amount > 0, 'the first line can be credited');
    await dialog.getByTestId('credit-note-amount-0').fill(String(amount));
    const total = await amountIn(dialog.getByTestId('credit-note-total'));
    assert.ok(total >= amount, `the credit note's total ${total} is the amount with its VAT`);
    // Nothing is open on a paid invoice: all of it becomes KCC's credit, and the form says so.
    await expectVisible(dialog.getByTestId('credit-note-over-open'), 'the warning that the credit note goes beyond what is open');
    await dialog.getByTestId('credit-note-reason').fill(REASON);
    await dialog.getByTestId('credit-note-agreement-number').fill(AGREEMENT);
    assert.equal(await dialog.getByTestId('credit-note-agreement-date').inputValue(), dateVi(today), 'the agreement is dated today');
    await screenshot(ops, 'credit note form');
    await dialog.getByTestId('credit-note-submit').click();

    // The credit note's page: what it corrects, as printed, and on which agreement.
    const noteHeading = ops.getByRole('heading', { level: 1, name: new RegExp(`^${vi.billing.invoice.creditNoteTitle.replace('{{number}}', '')}`) });
    await expectVisible(noteHeading, 'the credit note’s heading');
    const noteLabel = (await noteHeading.innerText()).trim().slice(fill(vi.billing.invoice.creditNoteTitle, { number: '' }).length);
    assert.notEqual(noteLabel, invoiceLabel, 'the credit note has a number of its own');
    assert.equal(await amountIn(ops.getByTestId('invoice-total')), -total, 'the credit note takes its total off');
    const origin = ops.getByTestId('correction-origin');
    const reference = (await origin.getByTestId('correction-reference').innerText()).trim();
    assert.ok(reference.startsWith('Điều chỉnh cho hóa đơn'), `the reference line: ${reference}`);
    assert.ok(reference.includes(` số ${label}`), `the reference line names number ${label}: ${reference}`);
    await expectText(origin.getByTestId('correction-agreement'), fill(vi.billing.correction.agreementText, { number: AGREEMENT, date: dateVi(today) }), 'the agreement');
    await expectText(origin.getByTestId('correction-reason'), REASON, 'the reason');
    await screenshot(ops, 'credit note');

    // Its PDF prints the same reference line, with the agreement, under its title…
    const [saved] = await Promise.all([ops.waitForEvent('download'), ops.getByTestId('invoice-pdf').click()]);
    const bytes = await readFile(await saved.path());
    assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-', 'the download is a PDF');
    const pdf = await readPdf(await newPage('credit note pdf'), bytes);
    const text = pdf.text.replace(/\s+/g, ' ');
    // …and its reason below the lines, whole.
    for (const part of ['Điều chỉnh cho hóa đơn', ` số ${label}`, `theo văn bản thỏa thuận số ${AGREEMENT}`, 'Lý do', REASON]) {
      assert.ok(text.includes(part), `the credit note's PDF shows ${JSON.stringify(part)}; its text: ${text}`);
    }

    // The original lists the credit note among its corrections.
    await origin.getByTestId('correction-corrects').click();
    const corrections = ops.getByTestId('invoice-corrections');
    await expectText(corrections.getByTestId('invoice-correction-row'), noteLabel, 'the credit note on the original');
    await expectText(corrections.getByTestId('invoice-correction-row'), vi.billing.correction.kind.DECREASE, 'its kind');

    // KCC's statement: the credit note, and its whole total now KCC's credit.
    await openKccStatement(ops);
    const noteEntry = ops.getByTestId('statement-entries').locator('tr[data-kind="CREDIT_NOTE"]', { hasText: noteLabel });
    await expectVisible(noteEntry, 'the credit note on the statement');
    await expectAmount(ops.getByTestId('statement-unallocated'), creditBefore + total, 'KCC’s credit after the credit note');
    const credit = creditBefore + total;

    // The operator gives all of it back.
    await ops.getByTestId('statement-refund').click();
    const refund = ops.getByRole('dialog');
    await expectAmount(refund.getByTestId('refund-credit'), credit, 'the credit the refund draws on');
    assert.equal(parseMoney(`${await refund.getByTestId('refund-amount').inputValue()} ₫`), credit, 'all of the credit is filled in');
    assert.equal(await refund.getByTestId('refund-date').inputValue(), dateVi(today), 'the refund is dated today');
    await refund.getByTestId('refund-reference').fill(REFUND_REFERENCE);
    await screenshot(ops, 'refund form');
    await refund.getByTestId('refund-submit').click();
    await eventually(async () => (await ops.getByRole('dialog').count()) === 0, 'the refund dialog closes');

    // One line per payment whose credit the refund drew on.
    const refundEntries = ops.getByTestId('statement-entries').locator('tr[data-kind="REFUND"]', { hasText: REFUND_REFERENCE });
    await expectVisible(refundEntries.first(), 'the refund on the statement');
    let refunded = 0;
    for (const entry of await refundEntries.all()) {
      await expectText(entry, vi.billing.statement.kind.REFUND, 'the refund’s kind');
      const [, , , , debit] = (await entry.locator('td').allTextContents()).map((cell) => cell.trim());
      refunded += parseMoney(debit);
    }
    assert.equal(refunded, credit, 'the refund lines are debits of all the credit');
    await expectAmount(ops.getByTestId('statement-refunded'), credit, 'the period’s refunds');
    await expectAmount(ops.getByTestId('statement-unallocated'), 0, 'what is left of the credit');
    assert.equal(await ops.getByTestId('statement-refund').count(), 0, 'no refund is offered without credit');
  },
  { timeout: 180_000 },
);
