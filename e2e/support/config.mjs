// Where things are, and whether this machine can run the end-to-end tests at all.

import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const E2E_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const REPO_DIR = resolve(E2E_DIR, '..');
export const RESULTS_DIR = join(E2E_DIR, 'results');
export const UI_DIR = join(REPO_DIR, 'frontend', 'dist');
export const CHROMIUM = '/usr/bin/chromium';
export const SERVER_BIN = process.env.CLUSTERKEEP_BIN || '/root/.cache/clusterkeep-target/release/clusterkeep';

/** REQUIRE_E2E=1 (CI) turns a missing prerequisite into a failure instead of a loud skip. */
export const REQUIRE_E2E = process.env.REQUIRE_E2E === '1';

/** Every UI wait; the brief is 15 s, generous for a local release server. */
export const TIMEOUT_MS = 15_000;

/** The password of every demo account. */
export const DEMO_PASSWORD = 'clusterkeep-demo';

/** What is missing to run the suite, as sentences; empty when everything is there. */
export function missingPrerequisites() {
  const missing = [];
  if (!existsSync(CHROMIUM)) missing.push(`Chromium is not at ${CHROMIUM} (apt-get install chromium)`);
  if (!existsSync(SERVER_BIN)) {
    missing.push(`the server binary is not at ${SERVER_BIN} (cargo build --release -p clusterkeep, or set CLUSTERKEEP_BIN)`);
  }
  if (!existsSync(join(UI_DIR, 'index.html'))) {
    missing.push(`the web app is not built: ${join(UI_DIR, 'index.html')} is missing (cd frontend && npm run build, then build the server again: it embeds the app)`);
  }
  return missing;
}
