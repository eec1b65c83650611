// Failure tests against the local cluster (infra/local-cluster): three production replicas
// behind nginx on a synchronously replicated PostgreSQL, seeded with the demo.
//
//   node --test infra/local-cluster/tests/      (needs the release binary; `up` builds it)
//
// Each test prints what it measured: requests that failed during the failure, and seconds
// to recover.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import * as cluster from './cluster.mjs';
import { smtpSink } from './smtp.mjs';

const RUN = Date.now().toString(36);
const TODAY = new Date().toISOString().slice(0, 10);
const PAY = `mutation($input: PaymentFields!) { recordPayment(input: $input) { id replayed amount } }`;
let token;
let firms;
const sink = smtpSink();

before(async () => {
  await cluster.script('down');
  await sink.start();
  await cluster.script('up', {
    CK_CLUSTER_DEMO: '1',
    CK_CLUSTER_SMTP_URL: `smtp://127.0.0.1:${sink.port}`,
    // Quick retries, so "SMTP down" can be seconds rather than minutes.
    CK_CLUSTER_APP_ENV: 'CLUSTERKEEP_MAIL_RETRY_BASE_MS=500\nCLUSTERKEEP_MAIL_POLL_MS=200',
  });
  token = await cluster.signIn('ops@dongsoc.example');
  const { body } = await cluster.graphql('{ firms(first: 10) { nodes { id } } }', {}, token);
  firms = body.data.firms.nodes.map((firm) => firm.id);
  assert.ok(firms.length > 0, 'the demo has firms');
}, { timeout: 20 * 60_000 });

after(async () => {
  await cluster.script('down', process.env.CK_CLUSTER_KEEP ? { CK_CLUSTER_KEEP: '1' } : {});
  await sink.stop().catch(() => {});
}, { timeout: 120_000 });

/**
 * Records the payment `key` as a client that retries with the same idempotency key until it
 * gets an answer: a transport error, a 5xx or an INTERNAL error is retried.
 */
async function payUntilAnswered(key, index, stats, deadlineMs = 90_000) {
  const input = {
    firmId: firms[index % firms.length],
    amount: 1000 + index,
    method: 'CASH',
    receivedOn: TODAY,
    idempotencyKey: key,
  };
  const deadline = Date.now() + deadlineMs;
  for (let attempt = 1; ; attempt++) {
    let problem;
    try {
      const { status, body } = await cluster.graphql(PAY, { input }, token);
      const payment = body?.data?.recordPayment;
      if (status === 200 && payment) return { ...payment, attempts: attempt };
      problem = `HTTP ${status} ${JSON.stringify(body).slice(0, 300)}`;
      const code = body?.errors?.[0]?.extensions?.code;
      if (status === 200 && code && code !== 'INTERNAL') throw new Error(`payment ${key} refused: ${problem}`);
    } catch (error) {
      if (String(error.message).includes('refused:')) throw error;
      problem = error.message;
    }
    stats.failedAttempts += 1;
    stats.lastProblem = problem;
    if (Date.now() > deadline) throw new Error(`payment ${key} got no answer within ${deadlineMs} ms: ${problem}`);
    await cluster.sleep(250);
  }
}

async function paymentsWithPrefix(port, prefix) {
  const rows = await cluster.sql(port, `SELECT idempotency_key || '=' || count(*) FROM payments WHERE idempotency_key LIKE '${prefix}%' GROUP BY idempotency_key`);
  return new Map(rows.split('\n').filter(Boolean).map((line) => {
    const [key, count] = line.split('=');
    return [key, Number(count)];
  }));
}

test('a replica killed in the middle of a payment burst loses and doubles no payment, and a retried key replays the first result', async () => {
  const total = 300;
  const keys = Array.from({ length: total }, (_, i) => `burst-${RUN}-${i}`);
  const first = new Map();
  const stats = { failedAttempts: 0, lastProblem: null };
  let done = 0;
  let killedAt = null;
  const started = Date.now();
  await cluster.pool(keys.map((key, i) => [key, i]), 6, async ([key, i]) => {
    const payment = await payUntilAnswered(key, i, stats);
    first.set(key, payment);
    done += 1;
    if (done === 100 && killedAt === null) {
      killedAt = Date.now();
      cluster.killReplica(2);
    }
  });
  const seconds = (Date.now() - started) / 1000;
  assert.ok(killedAt !== null, 'replica 2 was killed mid-burst');
  console.log(`payment burst: ${total} payments in ${seconds.toFixed(1)} s through nginx; replica 2 killed after 100; ${stats.failedAttempts} attempts failed and were retried (last: ${stats.lastProblem ?? 'none'})`);

  const stored = await paymentsWithPrefix(cluster.PG_PRIMARY_PORT, `burst-${RUN}-`);
  assert.equal(stored.size, total, 'every payment is stored');
  for (const key of keys) assert.equal(stored.get(key), 1, `${key} stored once`);

  // Retrying any key (as a client that never saw the answer would) replays the first result.
  await cluster.pool(keys.map((key, i) => [key, i]), 6, async ([key, i]) => {
    const again = await payUntilAnswered(key, i, { failedAttempts: 0 });
    assert.equal(again.replayed, true, `${key} replayed`);
    assert.equal(again.id, first.get(key).id, `${key} is the first payment`);
  });

  await cluster.restartReplica(2);
  const deadline = Date.now() + 60_000;
  while ((await cluster.replicaReady(2)) !== 200) {
    assert.ok(Date.now() < deadline, 'replica 2 is ready again after its restart');
    await cluster.sleep(200);
  }
});

