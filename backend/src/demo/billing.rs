//! The demo's billing year: each operator's billing settings, tariffs for every cluster (Đồng Sóc
//! with a rate change mid-year), wastewater meter readings where a plant operates, a monthly
//! billing run for each of the last twelve months issued on its date, payments that leave a
//! realistic mix (most paid on time, some in part, a few overdue and charged interest), upkeep
//! spending out of each fund and a plan for the next twelve months. (The upkeep register,
//! schedules and their inspections are `demo::upkeep`, seeded after this.)
//!
//! It goes through the same domain services as the API (runs, payments, fund), acting for each
//! operator, so the demo's figures obey every rule the product enforces.

use crate::receivables::FundAccount;
use crate::upkeep::AssetCategory;
use chrono::{Datelike, Days, Months, NaiveDate, Utc};
use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

use crate::access::Role;
use crate::access::{Policy, TenantCtx};
use crate::billing::entities::{invoice, meter_reading};
use crate::billing::money::first_of_month;
use crate::billing::runs::RunRequest;
use crate::billing::settings::SettingsInput;
use crate::billing::tariffs::TariffInput;
use crate::billing::{Charge, InvoiceDatePolicy, SupportMechanism, TariffUnit, runs};
use crate::db::Db;
use crate::estate::entities::{cluster, lease};
use crate::estate::{LeaseStatus, WwtpStatus};
use crate::ids::{ClusterId, FirmId, InvoiceId, TenantId, UserId};
use crate::receivables::payments::PaymentInput;
use crate::receivables::{PaymentMethod, fund, payments};
use crate::tenancy::TenantKind;
use crate::tenancy::entities::{membership, tenant, user};
use crate::values::PeriodKind;
use crate::values::today;

/// A small deterministic hash, so the demo's mix of payers is the same on every start.
fn mix(value: u64) -> u64 {
    let mut x = value.wrapping_add(0x9E37_79B9_7F4A_7C15);
    x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 31)
}

/// The maintenance fee of a demo cluster, đồng per m² per month, from `effective_from`.
fn fee_versions(cluster_name: &str) -> Vec<(NaiveDate, i64, &'static str)> {
    let day = |y, m| NaiveDate::from_ymd_opt(y, m, 1).unwrap_or_default();
    if cluster_name.contains("Đồng Sóc") {
        vec![
            (
                day(2024, 1),
                800,
                "Quy chế quản lý CCN Đồng Sóc số 12/QC-2023 (demo)",
            ),
            (
                day(2026, 7),
                900,
                "Phụ lục điều chỉnh phí số 03/2026 (demo): tăng 12,5% từ 01/07/2026",
            ),
        ]
    } else if cluster_name.contains("Yên Đồng") {
        vec![(
            day(2024, 1),
            300,
            "Quyết định phê duyệt giá dịch vụ CCN số 45/QĐ-UBND (demo)",
        )]
    } else {
        vec![(day(2024, 1), 600, "Quy chế quản lý CCN số 08/QC (demo)")]
    }
}

/// Upkeep items and their share of a month's expected fee.
const UPKEEP: [(&str, u64, AssetCategory); 4] = [
    (
        "Nạo vét mương, cống thoát nước mưa",
        35,
        AssetCategory::Drainage,
    ),
    (
        "Sửa chữa mặt đường nội bộ, vỉa hè",
        45,
        AssetCategory::InternalRoads,
    ),
    (
        "Thay bóng và sửa chữa đèn chiếu sáng",
        12,
        AssetCategory::PowerLighting,
    ),
    (
        "Vận hành, bảo dưỡng trạm xử lý nước thải",
        50,
        AssetCategory::Wastewater,
    ),
];

/// The plant is paid from the wastewater account (the wastewater price), never the fund.
fn account_of(category: AssetCategory) -> FundAccount {
    if category == AssetCategory::Wastewater {
        FundAccount::Wastewater
    } else {
        FundAccount::MaintenanceFund
    }
}

