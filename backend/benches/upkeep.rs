//! Upkeep benchmark on PostgreSQL (issue 13), two parts:
//!
//! 1. **Occurrences.** 2,000 active preventive schedules of the Đồng Sóc operator, spread over
//!    its clusters, with the rules a province's clusters use (a daily plant log, weekly and
//!    monthly checks, quarterly, half-yearly and yearly inspections), starting over the next
//!    30 days. The generator sweep materialises every occurrence of the horizon (400 days: a
//!    year and the lead time beyond it) and opens the work orders whose lead time has begun.
//!    It is timed on its first run (everything new) and its second (nothing to do: the
//!    idempotent case every replica meets every day); then the fund summary of a cluster, whose
//!    12-month plan expands the rules of its schedules, is timed through HTTP.
//! 2. **Fund statement.** 50,000 movements on one cluster's fund over three years (fee
//!    collected and expenses with their documents and categories). The statement for the last
//!    12 months and for the three years is timed through HTTP as GraphQL, CSV and PDF.
//!
//! `cargo bench -p clusterkeep --bench upkeep` (also run by `make bench`). Knobs:
//! `BENCH_SCHEDULES` (2000), `BENCH_FUND_ENTRIES` (50000), `BENCH_UPKEEP_ITERATIONS` (20 per
//! query; at most 5 for the PDF).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::Instant;

mod common;
mod http;
use common::env_or;
use http::{login_operator, ms, percentile, post};

use chrono::{Datelike, Months, NaiveDate};
use clusterkeep::Application;
use clusterkeep::config::JobsConfig;
use clusterkeep::db::Db;
use clusterkeep::tenancy::entities::tenant;
use clusterkeep::upkeep::{ChecklistKind, ChecklistTemplateItem, generator};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use serde_json::json;

/// The rules, by weight: one daily plant log in 20, weekly rounds, monthly checks, quarterly,
/// half-yearly and yearly inspections; with lead days that fit each.
const RULES: [(&str, i32); 20] = [
    ("FREQ=DAILY", 0),
    ("FREQ=WEEKLY;BYDAY=MO", 2),
    ("FREQ=WEEKLY;BYDAY=WE", 2),
    ("FREQ=WEEKLY;BYDAY=FR", 2),
    ("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", 5),
    ("FREQ=MONTHLY;BYMONTHDAY=5", 7),
    ("FREQ=MONTHLY;BYMONTHDAY=15", 7),
    ("FREQ=MONTHLY;BYDAY=1TU", 7),
    ("FREQ=MONTHLY;BYDAY=-1FR", 7),
    ("FREQ=MONTHLY;BYMONTHDAY=1", 7),
    ("FREQ=MONTHLY;BYMONTHDAY=20", 7),
    ("FREQ=MONTHLY;BYMONTHDAY=10", 7),
    ("FREQ=MONTHLY;BYMONTHDAY=25", 7),
    ("FREQ=MONTHLY;INTERVAL=3", 14),
    ("FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=10", 14),
    ("FREQ=MONTHLY;INTERVAL=3;BYDAY=2MO", 14),
    ("FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=28", 14),
    ("FREQ=MONTHLY;INTERVAL=6", 30),
    ("FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=15", 30),
    ("FREQ=YEARLY", 30),
];

fn sql_list<T: std::fmt::Display>(items: impl IntoIterator<Item = T>) -> String {
    items
        .into_iter()
        .map(|i| format!("'{i}'"))
        .collect::<Vec<_>>()
        .join(",")
}

/// The Đồng Sóc operator's id and its first cluster's by name (bytewise, as Rust orders the
/// names the API returns).
async fn operator(db: &Db) -> (uuid::Uuid, uuid::Uuid) {
    let txn = db.system().await.unwrap();
    let t = tenant::Entity::find()
        .filter(tenant::Column::Name.contains("Đồng Sóc"))
        .one(txn.conn())
        .await
        .unwrap()
        .unwrap()
        .id;
    let row = txn
        .conn()
        .query_one_raw(sea_orm::Statement::from_string(
            sea_orm::DatabaseBackend::Postgres,
            format!("SELECT id FROM clusters WHERE tenant_id = '{t}' ORDER BY name COLLATE \"C\" LIMIT 1"),
        ))
        .await
        .unwrap()
        .unwrap();
    txn.commit().await.unwrap();
    (t, row.try_get("", "id").unwrap())
}

