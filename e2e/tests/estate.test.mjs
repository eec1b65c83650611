import assert from 'node:assert/strict';
import { DEMO_PASSWORD } from '../support/config.mjs';
import { TEXTS, pickOption, submitSignIn, typeDate } from '../support/app.mjs';
import { eventually, expectAbsent, expectPath, expectText, expectVisible } from '../support/expect.mjs';
import { e2eSuite } from '../support/harness.mjs';

const { e2eTest } = e2eSuite(import.meta.url);
const vi = TEXTS.vi;

// What the demo estate holds (backend/src/demo): KCC leases CN-001 of CCN Đồng Sóc from
// 2015-01-01 to 2064-12-31; the province has five clusters, among them CCN làng nghề Yên Đồng.
const DONG_SOC = 'CCN Đồng Sóc';
const KCC = 'KCC Vina (Đồng Sóc)';

/** A text with `{{name}}` placeholders filled in, as i18next does. */
function fill(template, values) {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key) => String(values[key]));
}

/** A rate in basis points as the app shows it in Vietnamese: 2500 → `25,0%`. */
function percentBp(bp) {
  return `${new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(bp / 100)}%`;
}

/** Square metres as hectares as the app shows them in Vietnamese: 5000 → `0,50 ha`. */
function hectares(areaM2) {
  return `${new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(areaM2 / 10_000)} ha`;
}

/** "Đang hiển thị n / m" under a list, as a pattern capturing the total. */
const SHOWN_OF_TOTAL = new RegExp(`^${fill(vi.common.shownOfTotal, { shown: '\\d+', total: '(\\d+)' })}$`);

/** The total a list's "shown of total" line reports, once its first row has rendered. */
async function listTotal(page, table) {
  await expectVisible(table.locator('tbody tr').getByTestId('lease-link').first(), 'a row of the leases table');
  const line = page.getByText(SHOWN_OF_TOTAL);
  await expectVisible(line, 'the “shown of total” line');
  return Number(SHOWN_OF_TOTAL.exec((await line.innerText()).trim())[1]);
}

async function signIn(page, baseUrl, email, home) {
  await submitSignIn(page, baseUrl, email, DEMO_PASSWORD);
  await expectPath(page, home);
}

/**
 * A 10-digit tax code with a correct check digit from nine digits (the first nine digits are
 * bumped until one exists): 10 − (Σ digit × 31, 29, 23, 19, 17, 13, 7, 5, 3 mod 11).
 */
function validTaxCode(nine) {
  let n = Number(nine);
  for (;;) {
    const head = String(n).padStart(9, '0');
    const sum = [31, 29, 23, 19, 17, 13, 7, 5, 3].reduce((acc, w, i) => acc + w * Number(head[i]), 0);
    const digit = 10 - (sum % 11);
    if (digit < 10) return `${head}${digit}`;
    n += 1;
  }
}