test('a replica killed while issuing a billing run: the retried issue leaves every invoice of the period issued once', async () => {
  const now = new Date();
  const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)).toISOString().slice(0, 10);
  const input = { periodKind: 'MONTH', periodStart: next };
  const PREVIEW = 'query($i: BillingRunInput!) { billingRunPreview(input: $i) { alreadyBilled invoiceCount blocking { __typename } } }';
  const ISSUE = 'mutation($i: BillingRunInput!) { issueBillingRun(input: $i) { invoiceCount firstNumber lastNumber } }';
  const { body: before } = await cluster.graphql(PREVIEW, { i: input }, token);
  const expected = before.data.billingRunPreview.invoiceCount;
  assert.ok(expected > 0 && before.data.billingRunPreview.blocking.length === 0, JSON.stringify(before));

  // The issue goes to replica 3 directly, which is killed a moment later.
  const started = Date.now();
  const first = fetch(`http://127.0.0.1:${cluster.APP_PORTS[2]}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: ISSUE, variables: { i: input } }),
  }).then((response) => response.json()).then((body) => body?.data?.issueBillingRun ? 'issued' : JSON.stringify(body), (error) => `no answer (${error.cause?.code ?? error.message})`);
  await cluster.sleep(15);
  cluster.killReplica(3);
  const killedAfter = Date.now() - started;
  const firstOutcome = await first;

  // The client retries through nginx: issued now, or CONFLICT because the first one committed.
  let retry;
  for (let attempt = 0; attempt < 20; attempt++) {
    const { status, body } = await cluster.graphql(ISSUE, { i: input }, token);
    const code = body?.errors?.[0]?.extensions?.code;
    if (status === 200 && (body?.data?.issueBillingRun || code === 'CONFLICT')) {
      retry = body.data?.issueBillingRun ? `issued ${body.data.issueBillingRun.invoiceCount}` : 'CONFLICT (already issued)';
      break;
    }
    await cluster.sleep(250);
  }
  assert.ok(retry, 'the retried issue got an answer');
  const { body: after } = await cluster.graphql(PREVIEW, { i: input }, token);
  assert.equal(after.data.billingRunPreview.alreadyBilled, expected, 'every invoice of the period is issued');
  assert.equal(after.data.billingRunPreview.invoiceCount, 0, 'nothing left to issue');
  const numbers = await cluster.sql(cluster.PG_PRIMARY_PORT, `SELECT count(*) || ' ' || count(DISTINCT number) FROM invoices WHERE billing_key LIKE '%${next}%'`);
  assert.equal(numbers, `${expected} ${expected}`, 'one invoice per lease of the period, each with its own number');
  console.log(`billing run: replica 3 killed ${killedAfter} ms after the issue was sent (first answer: ${firstOutcome}); retry: ${retry}; invoices of ${next}: ${expected} issued once (count, distinct numbers: ${numbers})`);

  await cluster.restartReplica(3);
  const deadline = Date.now() + 60_000;
  while ((await cluster.replicaReady(3)) !== 200) {
    assert.ok(Date.now() < deadline, 'replica 3 is ready again after its restart');
    await cluster.sleep(200);
  }
});

test('sign-in throttling holds across the three replicas: five failures spread over them lock the account on every one', async () => {
  const email = 'accounting@kcc.example';
  const attempt = async (n, password) => {
    const response = await fetch(`http://127.0.0.1:${cluster.APP_PORTS[n - 1]}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($email: String!, $password: String!) { login(email: $email, password: $password, tokenDelivery: BODY) { accessToken } }',
        variables: { email, password },
      }),
    });
    const body = await response.json();
    return body?.errors?.[0]?.extensions?.code ?? (body?.data?.login?.accessToken ? 'SIGNED_IN' : JSON.stringify(body));
  };
  // Five wrong passwords, each replica in turn.
  for (const n of [1, 2, 3, 1, 2]) {
    assert.equal(await attempt(n, 'wrong-password-1'), 'UNAUTHENTICATED', `replica ${n}`);
  }
  // The right password is now refused on every replica, including the ones that saw fewer.
  for (const n of [1, 2, 3]) {
    assert.equal(await attempt(n, 'clusterkeep-demo'), 'RATE_LIMITED', `replica ${n} after five failures elsewhere`);
  }
  // Through nginx too, and another account is unaffected.
  const viaNginx = await cluster.graphql(
    'mutation($email: String!, $password: String!) { login(email: $email, password: $password, tokenDelivery: BODY) { accessToken } }',
    { email, password: 'clusterkeep-demo' },
  );
  assert.equal(viaNginx.body?.errors?.[0]?.extensions?.code, 'RATE_LIMITED');
  assert.ok(await cluster.signIn('staff@dongsoc.example'));
});

