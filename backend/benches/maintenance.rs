//! Maintenance queue benchmark on PostgreSQL (issue 12): the Đồng Sóc operator with 20,000
//! maintenance requests of its firms in every state and priority, spread over its clusters and
//! the last 125 days, each with its event log, a third with a work order assigned to the
//! operator's staff member. Through the real HTTP API with the operator's token, it times the
//! queue page the web app sends (`maintenanceRequests(first: 50)` with the row fields: SLA due
//! times, overdue, paused, promised date) unfiltered, with the open states (the page's
//! default), the second page (`after`), overdue only and one assignee's, and counts the SQL
//! statements of one page at 10 and at 50 rows: the count must not grow with the page.
//!
//! `cargo bench -p clusterkeep --bench maintenance` (also run by `make bench`). Knobs:
//! `BENCH_REQUESTS` (20000), `BENCH_ITERATIONS` (200 sequential requests per query).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::{Duration, Instant};

mod common;
mod http;
use common::env_or;
use http::{login_operator, ms, percentile, post};

use clusterkeep::Application;
use clusterkeep::config::JobsConfig;
use clusterkeep::db::Db;
use clusterkeep::tenancy::entities::tenant;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use serde_json::json;

/// The row the operator's queue shows (the web app's `MaintenanceRequestRow` fragment).
const ROW: &str = "id reference title category status priority urgent firmName clusterName plotCode \
    location promisedOn deferredUntil createdAt respondedAt responseDueAt resolutionDueAt overdue \
    slaPaused awaitingConfirmation";

const OPEN: &str =
    "[SUBMITTED, ACKNOWLEDGED, WAITING_ON_REQUESTER, DEFERRED, IN_PROGRESS, RESOLVED]";

fn queue(first: usize, args: &str) -> String {
    format!(
        "{{ maintenanceRequests(first: {first}{args}) {{ totalCount pageInfo {{ hasNextPage endCursor }} nodes {{ {ROW} }} }} }}"
    )
}

