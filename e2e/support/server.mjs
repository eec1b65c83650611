// The real release server, on a free port, with a fresh embedded database (SQLite + demo). It
// serves the web app built into it (no CLUSTERKEEP_UI_DIR: what ships is what is tested).

import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SERVER_BIN } from './config.mjs';

const READY_TIMEOUT_MS = 60_000;

/** A TCP port nobody listens on right now. */
export async function freePort() {
  const probe = createServer();
  await new Promise((resolve, reject) => {
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', resolve);
  });
  const { port } = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

// Settings a developer's shell may carry that would point the server elsewhere.
const INHERITED_SETTINGS = /^(CLUSTERKEEP_|DATABASE_URL$|SMTP_URL$|RUST_LOG$)/;

/**
 * Starts `<bin> serve` and resolves once GET /readyz answers 200.
 * @param {{ smtpUrl: string, logFile: string, env?: Record<string, string> }} options
 */
export async function startServer({ smtpUrl, logFile, env: extra = {} }) {
  const dataDir = await mkdtemp(join(tmpdir(), 'clusterkeep-e2e-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !INHERITED_SETTINGS.test(key)));
  Object.assign(env, {
    CLUSTERKEEP_ADDR: `127.0.0.1:${port}`,
    CLUSTERKEEP_DATA_DIR: dataDir,
    CLUSTERKEEP_PUBLIC_URL: baseUrl,
    CLUSTERKEEP_MAIL_POLL_MS: '200',
    SMTP_URL: smtpUrl,
    RUST_LOG: 'info',
    NO_COLOR: '1',
    // A debug binary reads frontend/dist from disk, relative to its working folder (the data
    // folder here): E2E_UI_DIR points it at the built app. A release binary carries the app.
    ...(process.env.E2E_UI_DIR ? { CLUSTERKEEP_UI_DIR: process.env.E2E_UI_DIR } : {}),
    ...extra,
  });

  const log = createWriteStream(logFile);
  let recent = '';
  const child = spawn(SERVER_BIN, ['serve'], { cwd: dataDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (chunk) => {
      log.write(chunk);
      recent = (recent + chunk.toString()).slice(-4_000);
    });
  }
  let exited = null;
  const exit = new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      exited = signal ? `signal ${signal}` : `code ${code}`;
      resolve();
    });
    child.once('error', (error) => {
      exited = `spawn error: ${error.message}`;
      resolve();
    });
  });
  // If this test process dies, the server must not outlive it.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const stop = async () => {
    process.off('exit', killOnExit);
    if (exited === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exit;
      clearTimeout(timer);
    }
    await new Promise((resolve) => log.end(resolve));
    await rm(dataDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (exited !== null) {
      await stop();
      throw new Error(`the server exited before it was ready (${exited}); its output (full log in ${logFile}):\n${recent}`);
    }
    try {
      const response = await fetch(`${baseUrl}/readyz`, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`GET ${baseUrl}/readyz did not answer 200 within ${READY_TIMEOUT_MS / 1000} s; server output (full log in ${logFile}):\n${recent}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  return {
    baseUrl,
    dataDir,
    logFile,
    /** The last few KB of the server's output, for failure messages. */
    recentOutput: () => recent,
    stop,
  };
}
