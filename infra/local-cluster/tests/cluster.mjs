// The local cluster from a test's side: bring it up and down with the shell scripts, talk to
// it through nginx over HTTPS (trusting its self-signed certificate), and reach into it (the
// replicas' pid files, the databases) the way an operator would.

import { execFile, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request } from 'node:https';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const HERE = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const WORK = process.env.CK_CLUSTER_DIR || '/tmp/clusterkeep-cluster-tests';
const HTTPS_PORT = Number(process.env.CK_CLUSTER_HTTPS_PORT || 18443);
export const APP_PORTS = (process.env.CK_CLUSTER_APP_PORTS || '18081 18082 18083').split(' ').map(Number);
export const PUBLIC_URL = `https://localhost:${HTTPS_PORT}`;
const run = promisify(execFile);

/** Runs one of the cluster's scripts (up, down, failover) and returns its output. */
export async function script(name, env = {}, args = []) {
  const { stdout, stderr } = await run(join(HERE, name), args, {
    env: { ...process.env, CK_CLUSTER_DIR: WORK, ...env },
    maxBuffer: 16 * 1024 * 1024,
    timeout: 15 * 60_000,
  });
  return stdout + stderr;
}

let ca;
/** One HTTPS request through nginx: { status, body } (body parsed when JSON). */
export function https(path, { method = 'GET', body, token, timeoutMs = 10_000 } = {}) {
  ca ??= readFileSync(join(WORK, 'tls', 'cert.pem'));
  return new Promise((resolveRequest, reject) => {
    const headers = { 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    const req = request(`${PUBLIC_URL}${path}`, { method, headers, ca, timeout: timeoutMs }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => { text += chunk; });
      res.on('end', () => {
        let parsed = text;
        try { parsed = JSON.parse(text); } catch { /* not JSON */ }
        resolveRequest({ status: res.statusCode, body: parsed });
      });
    });
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.on('error', reject);
    if (body !== undefined) req.write(JSON.stringify(body));
    req.end();
  });
}

/** A GraphQL request through nginx; throws on a transport error, returns { status, body }. */
export function graphql(query, variables = {}, token) {
  return https('/graphql', { method: 'POST', body: { query, variables }, token });
}

/** Signs in through nginx and returns the access token. */
export async function signIn(email, password = 'clusterkeep-demo') {
  const { body } = await graphql(
    'mutation($email: String!, $password: String!) { login(email: $email, password: $password, tokenDelivery: BODY) { accessToken } }',
    { email, password },
  );
  const token = body?.data?.login?.accessToken;
  if (!token) throw new Error(`sign-in of ${email} failed: ${JSON.stringify(body)}`);
  return token;
}

/** GET /readyz of replica n (1-based) directly: its HTTP status, or 0 when it does not answer. */
export async function replicaReady(n) {
  try {
    const response = await fetch(`http://127.0.0.1:${APP_PORTS[n - 1]}/readyz`, { signal: AbortSignal.timeout(2_000) });
    return response.status;
  } catch {
    return 0;
  }
}

/** Kills replica n (1-based) with SIGKILL, as a crash would. */
export function killReplica(n) {
  const pid = Number(readFileSync(join(WORK, `app${n}.pid`), 'utf8').trim());
  process.kill(pid, 'SIGKILL');
  return pid;
}

/**
 * Starts replica n again (after a kill), through the scripts' own start function, and waits
 * until it is ready (throws after 60 s).
 */
export async function restartReplica(n) {
  await run('bash', ['-c', `source "${join(HERE, 'lib.sh')}"; start_replica ${n}`], {
    env: { ...process.env, CK_CLUSTER_DIR: WORK },
  });
  const deadline = Date.now() + 60_000;
  while ((await replicaReady(n)) !== 200) {
    if (Date.now() > deadline) throw new Error(`replica ${n} was not ready within 60 s of its restart`);
    await sleep(200);
  }
}

/** One value from SQL run as the database superuser on the given port. */
export async function sql(port, query) {
  const { stdout } = await run('bash', ['-c', `source "${join(HERE, 'lib.sh')}"; PGDATABASE=clusterkeep psql_at ${port} -c "$1"`, 'sql', query], {
    env: { ...process.env, CK_CLUSTER_DIR: WORK },
  });
  return stdout.trim();
}

/** A secret of the cluster's work folder (e.g. `metrics-token`). */
export function secret(name) {
  return readFileSync(join(WORK, 'secrets', name), 'utf8');
}

/** Every replica's log lines so far. */
export function logs() {
  return APP_PORTS.flatMap((_, i) => {
    try {
      return readFileSync(join(WORK, 'logs', `app${i + 1}.log`), 'utf8').split('\n').filter(Boolean);
    } catch {
      return [];
    }
  });
}

/**
 * Takes a table lock in a transaction of its own (psql as the superuser) and keeps it until
 * `release()`: `held` resolves once the lock is taken.
 */
export function holdLock(port, statement) {
  const child = spawn('bash', ['-c', `source "${join(HERE, 'lib.sh')}"; PGDATABASE=clusterkeep psql_at ${port}`], {
    env: { ...process.env, CK_CLUSTER_DIR: WORK },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  child.stdout.setEncoding('utf8');
  const held = new Promise((resolveHeld, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (out.includes('locked')) resolveHeld();
    });
    child.on('exit', (code) => reject(new Error(`psql holding the lock exited (${code})`)));
  });
  child.stdin.write(`BEGIN;\n${statement};\nSELECT 'locked';\n`);
  return {
    held,
    release: () => new Promise((resolveDone) => {
      child.removeAllListeners('exit');
      child.on('exit', () => resolveDone());
      child.stdin.end('COMMIT;\n');
    }),
  };
}

export const PG_PRIMARY_PORT = Number(process.env.CK_CLUSTER_PG_PRIMARY_PORT || 55432);
export const PG_STANDBY_PORT = Number(process.env.CK_CLUSTER_PG_STANDBY_PORT || 55433);

export const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** Runs `task` over `items` with at most `width` at once. */
export async function pool(items, width, task) {
  const queue = [...items];
  const workers = Array.from({ length: width }, async () => {
    while (queue.length > 0) await task(queue.shift());
  });
  await Promise.all(workers);
}

export { spawn };