/// Seeds `n` requests (with events and work orders) for the Đồng Sóc operator, inside
/// PostgreSQL; set-up, not measured.
async fn seed(app: &Application, n: usize) -> Duration {
    let started = Instant::now();
    let db = &app.services().db;
    let txn = db.system().await.unwrap();
    let conn = txn.conn();
    let t = tenant::Entity::find()
        .filter(tenant::Column::Name.contains("Đồng Sóc"))
        .one(conn)
        .await
        .unwrap()
        .unwrap()
        .id;
    // Request n: a firm and a plot of the tenant by turns; its state by n % 20 (open states
    // weighted as a live queue is), its priority by n % 4, filed n × 9 minutes ago. Ids are
    // made from n so the events and work orders can name them.
    let statuses = "ARRAY['SUBMITTED','SUBMITTED','ACKNOWLEDGED','ACKNOWLEDGED','IN_PROGRESS','IN_PROGRESS',
        'IN_PROGRESS','WAITING_ON_REQUESTER','DEFERRED','RESOLVED','RESOLVED','CLOSED','CLOSED','CLOSED',
        'CLOSED','CLOSED','CLOSED','REJECTED','CANCELLED','ACKNOWLEDGED']";
    let categories =
        "ARRAY['ROADS','DRAINAGE','STREET_LIGHTING','WATER_SUPPLY','WASTEWATER','POWER',
        'FIRE_PROTECTION','SECURITY','GREENERY','OTHER']";
    conn.execute_unprepared(&format!(
        "INSERT INTO maintenance_requests (id, tenant_id, created_at, firm_id, cluster_id, plot_id, title,
            description, category, urgent, priority, status, deferred_until, reject_reason, promised_on,
            resolution_note, rating, resolved_at, reopen_count, updated_at)
         SELECT ('00000003-0000-7000-8000-' || lpad(to_hex(s.n), 12, '0'))::uuid, '{t}',
                now() - s.n * interval '9 minutes', f.ids[1 + s.n % array_length(f.ids, 1)],
                p.clusters[1 + s.n % array_length(p.ids, 1)], p.ids[1 + s.n % array_length(p.ids, 1)],
                'Bench request ' || s.n, 'Đèn đường số ' || s.n || ' không sáng',
                ({categories})[1 + s.n % 10], s.n % 7 = 0, 'P' || (1 + s.n % 4),
                ({statuses})[1 + s.n % 20],
                CASE WHEN s.n % 20 = 8 THEN current_date + 10 END,
                CASE WHEN s.n % 20 = 17 THEN 'NOT_REPRODUCIBLE' END,
                CASE WHEN s.n % 20 NOT IN (0, 1) THEN (now() - s.n * interval '9 minutes')::date + 7 END,
                CASE WHEN s.n % 20 BETWEEN 9 AND 16 THEN 'Đã sửa' END,
                CASE WHEN s.n % 20 BETWEEN 11 AND 16 THEN 1 + s.n % 5 END,
                CASE WHEN s.n % 20 BETWEEN 9 AND 16 THEN now() - s.n * interval '9 minutes' + interval '2 days' END,
                0, now()
         FROM generate_series(1, {n}) AS s(n),
              (SELECT array_agg(id ORDER BY id) AS ids FROM firms WHERE tenant_id = '{t}') AS f,
              (SELECT array_agg(id ORDER BY id) AS ids, array_agg(cluster_id ORDER BY id) AS clusters
                 FROM plots WHERE tenant_id = '{t}') AS p"
    ))
    .await
    .unwrap();
    // The filing, then (past SUBMITTED) the acknowledgement an hour later, then the move to
    // the current state a day later.
    conn.execute_unprepared(&format!(
        "INSERT INTO maintenance_request_events (id, tenant_id, created_at, request_id, actor_id,
            from_status, to_status, priority, reason)
         SELECT gen_random_uuid(), r.tenant_id, r.created_at + e.after, r.id, NULL, e.from_status,
                e.to_status, r.priority, NULL
         FROM maintenance_requests r
         CROSS JOIN LATERAL (VALUES
             (interval '0', NULL, 'SUBMITTED'),
             (interval '1 hour', 'SUBMITTED', CASE WHEN r.status IN ('REJECTED', 'CANCELLED') THEN r.status ELSE 'ACKNOWLEDGED' END),
             (interval '1 day', 'ACKNOWLEDGED', r.status)
         ) AS e(after, from_status, to_status)
         WHERE r.tenant_id = '{t}' AND r.title LIKE 'Bench request %'
           AND (e.from_status IS NULL
                OR (e.from_status = 'SUBMITTED' AND r.status <> 'SUBMITTED')
                OR (e.from_status = 'ACKNOWLEDGED' AND r.status NOT IN ('SUBMITTED', 'ACKNOWLEDGED', 'REJECTED', 'CANCELLED')))"
    ))
    .await
    .unwrap();
    // A work order for every third request past acknowledgement, assigned to the operator's
    // staff member, with its link and its creation event.
    let staff = "(SELECT id FROM users WHERE email = 'staff@dongsoc.example')";
    conn.execute_unprepared(&format!(
        "INSERT INTO work_orders (id, tenant_id, created_at, cluster_id, firm_id, title, description, priority,
            status, assignee_user_id, funding_source, no_cost, cost_total, updated_at)
         SELECT ('00000004' || substr(r.id::text, 9))::uuid, r.tenant_id, r.created_at + interval '1 day',
                r.cluster_id, r.firm_id, r.title, r.description, r.priority,
                CASE WHEN r.status IN ('RESOLVED', 'CLOSED') THEN 'DONE' ELSE 'IN_PROGRESS' END,
                coalesce({staff}, (SELECT id FROM users WHERE email = 'ops@dongsoc.example')),
                'FUND', false, 0, now()
         FROM maintenance_requests r
         WHERE r.tenant_id = '{t}' AND r.title LIKE 'Bench request %'
           AND r.status IN ('IN_PROGRESS', 'RESOLVED', 'CLOSED', 'WAITING_ON_REQUESTER')
           AND get_byte(uuid_send(r.id), 15) % 3 = 0"
    ))
    .await
    .unwrap();
    conn.execute_unprepared(&format!(
        "INSERT INTO work_order_requests (id, tenant_id, created_at, work_order_id, request_id)
         SELECT gen_random_uuid(), w.tenant_id, w.created_at, w.id, ('00000003' || substr(w.id::text, 9))::uuid
         FROM work_orders w WHERE w.tenant_id = '{t}' AND w.title LIKE 'Bench request %';
         INSERT INTO work_order_events (id, tenant_id, created_at, work_order_id, actor_id, from_status,
            to_status, priority, reason)
         SELECT gen_random_uuid(), w.tenant_id, w.created_at, w.id, NULL, NULL, 'OPEN', w.priority, NULL
         FROM work_orders w WHERE w.tenant_id = '{t}' AND w.title LIKE 'Bench request %'"
    ))
    .await
    .unwrap();
    conn.execute_unprepared("ANALYZE").await.unwrap();
    txn.commit().await.unwrap();
    started.elapsed()
}