/// Seeds billing settings and tariffs for every operator tenant (after the estate demo), and
/// with `history` the year of runs, payments and fund movements.
pub async fn seed(db: &Db, history: bool) -> anyhow::Result<()> {
    // System read: the demo needs the operators and an admin account to act as.
    let txn = db.system().await?;
    let operators = tenant::Entity::find()
        .filter(tenant::Column::Kind.eq(TenantKind::Operator))
        .order_by_asc(tenant::Column::Name)
        .all(txn.conn())
        .await?;
    let platform_admin = user::Entity::find()
        .filter(user::Column::IsPlatformAdmin.eq(true))
        .one(txn.conn())
        .await?
        .map(|u| u.id)
        .unwrap_or_default();
    let mut actors = Vec::new();
    for operator in &operators {
        let admin = membership::Entity::find()
            .filter(membership::Column::TenantId.eq(operator.id))
            .filter(membership::Column::Role.eq(Role::OperatorAdmin))
            .one(txn.conn())
            .await?
            .map(|m| m.user_id)
            .unwrap_or(platform_admin);
        actors.push((operator.clone(), admin));
    }
    txn.commit().await?;
    for (index, (operator, admin)) in actors.into_iter().enumerate() {
        let ctx = TenantCtx::for_system_work(TenantId(operator.id), UserId(admin));
        seed_operator(db, &ctx, &operator, index as u64, history).await?;
    }
    Ok(())
}

async fn seed_operator(
    db: &Db,
    ctx: &TenantCtx,
    operator: &tenant::Model,
    index: u64,
    history: bool,
) -> anyhow::Result<()> {
    crate::billing::settings::update(
        db,
        ctx,
        SettingsInput {
            invoice_series: if operator.name.contains("Đồng Sóc") {
                "CTDS"
            } else if operator.name.contains("Yên Lạc") {
                "CTYL"
            } else {
                "CTTL"
            }
            .to_owned(),
            due_days: 15,
            late_interest_bp: 1000,
            late_interest_basis:
                "Hợp đồng thuê lại đất, Điều 9 (demo): 10%/năm, trong mức tối đa 20%/năm của Điều 468 Bộ luật Dân sự 2015".to_owned(),
            late_interest_commercial: false,
            rent_vat_bp: 1000,
            // Billing in arrears: the service of a month is complete on its last day.
            invoice_date_policy: Some(InvoiceDatePolicy::PeriodEnd),
            interest_on_invoice: Some(false),
            seller_name: operator.name.clone(),
            seller_address: if operator.name.contains("Đồng Sóc") {
                "CCN Đồng Sóc, xã Vĩnh Tường, tỉnh Phú Thọ (demo)"
            } else if operator.name.contains("Yên Lạc") {
                "CCN thị trấn Yên Lạc, xã Yên Lạc, tỉnh Phú Thọ (demo)"
            } else {
                "CCN Tề Lỗ, xã Tề Lỗ, tỉnh Phú Thọ (demo)"
            }
            .to_owned(),
            seller_tax_code: crate::values::TaxCode::complete(250_090_100 + index as u32 * 17),
            bank_bin: "970436".to_owned(),
            bank_account: format!("00110012{:05}", 34_567 + index),
            // As banks print a holder: without diacritics, in capitals, the "(demo)" dropped.
            bank_account_name: deunicode::deunicode(operator.name.trim_end_matches(" (demo)"))
                .to_uppercase(),
        },
    )
    .await?;

    let txn = db.tenant(ctx, Policy::ManageBilling).await?;
    let clusters = txn
        .scoped::<cluster::Entity>()
        .order_by_asc(cluster::Column::Name)
        .all(txn.conn())
        .await?;
    txn.commit().await?;
    let mut metered = Vec::new();
    for c in &clusters {
        for (from, rate, basis) in fee_versions(&c.name) {
            crate::billing::tariffs::add_version(
                db,
                ctx,
                TariffInput {
                    cluster_id: ClusterId(c.id),
                    charge: Charge::MaintenanceFee,
                    name_vi: "Phí duy tu, bảo dưỡng hạ tầng".to_owned(),
                    name_en: "Infrastructure maintenance fee".to_owned(),
                    unit: TariffUnit::M2Month,
                    rate,
                    vat_bp: 1000,
                    vat_basis: "Luật Thuế GTGT: dịch vụ 10%".to_owned(),
                    effective_from: from,
                    legal_basis: basis.to_owned(),
                },
            )
            .await?;
        }
        if c.wwtp_present && c.wwtp_status == WwtpStatus::Operating {
            metered.push(c.id);
            for (from, vat_bp, vat_basis) in wastewater_vat() {
                crate::billing::tariffs::add_version(
                    db,
                    ctx,
                    TariffInput {
                        cluster_id: ClusterId(c.id),
                        charge: Charge::Wastewater,
                        name_vi: "Phí xử lý nước thải".to_owned(),
                        name_en: "Wastewater treatment".to_owned(),
                        unit: TariffUnit::M3,
                        rate: 9_650,
                        vat_bp,
                        vat_basis: vat_basis.to_owned(),
                        effective_from: from,
                        legal_basis: "Theo mức giá của tỉnh, tham chiếu QĐ 35/2022 (demo)"
                            .to_owned(),
                    },
                )
                .await?;
            }
        }
    }

    seed_support(db, ctx, operator).await?;

    if !history {
        return Ok(());
    }
    let this_month = first_of_month(today());
    let months: Vec<NaiveDate> = (1..=12)
        .rev()
        .map(|n| this_month - Months::new(n))
        .collect();
    seed_readings(db, ctx, &metered, &months).await?;

    for month in &months {
        // On the 2nd of the next month, or today when that is still to come: the demo never
        // dates an invoice after the day it starts (audit A11).
        let issued_on = (*month + Months::new(1) + Days::new(1)).min(today());
        let request = RunRequest {
            cluster_id: None,
            kind: PeriodKind::Month,
            start: *month,
        };
        let run = match runs::issue_on(db, ctx, request, issued_on, None).await {
            Ok(run) => run.run,
            Err(crate::error::AppError::Validation(_)) => continue,
            Err(other) => return Err(other.into()),
        };
        pay_run(db, ctx, run.id, issued_on).await?;
    }
    seed_fund(db, ctx, &clusters, &months, this_month).await?;
    seed_bank_statement(db, ctx, index).await?;
    Ok(())
}