/// Seeds `n` schedules over the operator's clusters, inside PostgreSQL; set-up, not measured.
async fn seed_schedules(db: &Db, tenant: uuid::Uuid, n: usize) {
    let checklist = serde_json::to_string(&[
        ChecklistTemplateItem {
            label: "Tình trạng chung".into(),
            kind: ChecklistKind::PassFail,
            unit: None,
            min: None,
            max: None,
        },
        ChecklistTemplateItem {
            label: "Đo đạc".into(),
            kind: ChecklistKind::Number,
            unit: Some("m".into()),
            min: Some(0.0),
            max: Some(10.0),
        },
        ChecklistTemplateItem {
            label: "Ghi chú".into(),
            kind: ChecklistKind::Text,
            unit: None,
            min: None,
            max: None,
        },
    ])
    .unwrap();
    let rules = sql_list(RULES.iter().map(|(r, _)| r));
    let leads = RULES
        .iter()
        .map(|(_, l)| l.to_string())
        .collect::<Vec<_>>()
        .join(",");
    let txn = db.system().await.unwrap();
    txn.conn()
        .execute_unprepared(&format!(
            "INSERT INTO upkeep_schedules (id, tenant_id, created_at, cluster_id, asset_id, title,
                checklist, rule, starts_on, lead_days, estimated_cost, funding_source, account,
                assignee_user_id, legal_basis, active, updated_at, anchor)
             SELECT gen_random_uuid(), '{tenant}', now(), c.ids[1 + s.n % array_length(c.ids, 1)],
                    NULL, 'Bench schedule ' || s.n, '{checklist}', (ARRAY[{rules}])[1 + s.n % 20],
                    current_date + s.n % 30, (ARRAY[{leads}])[1 + s.n % 20],
                    200000 + (s.n % 10) * 100000, 'FUND', 'MAINTENANCE_FUND', NULL, NULL, true,
                    now(), 'FIXED'
             FROM generate_series(1, {n}) AS s(n),
                  (SELECT array_agg(id ORDER BY id) AS ids FROM clusters
                    WHERE tenant_id = '{tenant}') AS c;
             ANALYZE"
        ))
        .await
        .unwrap();
    txn.commit().await.unwrap();
}

/// Seeds `n` movements on one cluster's fund over the last three years; set-up, not measured.
async fn seed_fund(db: &Db, tenant: uuid::Uuid, cluster: uuid::Uuid, n: usize) {
    let categories = sql_list(
        clusterkeep::upkeep::AssetCategory::ALL
            .iter()
            .map(|c| c.as_str()),
    );
    let txn = db.system().await.unwrap();
    txn.conn()
        .execute_unprepared(&format!(
            "INSERT INTO fund_entries (id, tenant_id, created_at, cluster_id, entry_on, kind, amount,
                description, allocation_id, invoice_id, recorded_by, work_order_id, document_ref,
                account, document_number, document_date, category)
             SELECT gen_random_uuid(), '{tenant}', now(), '{cluster}', current_date - s.n % 1095,
                    CASE WHEN s.n % 5 = 0 THEN 'EXPENSE' ELSE 'FEE_COLLECTED' END,
                    CASE WHEN s.n % 5 = 0 THEN -(400000 + (s.n % 50) * 20000)
                         ELSE 50000 + (s.n % 40) * 5000 END,
                    CASE WHEN s.n % 5 = 0 THEN 'Bảo trì theo hợp đồng số ' || s.n
                         ELSE 'Phí duy tu thu theo HĐ ' || s.n END,
                    NULL, NULL, NULL, NULL, NULL, 'MAINTENANCE_FUND',
                    CASE WHEN s.n % 5 = 0 THEN 'HĐ ' || lpad(s.n::text, 7, '0') END,
                    CASE WHEN s.n % 5 = 0 THEN current_date - s.n % 1095 END,
                    CASE WHEN s.n % 5 = 0 THEN (ARRAY[{categories}])[1 + s.n % 9] END
             FROM generate_series(1, {n}) AS s(n);
             ANALYZE"
        ))
        .await
        .unwrap();
    txn.commit().await.unwrap();
}

async fn get(client: &reqwest::Client, url: &str, token: &str) -> usize {
    let response = client.get(url).bearer_auth(token).send().await.unwrap();
    assert!(
        response.status().is_success(),
        "{url}: {}",
        response.status()
    );
    response.bytes().await.unwrap().len()
}

/// Times `iterations` runs of `f`; prints p50 and p99 after `label`.
async fn timed<F, Fut>(label: &str, iterations: usize, mut f: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = String>,
{
    let mut times = Vec::with_capacity(iterations);
    let mut what = String::new();
    for _ in 0..iterations {
        let started = Instant::now();
        what = f().await;
        times.push(started.elapsed());
    }
    times.sort();
    println!(
        "{label}: {what}; p50 {}  p99 {}  ({iterations} requests)",
        ms(percentile(&times, 0.5)),
        ms(percentile(&times, 0.99)),
    );
}

const STATEMENT: &str = "query($c: ID!, $f: NaiveDate!, $t: NaiveDate!) { fundStatement(clusterId: $c, from: $f, to: $t) { openingBalance receiptsTotal expensesTotal closingBalance receipts { month source amount } expenses { category total lines { entryOn amount description documentNumber documentDate workOrderId } } } }";

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let schedules = env_or("BENCH_SCHEDULES", 2_000);
        let entries = env_or("BENCH_FUND_ENTRIES", 50_000);
        let iterations = env_or("BENCH_UPKEEP_ITERATIONS", 20);
        let Some(common::PgDemo {
            app,
            cluster: _cluster,
            dir: _dir,
        }) = common::pg_demo(JobsConfig {
            enabled: false,
            ..JobsConfig::default()
        })
        .await
        else {
            return;
        };
        run(app, schedules, entries, iterations).await;
    });
}

