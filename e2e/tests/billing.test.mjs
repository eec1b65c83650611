import { readFile } from 'node:fs/promises';
import assert from 'node:assert/strict';
import { DEMO_PASSWORD } from '../support/config.mjs';
import { TEXTS, pickOption, submitSignIn, typeDate } from '../support/app.mjs';
import { eventually, expectPath, expectText, expectVisible } from '../support/expect.mjs';
import { money, parseMoney } from '../support/fixtures.mjs';
import { e2eSuite } from '../support/harness.mjs';
import { readPdf } from '../support/pdf.mjs';
import { crc16CcittFalse, crcIsValid, emvFields } from '../support/vietqr.mjs';

const { e2eTest } = e2eSuite(import.meta.url);
const vi = TEXTS.vi;

// What the demo holds (backend/src/demo): the operator of Đồng Sóc bills its one cluster with
// invoice series C<yy>TDS and pays into account 970436 / 0011001234568; KCC leases CN-001 there
// on a yearly rent schedule, with a wastewater meter priced at 9,650 đ/m³ and no billing email.
// The harness starts the server with the demo's billing history (its default): every month
// before this one is billed, paid or not (when KCC has overdue ones, its new invoice also
// charges late interest) and read on the meters; this month is neither billed nor read yet.
const OPERATOR = 'ops@dongsoc.example';
const ENTERPRISE = 'accounting@kcc.example';
const SELLER = 'Công ty CP Hạ tầng CCN Đồng Sóc (demo)';
const DONG_SOC = 'CCN Đồng Sóc';
const KCC = 'KCC Vina (Đồng Sóc)';
const KCC_TAX_CODE = '2500100006';
const BANK_BIN = '970436';
const WASTEWATER_RATE = 9_650;

// What this test sets.
const BILLING_EMAIL = 'hoadon@kcc.example';
const FEE_RATE = 950; // đ per m² per month, up from the demo's 900
const FEE_BASIS = 'Phụ lục điều chỉnh phí E2E (kiểm thử)';
const USED_M3 = 250;

/** A text with `{{name}}` placeholders filled in, as i18next does. */
function fill(template, values) {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key) => String(values[key]));
}