e2eTest(
  'an operator creates a cluster, a plot, a firm and a lease and sees occupancy move',
  async ({ baseUrl, newPage, screenshot }) => {
    const stamp = Date.now();
    const clusterName = `CCN E2E ${stamp}`;
    const firmName = `Công ty TNHH E2E ${stamp}`;
    const taxCode = validTaxCode(`9${String(stamp).slice(-8)}`); // outside the demo's 25… range
    const plotCode = 'E2E-01';
    const plotAreaM2 = 5_000;
    const totalHa = 3;
    const leasableHa = 2;
    const expectedRate = percentBp(Math.floor((plotAreaM2 * 10_000) / (leasableHa * 10_000)));

    const page = await newPage();
    await signIn(page, baseUrl, 'ops@dongsoc.example', '/overview');

    // A cluster, areas in hectares, no wastewater plant; saving opens its page at 0%.
    await page.getByTestId('nav-clusters').click();
    await expectPath(page, '/clusters');
    await page.getByTestId('cluster-create').click();
    await page.getByTestId('cluster-name').fill(clusterName);
    await page.getByTestId('cluster-district').fill('xã Vĩnh Tường');
    await page.getByTestId('cluster-total-area').fill(String(totalHa));
    await page.getByTestId('cluster-leasable-area').fill(String(leasableHa));
    assert.equal(await page.getByTestId('cluster-wwtp-present').isChecked(), false, 'no wastewater plant by default');
    await page.getByTestId('cluster-submit').click();
    await eventually(() => /^\/clusters\/[^/]+$/.test(new URL(page.url()).pathname), 'the new cluster’s page opens');
    const clusterPath = new URL(page.url()).pathname;
    await expectVisible(page.getByRole('heading', { name: clusterName }), 'the new cluster’s heading');
    await expectText(page.getByTestId('occupancy-rate'), percentBp(0), 'the new cluster’s occupancy');
    await expectText(page.getByTestId('wastewater-status'), vi.estate.wastewater.status.NONE, 'the wastewater badge');

    // A plot of 5,000 m² in it, free today.
    await page.getByTestId('nav-plots').click();
    await expectPath(page, '/plots');
    await page.getByTestId('plot-create').click();
    await pickOption(page, page.getByTestId('plot-cluster'), clusterName);
    await page.getByTestId('plot-code').fill(plotCode);
    await page.getByTestId('plot-area').fill(String(plotAreaM2));
    await page.getByTestId('plot-submit').click();
    await page.getByTestId('plot-filter-search').fill(plotCode);
    const plotRow = page.getByTestId('plots-table').locator('tbody tr', { hasText: clusterName });
    await expectText(plotRow, '5.000 m²', 'the new plot’s row');
    await expectText(plotRow.getByTestId('plot-status'), vi.estate.plotStatus.FREE, 'the new plot’s status');

    // A firm with a unique 10-digit tax code.
    await page.getByTestId('nav-firms').click();
    await expectPath(page, '/firms');
    await page.getByTestId('firm-create').click();
    await page.getByTestId('firm-name').fill(firmName);
    await page.getByTestId('firm-tax-code').fill(taxCode);
    await page.getByTestId('firm-address').fill(`Lô ${plotCode}, ${clusterName}, xã Vĩnh Tường, tỉnh Phú Thọ`);
    await page.getByTestId('firm-submit').click();
    await page.getByTestId('firm-filter-search').fill(taxCode);
    await expectText(page.getByTestId('firms-table').locator('tbody tr', { hasText: firmName }), taxCode, 'the new firm’s row');

    // A lease of that plot to that firm, held today, saved and activated.
    const year = new Date().getFullYear();
    await page.getByTestId('nav-leases').click();
    await expectPath(page, '/leases');
    await page.getByTestId('lease-create').click();
    await pickOption(page, page.getByTestId('lease-firm'), `${firmName} (${taxCode})`, { search: firmName });
    await pickOption(page, page.getByTestId('lease-cluster'), clusterName);
    await pickOption(page, page.getByTestId('lease-plots'), new RegExp(`^${plotCode} ·`), { search: plotCode });
    await typeDate(page.getByTestId('lease-starts-on'), `${year - 1}-01-01`);
    await typeDate(page.getByTestId('lease-ends-on'), `${year + 19}-12-31`);
    await page.getByTestId('lease-rent').fill('45000');
    await expectText(page.getByTestId('lease-no-conflicts'), vi.estate.leases.noConflicts, 'the overlap check');
    await eventually(() => page.getByTestId('lease-save-activate').isEnabled(), '“save and activate” becomes enabled');
    await screenshot(page, 'lease form');
    await page.getByTestId('lease-save-activate').click();
    await eventually(() => /^\/leases\/[^/]+$/.test(new URL(page.url()).pathname), 'the new lease’s page opens');
    await expectVisible(
      page.getByRole('heading', { name: fill(vi.estate.leases.detailTitle, { firm: firmName }) }),
      'the new lease’s heading',
    );
    await expectText(page.getByTestId('lease-status'), vi.estate.leaseStatus.ACTIVE, 'the new lease’s status');

    // The overview now shows the cluster 25% leased: 0.5 ha of 2 ha.
    await page.getByTestId('nav-overview').click();
    await expectPath(page, '/overview');
    const overviewRow = page.getByTestId('estate-clusters-table').locator('tbody tr', { hasText: clusterName });
    await expectText(overviewRow, expectedRate, 'the new cluster’s occupancy on the overview');
    await expectText(
      overviewRow,
      `${hectares(plotAreaM2)} / ${hectares(leasableHa * 10_000)}`,
      'the new cluster’s leased area on the overview',
    );
    await screenshot(page, 'overview');

    // And so does the cluster's own page, with its plot shown leased.
    await overviewRow.getByRole('link', { name: clusterName }).click();
    await expectPath(page, clusterPath);
    await expectText(page.getByTestId('occupancy-rate'), expectedRate, 'the cluster page’s occupancy');
    const tile = page.getByTestId('plot-tile').filter({ hasText: plotCode });
    await expectVisible(tile, `the tile of ${plotCode}`);
    await eventually(async () => (await tile.getAttribute('data-status')) === 'LEASED', `${plotCode} shows as leased`);
  },
  { timeout: 60_000 },
);

