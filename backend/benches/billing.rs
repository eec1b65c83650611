//! Billing-run benchmark on PostgreSQL: one operator with 100,000 active leases (monthly rent,
//! the province's support, the maintenance fee and metered wastewater: four lines each, 400,000
//! lines) billed in one run, from start to issued (computing, numbering, batch inserts, one email
//! per firm, commit). The leases are the demo operator Đồng Sóc's, whose support programme (a
//! discount, all its clusters) covers them. Then the same invoice and line rows are loaded with
//! PostgreSQL's `COPY` into tables of the same shape and indexes, and the ratio of the two times
//! is reported (aim: ≤ 3); and all the rows the run writes in bulk into tables with the same
//! foreign keys as well, the same rows under the same rules.
//!
//! `cargo bench -p clusterkeep --bench billing` (also run by `make bench`). Knobs: `BENCH_LEASES`
//! (100000) and `BENCH_FIRMS` (20000); `BENCH_LEASES=10000 BENCH_FIRMS=2000` is a quick run.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::{Duration, Instant};

mod common;
use common::env_or;

use chrono::{Datelike, Months, NaiveDate, Utc};
use clusterkeep::Application;
use clusterkeep::access::TenantCtx;
use clusterkeep::billing::entities::tariff;
use clusterkeep::billing::runs::{self, Announce, RunRequest};
use clusterkeep::billing::{Charge, TariffUnit};
use clusterkeep::config::JobsConfig;
use clusterkeep::estate::entities::cluster;
use clusterkeep::estate::{ClusterStatus, LeaseStatus, RentSchedule, WwtpStatus};
use clusterkeep::ids::{TenantId, UserId};
use clusterkeep::tenancy::entities::{tenant, user};
use clusterkeep::tenancy::{CapitalOrigin, FirmStatus};
use clusterkeep::values::PeriodKind;
use sea_orm::{
    ActiveEnum, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter,
};
use uuid::Uuid;

const CLUSTERS: usize = 20;

/// SQL for a time-ordered, UUIDv7-shaped id: `kind` in the first group, the row number `n` in
/// the last, so ids of one kind sort by row number.
fn ordered_id(kind: u8, n: &str) -> String {
    format!("('{kind:08x}-0000-7000-8000-' || lpad(to_hex({n}), 12, '0'))::uuid")
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
    // The estate rows are generated inside PostgreSQL, one `INSERT … SELECT` per table over
    // `generate_series`: the seed is set-up, not what is measured, and row-by-row parameters
    // from the client made it the slowest part of the benchmark. Ids are time-ordered like
    // UUIDv7 (a kind prefix, then the row number) so indexes fill in order, as they do in use.
    // Each referenced table is analysed (its uncommitted rows included) before the rows that
    // refer to it: planned on the demo's few rows, the foreign-key checks could pick an index
    // that only matches the tenant (`firms (tenant_id, tax_code)`) and scan every new firm for
    // each lease: the seeding ran 18 minutes without finishing instead of seconds.
    let clusters_sql = clusters
        .iter()
        .map(|c| format!("'{c}'"))
        .collect::<Vec<_>>()
        .join(",");
    let text = |stored: String| format!("'{stored}'");
    let sql = format!(
        "INSERT INTO firms (id, tenant_id, name, tax_code, created_at, address, capital_origin,
                            is_sme, vsic_code, workforce, billing_emails, status, updated_at)
         SELECT {firm_id}, '{t}', 'Bench firm ' || lpad(n::text, 6, '0'),
                code.tax_code, now(), 'Vĩnh Phúc', {domestic}, true, NULL, 50,
                'billing' || n || '@bench.example', {active_firm}, NULL
           FROM generate_series(0, {last_firm}) AS n
           -- Valid tax codes (the run refuses others): nine digits whose check digit exists
           -- (of 2n and 2n + 1 at most one has none), then that digit.
           CROSS JOIN LATERAL (SELECT 300000000 + 2 * n AS first) AS candidate
           CROSS JOIN LATERAL (
             SELECT CASE WHEN ({first_sum}) % 11 = 0 THEN first + 1 ELSE first END AS nine
           ) AS picked
           CROSS JOIN LATERAL (
             SELECT nine::text || (10 - ({nine_sum}) % 11)::text AS tax_code
           ) AS code;
         ANALYZE firms;
         INSERT INTO plots (id, tenant_id, cluster_id, code, area_m2, land_use, cadastral_ref,
                            notes, created_at, updated_at)
         SELECT {plot_id}, '{t}', (ARRAY[{clusters_sql}]::uuid[])[n % {CLUSTERS} + 1],
                'B-' || lpad(n::text, 6, '0'), 1000 + (n % 50) * 100, 'Công nghiệp', NULL, NULL,
                now(), now()
           FROM generate_series(0, {last_lease}) AS n;
         ANALYZE plots;
         INSERT INTO leases (id, tenant_id, firm_id, cluster_id, starts_on, ends_on,
                             rent_per_m2_year, rent_schedule, maintenance_fee_per_m2_month,
                             deposit, escalation_bp, escalation_every_years, status,
                             terminated_on, termination_reason, renewed_from_id, created_at,
                             updated_at)
         SELECT {lease_id}, '{t}', {lease_firm_id},
                (ARRAY[{clusters_sql}]::uuid[])[n % {CLUSTERS} + 1], '{start}', '{end}', 60000,
                {monthly}, NULL, 0, 1000, 5, {active_lease}, NULL, NULL, NULL, now(), now()
           FROM generate_series(0, {last_lease}) AS n;
         ANALYZE leases;
         INSERT INTO lease_plots (tenant_id, lease_id, plot_id)
         SELECT '{t}', {lease_id}, {plot_id} FROM generate_series(0, {last_lease}) AS n;
         INSERT INTO meter_readings (id, tenant_id, created_at, lease_id, period, read_on,
                                     meter_m3, consumption_m3, corrects_id, correction_reason,
                                     superseded_at, entered_by)
         SELECT {reading_id}, '{t}', now(), {lease_id}, '{month}', '{read_on}',
                10000 + n % 700, 100 + n % 700, NULL, NULL, NULL, NULL
           FROM generate_series(0, {last_lease}) AS n;",
        first_sum = weighted_digits("first"),
        nine_sum = weighted_digits("nine"),
        firm_id = ordered_id(1, "n"),
        lease_firm_id = ordered_id(1, &format!("n % {firms}")),
        plot_id = ordered_id(2, "n"),
        lease_id = ordered_id(3, "n"),
        reading_id = ordered_id(4, "n"),
        last_firm = firms - 1,
        last_lease = leases - 1,
        domestic = text(CapitalOrigin::Domestic.to_value()),
        active_firm = text(FirmStatus::Active.to_value()),
        monthly = text(RentSchedule::Monthly.to_value()),
        active_lease = text(LeaseStatus::Active.to_value()),
        start = NaiveDate::from_ymd_opt(2020, 1, 1).unwrap(),
        end = NaiveDate::from_ymd_opt(2069, 12, 31).unwrap(),
        read_on = month + Months::new(1),
    );
    conn.execute_unprepared(&sql).await.unwrap();
    txn.commit().await.unwrap();
    db.raw().execute_unprepared("ANALYZE").await.unwrap();
    (t, actor)
}

