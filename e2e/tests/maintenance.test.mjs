import assert from 'node:assert/strict';
import { DEMO_PASSWORD } from '../support/config.mjs';
import { TEXTS, pickOption, submitSignIn, typeDate } from '../support/app.mjs';
import { expectAbsent, expectPath, expectText, expectVisible } from '../support/expect.mjs';
import { money, parseMoney, pngPhoto } from '../support/fixtures.mjs';
import { e2eSuite } from '../support/harness.mjs';

const { e2eTest } = e2eSuite(import.meta.url);
const vi = TEXTS.vi;

// What the demo holds (backend/src/demo): KCC Vina leases plot CN-001 in CCN Đồng Sóc, whose
// operator signs in as ops@dongsoc.example; the cluster has a maintenance fund.
const OPERATOR = 'ops@dongsoc.example';
const ENTERPRISE = 'accounting@kcc.example';
const DONG_SOC = 'CCN Đồng Sóc';
const PLOT = 'CN-001';

// What this test files and spends.
const TITLE = `Cống thoát nước bị tắc trước cổng (E2E ${Date.now()})`;
const CONTRACTOR = 'Công ty TNHH Thoát nước Phú Thọ';
const CONTRACTOR_PHONE = '0210 3812 345';
const CONTRACTOR_EMAIL = 'dieuphoi@thoatnuoc-phutho.example';
const SUPPLIER_INVOICE = 'HD-0004521';
const COST = 3_500_000;

/** A picture on the page has loaded and has pixels. */
async function expectLoadedImage(locator, what) {
  await expectVisible(locator, what);
  await locator.page().waitForFunction((img) => img.complete && img.naturalWidth > 0, await locator.elementHandle(), { timeout: 10_000 });
}

/** A text with `{{name}}` placeholders filled in, as i18next does. */
function fill(template, values) {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key) => String(values[key]));
}

