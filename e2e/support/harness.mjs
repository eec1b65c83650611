// One test file = one suite: an SMTP server, the release server and (when a test opens a
// page) Chromium, started on first use and stopped after the file's last test. Every page
// gets its own browser context, so tests share no cookies or storage.

import { appendFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { after, test } from 'node:test';
import { chromium } from 'playwright-core';
import { CHROMIUM, REQUIRE_E2E, RESULTS_DIR, TIMEOUT_MS, missingPrerequisites } from './config.mjs';
import { startServer } from './server.mjs';
import { startSmtp } from './smtp.mjs';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A file-name-safe form of a test's name. */
export function slug(text) {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Sets up the suite of the calling test file and returns `e2eTest(name, fn)`.
 * `fn` receives `{ t, baseUrl, smtp, server, newPage, screenshot }`.
 * @param {string} fileUrl import.meta.url of the test file
 * @param {{ env?: Record<string, string> }} [options] server settings of this suite (e.g. a
 *   reminder sweep every few seconds)
 */
export function e2eSuite(fileUrl, { env = {} } = {}) {
  const suiteName = basename(new URL(fileUrl).pathname).replace(/\.test\.m?js$/, '');
  const missing = missingPrerequisites();
  let started = null; // Promise<{ smtp, server }>
  let browser = null; // Promise<Browser>
  let failures = 0;
  let warnedSkip = false;

  const start = () => {
    started ??= (async () => {
      mkdirSync(RESULTS_DIR, { recursive: true });
      const smtp = await startSmtp();
      try {
        const server = await startServer({ smtpUrl: smtp.url, logFile: join(RESULTS_DIR, `${suiteName}.server.log`), env });
        return { smtp, server };
      } catch (error) {
        await smtp.stop();
        throw error;
      }
    })();
    return started;
  };
  const launch = () => {
    browser ??= chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: 30_000 });
    return browser;
  };

  after(async () => {
    const openBrowser = browser && (await browser.catch(() => null));
    await openBrowser?.close();
    const running = started && (await started.catch(() => null));
    if (running) {
      if (failures > 0) {
        process.stderr.write(
          `\n--- last output of the server (full log: ${running.server.logFile}) ---\n${running.server.recentOutput()}\n---\n`,
        );
      }
      // The server first: it may hold an SMTP connection open.
      await running.server.stop();
      await running.smtp.stop();
    }
  });

  /**
   * @param {string} name the test's name, read as a sentence
   * @param {(ctx: object) => Promise<void>} fn
   */
  function e2eTest(name, fn, { timeout = 120_000 } = {}) {
    test(name, { timeout }, async (t) => {
      if (missing.length > 0) {
        const reason = `end-to-end prerequisites missing: ${missing.join('; ')}`;
        if (REQUIRE_E2E) throw new Error(`REQUIRE_E2E=1 and ${reason}`);
        if (!warnedSkip) {
          warnedSkip = true;
          process.stderr.write(`\nSKIPPED: the end-to-end tests of ${suiteName} do not run: ${reason}\n\n`);
        }
        t.skip(reason);
        return;
      }
      const { smtp, server } = await start();
      const testSlug = slug(name);
      const logFile = join(RESULTS_DIR, `${testSlug}.log`);
      // Nothing of an earlier run of this test may pass for this run's.
      for (const file of readdirSync(RESULTS_DIR)) {
        if (file.startsWith(`${testSlug}.`) || file.startsWith(`${testSlug}--`)) rmSync(join(RESULTS_DIR, file), { force: true });
      }
      const note = (line) => appendFileSync(logFile, `${new Date().toISOString()} ${line}\n`);
      /** @type {{ page: import('playwright-core').Page, label: string | undefined, context: import('playwright-core').BrowserContext }[]} */
      const pages = [];
      const pageErrors = [];

      const fileFor = (label) => join(RESULTS_DIR, `${label ? `${testSlug}--${slug(label)}` : testSlug}.png`);
      const screenshot = async (page, label) => {
        try {
          await page.screenshot({ path: fileFor(label), fullPage: true, timeout: 10_000 });
        } catch (error) {
          note(`screenshot ${label ?? ''} failed: ${error.message}`);
        }
      };

      /** A page in a fresh browser context (no cookies, no storage), signed out. */
      const newPage = async (label) => {
        const context = await (await launch()).newContext({
          viewport: { width: 1280, height: 800 },
          locale: 'vi-VN',
          timezoneId: 'Asia/Ho_Chi_Minh',
        });
        context.setDefaultTimeout(TIMEOUT_MS);
        context.setDefaultNavigationTimeout(TIMEOUT_MS);
        const page = await context.newPage();
        const tag = label ?? 'page';
        page.on('pageerror', (error) => {
          pageErrors.push(`${tag}: ${error.message}`);
          note(`[${tag}] uncaught error: ${error.stack ?? error.message}`);
        });
        page.on('console', (message) => {
          if (message.type() === 'error' || message.type() === 'warning') {
            note(`[${tag}] console.${message.type()}: ${message.text()}`);
          }
        });
        page.on('response', (response) => {
          if (response.status() >= 400) note(`[${tag}] ${response.status()} ${response.request().method()} ${response.url()}`);
        });
        pages.push({ page, label, context });
        return page;
      };

      try {
        await fn({ t, baseUrl: server.baseUrl, smtp, server, newPage, screenshot });
        if (pageErrors.length > 0) {
          throw new Error(`the app threw uncaught errors in the browser:\n${pageErrors.join('\n')}`);
        }
      } catch (error) {
        failures += 1;
        process.stderr.write(`\n"${name}" failed; its screenshots and browser log: ${join(RESULTS_DIR, testSlug)}*\n`);
        throw error;
      } finally {
        // The end state of every page this test opened, whether it passed or failed.
        // The first page is <test>.png, any other <test>--<label>.png.
        for (const [index, { page, label, context }] of pages.entries()) {
          if (!page.isClosed()) await screenshot(page, index === 0 ? undefined : (label ?? `page-${index + 1}`));
          await context.close().catch(() => {});
        }
      }
    });
  }

  return { e2eTest };
}