/// The province's 10% rent support for domestic SMEs (the article) as a programme: a decision
/// with a number and a date, three calendar years from the start of the demo's year of billing.
/// Đồng Sóc grants it as a discount on its invoices; Yên Lạc's is paid by the budget (the
/// invoices carry the full rent; the operator reports the claim), so the demo shows both.
async fn seed_support(db: &Db, ctx: &TenantCtx, operator: &tenant::Model) -> anyhow::Result<()> {
    let year = (first_of_month(today()) - Months::new(12)).year();
    let starts_on = NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or_default();
    crate::billing::support::create(
        db,
        ctx,
        crate::billing::support::ProgrammeInput {
            cluster_id: None,
            name: "Hỗ trợ 10% tiền thuê mặt bằng cho DNNVV 100% vốn trong nước (demo)".to_owned(),
            decision_number: format!("15/{}/QĐ-UBND", year - 1),
            decision_date: starts_on - Days::new(20),
            issued_by: Some("UBND tỉnh Phú Thọ (demo)".to_owned()),
            starts_on,
            ends_on: NaiveDate::from_ymd_opt(year + 2, 12, 31).unwrap_or_default(),
            rate_bp: 1000,
            mechanism: if operator.name.contains("Yên Lạc") {
                SupportMechanism::BudgetFunded
            } else {
                SupportMechanism::OperatorDiscount
            },
        },
    )
    .await?;
    Ok(())
}

