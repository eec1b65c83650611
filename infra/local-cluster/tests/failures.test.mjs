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
    // Quick retries, so "SMTP down" can be seconds rather than minutes; a reminder sweep on
    // every replica every second, sending at any hour, so a sweep is always under way.
    CK_CLUSTER_APP_ENV: [
      'CLUSTERKEEP_MAIL_RETRY_BASE_MS=500',
      'CLUSTERKEEP_MAIL_POLL_MS=200',
      'CLUSTERKEEP_REMINDERS_CRON=* * * * * *',
      'CLUSTERKEEP_REMINDER_SEND_WINDOW=always',
    ].join('\n'),
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
 * gets an answer: a transport error, a 5xx, or an UNAVAILABLE (or INTERNAL) error is retried.
 * `stats.codes` counts the error codes met on the way.
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
      if (code) stats.codes = { ...stats.codes, [code]: (stats.codes?.[code] ?? 0) + 1 };
      if (status === 200 && code && !['UNAVAILABLE', 'INTERNAL'].includes(code)) throw new Error(`payment ${key} refused: ${problem}`);
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

test('the other attempt limits hold across the replicas: failed sign-ins per client address, and reset emails per address', async () => {
  // Straight to replica n, as the client `client` behind the trusted proxy (127.0.0.1).
  const ask = async (n, query, variables, client) => {
    const response = await fetch(`http://127.0.0.1:${cluster.APP_PORTS[n - 1]}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
      body: JSON.stringify({ query, variables }),
    });
    const body = await response.json();
    return body?.errors?.[0]?.extensions?.code ?? body?.data;
  };
  const LOGIN = 'mutation($email: String!, $password: String!) { login(email: $email, password: $password, tokenDelivery: BODY) { accessToken } }';
  const signIn = async (n, email, password, client) => {
    const answer = await ask(n, LOGIN, { email, password }, client);
    return answer?.login?.accessToken ? 'SIGNED_IN' : answer;
  };
  // One office address makes 30 failed sign-ins (the default limit), for unknown accounts,
  // spread over the three replicas.
  const office = '198.51.100.7';
  for (let i = 0; i < 30; i++) {
    assert.equal(await signIn(1 + (i % 3), `nobody-${RUN}-${i}@example.com`, 'wrong-password-1', office), 'UNAUTHENTICATED', `attempt ${i + 1}`);
  }
  // From that address even the right password is now refused, on every replica; from another
  // address the account signs in.
  for (const n of [1, 2, 3]) {
    assert.equal(await signIn(n, 'ops@yenlac.example', 'clusterkeep-demo', office), 'RATE_LIMITED', `replica ${n}`);
  }
  assert.equal(await signIn(2, 'ops@yenlac.example', 'clusterkeep-demo', '198.51.100.8'), 'SIGNED_IN');

  // Three reset emails an hour per address, counted over all replicas.
  const RESET = 'mutation($email: String!) { requestPasswordReset(email: $email) }';
  for (const n of [1, 2, 3]) {
    assert.deepEqual(await ask(n, RESET, { email: 'staff@dongsoc.example' }, '198.51.100.9'), { requestPasswordReset: true }, `reset ${n}`);
  }
  assert.equal(await ask(1, RESET, { email: 'staff@dongsoc.example' }, '198.51.100.10'), 'RATE_LIMITED', 'a fourth reset, from another address and replica');
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
  // Only the reset emails: operator admins also get reminders from the every-second sweeps.
  const resets = (email) => sink.to(email).filter((message) => message.text.includes('reset-password'));
  while (!addresses.every((email) => resets(email).length > 0)) {
    assert.ok(Date.now() < deadline, `mail to ${addresses.filter((email) => resets(email).length === 0)} did not arrive within 90 s of SMTP coming back`);
    await cluster.sleep(200);
  }
  const delivered = Date.now();
  // Three delivery workers poll every 200 ms: give a double a chance to show.
  await cluster.sleep(3_000);
  for (const email of addresses) {
    assert.equal(resets(email).length, 1, `one reset email to ${email}`);
  }
  console.log(`smtp down: ${((back - down) / 1000).toFixed(1)} s down; all ${addresses.length} emails delivered ${((delivered - back) / 1000).toFixed(1)} s after it came back, each once`);
});

test('a replica killed in the middle of a reminder sweep: every reminder is claimed once, mailed once, and none is lost', async () => {
  const db = cluster.PG_PRIMARY_PORT;
  const since = await cluster.sql(db, 'SELECT now()');
  // Hold the send ledger: every replica's sweep selects what is due and then waits to claim it.
  const lock = cluster.holdLock(db, 'LOCK TABLE reminder_sends IN SHARE MODE');
  await lock.held;
  // Make reminders due: every open invoice fell due yesterday (in Vietnam), a new overdue step.
  const moved = await cluster.sql(db, `WITH moved AS (UPDATE invoices SET due_on = (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date - 1 WHERE status = 'ISSUED' AND due_on IS NOT NULL RETURNING 1) SELECT count(*) FROM moved`);
  // Replica 1 is in the middle of a sweep: its claim waits on the lock. Kill it there.
  const waiting = async (n) => Number(await cluster.sql(db, `SELECT count(*) FROM pg_stat_activity WHERE application_name = 'clusterkeep-app${n}' AND wait_event_type = 'Lock' AND query ILIKE '%reminder_sends%'`));
  const deadline = Date.now() + 30_000;
  while ((await waiting(1)) === 0) {
    assert.ok(Date.now() < deadline, 'replica 1 started a sweep that waits to claim within 30 s');
    await cluster.sleep(100);
  }
  const othersWaiting = (await waiting(2)) + (await waiting(3));
  cluster.killReplica(1);
  const killed = Date.now();
  await lock.release();
  try {
    await remindersSettleOnce(db, since, moved, othersWaiting, killed);
  } finally {
    await cluster.restartReplica(1);
  }
});

/** The second half of the sweep test: what the surviving replicas did. */
async function remindersSettleOnce(db, since, moved, othersWaiting, killed) {
  // The other replicas' sweeps claim everything due; nothing is left to claim.
  const operators = ['ops@dongsoc.example', 'ops@yenlac.example'];
  const tokens = await Promise.all(operators.map((email) => cluster.signIn(email)));
  // What is due now and unclaimed (the default forecast is for tomorrow morning, when the demo's
  // own requests may have new SLA steps no sweep can claim yet).
  const FORECAST = 'query($at: DateTime) { reminderForecast(at: $at) { reminders } }';
  const settleBy = Date.now() + 60_000;
  for (;;) {
    const at = new Date().toISOString();
    const left = await Promise.all(tokens.map(async (t) => (await cluster.graphql(FORECAST, { at }, t)).body?.data?.reminderForecast?.reminders));
    if (left.every((n) => n === 0)) break;
    assert.ok(Date.now() < settleBy, `reminders still unclaimed 60 s after the kill: ${left}`);
    await cluster.sleep(500);
  }
  const settled = Date.now();
  const sends = Number(await cluster.sql(db, `SELECT count(*) FROM reminder_sends WHERE created_at > '${since}'`));
  assert.ok(sends > 0, 'the moved invoices made reminders due');
  // The claims' messages (one per recipient; a reminder without a recipient has none) each reach
  // the SMTP sink once.
  const ids = (await cluster.sql(db, `SELECT m.message_id FROM outbox_messages m JOIN reminder_sends s ON s.id = m.reminder_id WHERE s.created_at > '${since}'`)).split('\n').filter(Boolean);
  assert.ok(ids.length > 0, 'the claimed reminders have emails');
  const silent = await cluster.sql(db, `SELECT coalesce(string_agg(kind || ' ' || step, ', '), 'none') FROM reminder_sends s WHERE s.created_at > '${since}' AND NOT EXISTS (SELECT 1 FROM outbox_messages m WHERE m.reminder_id = s.id)`);
  const mailBy = Date.now() + 60_000;
  const received = (id) => sink.messages.filter((message) => message.text.includes(id)).length;
  while (!ids.every((id) => received(id) >= 1)) {
    assert.ok(Date.now() < mailBy, `${ids.filter((id) => received(id) === 0).length} reminders not mailed within 60 s`);
    await cluster.sleep(200);
  }
  await cluster.sleep(2_000);
  for (const id of ids) assert.equal(received(id), 1, `reminder ${id} mailed once`);
  console.log(`reminder sweep: replica 1 killed while its sweep waited to claim (${othersWaiting} sweeps of the other replicas waiting too); ${moved} invoices moved; ${sends} reminders claimed once each (${ids.length} emails; claimed without an email: ${silent}), ${((settled - killed) / 1000).toFixed(1)} s after the kill, each mailed once`);
}

test('metrics: each replica serves them to the token on its own address, never through the load balancer; logs carry the request id, tenant and operation', async () => {
  const metricsToken = (await cluster.secret('metrics-token')).trim();
  await cluster.graphql('query Me { me { email } }', {}, token);
  const count = (text, series) => Number(text.match(new RegExp(`^${series} (\\d+)$`, 'm'))?.[1] ?? 0);
  // Sums over the replicas; each is read with the token and checked for the database gauges.
  const scrapeAll = async () => {
    const totals = { served: 0, sweeps: 0 };
    for (let n = 1; n <= cluster.APP_PORTS.length; n++) {
      const url = `http://127.0.0.1:${cluster.APP_PORTS[n - 1]}/metrics`;
      assert.equal((await fetch(url)).status, 401, `replica ${n} without the token`);
      const response = await fetch(url, { headers: { authorization: `Bearer ${metricsToken}` } });
      assert.equal(response.status, 200, `replica ${n} with the token`);
      const text = await response.text();
      assert.match(text, /^clusterkeep_db_pool_max_connections\{pool="main"\} 20$/m);
      assert.match(text, /^clusterkeep_outbox_messages\{state="due"\} \d+$/m);
      totals.served += count(text, 'clusterkeep_graphql_request_duration_seconds_count\\{operation="Me"\\}');
      totals.sweeps += count(text, 'clusterkeep_reminder_sweep_duration_seconds_count\\{outcome="succeeded"\\}');
    }
    return totals;
  };
  // The replicas sweep every second once their scheduler has started.
  const deadline = Date.now() + 20_000;
  let totals = await scrapeAll();
  while (totals.sweeps === 0 && Date.now() < deadline) {
    await cluster.sleep(500);
    totals = await scrapeAll();
  }
  assert.equal(totals.served, 1, 'the replica that served Me counted it');
  assert.ok(totals.sweeps >= 1, 'the replicas count their reminder sweeps');
  const outside = await cluster.https('/metrics', { token: metricsToken });
  assert.equal(outside.status, 404, 'nginx keeps /metrics from the public entrance');

  // A JSON log line of that request names it, its tenant and a request id.
  const lines = (await cluster.logs()).filter((line) => line.includes('"operation":"Me"'));
  assert.ok(lines.length > 0, 'the request was logged');
  const line = JSON.parse(lines.at(-1));
  const span = line.span ?? {};
  assert.match(span.request_id ?? '', /^[0-9a-f-]{36}$/, JSON.stringify(line));
  assert.match(span.tenant ?? '', /^[0-9a-f-]{36}$/, JSON.stringify(line));
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

  // The database being out of reach is said as such: retry (UNAVAILABLE), never INTERNAL.
  assert.equal(stats.codes?.INTERNAL ?? 0, 0, `errors during the failover: ${JSON.stringify(stats.codes)}`);
  console.log(`failover: error codes met by the writers: ${JSON.stringify(stats.codes ?? {})}`);

  const stored = await paymentsWithPrefix(cluster.PG_STANDBY_PORT, `failover-${RUN}-`);
  for (const [key] of acknowledged) assert.equal(stored.get(key), 1, `acknowledged ${key} is on the promoted standby, once`);
  assert.equal(stored.size, acknowledged.size, 'no payment the clients did not get an answer for');
});
