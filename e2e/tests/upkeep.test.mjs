import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { DEMO_PASSWORD } from '../support/config.mjs';
import { TEXTS, pickOption, submitSignIn } from '../support/app.mjs';
import { expectPath, expectText, expectVisible } from '../support/expect.mjs';
import { money, parseMoney, pngPhoto } from '../support/fixtures.mjs';
import { e2eSuite } from '../support/harness.mjs';
import { readPdf } from '../support/pdf.mjs';

const { e2eTest } = e2eSuite(import.meta.url);
const vi = TEXTS.vi;

// What the demo holds (backend/src/demo): CCN Đồng Sóc, run by ops@dongsoc.example (admin)
// with staff@dongsoc.example on site, has the storm drain TN-01 in its register; KCC Vina
// (accounting@kcc.example) leases a plot there.
const ADMIN = 'ops@dongsoc.example';
const STAFF = 'staff@dongsoc.example';
const ENTERPRISE = 'accounting@kcc.example';
const DONG_SOC = 'CCN Đồng Sóc';
const DRAIN = /^TN-01 · /;

// What this test schedules and spends.
const TITLE = `Kiểm tra cửa xả cống (E2E ${Date.now()})`;
const SUPPLIER = 'Công ty TNHH Thoát nước Phú Thọ';
const SUPPLIER_INVOICE = `HD-${String(Date.now()).slice(-7)}`;
const COST = 2_750_000;

/** Concrete around a dark drain outlet, as a pixel function for `pngPhoto`. */
function outlet(width, height) {
  return (x, y) => {
    const inside = (x - width / 2) ** 2 + (y - height / 2) ** 2 < (height / 4) ** 2;
    const shade = inside ? 25 : 160 + ((x * 5 + y * 11) % 30);
    return [shade, shade, shade];
  };
}

/** Today in Vietnam as `YYYY-MM-DD`. */
function today() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
}

async function signIn(page, baseUrl, email) {
  await submitSignIn(page, baseUrl, email, DEMO_PASSWORD);
  await expectPath(page, '/overview');
}

/** Every firm's name in the operator's tenant, read through the API as its admin. */
async function firmNames(baseUrl) {
  const post = async (body, token) => {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    const json = await response.json();
    assert.equal(json.errors, undefined, JSON.stringify(json.errors));
    return json.data;
  };
  const login = await post({
    query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }',
    variables: { e: ADMIN, p: DEMO_PASSWORD },
  });
  const data = await post({ query: '{ firms(first: 100) { nodes { name } } }' }, login.login.accessToken);
  return data.firms.nodes.map((f) => f.name);
}

/** What the fund paid for in the month `MM/YYYY` on a firm's cluster fund page (0: nothing). */
async function paidForMonth(page, month) {
  await expectVisible(page.getByTestId('fund-view'), 'the cluster’s fund');
  const row = page.getByTestId('fund-paid-for').locator('tbody tr', { hasText: month });
  if ((await row.count()) === 0) return 0;
  return parseMoney(await row.locator('td').last().innerText());
}

/** A screenshot without the notices of the last actions over the page. */
async function quietScreenshot(screenshot, page, label) {
  await page.addStyleTag({ content: '.mantine-Notifications-root { display: none !important; }' });
  await screenshot(page, label);
}

