import { readFile } from 'node:fs/promises';
import assert from 'node:assert/strict';
import { DEMO_PASSWORD } from '../support/config.mjs';
import { TEXTS, submitSignIn, typeDate } from '../support/app.mjs';
import { eventually, expectPath, expectText, expectVisible } from '../support/expect.mjs';
import { parseMoney } from '../support/fixtures.mjs';
import { e2eSuite } from '../support/harness.mjs';
import { readPdf } from '../support/pdf.mjs';

const { e2eTest } = e2eSuite(import.meta.url);
const vi = TEXTS.vi;

// The demo (backend/src/demo/billing.rs): every operator has the province's 10% rent support
// as a programme for all its clusters. Đồng Sóc grants it as a discount on its invoices; its
// firms are all foreign-invested, so no invoice of theirs carries it. Yên Lạc's is paid by the
// budget, and its domestic SMEs (not the household recyclers) have claims.
const DONG_SOC = 'ops@dongsoc.example';
const YEN_LAC = 'ops@yenlac.example';
const ISSUER = 'UBND tỉnh Phú Thọ (demo)';
const DECISION = /15\/\d{4}\/QĐ-UBND/;
const PDF_TITLE = 'BÁO CÁO ĐỀ NGHỊ HỖ TRỢ TIỀN THUÊ ĐẤT';

/** Signs in as `email` and opens the support programmes from the navbar. */
async function openProgrammes(page, baseUrl, email) {
  await submitSignIn(page, baseUrl, email, DEMO_PASSWORD);
  await expectPath(page, '/overview');
  await page.getByTestId('nav-support-programmes').click();
  await expectPath(page, '/support-programmes');
  const row = page.getByTestId('support-programmes-table').getByTestId('data-table-row').first();
  await expectVisible(row, 'the demo programme');
  return row;
}

/** The amount of đồng a cell shows. */
async function amountIn(locator) {
  return parseMoney((await locator.innerText()).trim());
}

