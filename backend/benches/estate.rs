//! Estate benchmark on PostgreSQL: a tenant with 10,000 plots, 2,000 firms and 10,000 leases;
//! throughput and latency of the leases page (100 leases with firm, cluster and plots) and of
//! the occupancy query (every cluster and the totals), through the real HTTP API.
//!
//! `cargo bench -p clusterkeep --bench estate`. Knobs: `BENCH_SECONDS` (10), `BENCH_CONCURRENCY` (8);
//! `BENCH_HOLD=1` keeps the seeded database up for 15 minutes (its URL is printed) to `EXPLAIN`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::{Duration, Instant};

mod common;
use common::env_or;

use chrono::{NaiveDate, Utc};
use clusterkeep::Application;
use clusterkeep::config::JobsConfig;
use clusterkeep::estate::entities::{cluster, lease, lease_plot, plot};
use clusterkeep::estate::{ClusterStatus, LeaseStatus, RentSchedule, WwtpStatus};
use clusterkeep::tenancy::entities::{firm, tenant};
use clusterkeep::tenancy::{CapitalOrigin, FirmStatus};
use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter};
use serde_json::{Value, json};
use uuid::Uuid;

const PLOTS: usize = 10_000;
const FIRMS: usize = 2_000;
const CLUSTERS: usize = 20;

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

/// Fills the Đồng Sóc demo tenant with the benchmark's estate.
async fn seed(app: &Application) -> Duration {
    let started = Instant::now();
    let db = &app.services().db;
    let txn = db.system().await.unwrap();
    let conn = txn.conn();
    let operator = tenant::Entity::find()
        .filter(tenant::Column::Name.contains("Đồng Sóc"))
        .one(conn)
        .await
        .unwrap()
        .unwrap();
    let t = operator.id;
    let now = Utc::now();
    let clusters: Vec<Uuid> = (0..CLUSTERS).map(|_| Uuid::now_v7()).collect();
    cluster::Entity::insert_many(
        clusters
            .iter()
            .enumerate()
            .map(|(i, id)| cluster::ActiveModel {
                id: Set(*id),
                tenant_id: Set(t),
                name: Set(format!("CCN Bench {i:02}")),
                province: Set("Vĩnh Phúc".into()),
                province_code: Set(None),
                district: Set("Bình Xuyên".into()),
                district_code: Set(None),
                total_area_m2: Set(2_000_000),
                leasable_area_m2: Set(1_500_000),
                established_on: Set(None),
                decision_number: Set(None),
                status: Set(ClusterStatus::Operating),
                wwtp_present: Set(false),
                wwtp_capacity_m3_day: Set(None),
                wwtp_status: Set(WwtpStatus::None),
                wwtp_permit_expires_on: Set(None),
                created_at: Set(now),
                updated_at: Set(now),
            }),
    )
    .exec(conn)
    .await
    .unwrap();
    let plots: Vec<(Uuid, Uuid)> = (0..PLOTS)
        .map(|i| (Uuid::now_v7(), clusters[i % CLUSTERS]))
        .collect();
    for chunk in plots.chunks(1_000) {
        plot::Entity::insert_many(
            chunk
                .iter()
                .enumerate()
                .map(|(i, (id, c))| plot::ActiveModel {
                    id: Set(*id),
                    tenant_id: Set(t),
                    cluster_id: Set(*c),
                    code: Set(format!("B-{}", id.simple())),
                    area_m2: Set(1_000 + (i as i64 % 50) * 100),
                    land_use: Set("Công nghiệp".into()),
                    cadastral_ref: Set(None),
                    notes: Set(None),
                    created_at: Set(now),
                    updated_at: Set(now),
                }),
        )
        .exec(conn)
        .await
        .unwrap();
    }
    let firms: Vec<Uuid> = (0..FIRMS).map(|_| Uuid::now_v7()).collect();
    for (n, chunk) in firms.chunks(1_000).enumerate() {
        firm::Entity::insert_many(chunk.iter().enumerate().map(|(i, id)| firm::ActiveModel {
            id: Set(*id),
            tenant_id: Set(t),
            name: Set(format!("Bench firm {:05}", n * 1_000 + i)),
            tax_code: Set(Some(format!(
                "{:010}",
                3_000_000_000u64 + (n * 1_000 + i) as u64
            ))),
            created_at: Set(now),
            address: Set(None),
            capital_origin: Set(CapitalOrigin::Domestic),
            is_sme: Set(true),
            vsic_code: Set(None),
            workforce: Set(50),
            billing_emails: Set(String::new()),
            status: Set(FirmStatus::Active),
            updated_at: Set(None),
        }))
        .exec(conn)
        .await
        .unwrap();
    }
    let start = NaiveDate::from_ymd_opt(2020, 1, 1).unwrap();
    let end = NaiveDate::from_ymd_opt(2069, 12, 31).unwrap();
    let leases: Vec<(Uuid, usize)> = (0..PLOTS).map(|i| (Uuid::now_v7(), i)).collect();
    for chunk in leases.chunks(1_000) {
        lease::Entity::insert_many(chunk.iter().map(|(id, i)| lease::ActiveModel {
            id: Set(*id),
            tenant_id: Set(t),
            firm_id: Set(firms[i % FIRMS]),
            cluster_id: Set(plots[*i].1),
            starts_on: Set(start),
            ends_on: Set(end),
            rent_per_m2_year: Set(40_000),
            rent_schedule: Set(RentSchedule::Yearly),
            maintenance_fee_per_m2_month: Set(None),
            deposit: Set(0),
            escalation_bp: Set(0),
            escalation_every_years: Set(None),
            late_interest_bp: Set(None),
            late_interest_commercial: Set(false),
            deductible_land_price_per_m2_year: Set(None),
            deductible_land_basis: Set(None),
            status: Set(if i % 10 == 0 {
                LeaseStatus::Terminated
            } else {
                LeaseStatus::Active
            }),
            terminated_on: Set((i % 10 == 0).then_some(start)),
            termination_reason: Set((i % 10 == 0).then(|| "bench".to_owned())),
            renewed_from_id: Set(None),
            created_at: Set(now),
            updated_at: Set(now),
        }))
        .exec(conn)
        .await
        .unwrap();
        lease_plot::Entity::insert_many(chunk.iter().map(|(id, i)| lease_plot::ActiveModel {
            tenant_id: Set(t),
            lease_id: Set(*id),
            plot_id: Set(plots[*i].0),
        }))
        .exec(conn)
        .await
        .unwrap();
    }
    txn.commit().await.unwrap();
    db.raw();
    sea_orm::ConnectionTrait::execute_unprepared(db.raw(), "ANALYZE")
        .await
        .unwrap();
    started.elapsed()
}