test('with SMTP down, mail waits in the outbox and goes out once when it is back, with three replicas delivering', async () => {
  const addresses = ['ops@yenlac.example', 'viewer@sct.example', 'admin@platform.example'];
  await sink.stop();
  const down = Date.now();
  for (const email of addresses) {
    const { body } = await cluster.graphql('mutation($email: String!) { requestPasswordReset(email: $email) }', { email });
    assert.equal(body?.data?.requestPasswordReset, true, JSON.stringify(body));
  }
  await cluster.sleep(5_000);
  await sink.start();
  const back = Date.now();
  const deadline = back + 90_000;
  while (!addresses.every((email) => sink.to(email).length > 0)) {
    assert.ok(Date.now() < deadline, `mail to ${addresses.filter((email) => sink.to(email).length === 0)} did not arrive within 90 s of SMTP coming back`);
    await cluster.sleep(200);
  }
  const delivered = Date.now();
  // Three delivery workers poll every 200 ms: give a double a chance to show.
  await cluster.sleep(3_000);
  for (const email of addresses) {
    assert.equal(sink.to(email).length, 1, `one reset email to ${email}`);
    assert.match(sink.to(email)[0].text, /reset-password/);
  }
  console.log(`smtp down: ${((back - down) / 1000).toFixed(1)} s down; all ${addresses.length} emails delivered ${((delivered - back) / 1000).toFixed(1)} s after it came back, each once`);
});

test('the primary stopped during writes: replicas are not ready until the standby is promoted, then reconnect, and every acknowledged write is there', async () => {
  const acknowledged = new Map();
  const stats = { failedAttempts: 0, lastProblem: null };
  let writing = true;
  let next = 0;
  const writers = Array.from({ length: 3 }, async () => {
    while (writing) {
      const i = next++;
      const key = `failover-${RUN}-${i}`;
      const payment = await payUntilAnswered(key, i, stats, 120_000);
      acknowledged.set(key, payment.id);
    }
  });
  await cluster.sleep(2_000);
  assert.ok(acknowledged.size > 0, 'writes succeed before the failure');
  const beforeFailure = acknowledged.size;

  // The primary dies. Every replica must report not ready while it has no database.
  const stopped = Date.now();
  await cluster.script('failover', {}, ['stop-primary']);
  const notReady = new Set();
  while (notReady.size < cluster.APP_PORTS.length) {
    assert.ok(Date.now() - stopped < 30_000, `replicas ${[...notReady]} reported not ready within 30 s; the others did not`);
    for (let n = 1; n <= cluster.APP_PORTS.length; n++) {
      if ((await cluster.replicaReady(n)) === 503) notReady.add(n);
    }
    await cluster.sleep(100);
  }
  const allNotReady = Date.now();

  // The standby is promoted and the database address moves to it; replicas reconnect alone.
  await cluster.script('failover', {}, ['promote']);
  const promoted = Date.now();
  const ready = new Set();
  while (ready.size < cluster.APP_PORTS.length) {
    assert.ok(Date.now() - promoted < 60_000, `only replicas ${[...ready]} were ready again within 60 s of the promotion`);
    for (let n = 1; n <= cluster.APP_PORTS.length; n++) {
      if ((await cluster.replicaReady(n)) === 200) ready.add(n);
    }
    await cluster.sleep(100);
  }
  const recovered = Date.now();
  const atRecovery = acknowledged.size;
  while (acknowledged.size < atRecovery + 10) await cluster.sleep(100);
  writing = false;
  await Promise.all(writers);

  console.log(
    `failover: all replicas not ready ${((allNotReady - stopped) / 1000).toFixed(1)} s after the primary stopped; ` +
      `ready again ${((recovered - promoted) / 1000).toFixed(1)} s after the promotion ` +
      `(${((recovered - stopped) / 1000).toFixed(1)} s without a database in all); ` +
      `${acknowledged.size} payments acknowledged (${beforeFailure} before the failure); ` +
      `${stats.failedAttempts} attempts failed and were retried (last: ${stats.lastProblem ?? 'none'})`,
  );

  const stored = await paymentsWithPrefix(cluster.PG_STANDBY_PORT, `failover-${RUN}-`);
  for (const [key] of acknowledged) assert.equal(stored.get(key), 1, `acknowledged ${key} is on the promoted standby, once`);
  assert.equal(stored.size, acknowledged.size, 'no payment the clients did not get an answer for');
});
