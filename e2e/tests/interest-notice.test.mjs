import { readFile } from 'node:fs/promises';
import assert from 'node:assert/strict';
import { DEMO_PASSWORD } from '../support/config.mjs';
import { TEXTS, submitSignIn } from '../support/app.mjs';
import { eventually, expectAbsent, expectPath, expectText, expectVisible } from '../support/expect.mjs';
import { e2eSuite } from '../support/harness.mjs';
import { readPdf } from '../support/pdf.mjs';

const { e2eTest } = e2eSuite(import.meta.url);
const vi = TEXTS.vi;

// The demo (backend/src/demo): Yên Lạc's billing runs bill late interest on notices in the
// series L<yy>TYL, beside its invoices' C<yy>TYL. Which number a notice gets is not fixed.
const OPERATOR = 'ops@yenlac.example';
/** The most invoices looked through for a notice (they come newest first). */
const MAX_PAGES = 30;

/** The data of a GraphQL request to the server, as `token`'s user; fails on any error. */
async function graphql(baseUrl, query, variables = {}, token = null) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const json = await response.json();
  assert.equal(json.errors, undefined, JSON.stringify(json.errors));
  return json.data;
}

/** The operator admin's access token. */
async function operatorToken(baseUrl) {
  const data = await graphql(baseUrl, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }', {
    e: OPERATOR,
    p: DEMO_PASSWORD,
  });
  return data.login.accessToken;
}

/** The newest late-interest notice of the operator, found through the API: `{ id, numberLabel }`. */
async function newestNotice(baseUrl, token) {
  let after = null;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const { invoices } = await graphql(
      baseUrl,
      'query($after: String) { invoices(first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { id numberLabel documentType } } }',
      { after },
      token,
    );
    const notice = invoices.nodes.find((node) => node.documentType === 'INTEREST_NOTICE');
    if (notice) return notice;
    if (!invoices.pageInfo.hasNextPage) break;
    after = invoices.pageInfo.endCursor;
  }
  assert.fail('the demo has a late-interest notice');
}

e2eTest(
  'the operator opens a late-interest notice from the invoices list: titled as a notice, not a VAT invoice, no e-invoice XML nor correction, and its PDF is the notice',
  async ({ baseUrl, newPage, screenshot }) => {
    const token = await operatorToken(baseUrl);
    const notice = await newestNotice(baseUrl, token);
    assert.match(notice.numberLabel, /^L\d{2}TYL \d{8}$/, 'a notice is numbered in the L series');

    // The server refuses its e-invoice XML: no sale, no VAT invoice.
    const xml = await fetch(`${baseUrl}/documents/invoice/${encodeURIComponent(notice.id)}.xml`, {
      headers: { authorization: `Bearer ${token}` },
    });
    assert.equal(xml.status, 409, 'a notice has no e-invoice XML');

    const ops = await newPage();
    await submitSignIn(ops, baseUrl, OPERATOR, DEMO_PASSWORD);
    await expectPath(ops, '/overview');

    // In the list, found by its number, the notice is marked as one; the invoice of the same number is not.
    await ops.getByTestId('nav-invoices').click();
    await expectPath(ops, '/invoices');
    await ops.getByTestId('invoice-filter-search').fill(notice.numberLabel);
    await eventually(async () => new URL(ops.url()).searchParams.get('q') === notice.numberLabel, 'the list is searched for the notice');
    const table = ops.getByTestId('invoices-table');
    const row = table.locator('tbody tr', { has: ops.getByTestId('invoice-link').getByText(notice.numberLabel, { exact: true }) });
    await expectVisible(row, 'the notice’s row');
    await expectText(row.getByTestId('interest-notice-badge'), vi.billing.notice.badge, 'the notice’s badge');
    const invoiceRows = table.locator('tbody tr', { hasNotText: notice.numberLabel });
    for (let i = 0; i < (await invoiceRows.count()); i += 1) {
      await expectAbsent(invoiceRows.nth(i).getByTestId('interest-notice-badge'), 'a badge on a VAT invoice');
    }

    // Its page: titled as a notice, saying it is no VAT invoice; PDF and payment, no XML, no correction.
    await row.getByTestId('invoice-link').click();
    await expectPath(ops, `/invoices/${notice.id}`);
    await expectVisible(
      ops.getByRole('heading', { name: vi.billing.notice.title.replace('{{number}}', notice.numberLabel) }),
      'the notice’s title',
    );
    await expectText(ops.getByTestId('invoice-document'), vi.billing.notice.documentTitle, 'the document’s title');
    await expectText(ops.getByTestId('interest-notice-note'), vi.billing.notice.notVatInvoiceTitle, 'the note that it is no VAT invoice');
    await expectVisible(ops.getByTestId('invoice-pdf'), 'the PDF download');
    await expectVisible(ops.getByTestId('invoice-payment'), 'how to pay it');
    for (const absent of ['invoice-xml', 'invoice-credit-note', 'invoice-increase', 'invoice-replace']) {
      await expectAbsent(ops.getByTestId(absent), absent);
    }
    await screenshot(ops, 'interest notice');

    // Its PDF is the notice.
    const [saved] = await Promise.all([ops.waitForEvent('download'), ops.getByTestId('invoice-pdf').click()]);
    const bytes = await readFile(await saved.path());
    assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-', 'the download is a PDF');
    const pdf = await readPdf(await newPage('notice pdf'), bytes);
    const text = pdf.text.replace(/\s+/g, ' ');
    for (const part of ['THÔNG BÁO TIỀN LÃI CHẬM THANH TOÁN', notice.numberLabel.split(' ')[1]]) {
      assert.ok(text.includes(part), `the notice's PDF shows ${JSON.stringify(part)}; its text: ${text}`);
    }
  },
);