/// Times `iterations` sequential requests of `query`; prints p50/p99 and the statements of one.
async fn measure(
    db: &Db,
    client: &reqwest::Client,
    base: &str,
    token: &str,
    label: &str,
    query: &str,
    iterations: usize,
) -> u64 {
    let before = db.statements_executed();
    let body = post(client, base, token, query, json!({})).await;
    let statements = db.statements_executed() - before;
    let page = &body["data"]["maintenanceRequests"];
    let rows = page["nodes"].as_array().map_or(0, Vec::len);
    let total = page["totalCount"].as_u64().unwrap_or(0);
    let mut times = Vec::with_capacity(iterations);
    for _ in 0..iterations {
        let started = Instant::now();
        post(client, base, token, query, json!({})).await;
        times.push(started.elapsed());
    }
    times.sort();
    println!(
        "{label}: {rows} rows of {total}; {statements} SQL statements; p50 {}  p99 {}  ({iterations} requests)",
        ms(percentile(&times, 0.5)),
        ms(percentile(&times, 0.99)),
    );
    statements
}

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let requests = env_or("BENCH_REQUESTS", 20_000);
        let iterations = env_or("BENCH_ITERATIONS", 200);
        let Some(common::PgDemo { app, cluster: _cluster, dir: _dir }) = common::pg_demo(JobsConfig {
            enabled: false,
            ..JobsConfig::default()
        }).await else {
            return;
        };
        let seeded = seed(&app, requests).await;
        let base = format!("http://127.0.0.1:{}", app.port());
        let db = app.services().db.clone();
        let server = tokio::spawn(app.run_until_stopped());
        let client = reqwest::Client::new();
        let token = login_operator(&client, &base).await;
        // The staff member the seeded work orders are assigned to, as the queue's filter names them.
        let assigned = post(
            &client,
            &base,
            &token,
            "{ workOrders(first: 1, status: [IN_PROGRESS]) { nodes { assigneeUserId } } }",
            json!({}),
        )
        .await;
        let assignee = assigned["data"]["workOrders"]["nodes"][0]["assigneeUserId"]
            .as_str()
            .unwrap()
            .to_owned();
        println!(
            "\n## Maintenance queue on PostgreSQL: {requests} requests of one operator (seeded in {:.1} s)",
            seeded.as_secs_f64()
        );
        let ten = measure(&db, &client, &base, &token, "queue, every state, first: 10", &queue(10, ""), iterations).await;
        let fifty = measure(&db, &client, &base, &token, "queue, every state, first: 50", &queue(50, ""), iterations).await;
        let open = queue(50, &format!(", status: {OPEN}"));
        measure(&db, &client, &base, &token, "queue, open states (the page's default), first: 50", &open, iterations).await;
        let first_page = post(&client, &base, &token, &open, json!({})).await;
        let cursor = first_page["data"]["maintenanceRequests"]["pageInfo"]["endCursor"]
            .as_str()
            .unwrap()
            .to_owned();
        let second = queue(50, &format!(", status: {OPEN}, after: \"{cursor}\""));
        measure(&db, &client, &base, &token, "queue, open states, second page (after)", &second, iterations).await;
        let overdue10 = measure(&db, &client, &base, &token, "queue, overdue: true, first: 10", &queue(10, ", overdue: true"), iterations).await;
        let overdue50 = measure(&db, &client, &base, &token, "queue, overdue: true, first: 50", &queue(50, ", overdue: true"), iterations).await;
        let mine = queue(50, &format!(", assigneeId: \"{assignee}\", status: {OPEN}"));
        measure(&db, &client, &base, &token, "queue, one assignee's open ones, first: 50", &mine, iterations).await;
        println!(
            "statements per page: {ten} at first: 10, {fifty} at first: 50; overdue filter {overdue10} and {overdue50}{}",
            if ten == fifty && overdue10 == overdue50 { " (fixed)" } else { " (GROWS WITH THE PAGE)" }
        );
        server.abort();
    });
}