async fn measure(
    client: &reqwest::Client,
    base: &str,
    token: &str,
    name: &str,
    query: &str,
    check: fn(&Value),
) {
    let seconds = env_or("BENCH_SECONDS", 10);
    let concurrency = env_or("BENCH_CONCURRENCY", 8);
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let mut tasks = Vec::new();
    for _ in 0..concurrency {
        let (client, base, token, query) = (
            client.clone(),
            base.to_owned(),
            token.to_owned(),
            query.to_owned(),
        );
        tasks.push(tokio::spawn(async move {
            let mut times = Vec::new();
            while Instant::now() < deadline {
                let t = Instant::now();
                let body: Value = client
                    .post(format!("{base}/graphql"))
                    .bearer_auth(&token)
                    .json(&json!({ "query": query }))
                    .send()
                    .await
                    .unwrap()
                    .json()
                    .await
                    .unwrap();
                check(&body);
                times.push(t.elapsed());
            }
            times
        }));
    }
    let mut times = Vec::new();
    for task in tasks {
        times.extend(task.await.unwrap());
    }
    times.sort();
    println!(
        "{name}: {:.1} req/s with {concurrency} clients over {seconds} s; latency p50 {}  p95 {}  p99 {}",
        times.len() as f64 / seconds as f64,
        ms(percentile(&times, 0.5)),
        ms(percentile(&times, 0.95)),
        ms(percentile(&times, 0.99)),
    );
}

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let Some(common::PgDemo { app, cluster, dir: _dir }) = common::pg_demo(JobsConfig::default()).await else {
            return;
        };
        let seeded = seed(&app).await;
        if std::env::var("BENCH_HOLD").is_ok() {
            println!("HOLD {}", cluster.admin_url());
            tokio::time::sleep(Duration::from_secs(900)).await;
        }
        let base = format!("http://127.0.0.1:{}", app.port());
        tokio::spawn(app.run_until_stopped());
        let client = reqwest::Client::builder().pool_max_idle_per_host(64).build().unwrap();
        let login: Value = client
            .post(format!("{base}/graphql"))
            .json(&json!({ "query": "mutation { login(email: \"ops@dongsoc.example\", password: \"clusterkeep-demo\") { accessToken } }" }))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let token = login["data"]["login"]["accessToken"].as_str().unwrap().to_owned();
        println!("\n## Estate on PostgreSQL: {PLOTS} plots, {FIRMS} firms, {PLOTS} leases in {CLUSTERS} clusters (seeded in {})", ms(seeded));
        measure(
            &client,
            &base,
            &token,
            "leases page (100 with firm, cluster, plots; totalCount)",
            "{ leases(first: 100) { totalCount nodes { id status areaM2 firm { name taxCode } cluster { name } plots { code areaM2 } } } }",
            |body| assert_eq!(body["data"]["leases"]["nodes"].as_array().map(Vec::len), Some(100), "{body}"),
        )
        .await;
        measure(
            &client,
            &base,
            &token,
            "occupancy (estateOverview: every cluster and totals)",
            "{ estateOverview { total { rateBp leasedAreaM2 plotsFree firms workforce } clusters { cluster { name } occupancy { rateBp } } } }",
            |body| assert!(body["data"]["estateOverview"]["total"]["rateBp"].as_i64().unwrap_or(0) > 0, "{body}"),
        )
        .await;
    });
}