/// Last week's bank statement, imported and waiting to be matched: a transfer naming an open
/// invoice with its exact amount, one naming an invoice but paying half, one carrying only an
/// amount, and one nobody can place.
async fn seed_bank_statement(db: &Db, ctx: &TenantCtx, index: u64) -> anyhow::Result<()> {
    let txn = db.tenant(ctx, Policy::ManageBilling).await?;
    let open = txn
        .scoped::<invoice::Entity>()
        .filter(invoice::Column::Kind.eq(crate::billing::InvoiceKind::Invoice))
        .filter(invoice::Column::Status.eq(crate::billing::InvoiceState::Issued))
        .filter(crate::billing::invoices::is_open())
        .order_by_desc(invoice::Column::DueOn)
        .order_by_asc(invoice::Column::Number)
        .all(txn.conn())
        .await?;
    txn.commit().await?;
    let day = today() - Days::new(3);
    let mut csv = String::from("date,amount,description,reference,payer_tax_code\n");
    let mut line = |n: usize, amount: i64, description: String| {
        csv.push_str(&format!(
            "{day},{amount},\"{description}\",FT{}{:04}{n},\n",
            day.format("%y%m%d"),
            index
        ));
    };
    let purpose = |i: &invoice::Model| {
        crate::billing::invoices::payment_purpose(&i.series, i.number.unwrap_or_default())
    };
    let mut iter = open.iter();
    if let Some(i) = iter.next() {
        line(
            1,
            i.open(),
            format!(
                "{} {}",
                deunicode::deunicode(&i.buyer_name).to_uppercase(),
                purpose(i)
            ),
        );
    }
    if let Some(i) = iter.next() {
        line(2, i.open() / 2, format!("{} dot 1", purpose(i)));
    }
    if let Some(i) = iter.next() {
        line(
            3,
            i.open(),
            "CHUYEN TIEN THUE DAT VA PHI HA TANG".to_owned(),
        );
    }
    line(4, 2_500_000, "CHUYEN TIEN NHAM TAI KHOAN".to_owned());
    crate::receivables::bank::import(db, ctx, &csv, true).await?;
    Ok(())
}

/// Monthly wastewater readings for every lease in a cluster whose plant operates.
async fn seed_readings(
    db: &Db,
    ctx: &TenantCtx,
    clusters: &[Uuid],
    months: &[NaiveDate],
) -> anyhow::Result<()> {
    if clusters.is_empty() {
        return Ok(());
    }
    let txn = db.tenant(ctx, Policy::ManageBilling).await?;
    let leases = txn
        .scoped::<lease::Entity>()
        .filter(lease::Column::ClusterId.is_in(clusters.iter().copied()))
        .filter(lease::Column::Status.eq(LeaseStatus::Active))
        .all(txn.conn())
        .await?;
    let now = Utc::now();
    let mut rows = Vec::new();
    for l in &leases {
        let mut meter = (mix(l.id.as_u128() as u64) % 5_000) as i64;
        for (i, month) in months.iter().enumerate() {
            let used = 80 + (mix(l.id.as_u128() as u64 ^ i as u64) % 900) as i64;
            meter += used;
            rows.push(meter_reading::ActiveModel {
                id: Set(Uuid::now_v7()),
                tenant_id: Set(txn.tenant_id().0),
                created_at: Set(now),
                lease_id: Set(l.id),
                period: Set(*month),
                read_on: Set(*month + Months::new(1) - Days::new(1)),
                meter_m3: Set(meter),
                consumption_m3: Set(used),
                corrects_id: Set(None),
                correction_reason: Set(None),
                superseded_at: Set(None),
                entered_by: Set(Some(ctx.user_id().0)),
            });
        }
    }
    for batch in rows.chunks(1_000) {
        meter_reading::Entity::insert_many(batch.to_vec())
            .exec_without_returning(txn.conn())
            .await?;
    }
    txn.commit().await?;
    Ok(())
}