/// SQL for Σ Nᵢ × (31, 29, 23, 19, 17, 13, 7, 5, 3) over the nine digits of the integer
/// `column`: the sum a Vietnamese tax code's check digit is computed from.
fn weighted_digits(column: &str) -> String {
    [31, 29, 23, 19, 17, 13, 7, 5, 3]
        .iter()
        .enumerate()
        .map(|(i, weight)| format!("{weight} * ({column} / {} % 10)", 10_i64.pow(8 - i as u32)))
        .collect::<Vec<_>>()
        .join(" + ")
}

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    // The run's phases (compute, prepare, insert, announce, commit) log their durations.
    clusterkeep::telemetry::init(clusterkeep::config::LogFormat::Pretty);
    runtime.block_on(async {
        let leases = env_or("BENCH_LEASES", 100_000);
        let firms = env_or("BENCH_FIRMS", 20_000).min(leases);
        let Some(common::PgDemo { app, cluster: _cluster, dir: _dir }) = common::pg_demo(JobsConfig::default()).await else {
            return;
        };
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
        let kinds = services
            .db
            .raw()
            .query_all_raw(sea_orm::Statement::from_string(
                sea_orm::DbBackend::Postgres,
                "SELECT kind || ' ' || count(*) FROM invoice_lines GROUP BY kind ORDER BY kind",
            ))
            .await
            .unwrap()
            .iter()
            .map(|row| row.try_get_by_index::<String>(0).unwrap())
            .collect::<Vec<_>>();
        println!("run, lines by kind: {}", kinds.join(", "));
        assert!(
            kinds.iter().any(|k| k == &format!("RENT_SUPPORT {leases}")),
            "one support line per lease: the demo's programme covers the billed month"
        );
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
        let claims_file = dump.path().join("claims.copy");
        raw.execute_unprepared(&format!(
            "COPY support_claims TO '{}';",
            claims_file.display()
        ))
        .await
        .unwrap();
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

        // All the rows the run writes in bulk (its invoices, their lines and the support
        // claims) COPied into tables that also carry the real tables' foreign keys: the same
        // rows under the same rules. What PostgreSQL spends checking references, the run cannot
        // skip, and COPY into unconstrained tables does not pay it.
        raw.execute_unprepared(
            "CREATE TABLE copy_fk_invoices (LIKE invoices INCLUDING ALL);
             CREATE TABLE copy_fk_invoice_lines (LIKE invoice_lines INCLUDING ALL);
             CREATE TABLE copy_fk_support_claims (LIKE support_claims INCLUDING ALL);
             DO $$
             DECLARE c record;
             BEGIN
               FOR c IN SELECT conrelid::regclass::text AS source, pg_get_constraintdef(oid) AS def
                          FROM pg_constraint
                         WHERE contype = 'f'
                           AND conrelid IN ('invoices'::regclass, 'invoice_lines'::regclass, 'support_claims'::regclass)
               LOOP
                 EXECUTE format('ALTER TABLE %s ADD %s',
                   'copy_fk_' || c.source,
                   replace(c.def, 'REFERENCES invoices(', 'REFERENCES copy_fk_invoices('));
               END LOOP;
             END $$;",
        )
        .await
        .unwrap();
        let started = Instant::now();
        raw.execute_unprepared(&format!(
            "BEGIN; COPY copy_fk_invoices FROM '{}'; COPY copy_fk_invoice_lines FROM '{}';
             COPY copy_fk_support_claims FROM '{}'; COMMIT;",
            invoices_file.display(),
            lines_file.display(),
            claims_file.display()
        ))
        .await
        .unwrap();
        let copy_fk_time = started.elapsed();
        println!(
            "COPY of the invoices, lines and support claims into tables with the same foreign keys: {} → {:.0} lines/s; ratio run / that COPY: {:.2}",
            secs(copy_fk_time),
            lines as f64 / copy_fk_time.as_secs_f64(),
            run_time.as_secs_f64() / copy_fk_time.as_secs_f64()
        );
    });
}
