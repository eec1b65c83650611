// Waiting assertions on top of playwright-core (which has no `expect`). Each waits up to the
// context's default timeout (15 s) and fails with what it saw.

import assert from 'node:assert/strict';
import { TIMEOUT_MS } from './config.mjs';

/** The locator's element becomes visible. */
export async function expectVisible(locator, what = String(locator)) {
  try {
    await locator.waitFor({ state: 'visible' });
  } catch (error) {
    throw new assert.AssertionError({ message: `expected ${what} to be visible: ${firstLine(error)}` });
  }
}

/**
 * No element matches. Only meaningful once the page has rendered the part that would hold
 * it, so call it after an `expectVisible` on a sibling.
 */
export async function expectAbsent(locator, what = String(locator)) {
  const count = await locator.count();
  assert.equal(count, 0, `expected no ${what}, found ${count}`);
}

/** The (first) element's text comes to contain `text`. */
export async function expectText(locator, text, what = String(locator)) {
  try {
    await locator.filter({ hasText: text }).first().waitFor({ state: 'visible' });
  } catch (error) {
    const seen = await locator
      .first()
      .innerText({ timeout: 1_000 })
      .catch(() => '(no such element)');
    throw new assert.AssertionError({
      message: `expected ${what} to show ${JSON.stringify(text)}, it shows ${JSON.stringify(seen)}: ${firstLine(error)}`,
    });
  }
}

/** The page's path (and, if given, search) becomes `path`. */
export async function expectPath(page, path) {
  const [pathname, search] = path.split('?');
  try {
    await page.waitForURL((url) => url.pathname === pathname && (search === undefined || url.search === `?${search}`), {
      timeout: TIMEOUT_MS,
      waitUntil: 'commit',
    });
  } catch (error) {
    throw new assert.AssertionError({ message: `expected to be at ${path}, the page is at ${page.url()}: ${firstLine(error)}` });
  }
}

/** `condition()` becomes truthy (polled); fails with `message` otherwise. */
export async function eventually(condition, message, { timeoutMs = TIMEOUT_MS, intervalMs = 100 } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await condition();
    if (value) return value;
    if (Date.now() > deadline) throw new assert.AssertionError({ message: `${message} (waited ${timeoutMs} ms)` });
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

function firstLine(error) {
  return String(error?.message ?? error).split('\n')[0];
}