async fn run(app: Application, schedules: usize, entries: usize, iterations: usize) {
    let db = app.services().db.clone();
    let (tenant, cluster) = operator(&db).await;
    let today = clusterkeep::values::today();
    let base = format!("http://127.0.0.1:{}", app.port());
    let server = tokio::spawn(app.run_until_stopped());
    let client = reqwest::Client::new();
    let token = login_operator(&client, &base).await;
    let cluster_id = post(
        &client,
        &base,
        &token,
        "{ clusters(first: 50) { nodes { id name } } }",
        json!({}),
    )
    .await["data"]["clusters"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .min_by_key(|c| c["name"].as_str().unwrap().to_owned())
        .unwrap()["id"]
        .clone();

    // 1. Occurrences.
    seed_schedules(&db, tenant, schedules).await;
    println!(
        "\n## Upkeep occurrences on PostgreSQL: {schedules} schedules of one operator, horizon {} days",
        generator::HORIZON_DAYS
    );
    let before = db.statements_executed();
    let started = Instant::now();
    let first = generator::run(&db, today).await.unwrap();
    let first_time = started.elapsed();
    let first_statements = db.statements_executed() - before;
    println!(
        "first sweep: {} occurrences planned, {} work orders opened, {} missed; {:.2} s; {first_statements} SQL statements",
        first.planned,
        first.opened,
        first.missed,
        first_time.as_secs_f64()
    );
    let before = db.statements_executed();
    let started = Instant::now();
    let second = generator::run(&db, today).await.unwrap();
    println!(
        "second sweep (nothing new): {} planned, {} opened; {:.2} s; {} SQL statements",
        second.planned,
        second.opened,
        started.elapsed().as_secs_f64(),
        db.statements_executed() - before
    );
    let fund_query = "query($c: ID!) { maintenanceFund(clusterId: $c, entries: 0) { plannedNext12Months scheduledNext12Months coverageBp breakEvenFeePerM2Month } }";
    timed(
        &format!(
            "fund summary of one cluster ({} of the schedules), 12-month plan from the rules",
            schedules.div_ceil(3)
        ),
        iterations,
        || async {
            let f = post(
                &client,
                &base,
                &token,
                fund_query,
                json!({ "c": cluster_id }),
            )
            .await;
            format!(
                "plan {} đ",
                f["data"]["maintenanceFund"]["scheduledNext12Months"]
            )
        },
    )
    .await;

    // 2. The fund statement.
    seed_fund(&db, tenant, cluster, entries).await;
    println!(
        "\n## Fund statement on PostgreSQL: {entries} movements on one cluster's fund over 3 years"
    );
    let year_ago = first_of_month(today) - Months::new(12);
    let three_years = today - chrono::Duration::days(1095);
    for (label, from) in [("last 12 months", year_ago), ("3 years", three_years)] {
        let before = db.statements_executed();
        let s = post(
            &client,
            &base,
            &token,
            STATEMENT,
            json!({ "c": cluster_id, "f": from, "t": today }),
        )
        .await;
        let statements = db.statements_executed() - before;
        let lines: usize = s["data"]["fundStatement"]["expenses"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["lines"].as_array().unwrap().len())
            .sum();
        timed(
            &format!("statement, {label}, GraphQL ({statements} SQL statements)"),
            iterations,
            || async {
                post(
                    &client,
                    &base,
                    &token,
                    STATEMENT,
                    json!({ "c": cluster_id, "f": from, "t": today }),
                )
                .await;
                format!("{lines} expense lines")
            },
        )
        .await;
        let query = format!(
            "cluster={}&from={from}&to={today}",
            cluster_id.as_str().unwrap()
        );
        let csv = format!("{base}/export/fund-statement.csv?{query}");
        timed(&format!("statement, {label}, CSV"), iterations, || async {
            format!("{} kB", get(&client, &csv, &token).await / 1024)
        })
        .await;
        let pdf = format!("{base}/documents/fund-statement.pdf?{query}");
        timed(
            &format!("statement, {label}, PDF"),
            iterations.min(5),
            || async { format!("{} kB", get(&client, &pdf, &token).await / 1024) },
        )
        .await;
    }
    server.abort();
}

fn first_of_month(day: NaiveDate) -> NaiveDate {
    day.with_day0(0).unwrap()
}