/** A pattern matching a text template exactly, with `{{name}}` placeholders as `groups[name]`. */
function pattern(template, groups) {
  const escaped = template.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped.replace(/\\\{\\\{(\w+)\\\}\\\}/g, (_, key) => groups[key])}$`);
}

/** A whole number as the app groups it in Vietnamese: 12500 → `12.500`. */
function integer(value) {
  return new Intl.NumberFormat('vi-VN').format(value);
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

async function signIn(page, baseUrl, email, home) {
  await submitSignIn(page, baseUrl, email, DEMO_PASSWORD);
  await expectPath(page, home);
}

/** The text of each cell of a table row, as written (before any CSS capitalisation). */
async function cells(row) {
  return (await row.locator('td').allTextContents()).map((text) => text.trim());
}

/** The amount, VAT and quantity of an invoice line (InvoiceLinesTable's columns). */
async function lineFigures(line) {
  const [, description, quantity, , unitPrice, amount, , vatAmount] = await cells(line);
  return {
    description,
    quantity,
    unitPrice: parseMoney(unitPrice),
    amount: parseMoney(amount),
    vat: vatAmount === vi.common.empty ? 0 : parseMoney(vatAmount),
  };
}

/** The invoice's status as its badge says it, once it says `status`. */
async function expectStatus(page, status, what) {
  const badge = page.getByTestId('invoice-status');
  await expectText(badge, vi.billing.invoiceStatus[status], what);
  assert.equal(await badge.getAttribute('data-status'), status, what);
}

/** The VietQR payload the invoice page encodes in its QR code. */
async function pagePayload(page) {
  const qr = page.getByTestId('invoice-vietqr');
  await expectVisible(qr, 'the VietQR code');
  return qr.getAttribute('data-payload');
}

/** The heading of the invoice page of `label`. */
function invoiceHeading(page, label) {
  return page.getByRole('heading', { name: fill(vi.billing.invoice.title, { number: label }) });
}

/** Opens an invoice from the operator's invoices list, found by its number. */
async function openInvoice(page, label) {
  await page.getByTestId('nav-invoices').click();
  await expectPath(page, '/invoices');
  await page.getByTestId('invoice-filter-search').fill(label);
  const link = page.getByTestId('invoices-table').getByRole('link', { name: label, exact: true });
  await expectVisible(link, `invoice ${label} in the list`);
  await link.click();
  await expectVisible(invoiceHeading(page, label), `the heading of ${label}`);
}

/** The maintenance fund's balance of Đồng Sóc, as the operator's fund page shows it. */
async function fundBalance(page) {
  await page.getByTestId('nav-maintenance-fund').click();
  await expectPath(page, '/maintenance-fund');
  await pickOption(page, page.getByTestId('fund-cluster'), DONG_SOC);
  const title = fill(vi.billing.fund.ofCluster, { cluster: DONG_SOC });
  await expectText(page.getByTestId('fund-cluster-name'), title, 'the fund’s cluster');
  return parseMoney(await page.getByTestId('fund-balance').innerText());
}

/** Records a payment from KCC on the payments page, all of it allocated to one invoice. */
async function recordPayment(page, { invoiceId, label, amount, open, reference }) {
  await page.getByTestId('nav-payments').click();
  await expectPath(page, '/payments');
  await page.getByTestId('payment-create').click();
  const dialog = page.getByRole('dialog');
  await pickOption(page, dialog.getByTestId('payment-firm'), `${KCC} (${KCC_TAX_CODE})`, { search: 'KCC' });
  await dialog.getByTestId('payment-amount').fill(String(amount));
  await dialog.getByTestId('payment-reference').fill(reference);
  // KCC's open invoices; the one under test shows what is still open on it.
  const row = dialog.getByTestId('payment-allocations').locator('tbody tr', { hasText: label });
  await expectText(row, money(open), `the open amount of ${label} in the payment form`);
  await row.getByTestId(`payment-allocation-${invoiceId}`).fill(String(amount));
  await expectText(dialog.getByTestId('payment-allocation-mode'), vi.billing.payments.allocationManual, 'the allocation mode');
  await dialog.getByTestId('payment-submit').click();
  await expectText(
    dialog.getByTestId('payment-recorded'),
    fill(vi.billing.payments.recordedText, { amount: money(amount), allocated: money(amount), count: 1, credit: money(0) }),
    'the recorded payment',
  );
  await dialog.getByRole('button', { name: vi.common.done, exact: true }).click();
  await eventually(async () => (await page.getByRole('dialog').count()) === 0, 'the payment dialog closes');
  await expectText(page.getByTestId('payments-table').locator('tbody tr').first(), reference, 'the newest payment');
}

e2eTest(
  'the operator bills a month, KCC gets the invoice, PDF and email, and two payments settle it into the fund',
  async ({ baseUrl, smtp, newPage, screenshot }) => {
    // The checks below must be able to fail: the CRC routine knows the standard check value.
    assert.equal(crc16CcittFalse('123456789'), 0x29b1, 'CRC-16/CCITT-FALSE of "123456789"');

    const today = todayInVietnam();
    const thisMonth = `${today.slice(0, 8)}01`;
    const periodLabel = `${thisMonth.slice(5, 7)}/${thisMonth.slice(0, 4)}`; // MM/YYYY
    const series = `C${today.slice(2, 4)}TDS`;

    const ops = await newPage();
    await signIn(ops, baseUrl, OPERATOR, '/overview');

    // KCC gets a billing address, so its invoices are emailed.
    await ops.getByTestId('nav-firms').click();
    await expectPath(ops, '/firms');
    await ops.getByTestId('firm-filter-search').fill(KCC_TAX_CODE);
    const firmRow = ops.getByTestId('firms-table').locator('tbody tr', { hasText: KCC });
    await expectVisible(firmRow, 'KCC’s row');
    await firmRow.locator('[data-testid^="firm-edit-"]').click();
    const firmDialog = ops.getByRole('dialog');
    await firmDialog.getByTestId('firm-billing-emails').fill(BILLING_EMAIL);
    await firmDialog.getByTestId('firm-billing-emails').press('Enter');
    await expectVisible(firmDialog.getByText(BILLING_EMAIL, { exact: true }), 'the billing email as a tag');
    await firmDialog.getByTestId('firm-submit').click();
    await eventually(async () => (await ops.getByRole('dialog').count()) === 0, 'the firm dialog closes');

    // A new maintenance fee for Đồng Sóc from the first of this month.
    await ops.getByTestId('nav-clusters').click();
    await expectPath(ops, '/clusters');
    await ops.getByTestId('clusters-table').getByRole('link', { name: DONG_SOC, exact: true }).click();
    await expectVisible(ops.getByRole('heading', { name: DONG_SOC }), 'the cluster’s heading');
    await ops.getByTestId('tariff-add').click();
    const tariffDialog = ops.getByRole('dialog');
    assert.equal(await tariffDialog.getByTestId('tariff-charge').inputValue(), vi.billing.charge.MAINTENANCE_FEE, 'the charge');
    assert.equal(await tariffDialog.getByTestId('tariff-unit').inputValue(), vi.billing.tariffUnit.M2_MONTH, 'the unit');
    await tariffDialog.getByTestId('tariff-rate').fill(String(FEE_RATE));
    await typeDate(tariffDialog.getByTestId('tariff-effective-from'), thisMonth);
    await tariffDialog.getByTestId('tariff-legal-basis').fill(FEE_BASIS);
    await tariffDialog.getByTestId('tariff-submit').click();
    await eventually(async () => (await ops.getByRole('dialog').count()) === 0, 'the tariff dialog closes');
    const tariffRow = ops.getByTestId('tariffs-table').locator('tbody tr', { hasText: FEE_BASIS });
    await expectText(tariffRow, `${money(FEE_RATE)} ${vi.billing.tariffUnitPer.M2_MONTH}`, 'the new fee’s rate');
    await expectText(tariffRow, `${dateVi(thisMonth)} – ${vi.billing.tariffs.openEnded}`, 'the new fee’s validity');
    await screenshot(ops, 'tariff');

    // This month's reading of KCC's wastewater meter: 250 m³ more than last month's.
    await ops.getByTestId('nav-leases').click();
    await expectPath(ops, '/leases');
    await ops.getByTestId('leases-table').getByRole('link', { name: KCC, exact: true }).click();
    await expectVisible(ops.getByRole('heading', { name: fill(vi.estate.leases.detailTitle, { firm: KCC }) }), 'KCC’s lease');
    const areaText = await ops.getByText(vi.estate.area, { exact: true }).locator('xpath=following-sibling::*[1]').innerText();
    const areaMatch = /^([\d.]+) m²$/.exec(areaText.trim());
    assert.ok(areaMatch, `the lease’s area ${JSON.stringify(areaText)} is in m²`);
    const areaM2 = Number(areaMatch[1].replaceAll('.', ''));
    assert.ok(areaM2 > 0, 'the lease has an area');
    await ops.getByTestId('meter-record').click();
    const meterDialog = ops.getByRole('dialog');
    assert.equal(await meterDialog.getByTestId('meter-period').inputValue(), periodLabel, 'the reading is for this month');
    const previousPattern = pattern(vi.billing.meters.previousValue, { value: '([\\d.]+)' });
    const previousLine = meterDialog.getByText(previousPattern);
    await expectVisible(previousLine, 'last month’s meter value');
    const previous = Number(previousPattern.exec((await previousLine.innerText()).trim())[1].replaceAll('.', ''));
    await meterDialog.getByTestId('meter-value').fill(String(previous + USED_M3));
    await expectText(
      meterDialog.getByTestId('meter-consumption-preview'),
      fill(vi.billing.meters.consumptionPreview, { value: integer(USED_M3) }),
      'the consumption preview',
    );
    await meterDialog.getByTestId('meter-submit').click();
    await eventually(async () => (await ops.getByRole('dialog').count()) === 0, 'the meter dialog closes');
    const newestReading = ops.getByTestId('meter-table').locator('tbody tr').first();
    await expectText(newestReading, periodLabel, 'the newest reading’s month');
    assert.deepEqual(
      (await cells(newestReading)).slice(0, 4),
      [periodLabel, dateVi(today), `${integer(previous + USED_M3)} m³`, `${integer(USED_M3)} m³`],
      'the newest reading',
    );
    await screenshot(ops, 'meter reading');

    // Preview this month's run for Đồng Sóc: KCC's draft charges the new fee and the metered water.
    const expectedFee = areaM2 * FEE_RATE;
    const expectedWastewater = USED_M3 * WASTEWATER_RATE;
    await ops.getByTestId('nav-billing-run').click();
    await expectPath(ops, '/billing-run');
    await pickOption(ops, ops.getByTestId('run-cluster'), DONG_SOC);
    assert.equal(await ops.getByTestId('run-period').inputValue(), periodLabel, 'the run is for this month');
    await ops.getByTestId('run-preview-button').click();
    await expectVisible(ops.getByTestId('run-preview'), 'the preview');
    // Its VAT invoice; late interest on its overdue invoices, if any, is a notice of its own.
    const drafts = ops.locator('[data-testid="run-draft"][data-document-type="VAT_INVOICE"]').filter({ hasText: KCC });
    await expectVisible(drafts, 'KCC’s draft');
    assert.equal(await drafts.count(), 1, 'one draft invoice for KCC');
    await drafts.getByTestId('run-draft-toggle').click();
    const draftLines = ops.getByTestId('run-draft-lines');
    await expectVisible(draftLines, 'the draft’s lines');
    const draftFee = await lineFigures(draftLines.locator('[data-kind="MAINTENANCE_FEE"]'));
    assert.equal(draftFee.unitPrice, FEE_RATE, 'the draft charges the new fee rate');
    assert.equal(draftFee.amount, expectedFee, 'the draft’s maintenance fee is area × rate');
    const draftWater = await lineFigures(draftLines.locator('[data-kind="WASTEWATER"]'));
    assert.equal(draftWater.quantity, integer(USED_M3), 'the draft bills the metered m³');
    assert.equal(draftWater.amount, expectedWastewater, 'the draft’s wastewater is m³ × rate');
    const documentCount = Number((await ops.getByTestId('run-invoice-count').innerText()).replaceAll('.', ''));
    const noticeCount = await ops.locator('[data-testid="run-draft"][data-document-type="INTEREST_NOTICE"]').count();
    const invoiceCount = documentCount - noticeCount;
    assert.ok(invoiceCount >= 1, 'the run issues at least KCC’s invoice');
    await ops.evaluate(() => window.scrollTo(0, 0));
    await screenshot(ops, 'run preview');

    // Issue it.
    await ops.getByTestId('run-issue').click();
    await ops.getByTestId('run-confirm').click();
    const issued = ops.getByTestId('run-issued');
    await expectText(issued, fill(vi.billing.run.issuedTitle, { count: invoiceCount }), 'the issued run');
    await screenshot(ops, 'run issued');
    const numbersPattern = pattern(vi.billing.run.issuedNumbers, { first: '(.+)', last: '(.+)' });
    const numbersText = await issued.getByText(numbersPattern).innerText();
    const [, firstLabel, lastLabel] = numbersPattern.exec(numbersText.trim());
    const numberOf = (label) => Number(label.split(' ')[1]);
    assert.equal(numberOf(lastLabel) - numberOf(firstLabel) + 1, invoiceCount, 'numbers without gaps, one per invoice');
    if (noticeCount > 0) {
      // Notices take numbers in their own series (L instead of C).
      const noticesText = await issued.getByTestId('run-issued-notices').innerText();
      const noticesPattern = pattern(vi.billing.run.issuedNoticeNumbers, { count: String(noticeCount), first: '(.+)', last: '(.+)' });
      const [, firstNotice, lastNotice] = noticesPattern.exec(noticesText.trim());
      assert.ok(firstNotice.startsWith(`L${series.slice(1)} `), `notices are in the L series: ${firstNotice}`);
      assert.equal(numberOf(lastNotice) - numberOf(firstNotice) + 1, noticeCount, 'notice numbers without gaps');
    }

    // KCC's invoice among the run's.
    await issued.getByTestId('run-invoices-link').click();
    await eventually(() => new URL(ops.url()).pathname === '/invoices', 'the run’s invoices open');
    const kccLink = ops
      .getByTestId('invoices-table')
      .locator('tbody tr', { hasText: KCC })
      .getByTestId('invoice-link')
      .filter({ hasText: new RegExp(`^${series} `) });
    await expectVisible(kccLink, 'KCC’s invoice in the run');
    const label = (await kccLink.innerText()).trim();
    assert.match(label, new RegExp(`^${series} \\d{8}$`), 'the invoice number is series and eight digits');
    const number = numberOf(label);
    assert.ok(number >= numberOf(firstLabel) && number <= numberOf(lastLabel), 'KCC’s number is in the run’s range');
    await kccLink.click();
    await expectVisible(invoiceHeading(ops, label), 'the invoice’s heading');
    const invoicePath = new URL(ops.url()).pathname;
    const invoiceId = decodeURIComponent(invoicePath.split('/')[2]);
    await expectStatus(ops, 'ISSUED', 'the new invoice’s status');
    await expectText(ops.getByTestId('invoice-buyer'), KCC, 'the buyer');

    // Its lines add up to its total; the fee line is what goes to the fund.
    const lines = ops.getByTestId('invoice-lines').getByTestId('invoice-line');
    await expectVisible(lines.first(), 'the invoice’s lines');
    let sum = 0;
    for (const line of await lines.all()) {
      const { amount, vat } = await lineFigures(line);
      sum += amount + vat;
    }
    const fee = (await lineFigures(ops.getByTestId('invoice-lines').locator('[data-kind="MAINTENANCE_FEE"]'))).amount;
    assert.equal(fee, expectedFee, 'the issued maintenance fee');
    const wastewater = (await lineFigures(ops.getByTestId('invoice-lines').locator('[data-kind="WASTEWATER"]'))).amount;
    assert.equal(wastewater, expectedWastewater, 'the issued wastewater charge');
    const total = parseMoney(await ops.getByTestId('invoice-total').innerText());
    assert.equal(total, sum, 'the total is the lines with their VAT');
    assert.equal(parseMoney(await ops.getByTestId('invoice-open').innerText()), total, 'all of it is open');
    await screenshot(ops, 'invoice issued');

    // The issued-invoice email reaches KCC's billing address.
    const mail = await smtp.waitForMailTo(BILLING_EMAIL);
    assert.equal(mail.subject, `Hóa đơn kỳ ${periodLabel} từ ${SELLER}`);
    assert.ok(mail.text.includes(KCC), `the email greets KCC:\n${mail.text}`);
    assert.ok(mail.text.includes(`- ${label}: ${money(total)}`), `the email lists ${label} with its total:\n${mail.text}`);
    assert.ok(mail.text.includes(`"TT HD ${label}"`), `the email gives the transfer purpose:\n${mail.text}`);

    // The fund before any of it is paid.
    const fundBefore = await fundBalance(ops);

    // KCC's accountant sees the invoice and downloads its PDF.
    const kcc = await newPage('enterprise');
    await signIn(kcc, baseUrl, ENTERPRISE, '/overview');
    await kcc.getByTestId('nav-my-invoices').click();
    await expectPath(kcc, '/my-invoices');
    await kcc.getByTestId('invoices-table').getByRole('link', { name: label, exact: true }).click();
    await expectPath(kcc, `/my-invoices/${encodeURIComponent(invoiceId)}`);
    await expectVisible(invoiceHeading(kcc, label), 'KCC sees the invoice');
    await expectStatus(kcc, 'ISSUED', 'the status KCC sees');
    assert.equal(parseMoney(await kcc.getByTestId('invoice-total').innerText()), total, 'the total KCC sees');
    const shownPayload = await pagePayload(kcc);
    const shownAccount = (await kcc.getByTestId('invoice-bank-account').innerText()).trim();
    await screenshot(kcc, 'enterprise invoice');

    // The PDF button saves the document as the browser downloads files.
    const [saved] = await Promise.all([kcc.waitForEvent('download'), kcc.getByTestId('invoice-pdf').click()]);
    assert.equal(
      saved.suggestedFilename(),
      `hoa-don-${label.replace(' ', '-')}.pdf`,
      'the file is named after the invoice',
    );
    const pdfBytes = await readFile(await saved.path());
    assert.equal(pdfBytes.subarray(0, 5).toString('latin1'), '%PDF-', 'the download is a PDF');

    const pdf = await readPdf(await newPage('invoice pdf'), pdfBytes);
    assert.equal(pdf.title, `Hoa don ${label}`, 'the PDF’s title');
    for (const text of [label, KCC, money(total), `TT HD ${label}`]) {
      assert.ok(pdf.text.includes(text), `the PDF shows ${JSON.stringify(text)}; its text: ${pdf.text}`);
    }
    assert.equal(pdf.qrCodes.length, 1, `one QR code in the PDF, found ${JSON.stringify(pdf.qrCodes)}`);
    const payload = pdf.qrCodes[0].data;
    assert.ok(crcIsValid(payload), `the QR payload’s CRC is valid: ${payload}`);
    const amountField = `54${String(String(total).length).padStart(2, '0')}${total}`;
    const otherAmount = `${String(total).slice(0, -1)}${((total % 10) + 1) % 10}`;
    assert.ok(payload.includes(amountField), `the QR payload has the amount field ${amountField}`);
    const tampered = payload.replace(amountField, `${amountField.slice(0, 4)}${otherAmount}`);
    assert.ok(!crcIsValid(tampered), 'another amount breaks the CRC');
    const fields = emvFields(payload);
    assert.equal(fields['53'], '704', 'the currency is the đồng');
    assert.equal(fields['58'], 'VN');
    assert.equal(fields['54'], String(total), 'the QR asks for what is open');
    assert.equal(emvFields(fields['62'])['08'], `TT HD ${label}`, 'the transfer purpose names the invoice');
    const beneficiary = emvFields(emvFields(fields['38'])['01']);
    assert.deepEqual(beneficiary, { '00': BANK_BIN, '01': shownAccount }, 'the QR pays the operator’s account');
    assert.equal(payload, shownPayload, 'the PDF’s QR code is the one the web app shows');

    // The operator records part of it, then the rest.
    const partial = Math.round(total / 3);
    const rest = total - partial;
    await recordPayment(ops, { invoiceId, label, amount: partial, open: total, reference: `FT-E2E-${numberOf(label)}-1` });
    await openInvoice(ops, label);
    await expectStatus(ops, 'PARTIALLY_PAID', 'the status after the first payment');
    assert.equal(parseMoney(await ops.getByTestId('invoice-open').innerText()), rest, 'what is open after the first payment');
    const allocations = ops.getByTestId('invoice-allocations').locator('tbody tr');
    await expectText(allocations, money(partial), 'the first payment on the invoice');
    assert.equal(emvFields(await pagePayload(ops))['54'], String(rest), 'the QR code now asks for the rest');
    await screenshot(ops, 'partially paid');
    // The fund gets the fee's share of what was paid, rounded down (backend/src/billing/payments.rs).
    const shareOfPartial = Math.floor((partial * fee) / total);
    assert.equal(await fundBalance(ops), fundBefore + shareOfPartial, 'the fund after the first payment');

    await recordPayment(ops, { invoiceId, label, amount: rest, open: rest, reference: `FT-E2E-${numberOf(label)}-2` });
    await openInvoice(ops, label);
    await expectStatus(ops, 'PAID', 'the status after the second payment');
    assert.equal(parseMoney(await ops.getByTestId('invoice-open').innerText()), 0, 'nothing is open');
    await expectText(ops.getByTestId('invoice-no-qr'), vi.billing.invoice.nothingOpen, 'no QR code once paid');
    assert.equal(await allocations.count(), 2, 'two payments on the invoice');

    // Paid in full, the fund has risen by exactly the maintenance fee (before VAT).
    assert.equal(await fundBalance(ops), fundBefore + fee, 'the fund rose by the maintenance fee');
    const feeEntries = ops.getByTestId('fund-entries').locator('tbody tr', { hasText: label });
    await expectVisible(feeEntries.first(), `the fund’s entries for ${label}`);
    const entryAmounts = [];
    for (const entry of await feeEntries.all()) {
      const [date, kind, , amount] = await cells(entry);
      assert.equal(date, dateVi(today), 'the fee is posted on the day it was paid');
      assert.equal(kind, vi.billing.fund.entryKind.FEE_COLLECTED);
      entryAmounts.push(parseMoney(amount));
    }
    const ascending = (a, b) => a - b;
    const perPayment = [shareOfPartial, fee - shareOfPartial];
    assert.deepEqual(entryAmounts.toSorted(ascending), perPayment.toSorted(ascending), 'one fund entry per payment');
    await screenshot(ops, 'fund');

    // KCC sees it paid.
    await kcc.reload();
    await expectStatus(kcc, 'PAID', 'the status KCC sees at the end');
    assert.equal(parseMoney(await kcc.getByTestId('invoice-open').innerText()), 0, 'nothing open for KCC');
  },
  { timeout: 180_000 },
);