e2eTest(
  'an overlapping lease shows the conflict and cannot be activated',
  async ({ baseUrl, newPage, screenshot }) => {
    const page = await newPage();
    await signIn(page, baseUrl, 'ops@dongsoc.example', '/overview');
    await page.getByTestId('nav-leases').click();
    await expectPath(page, '/leases');
    const before = await listTotal(page, page.getByTestId('leases-table'));

    // CN-001 is KCC's from 2015 to 2064; ask for two years inside that.
    await page.getByTestId('lease-create').click();
    await pickOption(page, page.getByTestId('lease-firm'), /^YPE Vina \(Đồng Sóc\)/, { search: 'YPE' });
    await pickOption(page, page.getByTestId('lease-cluster'), DONG_SOC);
    await pickOption(page, page.getByTestId('lease-plots'), /^CN-001 ·/, { search: 'CN-001' });
    await typeDate(page.getByTestId('lease-starts-on'), '2030-01-01');
    await typeDate(page.getByTestId('lease-ends-on'), '2031-12-31');
    await page.getByTestId('lease-rent').fill('45000');

    const alert = page.getByTestId('lease-conflict-alert');
    await expectText(alert, vi.estate.leases.conflictsTitle, 'the conflict alert');
    await expectText(
      alert,
      fill(vi.estate.leases.conflictLine, { plot: 'CN-001', from: '01/01/2015', to: '31/12/2064' }),
      'the conflict alert',
    );
    await expectAbsent(page.getByTestId('lease-no-conflicts'), '“plots are free” line');
    assert.equal(await page.getByTestId('lease-save-activate').isDisabled(), true, '“save and activate” is disabled');
    await screenshot(page, 'conflict');

    // Walk away: nothing was saved.
    await page.getByRole('dialog').getByRole('button', { name: vi.common.cancel, exact: true }).click();
    await eventually(async () => (await page.getByRole('dialog').count()) === 0, 'the new-lease dialog closes');
    await expectPath(page, '/leases');
    await page.reload();
    const after = await listTotal(page, page.getByTestId('leases-table'));
    assert.equal(after, before, 'the number of leases is unchanged');
  },
  { timeout: 60_000 },
);

e2eTest(
  'the enterprise user sees only their firm’s leases',
  async ({ baseUrl, newPage }) => {
    const page = await newPage();
    await signIn(page, baseUrl, 'accounting@kcc.example', '/overview');
    await page.getByTestId('nav-my-leases').click();
    await expectPath(page, '/my-leases');
    await expectVisible(page.getByRole('heading', { name: vi.estate.leases.myTitle }), 'the “my leases” heading');

    const links = page.getByTestId('leases-table').locator('tbody tr').getByTestId('lease-link');
    await expectVisible(links.first(), 'at least one lease');
    const total = await listTotal(page, page.getByTestId('leases-table'));
    const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
    assert.ok(hrefs.length >= 1, 'at least one lease');
    assert.equal(hrefs.length, total, 'every lease is on the first page');

    // The list has no firm column (it is all one firm's); each lease's page names the firm.
    for (const href of hrefs) {
      assert.match(href, /^\/my-leases\/[^/]+$/);
      await page.getByTestId('leases-table').locator(`a[href="${href}"]`).click();
      await expectPath(page, href);
      await expectVisible(
        page.getByRole('heading', { name: fill(vi.estate.leases.detailTitle, { firm: KCC }) }),
        `the heading of ${href} naming ${KCC}`,
      );
      await expectAbsent(page.getByTestId('lease-terminate'), 'terminate button for an enterprise user');
      await page.goBack();
      await expectPath(page, '/my-leases');
    }
  },
  { timeout: 60_000 },
);

e2eTest(
  'the authority viewer sees province statistics and cannot open a lease',
  async ({ baseUrl, newPage, screenshot }) => {
    const page = await newPage();
    await signIn(page, baseUrl, 'viewer@sct.example', '/province');

    const rows = page.getByTestId('province-table').locator('tbody tr');
    await expectText(rows, DONG_SOC, 'the province table');
    await expectText(rows, 'Yên Đồng', 'the province table');
    const names = await rows.allInnerTexts();
    assert.ok(names.length >= 5, `at least 5 clusters in the province table, found ${names.length}`);
    const body = await page.locator('body').innerText();
    assert.ok(!body.includes('₫'), 'no amount of money (₫) on the province overview');
    await screenshot(page, 'province');

    // Typing the leases address shows the "not for your role" page, at that address.
    await page.goto(`${baseUrl}/leases`);
    await expectText(page.getByTestId('forbidden'), vi.forbidden.title, 'the forbidden page');
    await expectPath(page, '/leases');
    await expectAbsent(page.getByTestId('leases-table'), 'leases table');
    await expectAbsent(page.getByTestId('lease-create'), '“new lease” button');
    await expectAbsent(page.getByTestId('nav-leases'), 'leases nav link');
  },
  { timeout: 60_000 },
);