e2eTest(
  'the operator finds the province’s programme, downloads its claim report as the PDF for the province, and is told an end date before the start is wrong',
  async ({ baseUrl, newPage, screenshot }) => {
    const ops = await newPage();
    const row = await openProgrammes(ops, baseUrl, DONG_SOC);

    // The decision as invoices cite it, 10% of the rent, granted as a discount.
    const citation = (await row.getByTestId('support-programme-citation').innerText()).trim();
    const decision = DECISION.exec(citation)?.[0];
    assert.ok(decision, `the citation names decision 15/<year>/QĐ-UBND: ${citation}`);
    assert.ok(citation.includes(ISSUER), `the citation names the issuer: ${citation}`);
    await expectText(row.getByTestId('support-programme-rate'), '10%', 'the rate');
    await expectText(row.getByTestId('support-mechanism'), vi.billing.supportMechanism.OPERATOR_DISCOUNT, 'the mechanism');
    await screenshot(ops, 'programmes');

    // Its claim report over the programme's period: the firms' subtotals make up the total.
    await row.getByTestId('support-programme-claims').click();
    await expectText(ops.getByTestId('support-report-citation'), decision, 'the report’s programme');
    await expectVisible(ops.getByTestId('support-claims-range'), 'the report');
    const subtotals = await ops.getByTestId('support-firm-amount').all();
    let sum = 0;
    for (const subtotal of subtotals) sum += await amountIn(subtotal);
    assert.equal(await amountIn(ops.getByTestId('support-claims-amount')), sum, 'the support due is the sum of the firms’ subtotals');
    await screenshot(ops, 'claim report');

    // The PDF for the province, titled as the form is, citing the decision.
    const [saved] = await Promise.all([ops.waitForEvent('download'), ops.getByTestId('support-claims-pdf').click()]);
    const bytes = await readFile(await saved.path());
    assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-', 'the download is a PDF');
    const pdf = await readPdf(await newPage('claim report pdf'), bytes);
    const text = pdf.text.replace(/\s+/g, ' ');
    for (const part of [PDF_TITLE, decision]) {
      assert.ok(text.includes(part), `the claim report's PDF shows ${JSON.stringify(part)}; its text: ${text}`);
    }

    // A programme whose period ends before it starts: the server's reason under the end date.
    await ops.getByTestId('nav-support-programmes').click();
    await expectPath(ops, '/support-programmes');
    await ops.getByTestId('support-programme-create').click();
    const dialog = ops.getByRole('dialog');
    await dialog.getByTestId('support-name').fill('Hỗ trợ tiền thuê (kiểm thử E2E)');
    await dialog.getByTestId('support-decision-number').fill('99/2030/QĐ-UBND');
    await typeDate(dialog.getByTestId('support-decision-date'), '2030-05-15');
    await typeDate(dialog.getByTestId('support-starts-on'), '2030-06-01');
    await typeDate(dialog.getByTestId('support-ends-on'), '2030-05-31');
    await dialog.getByTestId('support-submit').click();
    const endsOn = dialog.getByTestId('support-ends-on');
    await eventually(async () => (await endsOn.getAttribute('aria-invalid')) === 'true', 'the end date is marked wrong');
    const errorId = (await endsOn.getAttribute('aria-describedby'))?.split(' ').find((id) => id.endsWith('-error'));
    assert.ok(errorId, 'the end date field points at its error');
    await expectText(
      dialog.locator(`[id="${errorId}"]`),
      'Thời gian của chương trình kết thúc trước khi bắt đầu (01/06/2030)',
      'the Vietnamese reason under the end date',
    );
    await screenshot(ops, 'programme form');
    await dialog.getByRole('button', { name: vi.common.cancel, exact: true }).click();
    await eventually(async () => (await ops.getByRole('dialog').count()) === 0, 'the form closes');
    assert.equal(await ops.getByTestId('support-programmes-table').getByTestId('data-table-row').count(), 1, 'nothing was added');
  },
  { timeout: 180_000 },
);

e2eTest(
  'an operator whose SMEs had support sees each firm’s claims by invoice, subtotals that make up the total, and no household business among them',
  async ({ baseUrl, newPage, screenshot }) => {
    const ops = await newPage();
    const row = await openProgrammes(ops, baseUrl, YEN_LAC);
    await expectText(row.getByTestId('support-mechanism'), vi.billing.supportMechanism.BUDGET_FUNDED, 'the mechanism');
    await row.getByTestId('support-programme-claims').click();

    const firms = ops.getByTestId('support-claims-firm');
    await expectVisible(firms.first(), 'a firm’s claims');
    let total = 0;
    for (const firm of await firms.all()) {
      const name = (await firm.getByTestId('support-claims-firm-name').innerText()).trim();
      assert.ok(!name.startsWith('Hộ '), `a household business is not eligible, yet ${name} is listed`);
      let claimed = 0;
      const claims = await firm.getByTestId('support-claim-row').all();
      assert.ok(claims.length > 0, `${name} has a claim`);
      for (const claim of claims) claimed += parseMoney((await claim.locator('td').last().innerText()).trim());
      const subtotal = await amountIn(firm.getByTestId('support-firm-amount'));
      assert.equal(subtotal, claimed, `${name}'s subtotal is the sum of its claims`);
      total += subtotal;
    }
    assert.ok(total > 0, 'some support is due');
    assert.equal(await amountIn(ops.getByTestId('support-claims-total-amount')), total, 'the total is the sum of the firms’ subtotals');
    await screenshot(ops, 'claim report with claims');

    // Each invoice number opens the invoice.
    const invoice = firms.first().getByTestId('support-claim-invoice').first();
    const number = (await invoice.innerText()).trim();
    await invoice.click();
    await expectText(ops.getByTestId('invoice-number'), number.split(' ').pop(), 'the invoice claimed');
  },
);
