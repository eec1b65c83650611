// Accessibility (issue 15): every demo role walks every page of its navbar, and the first
// detail page of each kind linked from them (an invoice, a lease, a cluster, a work order…),
// in Vietnamese at 1280 px and a few at 390 px. axe-core checks each page against WCAG 2.1
// A and AA; a serious or critical violation fails the role's test with the rule, its impact
// and the elements it found. Each page must also have exactly one h1.
//
// axe-core (MPL-2.0) is loaded from node_modules into every document of the browser context.

import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { DEMO_PASSWORD, RESULTS_DIR } from '../support/config.mjs';
import { submitSignIn } from '../support/app.mjs';
import { expectVisible } from '../support/expect.mjs';
import { e2eSuite } from '../support/harness.mjs';

const { e2eTest } = e2eSuite(import.meta.url);
const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** The WCAG 2.1 A and AA rules. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const FAILING_IMPACTS = new Set(['serious', 'critical']);
const PHONE = { width: 390, height: 844 };

const ROLES = [
  {
    email: 'ops@dongsoc.example',
    role: 'operator admin',
    phone: ['/overview', '/invoices'],
    // Dialogs, scanned open: a form, and a CSV import with its file field.
    dialogs: [
      { path: '/clusters', button: 'cluster-create' },
      { path: '/firms', button: 'import-open' },
    ],
  },
  { email: 'staff@dongsoc.example', role: 'operator staff', phone: ['/maintenance'] },
  { email: 'accounting@kcc.example', role: 'enterprise', phone: ['/overview', '/my-invoices'] },
  { email: 'viewer@sct.example', role: 'province authority', phone: ['/province'] },
  { email: 'admin@platform.example', role: 'platform admin', phone: ['/tenants'] },
];

/**
 * The kind of page a path is: its id segments (anything with a digit, or longer than 20
 * characters) become `:id`, so `/invoices/abc123` and `/invoices/def456` are one kind.
 */
function pageKind(pathname) {
  return pathname
    .split('/')
    .map((segment) => (/\d/.test(segment) || segment.length > 20 ? ':id' : segment))
    .join('/');
}

/** A page whose links lead to more pages of the app (not files, not signing out). */
function isAppPage(url, baseUrl) {
  return url.startsWith(baseUrl) && !/^\/(api|graphql|files|login|logout)\b/.test(new URL(url).pathname) && !/\.\w+$/.test(url);
}

/** Everything axe reports on the page, and whether it has exactly one h1. */
async function scan(page) {
  return page.evaluate(async (tags) => {
    const result = await globalThis.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return {
      h1: document.querySelectorAll('h1').length,
      violations: result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.map((node) => ({ target: node.target.join(' '), summary: node.failureSummary?.split('\n')[1]?.trim() ?? '' })),
      })),
    };
  }, WCAG_TAGS);
}

/** Counts the page's requests in flight, so `settle` can tell when its data has arrived. */
const traffic = new WeakMap();
function trackRequests(page) {
  const state = { inFlight: 0, lastChange: Date.now() };
  const change = (delta) => () => {
    state.inFlight += delta;
    state.lastChange = Date.now();
  };
  page.on('request', change(1));
  page.on('requestfinished', change(-1));
  page.on('requestfailed', change(-1));
  traffic.set(page, state);
}

/** Waits until no request has been in flight for a moment (at most a few seconds). */
async function settle(page) {
  const state = traffic.get(page);
  const deadline = Date.now() + 8_000;
  while (Date.now() < deadline && (state.inFlight > 0 || Date.now() - state.lastChange < 300)) await page.waitForTimeout(50);
}

/**
 * Opens `path` and waits until its own heading is shown and its data has arrived. Within the
 * signed-in app it moves as the app's links do (history.pushState, no reload), which keeps the
 * walk quick; the first page of a walk is loaded.
 */
async function open(page, baseUrl, path, { load }) {
  if (load) {
    await page.goto(`${baseUrl}${path}`);
  } else {
    await page.evaluate((to) => {
      for (const heading of document.querySelectorAll('h1')) heading.dataset.a11yLeft = '';
      history.pushState(null, '', to);
      dispatchEvent(new PopStateEvent('popstate', { state: null }));
    }, path);
  }
  // A page without its h1 is reported by the scan, not here.
  await page.locator('h1:not([data-a11y-left])').first().waitFor({ timeout: 5_000 }).catch(() => {});
  await settle(page);
  await page.locator('.mantine-Loader-root').first().waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => {});
  // Let Mantine's transitions (fades, collapses) finish: axe reads colours as painted.
  await page.waitForTimeout(150);
}

/** The app's pages linked from the current page, by kind (first link of each kind). */
async function linkedPages(page, baseUrl) {
  const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => a.href));
  const byKind = new Map();
  for (const href of hrefs) {
    if (!isAppPage(href, baseUrl)) continue;
    const { pathname } = new URL(href);
    const kind = pageKind(pathname);
    if (!byKind.has(kind)) byKind.set(kind, pathname);
  }
  return byKind;
}