/// The VAT on wastewater treatment by date (audit A9): 10%, then 8% from 1 July 2025 to
/// 31 December 2026 (Resolution 204/2025/QH15, Decree 174/2025/NĐ-CP: wastewater collection and
/// treatment is not among the excluded activities), then 10% again. Land rent and the
/// infrastructure fee stay at 10% (real-estate business is excluded from the cut).
fn wastewater_vat() -> [(NaiveDate, i32, &'static str); 3] {
    let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default();
    [
        (day(2024, 1, 1), 1000, "Luật Thuế GTGT: dịch vụ 10%"),
        (
            day(2025, 7, 1),
            800,
            "Giảm thuế GTGT còn 8% từ 01/07/2025 đến 31/12/2026 (Nghị quyết 204/2025/QH15, Nghị định 174/2025/NĐ-CP)",
        ),
        (
            day(2027, 1, 1),
            1000,
            "Luật Thuế GTGT 2024: dịch vụ 10% (hết thời hạn giảm thuế)",
        ),
    ]
}

/// Pays a run's invoices: most in full within days, some half, a few not at all.
async fn pay_run(
    db: &Db,
    ctx: &TenantCtx,
    run_id: Uuid,
    issued_on: NaiveDate,
) -> anyhow::Result<()> {
    let txn = db.tenant(ctx, Policy::ManageBilling).await?;
    let issued = txn
        .scoped::<invoice::Entity>()
        .filter(invoice::Column::RunId.eq(run_id))
        .order_by_asc(invoice::Column::Number)
        .all(txn.conn())
        .await?;
    txn.commit().await?;
    let day = today();
    for inv in issued {
        // Keyed on what is the same on every start (the buyer's name and the number), not on
        // ids, which are new each time: the mix of payers is the same demo after demo.
        let buyer = inv
            .buyer_name
            .bytes()
            .fold(0u64, |h, b| mix(h ^ u64::from(b)));
        let roll = mix(u64::from(inv.number.unwrap_or(0).unsigned_abs()) ^ buyer);
        let amount = match roll % 20 {
            0 => continue,
            1 | 2 => inv.total / 2,
            _ => inv.total,
        };
        let received_on = issued_on + Days::new(3 + roll % 12);
        if amount <= 0 || received_on > day {
            continue;
        }
        payments::record(
            db,
            ctx,
            PaymentInput {
                firm_id: FirmId(inv.firm_id),
                amount,
                received_on,
                method: if roll.is_multiple_of(7) {
                    PaymentMethod::Vietqr
                } else {
                    PaymentMethod::BankTransfer
                },
                bank_reference: Some(format!(
                    "FT{}{:06}",
                    received_on.format("%y%j"),
                    roll % 1_000_000
                )),
                idempotency_key: format!("demo-{}", inv.id),
                allocations: Some(vec![(InvoiceId(inv.id), amount)]),
            },
            // The demo's history is not news to anyone: no receipts.
            None,
        )
        .await?;
    }
    Ok(())
}

/// Upkeep spending each quarter out of each cluster's fund, and a plan for the next year.
async fn seed_fund(
    db: &Db,
    ctx: &TenantCtx,
    clusters: &[cluster::Model],
    months: &[NaiveDate],
    this_month: NaiveDate,
) -> anyhow::Result<()> {
    for c in clusters {
        let fee = fee_versions(&c.name).last().map(|v| v.1).unwrap_or(0);
        // What the fee brings in a month at ~full occupancy, as a scale for spending.
        let monthly = fee.saturating_mul(c.leasable_area_m2) as u64;
        for (i, month) in months.iter().enumerate() {
            if month.month() % 3 != 0 {
                continue;
            }
            let (what, share, category) = UPKEEP[i % UPKEEP.len()];
            if what.contains("nước thải") && !c.wwtp_present {
                continue;
            }
            let spent_on = *month + Days::new(19);
            fund::record_expense(
                db,
                ctx,
                fund::ExpenseInput {
                    cluster_id: ClusterId(c.id),
                    spent_on,
                    amount: (monthly * share / 100 * 2) as i64,
                    description: format!("{what} (demo)"),
                    document_number: Some(format!(
                        "HĐ {:07} – BBNT {:02}/{}",
                        1200 + i,
                        month.month(),
                        month.year()
                    )),
                    document_date: Some(spent_on),
                    account: account_of(category),
                    category: Some(category),
                    work_order_id: None,
                },
            )
            .await?;
        }
        for n in 0..12u32 {
            let month = this_month + Months::new(n);
            let (what, share, category) = UPKEEP[n as usize % UPKEEP.len()];
            if what.contains("nước thải") && !c.wwtp_present {
                continue;
            }
            fund::plan_upkeep(
                db,
                ctx,
                fund::PlanInput {
                    cluster_id: ClusterId(c.id),
                    month,
                    amount: (monthly * share / 100) as i64 + 5_000_000,
                    description: format!("{what} (kế hoạch, demo)"),
                    account: account_of(category),
                    category: Some(category),
                },
            )
            .await?;
        }
    }
    Ok(())
}
