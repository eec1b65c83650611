// Reading a PDF the way a person would: pdf.js (from node_modules) renders it in Chromium and
// jsQR scans every page for QR codes. The page under test is not involved: the reader runs in
// a page of its own, on a made-up origin whose every request is answered from this process.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { E2E_DIR } from './config.mjs';

const ORIGIN = 'http://pdf-reader.e2e';
const MODULES = join(E2E_DIR, 'node_modules');
const FILES = {
  '/pdf.mjs': ['text/javascript', join(MODULES, 'pdfjs-dist', 'build', 'pdf.min.mjs')],
  '/pdf.worker.mjs': ['text/javascript', join(MODULES, 'pdfjs-dist', 'build', 'pdf.worker.min.mjs')],
  '/jsQR.js': ['text/javascript', join(MODULES, 'jsqr', 'dist', 'jsQR.js')],
};
/** Pixels per PDF point when rendering: a QR module of ~2.5 pt becomes ~10 px. */
const SCALE = 4;

/**
 * What `bytes` (a PDF) holds, read in `page` (a page of its own, e.g. from `newPage('pdf')`):
 * `{ pages, title, text, qrCodes }` where `text` is every page's text joined by spaces, and
 * `qrCodes` the decoded QR payloads, page by page. The last page stays drawn on screen, so a
 * screenshot of `page` shows it.
 * @param {import('playwright-core').Page} page
 * @param {Buffer} bytes
 */
export async function readPdf(page, bytes) {
  await page.route(`${ORIGIN}/**`, async (route) => {
    const { pathname } = new URL(route.request().url());
    if (pathname === '/document.pdf') {
      await route.fulfill({ status: 200, contentType: 'application/pdf', body: bytes });
    } else if (pathname === '/') {
      await route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: '<!doctype html><html><body style="margin:0;background:#888"><canvas id="page"></canvas></body></html>',
      });
    } else if (FILES[pathname]) {
      const [contentType, file] = FILES[pathname];
      await route.fulfill({ status: 200, contentType, body: readFileSync(file) });
    } else {
      await route.fulfill({ status: 404, body: 'not found' });
    }
  });
  await page.goto(`${ORIGIN}/`);
  await page.addScriptTag({ url: `${ORIGIN}/jsQR.js` });
  return page.evaluate(
    async ({ origin, scale }) => {
      const pdfjs = await import(`${origin}/pdf.mjs`);
      pdfjs.GlobalWorkerOptions.workerSrc = `${origin}/pdf.worker.mjs`;
      const doc = await pdfjs.getDocument({ url: `${origin}/document.pdf`, isEvalSupported: false }).promise;
      const { info } = await doc.getMetadata();
      const canvas = document.getElementById('page');
      const context = canvas.getContext('2d', { willReadFrequently: true });
      const texts = [];
      const qrCodes = [];
      for (let number = 1; number <= doc.numPages; number += 1) {
        const pdfPage = await doc.getPage(number);
        const content = await pdfPage.getTextContent();
        texts.push(content.items.map((item) => item.str ?? '').join(' '));
        const viewport = pdfPage.getViewport({ scale });
        canvas.width = Math.ceil(viewport.width);
        canvas.height = Math.ceil(viewport.height);
        context.fillStyle = '#fff';
        context.fillRect(0, 0, canvas.width, canvas.height);
        await pdfPage.render({ canvasContext: context, canvas, viewport }).promise;
        const image = context.getImageData(0, 0, canvas.width, canvas.height);
        const code = globalThis.jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' });
        if (code) qrCodes.push({ page: number, data: code.data });
      }
      return { pages: doc.numPages, title: info?.Title ?? null, text: texts.join(' '), qrCodes };
    },
    { origin: ORIGIN, scale: SCALE },
  );
}