/** One line per failing rule: id, impact, what it means, and up to five of its elements. */
function describe(findings) {
  return findings
    .map(({ where, id, impact, help, targets }) => {
      const shown = targets.slice(0, 5).map(({ target, summary }) => `      ${target}${summary ? ` — ${summary}` : ''}`);
      const more = targets.length > 5 ? [`      … and ${targets.length - 5} more`] : [];
      return [`  ${where}: ${id} (${impact}) ${help}`, ...shown, ...more].join('\n');
    })
    .join('\n');
}

/**
 * The kinds of page scanned so far in this file: a detail page (an invoice, a lease…) is
 * scanned once, by the first role whose pages link to it.
 */
const scannedKinds = new Set(['/']);

/**
 * Walks `paths` (and the first page of every kind they link to), scanning each; returns the
 * findings of every impact, and the pages without exactly one h1.
 */
async function walk(page, baseUrl, paths, label, { follow = true, load = false } = {}) {
  const findings = [];
  const headings = [];
  for (const path of paths) scannedKinds.add(pageKind(path));
  const queue = [...paths];
  let first = true;
  while (queue.length > 0) {
    const path = queue.shift();
    await open(page, baseUrl, path, { load: load || first });
    first = false;
    const { h1, violations } = await scan(page);
    if (h1 !== 1) headings.push(`${label} ${path}: ${h1} h1 elements`);
    for (const violation of violations) findings.push({ where: `${label} ${path}`, ...violation });
    if (!follow) continue;
    for (const [kind, linked] of await linkedPages(page, baseUrl)) {
      if (scannedKinds.has(kind)) continue;
      scannedKinds.add(kind);
      queue.push(linked);
    }
  }
  return { findings, headings };
}

/** Keeps every finding in results/accessibility--<name>.json, for counting and reading. */
function record(name, findings) {
  const counts = {};
  for (const { impact, targets } of findings) counts[impact] = (counts[impact] ?? 0) + targets.length;
  writeFileSync(join(RESULTS_DIR, `accessibility--${name}.json`), JSON.stringify({ counts, findings }, null, 2));
  return counts;
}

function assertClean(name, findings, headings) {
  const counts = record(name, findings);
  process.stdout.write(`# ${name}: axe nodes by impact ${JSON.stringify(counts)}\n`);
  const failing = findings.filter(({ impact }) => FAILING_IMPACTS.has(impact));
  assert.deepEqual(headings, [], `every page has exactly one h1:\n${headings.join('\n')}`);
  assert.equal(failing.length, 0, `serious or critical WCAG 2.1 A/AA violations:\n${describe(failing)}`);
}

/** Opens each dialog (from its page, by its button's test id) and scans the page with it open. */
async function scanDialogs(page, baseUrl, dialogs) {
  const findings = [];
  for (const { path, button } of dialogs) {
    await open(page, baseUrl, path, { load: false });
    await page.getByTestId(button).click();
    await expectVisible(page.getByRole('dialog'), `the dialog of ${button}`);
    await page.waitForTimeout(300);
    const { violations } = await scan(page);
    for (const violation of violations) findings.push({ where: `1280 ${path} (${button} dialog open)`, ...violation });
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
  }
  return findings;
}

e2eTest('the sign-in and password pages pass axe (WCAG 2.1 AA) in Vietnamese at 1280 and 390 px', async ({ baseUrl, newPage }) => {
  const page = await newPage();
  await page.context().addInitScript({ path: AXE_SCRIPT });
  trackRequests(page);
  const paths = ['/login', '/forgot-password'];
  const wide = await walk(page, baseUrl, paths, '1280', { load: true });
  await page.setViewportSize(PHONE);
  const phone = await walk(page, baseUrl, ['/login'], '390', { follow: false, load: true });
  assertClean('signed-out', [...wide.findings, ...phone.findings], [...wide.headings, ...phone.headings]);
});

for (const { email, role, phone, dialogs = [] } of ROLES) {
  e2eTest(
    `every page of the ${role} passes axe (WCAG 2.1 AA) in Vietnamese at 1280 px, and a few at 390 px`,
    async ({ baseUrl, newPage }) => {
      const page = await newPage();
      await page.context().addInitScript({ path: AXE_SCRIPT });
      trackRequests(page);
      await submitSignIn(page, baseUrl, email, DEMO_PASSWORD);
      const nav = page.locator('nav a[href][data-testid^="nav-"]');
      await expectVisible(nav.first(), 'the navbar');
      const paths = [...new Set((await nav.evaluateAll((links) => links.map((a) => a.href))).map((href) => new URL(href).pathname))];
      assert.ok(paths.length > 0, 'the navbar links to pages');

      const wide = await walk(page, baseUrl, paths, '1280');
      const dialogFindings = await scanDialogs(page, baseUrl, dialogs);
      await page.setViewportSize(PHONE);
      // The phone's drawer is opened once, so its links and account controls are checked too.
      const narrow = await walk(page, baseUrl, phone, '390', { follow: false });
      await page.locator('.mantine-Burger-root').click();
      await page.waitForTimeout(400);
      const drawer = await scan(page);
      const drawerFindings = drawer.violations.map((violation) => ({ where: `390 ${phone[0]} (drawer open)`, ...violation }));

      assertClean(email.split('@')[0] + '-' + email.split('@')[1].split('.')[0], [...wide.findings, ...dialogFindings, ...narrow.findings, ...drawerFindings], [
        ...wide.headings,
        ...narrow.headings,
      ]);
    },
    { timeout: 150_000 },
  );
}
