//! Billing-run benchmark on PostgreSQL: one operator with 100,000 active leases (monthly rent,
//! the province's support, the maintenance fee and metered wastewater: four lines each, 400,000
//! lines) billed in one run, from start to issued (computing, numbering, batch inserts, one email
//! per firm, commit). Then the same invoice and line rows are loaded with PostgreSQL's `COPY` into
//! tables of the same shape and indexes, and the ratio of the two times is reported (aim: ≤ 3).
//!
//! `cargo bench -p clusterkeep --bench billing`. Knobs: `BENCH_LEASES` (100000), `BENCH_FIRMS`
//! (20000).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::{Duration, Instant};

use chrono::{Datelike, Months, NaiveDate, Utc};
use clusterkeep::Application;
use clusterkeep::access::TenantCtx;
use clusterkeep::billing::entities::{meter_reading, tariff};
use clusterkeep::billing::runs::{self, Announce, RunRequest};
use clusterkeep::billing::{Charge, TariffUnit};
use clusterkeep::config::Config;
use clusterkeep::db::throwaway::{self, PgCluster};
use clusterkeep::estate::entities::{cluster, lease, lease_plot, plot};
use clusterkeep::estate::{ClusterStatus, LeaseStatus, RentSchedule, WwtpStatus};
use clusterkeep::ids::{TenantId, UserId};
use clusterkeep::tenancy::entities::{firm, tenant, user};
use clusterkeep::tenancy::{CapitalOrigin, FirmStatus};
use clusterkeep::values::PeriodKind;
use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use secrecy::SecretString;
use uuid::Uuid;

const CLUSTERS: usize = 20;