/** A date some days from today in Vietnam, as `YYYY-MM-DD`. */
function daysFromToday(days) {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** `2026-11-01` → `01/11/2026`. */
function dateVi(date) {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

async function signIn(page, baseUrl, email) {
  await submitSignIn(page, baseUrl, email, DEMO_PASSWORD);
  await expectPath(page, '/overview');
}

/** The request's status badge comes to say `status`. */
async function expectRequestStatus(page, status, what, { operator = false } = {}) {
  const badge = page.getByTestId('request-status').first();
  const text = operator && status === 'WAITING_ON_REQUESTER' ? vi.maintenance.operatorStatus[status] : vi.maintenance.status[status];
  await expectText(badge, text, what);
  // Right after a navigation the page it left may still be on screen for a moment (a list
  // has a badge per request), and the page it opens may first show what it had cached before
  // its fresh answer arrives: wait until the first badge says this status, then check it.
  let seen = await badge.getAttribute('data-status');
  for (const deadline = Date.now() + 10_000; seen !== status && Date.now() < deadline; ) {
    await page.waitForTimeout(100);
    seen = await badge.getAttribute('data-status');
  }
  assert.equal(seen, status, what);
}

async function expectWorkOrderStatus(page, status, what) {
  const badge = page.getByTestId('work-order-status');
  await expectText(badge, vi.maintenance.workOrderStatus[status], what);
  assert.equal(await badge.getAttribute('data-status'), status, what);
}

/** The maintenance fund's balance of Đồng Sóc, as the operator's fund page shows it. */
async function fundBalance(page) {
  await page.getByTestId('nav-maintenance-fund').click();
  await expectPath(page, '/maintenance-fund');
  await pickOption(page, page.getByTestId('fund-cluster'), DONG_SOC);
  await expectText(page.getByTestId('fund-cluster-name'), fill(vi.billing.fund.ofCluster, { cluster: DONG_SOC }), 'the fund’s cluster');
  return parseMoney(await page.getByTestId('fund-balance').innerText());
}

/** Moves the open work order with the button of its move to `to`, and waits for the new state. */
async function moveWorkOrder(page, to, { dialog = false } = {}) {
  await page.getByTestId(`move-${to}`).click();
  if (dialog) await page.getByTestId('move-submit').click();
  await expectWorkOrderStatus(page, to, `the work order, moved to ${to}`);
}

/** A screenshot without the notices of the last moves over the page. */
async function quietScreenshot(screenshot, page, label) {
  await page.addStyleTag({ content: '.mantine-Notifications-root { display: none !important; }' });
  await screenshot(page, label);
}

e2eTest(
  'KCC files a request from a phone, the operator fixes it through a work order paid from the fund, and KCC confirms it',
  async ({ baseUrl, newPage, screenshot }) => {
    // KCC's accountant, on a phone.
    const kcc = await newPage('kcc');
    await kcc.setViewportSize({ width: 390, height: 844 });
    await signIn(kcc, baseUrl, ENTERPRISE);
    await expectVisible(kcc.getByTestId('open-requests'), 'the open requests on KCC’s home page');
    await kcc.getByTestId('open-requests-all').click();
    await expectPath(kcc, '/my-requests');
    // Below 576 px the list is cards, not a table.
    await expectVisible(kcc.getByTestId('requests-cards'), 'KCC’s requests as cards');
    await expectAbsent(kcc.getByTestId('requests-table'), 'a table at 390 px');
    await quietScreenshot(screenshot, kcc, 'kcc-requests-390');

    await kcc.getByTestId('request-new').click();
    await expectPath(kcc, '/my-requests/new');
    await kcc.getByTestId('request-title').fill(TITLE);
    await kcc.getByTestId('request-description').fill('Nước mưa tràn ra đường N2 từ sáng nay, xe tải không vào được cổng.');
    await pickOption(kcc, kcc.getByTestId('request-category'), vi.maintenance.category.DRAINAGE);
    await pickOption(kcc, kcc.getByTestId('request-plot'), new RegExp(`^${PLOT} · `));
    await kcc.getByTestId('request-urgent').check();
    // A photo of the drain, as a phone's camera or gallery hands it over.
    await kcc.getByTestId('request-files-input').setInputFiles({ name: 'cong-tac.png', mimeType: 'image/png', buffer: pngPhoto(640, 480) });
    await expectText(kcc.getByTestId('request-files'), 'cong-tac.png', 'the chosen photo in the form');
    // The form fits the phone: nothing sticks out sideways.
    const overflow = await kcc.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `the filing form fits 390 px (it overflows by ${overflow} px)`);
    await quietScreenshot(screenshot, kcc, 'kcc-form-390');
    await kcc.getByTestId('request-submit').click();

    await expectText(kcc.getByTestId('request-title-heading'), TITLE, 'the new request’s page');
    await expectRequestStatus(kcc, 'SUBMITTED', 'the new request');
    await expectLoadedImage(kcc.getByTestId('request-file-thumbnail'), 'the photo’s thumbnail on KCC’s request');
    const requestPath = new URL(kcc.url()).pathname;
    const requestId = requestPath.split('/').pop();

    // The operator, at a desk.
    const ops = await newPage('operator');
    await signIn(ops, baseUrl, OPERATOR);
    const fundBefore = await fundBalance(ops);
    await ops.getByTestId('nav-maintenance').click();
    await expectPath(ops, '/maintenance');
    const link = ops.getByTestId('requests-table').getByRole('link', { name: TITLE, exact: true });
    await expectVisible(link, 'the new request in the operator’s queue');
    const row = ops.getByTestId('requests-table').locator('tr', { has: ops.getByRole('link', { name: TITLE, exact: true }) });
    // Urgent: it starts at P2, and its response clock runs.
    await expectText(row.getByTestId('priority'), 'P2', 'the urgent request’s priority');
    await expectVisible(row.getByTestId('sla-badge'), 'the SLA badge of the new request');
    await quietScreenshot(screenshot, ops, 'operator-queue-1280');
    await link.click();
    await expectPath(ops, `/maintenance/${requestId}`);
    await expectLoadedImage(ops.getByTestId('request-file-thumbnail'), 'the photo’s thumbnail for the operator');
    await quietScreenshot(screenshot, ops, 'operator-request-photo-1280');

    // Acknowledged with a promised date: the firm sees the date.
    const promised = daysFromToday(3);
    await ops.getByTestId('action-acknowledge').click();
    await typeDate(ops.getByTestId('action-promised-on'), promised);
    await ops.getByTestId('action-message').fill('Đội thoát nước sẽ xử lý trong 3 ngày.');
    await ops.getByTestId('action-submit').click();
    await expectRequestStatus(ops, 'ACKNOWLEDGED', 'the acknowledged request', { operator: true });

    // A work order from the request, assigned to a contractor, paid from the fund.
    await ops.getByTestId('work-order-create').click();
    await expectWorkOrderStatus(ops, 'OPEN', 'the new work order');
    assert.match(new URL(ops.url()).pathname, /^\/maintenance\/work-orders\/[^/]+$/, 'the work order’s page');
    await ops.getByTestId('assign-who').getByText(vi.maintenance.workOrder.assignContractor).click();
    await ops.getByTestId('assign-contractor-name').fill(CONTRACTOR);
    await ops.getByTestId('assign-contractor-phone').fill(CONTRACTOR_PHONE);
    await ops.getByTestId('assign-contractor-email').fill(CONTRACTOR_EMAIL);
    await ops.getByTestId('assign-submit').click();
    await expectText(ops.getByTestId('work-order-assignee'), CONTRACTOR, 'the contractor assigned');
    assert.equal(
      await ops.getByTestId('work-order-funding').inputValue(),
      vi.maintenance.fundingSource.FUND,
      'a work order is paid from the fund unless told otherwise',
    );

    await ops.getByTestId('checklist-new').fill('Nạo vét hố ga trước cổng');
    await ops.getByTestId('checklist-add').click();
    await expectVisible(ops.getByRole('checkbox', { name: 'Nạo vét hố ga trước cổng' }), 'the checklist step');

    await moveWorkOrder(ops, 'IN_PROGRESS');
    // The contractor's invoice, as a contractor cost line.
    await pickOption(ops, ops.getByTestId('cost-kind'), vi.maintenance.costKind.CONTRACTOR);
    await ops.getByTestId('cost-description').fill('Nạo vét 12 m cống và hố ga');
    await ops.getByTestId('cost-amount').fill(String(COST));
    await ops.getByTestId('cost-supplier').fill(CONTRACTOR);
    await ops.getByTestId('cost-supplier-invoice').fill(SUPPLIER_INVOICE);
    await ops.getByTestId('cost-add').click();
    await expectText(ops.getByTestId('cost-total'), money(COST), 'the work order’s cost total');
    await ops.getByRole('checkbox', { name: 'Nạo vét hố ga trước cổng' }).click();
    await expectVisible(ops.getByRole('checkbox', { name: 'Nạo vét hố ga trước cổng', checked: true }), 'the step ticked');

    await quietScreenshot(screenshot, ops, 'operator-work-order-in-progress-1280');
    await moveWorkOrder(ops, 'DONE');
    await moveWorkOrder(ops, 'VERIFIED', { dialog: true });
    await expectText(
      ops.getByTestId('verified-total'),
      fill(vi.maintenance.workOrder.verifiedTotal, { amount: money(COST) }),
      'the costs locked at verification',
    );
    await quietScreenshot(screenshot, ops, 'operator-work-order-1280');

    // Back on the request: the operator resolves it with what was done.
    await ops.getByTestId('work-order-moves').waitFor({ state: 'detached' });
    await ops.getByRole('link', { name: `← ${vi.common.back}` }).click();
    await expectPath(ops, `/maintenance/${requestId}`);
    await expectRequestStatus(ops, 'IN_PROGRESS', 'the request, started with its work order', { operator: true });
    await ops.getByTestId('action-resolve').click();
    await ops.getByTestId('action-text').fill('Đã nạo vét cống và hố ga trước cổng, nước đã thoát.');
    await ops.getByTestId('action-submit').click();
    await expectRequestStatus(ops, 'RESOLVED', 'the resolved request', { operator: true });

    // KCC sees the promised date and the resolution, and confirms it with a rating.
    await kcc.getByRole('link', { name: `← ${vi.common.back}` }).click();
    await expectPath(kcc, '/my-requests');
    await kcc.getByTestId('requests-cards').getByRole('link', { name: TITLE, exact: true }).click();
    await expectPath(kcc, requestPath);
    await expectRequestStatus(kcc, 'RESOLVED', 'the request KCC reads');
    await expectVisible(kcc.getByText(dateVi(promised)), 'the promised date');
    await expectVisible(kcc.getByText('Đã nạo vét cống và hố ga trước cổng, nước đã thoát.'), 'what was done');
    await expectVisible(kcc.getByTestId('comment').getByText('Đội thoát nước sẽ xử lý trong 3 ngày.'), 'the operator’s message');
    await kcc.getByTestId('action-confirm').click();
    const four = kcc.getByTestId('action-rating').getByLabel(fill(vi.maintenance.detail.ratingValue, { rating: 4 }), { exact: true });
    await kcc.locator(`label[for="${await four.getAttribute('id')}"]`).click();
    await kcc.getByTestId('action-submit').click();
    await expectRequestStatus(kcc, 'CLOSED', 'the confirmed request');
    await expectVisible(kcc.getByText(fill(vi.maintenance.detail.ratingValue, { rating: 4 })), 'KCC’s rating');

    // The fund paid the contractor: one expense naming the work order and the contractor's invoice.
    assert.equal(await fundBalance(ops), fundBefore - COST, 'the fund fell by the work order’s cost');
    const expense = ops.getByTestId('fund-entries').locator('tbody tr', { hasText: SUPPLIER_INVOICE });
    await expectVisible(expense, 'the fund’s expense entry for the work order');
    assert.equal(await expense.count(), 1, 'the costs posted once');
    await expectText(expense, TITLE, 'the expense names the work order');
    await expectText(expense, money(-COST), 'the expense’s amount');
  },
  { timeout: 180_000 },
);
