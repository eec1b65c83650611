//! Reminder sweep benchmark on PostgreSQL: one operator with 100,000 open invoices of 20,000
//! firms, due dates spread over the 120 days around today, so the sweep finds due-soon,
//! due-today and overdue steps and the monthly statements. Reports the time of one sweep
//! (select, claim, render, enqueue), how many SQL statements it ran, and the time and
//! statements of a second sweep that finds everything already claimed.
//!
//! `cargo bench -p clusterkeep --bench reminders` (also run by `make bench`). Knobs:
//! `BENCH_INVOICES` (100000) and `BENCH_FIRMS` (20000).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::Instant;

mod common;
use common::env_or;

use chrono::{Duration, Utc};
use clusterkeep::config::JobsConfig;
use clusterkeep::estate::entities::cluster;
use clusterkeep::tenancy::entities::tenant;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let invoices = env_or("BENCH_INVOICES", 100_000);
        let firms = env_or("BENCH_FIRMS", 20_000).min(invoices);
        let Some(common::PgDemo { app, cluster: _cluster, dir: _dir }) = common::pg_demo(JobsConfig {
            enabled: false,
            reminder_send_window: "always".into(),
            ..JobsConfig::default()
        }).await else {
            return;
        };
        let services = app.services();
        let db = &services.db;
        let seeding = Instant::now();
        let txn = db.system().await.unwrap();
        let conn = txn.conn();
        let t = tenant::Entity::find()
            .filter(tenant::Column::Name.contains("Đồng Sóc"))
            .one(conn)
            .await
            .unwrap()
            .unwrap()
            .id;
        let c = cluster::Entity::find()
            .filter(cluster::Column::TenantId.eq(t))
            .one(conn)
            .await
            .unwrap()
            .unwrap()
            .id;
        let today = clusterkeep::values::today();
        // Set-up, not measured: the rows are generated inside PostgreSQL.
        conn.execute_unprepared(&format!(
            "INSERT INTO firms (id, tenant_id, name, created_at, capital_origin, is_sme, workforce, billing_emails, status)
             SELECT ('00000001-0000-7000-8000-' || lpad(to_hex(n), 12, '0'))::uuid, '{t}',
                    'Bench firm ' || n, now(), 'DOMESTIC', true, 10, 'ketoan' || n || '@bench.example', 'ACTIVE'
             FROM generate_series(1, {firms}) AS n"
        ))
        .await
        .unwrap();
        conn.execute_unprepared(&format!(
            "INSERT INTO invoices (id, tenant_id, created_at, kind, firm_id, cluster_id, status, period_start, period_end,
                template, series, number, issued_on, due_on, subtotal, vat_total, total, paid, credited,
                seller_name, seller_address, seller_tax_code, buyer_name, buyer_address, buyer_tax_code)
             SELECT ('00000002-0000-7000-8000-' || lpad(to_hex(n), 12, '0'))::uuid, '{t}', now(), 'INVOICE',
                    ('00000001-0000-7000-8000-' || lpad(to_hex(1 + n % {firms}), 12, '0'))::uuid, '{c}', 'ISSUED',
                    DATE '{today}' - 120, DATE '{today}' - 90, '1', 'C26TBN', n, DATE '{today}' - 100,
                    DATE '{today}' + 5 - (n % 120), 1000000, 100000, 1100000, 0, 0,
                    'Seller', 'Address', '2500123451', 'Buyer ' || n, 'Address', '0100109106'
             FROM generate_series(1, {invoices}) AS n"
        ))
        .await
        .unwrap();
        conn.execute_unprepared("ANALYZE").await.unwrap();
        txn.commit().await.unwrap();
        println!(
            "\n## Reminder sweep on PostgreSQL: {invoices} open invoices of {firms} firms (seeded in {:.1} s)",
            seeding.elapsed().as_secs_f64()
        );
        let now = Utc::now() + Duration::minutes(1);
        for label in ["first sweep (claims everything due)", "second sweep (nothing new)"] {
            let before = db.statements_executed();
            let started = Instant::now();
            let report = services.reminders.sweep(now).await.unwrap();
            let took = started.elapsed();
            println!(
                "{label}: {} due, {} claimed, {} messages in {:.2} s, {} SQL statements",
                report.due,
                report.claimed,
                report.messages,
                took.as_secs_f64(),
                db.statements_executed() - before
            );
        }
    });
}