fn env_or(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn secs(d: Duration) -> String {
    format!("{:.2} s", d.as_secs_f64())
}

/// Fills the Đồng Sóc demo tenant with the benchmark's estate, tariffs and readings.
async fn seed(app: &Application, leases: usize, firms: usize, month: NaiveDate) -> (Uuid, Uuid) {
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
    let actor = user::Entity::find()
        .filter(user::Column::Email.eq("ops@dongsoc.example"))
        .one(conn)
        .await
        .unwrap()
        .unwrap()
        .id;
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
                total_area_m2: Set(50_000_000),
                leasable_area_m2: Set(40_000_000),
                established_on: Set(None),
                decision_number: Set(None),
                status: Set(ClusterStatus::Operating),
                wwtp_present: Set(true),
                wwtp_capacity_m3_day: Set(Some(10_000)),
                wwtp_status: Set(WwtpStatus::Operating),
                wwtp_permit_expires_on: Set(None),
                created_at: Set(now),
                updated_at: Set(now),
            }),
    )
    .exec(conn)
    .await
    .unwrap();
    let effective = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
    for c in &clusters {
        for (charge, unit, rate) in [
            (Charge::MaintenanceFee, TariffUnit::M2Month, 900),
            (Charge::Wastewater, TariffUnit::M3, 9_650),
        ] {
            tariff::Entity::insert(tariff::ActiveModel {
                id: Set(Uuid::now_v7()),
                tenant_id: Set(t),
                created_at: Set(now),
                cluster_id: Set(*c),
                charge: Set(charge),
                name_vi: Set(format!("{charge:?}")),
                name_en: Set(format!("{charge:?}")),
                unit: Set(unit),
                rate: Set(rate),
                vat_bp: Set(1000),
                vat_basis: Set("GTGT 10%".into()),
                effective_from: Set(effective),
                effective_to: Set(None),
                legal_basis: Set("bench".into()),
            })
            .exec(conn)
            .await
            .unwrap();
        }
    }
    let firm_ids: Vec<Uuid> = (0..firms).map(|_| Uuid::now_v7()).collect();
    for (n, chunk) in firm_ids.chunks(1_000).enumerate() {
        firm::Entity::insert_many(chunk.iter().enumerate().map(|(i, id)| firm::ActiveModel {
            id: Set(*id),
            tenant_id: Set(t),
            name: Set(format!("Bench firm {:06}", n * 1_000 + i)),
            tax_code: Set(Some(format!(
                "{:010}",
                3_000_000_000u64 + (n * 1_000 + i) as u64
            ))),
            created_at: Set(now),
            address: Set(Some("Vĩnh Phúc".into())),
            capital_origin: Set(CapitalOrigin::Domestic),
            is_sme: Set(true),
            vsic_code: Set(None),
            workforce: Set(50),
            billing_emails: Set(format!("billing{}@bench.example", n * 1_000 + i)),
            status: Set(FirmStatus::Active),
            updated_at: Set(None),
        }))
        .exec(conn)
        .await
        .unwrap();
    }
    let start = NaiveDate::from_ymd_opt(2020, 1, 1).unwrap();
    let end = NaiveDate::from_ymd_opt(2069, 12, 31).unwrap();
    let rows: Vec<(Uuid, Uuid, usize)> = (0..leases)
        .map(|i| (Uuid::now_v7(), Uuid::now_v7(), i))
        .collect();
    for chunk in rows.chunks(1_000) {
        plot::Entity::insert_many(chunk.iter().map(|(_, plot, i)| plot::ActiveModel {
            id: Set(*plot),
            tenant_id: Set(t),
            cluster_id: Set(clusters[i % CLUSTERS]),
            code: Set(format!("B-{i:06}")),
            area_m2: Set(1_000 + (*i as i64 % 50) * 100),
            land_use: Set("Công nghiệp".into()),
            cadastral_ref: Set(None),
            notes: Set(None),
            created_at: Set(now),
            updated_at: Set(now),
        }))
        .exec(conn)
        .await
        .unwrap();
        lease::Entity::insert_many(chunk.iter().map(|(id, _, i)| lease::ActiveModel {
            id: Set(*id),
            tenant_id: Set(t),
            firm_id: Set(firm_ids[i % firms]),
            cluster_id: Set(clusters[i % CLUSTERS]),
            starts_on: Set(start),
            ends_on: Set(end),
            rent_per_m2_year: Set(60_000),
            rent_schedule: Set(RentSchedule::Monthly),
            maintenance_fee_per_m2_month: Set(None),
            deposit: Set(0),
            escalation_bp: Set(1000),
            escalation_every_years: Set(Some(5)),
            rent_support_bp: Set(1000),
            rent_support_basis: Set(Some("bench".into())),
            status: Set(LeaseStatus::Active),
            terminated_on: Set(None),
            termination_reason: Set(None),
            renewed_from_id: Set(None),
            created_at: Set(now),
            updated_at: Set(now),
        }))
        .exec(conn)
        .await
        .unwrap();
        lease_plot::Entity::insert_many(chunk.iter().map(|(id, plot, _)| {
            lease_plot::ActiveModel {
                tenant_id: Set(t),
                lease_id: Set(*id),
                plot_id: Set(*plot),
            }
        }))
        .exec(conn)
        .await
        .unwrap();
        meter_reading::Entity::insert_many(chunk.iter().map(|(id, _, i)| {
            meter_reading::ActiveModel {
                id: Set(Uuid::now_v7()),
                tenant_id: Set(t),
                created_at: Set(now),
                lease_id: Set(*id),
                period: Set(month),
                read_on: Set(month + Months::new(1)),
                meter_m3: Set(10_000 + *i as i64 % 700),
                consumption_m3: Set(100 + *i as i64 % 700),
                corrects_id: Set(None),
                correction_reason: Set(None),
                superseded_at: Set(None),
                entered_by: Set(None),
            }
        }))
        .exec(conn)
        .await
        .unwrap();
    }
    txn.commit().await.unwrap();
    db.raw().execute_unprepared("ANALYZE").await.unwrap();
    (t, actor)
}

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        if throwaway::server_binaries().is_none() {
            println!("PostgreSQL: SKIPPED (no server binaries)");
            return;
        }
        // The run logs its phases ("billing run issued": compute, prepare, insert, credit,
        // announce, commit).
        clusterkeep::telemetry::init(clusterkeep::config::LogFormat::Pretty);
        let leases = env_or("BENCH_LEASES", 100_000);
        let firms = env_or("BENCH_FIRMS", 20_000).min(leases);
        let cluster = PgCluster::start().unwrap();
        let url = throwaway::create_database(&cluster.admin_url()).await.unwrap();
        let dir = tempfile::tempdir().unwrap();
        let app = Application::build(Config {
            addr: "127.0.0.1:0".into(),
            data_dir: dir.path().to_path_buf(),
            database_url: Some(SecretString::from(url)),
            seed_demo: Some(true),
            demo_history: Some(false),
            jwt_secret: Some(SecretString::from(
                "bench-signing-key-that-is-long-enough-0000".to_owned(),
            )),
            ..Config::default()
        })
        .await
        .unwrap();
        let today = clusterkeep::values::today();
        let month = today.with_day(1).unwrap() + Months::new(1);
        let seeding = Instant::now();
        let (tenant, actor) = seed(&app, leases, firms, month).await;
        println!(
            "\n## Billing run on PostgreSQL: {leases} leases of {firms} firms in {CLUSTERS} clusters (seeded in {})",
            secs(seeding.elapsed())
        );
        let services = app.services();
        let ctx = TenantCtx::for_system_work(TenantId(tenant), UserId(actor));
        let announce = Announce {
            outbox: &services.outbox,
            link: "http://127.0.0.1:8080/invoices".into(),
        };
        let request = RunRequest {
            cluster_id: None,
            kind: PeriodKind::Month,
            start: month,
        };
        let started = Instant::now();
        let issued = runs::issue(&services.db, &ctx, request, &announce)
            .await
            .unwrap();
        let run_time = started.elapsed();
        let lines = issued.run.lines;
        println!(
            "run, start to issued: {} invoices, {lines} lines, {} emails queued in {} → {:.0} lines/s",
            issued.run.invoices,
            firms,
            secs(run_time),
            lines as f64 / run_time.as_secs_f64()
        );

        // COPY the same rows into tables of the same shape and indexes.
        let raw = services.db.raw();
        let dump = tempfile::Builder::new()
            .prefix("clusterkeep-copy-")
            .tempdir_in("/tmp")
            .unwrap();
        std::fs::set_permissions(
            dump.path(),
            std::os::unix::fs::PermissionsExt::from_mode(0o777),
        )
        .unwrap();
        let invoices_file = dump.path().join("invoices.copy");
        let lines_file = dump.path().join("lines.copy");
        raw.execute_unprepared(&format!(
            "COPY invoices TO '{}'; COPY invoice_lines TO '{}';
             CREATE TABLE copy_invoices (LIKE invoices INCLUDING ALL);
             CREATE TABLE copy_invoice_lines (LIKE invoice_lines INCLUDING ALL);",
            invoices_file.display(),
            lines_file.display()
        ))
        .await
        .unwrap();
        let started = Instant::now();
        raw.execute_unprepared(&format!(
            "BEGIN; COPY copy_invoices FROM '{}'; COPY copy_invoice_lines FROM '{}'; COMMIT;",
            invoices_file.display(),
            lines_file.display()
        ))
        .await
        .unwrap();
        let copy_time = started.elapsed();
        println!(
            "COPY of the same invoice and line rows: {} → {:.0} lines/s",
            secs(copy_time),
            lines as f64 / copy_time.as_secs_f64()
        );
        println!(
            "ratio run / COPY: {:.2} (aim: at most 3)",
            run_time.as_secs_f64() / copy_time.as_secs_f64()
        );
    });
}