e2eTest(
  'the operator schedules a drain check, the calendar shows it, a site engineer completes its work order on a phone, the fund statement names the invoice, and KCC sees the total without firm names',
  async ({ baseUrl, newPage, screenshot }) => {
    const day = today();
    const [year, mm] = day.split('-');
    const month = `${mm}/${year}`;

    // KCC's fund page before: what the fund paid for this month.
    const kcc = await newPage('kcc');
    await signIn(kcc, baseUrl, ENTERPRISE);
    await kcc.getByTestId('nav-cluster-fund').click();
    await expectPath(kcc, '/cluster-fund');
    const paidBefore = await paidForMonth(kcc, month);

    // The operator adds a monthly check of the storm drain, due today, with a typed checklist.
    const ops = await newPage('operator');
    await signIn(ops, baseUrl, ADMIN);
    await ops.getByTestId('nav-upkeep-schedules').click();
    await expectPath(ops, '/upkeep-schedules');
    await ops.getByTestId('schedule-create').click();
    await pickOption(ops, ops.getByTestId('schedule-cluster'), DONG_SOC);
    await pickOption(ops, ops.getByTestId('schedule-asset'), DRAIN);
    await ops.getByTestId('schedule-title').fill(TITLE);
    await ops.getByTestId('schedule-rule').fill('FREQ=MONTHLY');
    await expectVisible(ops.getByTestId('rule-words'), 'the rule in words');
    await ops.getByLabel(vi.upkeep.schedules.estimatedCost).fill(String(COST));
    const items = [
      { label: 'Cửa xả thông, không tắc', kind: 'PASS_FAIL' },
      { label: 'Bùn lắng trong hố ga', kind: 'NUMBER', unit: 'cm', max: '20' },
      { label: 'Ảnh cửa xả', kind: 'PHOTO' },
    ];
    for (const [index, item] of items.entries()) {
      await ops.getByTestId('checklist-add').click();
      const card = ops.getByTestId('checklist-item').nth(index);
      await card.getByLabel(vi.upkeep.schedules.itemLabel).fill(item.label);
      await pickOption(ops, card.getByLabel(vi.upkeep.schedules.itemKind), vi.upkeep.checklistKind[item.kind]);
      if (item.unit) await card.getByLabel(vi.upkeep.schedules.unit).fill(item.unit);
      if (item.max) await card.getByLabel(vi.upkeep.schedules.max).fill(item.max);
    }
    await quietScreenshot(screenshot, ops, 'schedule-form-1280');
    await ops.getByTestId('schedule-submit').click();
    await expectVisible(ops.getByText(TITLE).first(), 'the new schedule in the list');

    // The calendar shows it today, already opened as a work order (saving planned it at once).
    await ops.getByTestId('nav-upkeep-calendar').click();
    await expectPath(ops, '/upkeep-calendar');
    await pickOption(ops, ops.getByTestId('calendar-cluster'), DONG_SOC);
    const item = ops.getByTestId(`calendar-day-${day}`).getByTestId('calendar-item').filter({ hasText: TITLE });
    await expectVisible(item, 'the check on today’s square of the calendar');
    await expectText(item.getByTestId('calendar-item-status'), vi.upkeep.calendar.status.OPEN, 'the occurrence, opened');
    await quietScreenshot(screenshot, ops, 'calendar-1280');
    await item.getByRole('link').first().click();
    assert.match(new URL(ops.url()).pathname, /^\/maintenance\/work-orders\/[^/]+$/, 'the calendar links the work order');
    const workOrderPath = new URL(ops.url()).pathname;

    // The site engineer, on a phone, answers the checklist, books the contractor's invoice and
    // marks the work done.
    const site = await newPage('site engineer');
    await site.setViewportSize({ width: 390, height: 844 });
    await signIn(site, baseUrl, STAFF);
    await site.goto(`${baseUrl}${workOrderPath}`);
    await expectText(site.getByTestId('work-order-status'), vi.maintenance.workOrderStatus.OPEN, 'the work order on the phone');
    await site.getByTestId(`move-IN_PROGRESS`).click();
    await expectText(site.getByTestId('work-order-status'), vi.maintenance.workOrderStatus.IN_PROGRESS, 'started');
    const answers = site.getByTestId('inspection-item');
    const pass = answers.filter({ hasText: items[0].label });
    await pass.getByText(vi.maintenance.inspection.pass, { exact: true }).click();
    await pass.getByTestId('inspection-save').click();
    await expectText(pass.getByTestId('inspection-verdict'), vi.maintenance.inspection.passed, 'the pass/fail item, passed');
    const silt = answers.filter({ hasText: items[1].label });
    await silt.getByTestId('inspection-number').fill('12');
    await silt.getByTestId('inspection-save').click();
    await expectText(silt.getByTestId('inspection-verdict'), vi.maintenance.inspection.passed, 'the measured silt, within range');
    const photo = answers.filter({ hasText: items[2].label });
    const [chooser] = await Promise.all([site.waitForEvent('filechooser'), photo.getByTestId('inspection-photo-button').click()]);
    await chooser.setFiles({ name: 'cua-xa.png', mimeType: 'image/png', buffer: pngPhoto(800, 600, outlet(800, 600)) });
    await photo.getByTestId('inspection-save').click();
    await expectVisible(photo.getByTestId('inspection-photo'), 'the photo answering its item');

    await site.getByTestId('cost-kind').scrollIntoViewIfNeeded();
    await pickOption(site, site.getByTestId('cost-kind'), vi.maintenance.costKind.CONTRACTOR);
    await site.getByTestId('cost-description').fill('Nạo vét cửa xả và hố ga');
    await site.getByTestId('cost-amount').fill(String(COST));
    await site.getByTestId('cost-supplier').fill(SUPPLIER);
    await site.getByTestId('cost-supplier-invoice').fill(SUPPLIER_INVOICE);
    await site.getByTestId('cost-add').click();
    await expectText(site.getByTestId('cost-total'), money(COST), 'the work order’s cost');
    const overflow = await site.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `the work order fits 390 px (it overflows by ${overflow} px)`);
    await quietScreenshot(screenshot, site, 'work-order-390');
    await site.getByTestId('move-DONE').click();
    await expectText(site.getByTestId('work-order-status'), vi.maintenance.workOrderStatus.DONE, 'done on site');

    // The admin accepts it: the fund pays the contractor's invoice.
    await ops.reload();
    await expectText(ops.getByTestId('work-order-status'), vi.maintenance.workOrderStatus.DONE, 'the admin sees it done');
    await ops.getByTestId('move-VERIFIED').click();
    await ops.getByTestId('move-submit').click();
    await expectText(ops.getByTestId('work-order-status'), vi.maintenance.workOrderStatus.VERIFIED, 'accepted');

    // The fund statement PDF lists the expense with its document number.
    await ops.getByTestId('nav-fund-statement').click();
    await expectPath(ops, '/fund-statement');
    await pickOption(ops, ops.getByTestId('statement-cluster'), DONG_SOC);
    await expectVisible(ops.getByTestId('fund-statement').getByText(SUPPLIER_INVOICE, { exact: false }).first(), 'the expense on the statement page');
    await quietScreenshot(screenshot, ops, 'fund-statement-1280');
    const [saved] = await Promise.all([ops.waitForEvent('download'), ops.getByTestId('statement-pdf').click()]);
    const bytes = await readFile(await saved.path());
    assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-', 'the download is a PDF');
    const pdf = await readPdf(await newPage('statement pdf'), bytes);
    for (const text of [DONG_SOC, SUPPLIER_INVOICE, money(-COST).replace('-', '')]) {
      assert.ok(pdf.text.includes(text), `the statement PDF shows ${JSON.stringify(text)}; its text: ${pdf.text.slice(0, 3000)}`);
    }

    // KCC's fund page: this month's upkeep total grew by the invoice; no firm is named.
    await kcc.reload();
    assert.equal(await paidForMonth(kcc, month), paidBefore + COST, 'the month’s total paid for includes the check');
    const shown = await kcc.locator('main').innerText();
    const others = (await firmNames(baseUrl)).filter((name) => !name.includes('KCC'));
    assert.ok(others.length > 5, 'the demo has other firms to leak');
    for (const name of others) {
      assert.ok(!shown.includes(name), `KCC’s fund page names another firm: ${name}`);
    }
    assert.ok(!shown.includes(SUPPLIER_INVOICE), 'KCC’s fund page shows totals, not the operator’s documents');
    await quietScreenshot(screenshot, kcc, 'kcc-cluster-fund-1280');
  },
  { timeout: 240_000 },
);
