//! Billing runs: for a period (a month or a quarter) and the tenant or one cluster, one invoice
//! per lease with its rent (by the lease's schedule, prorated by days), maintenance fee, metered
//! wastewater, other tariff charges, the province's rent support and late-payment interest on
//! overdue invoices. A run is computed first as a preview (nothing written), then issued: the
//! invoices get gap-free numbers and are written in batches, all in one transaction.

use std::collections::{HashMap, HashSet};

use chrono::{Datelike, Months, NaiveDate, Utc};
use sea_orm::sea_query::{Expr, OnConflict, Query, SelectStatement};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, DbErr,
    EntityTrait, IntoActiveModel, QueryFilter, QuerySelect,
};
use uuid::Uuid;

use crate::access::{Policy, TenantCtx};
use crate::audit;
use crate::billing::entities::{
    billing_run, billing_setting, invoice, invoice_counter, invoice_line, meter_reading, tariff,
};
use crate::billing::invoices::payment_purpose;
use crate::billing::money::{Fraction, Period, div_round, group_digits, months_covered, vat};
use crate::billing::settings::{self, series_for};
use crate::billing::{
    Charge, InvoiceKind, InvoiceState, LineKind, PeriodKind, TariffUnit, tariffs,
};
use crate::db::{Db, TenantTxn};
use crate::error::{AppError, AppResult, is_unique_violation};
use crate::estate::entities::{cluster, lease, lease_plot, plot};
use crate::estate::leases::held_during;
use crate::estate::{RentSchedule, today};
use crate::ids::ClusterId;
use crate::notify::{IssuedInvoice, Mail, Outbox};
use crate::tenancy::entities::firm;
use crate::tenancy::{Email, Locale};

/// What to bill.
#[derive(Clone, Copy, Debug)]
pub struct RunRequest {
    pub cluster_id: Option<ClusterId>,
    pub kind: PeriodKind,
    pub start: NaiveDate,
}

/// A line before it is written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DraftLine {
    pub kind: LineKind,
    pub description_vi: String,
    pub description_en: String,
    pub quantity_milli: i64,
    pub unit: String,
    pub unit_price: i64,
    pub amount: i64,
    pub vat_bp: Option<i32>,
    pub vat_amount: i64,
    pub tariff_id: Option<Uuid>,
}

/// An invoice before it is written.
#[derive(Clone, Debug)]
pub struct DraftInvoice {
    pub lease_id: Uuid,
    pub firm_id: Uuid,
    pub cluster_id: Uuid,
    pub firm_name: String,
    pub firm_address: String,
    pub firm_tax_code: String,
    pub cluster_name: String,
    /// Where the firm wants its invoices (comma-separated).
    pub billing_emails: String,
    pub lines: Vec<DraftLine>,
    pub subtotal: i64,
    pub vat_total: i64,
    pub total: i64,
    /// Overdue invoices whose late interest this invoice charges, up to the day before the period.
    pub interest_on: Vec<Uuid>,
}

/// What a run would bill.
#[derive(Clone, Debug)]
pub struct RunPreview {
    pub period: Period,
    pub cluster_id: Option<ClusterId>,
    pub invoices: Vec<DraftInvoice>,
    /// Leases of the period that already have an invoice for it.
    pub already_billed: usize,
    /// Things the operator should know before issuing (a cluster without a maintenance fee…).
    pub warnings: Vec<String>,
    pub subtotal: i64,
    pub vat_total: i64,
    pub total: i64,
    pub lines: usize,
}

/// The leases a run for `period` bills: those holding their plots on some day of the period
/// (the rule the overlap check uses), in the given clusters.
fn billable(tenant: Uuid, clusters: &[Uuid], period: &Period) -> Condition {
    held_during(tenant, period.start, period.end)
        .add(lease::Column::ClusterId.is_in(clusters.iter().copied()))
}

fn billable_ids(tenant: Uuid, clusters: &[Uuid], period: &Period) -> SelectStatement {
    Query::select()
        .column(lease::Column::Id)
        .from(lease::Entity)
        .cond_where(billable(tenant, clusters, period))
        .to_owned()
}

/// The last day a lease holds its plots.
fn term_end(l: &lease::Model) -> NaiveDate {
    l.terminated_on.unwrap_or(l.ends_on).min(l.ends_on)
}

/// Whole years from `from` to `to`.
fn full_years(from: NaiveDate, to: NaiveDate) -> i32 {
    let mut years = to.year() - from.year();
    if (to.month(), to.day()) < (from.month(), from.day()) {
        years -= 1;
    }
    years.max(0)
}

/// The yearly rent rate on `day`, after the lease's escalations (compounded, rounded each time).
fn escalated_rate(l: &lease::Model, day: NaiveDate) -> i64 {
    let mut rate = l.rent_per_m2_year;
    if let Some(every) = l.escalation_every_years.filter(|n| *n > 0)
        && l.escalation_bp > 0
    {
        let steps = full_years(l.starts_on, day) / every;
        for _ in 0..steps {
            rate = div_round(
                i128::from(rate) * i128::from(10_000 + l.escalation_bp),
                10_000,
            );
        }
    }
    rate
}

/// The calendar window (month, quarter, year or the whole term) of `schedule` containing `day`.
fn window(schedule: RentSchedule, day: NaiveDate, l: &lease::Model) -> (NaiveDate, NaiveDate) {
    let month_start = |y: i32, m: u32| NaiveDate::from_ymd_opt(y, m, 1).unwrap_or(day);
    let (start, months) = match schedule {
        RentSchedule::Monthly => (month_start(day.year(), day.month()), 1),
        RentSchedule::Quarterly => (month_start(day.year(), (day.month() - 1) / 3 * 3 + 1), 3),
        RentSchedule::Yearly => (month_start(day.year(), 1), 12),
        RentSchedule::Upfront => return (l.starts_on, term_end(l)),
    };
    let end = (start + Months::new(months)).pred_opt().unwrap_or(start);
    (start, end)
}

/// The rent windows billed in `period`: each window of the lease's schedule whose first day
/// within the term falls in the period, as (covered from, covered to, yearly rate).
fn rent_windows(l: &lease::Model, period: &Period) -> Vec<(NaiveDate, NaiveDate, i64)> {
    let (term_start, term_end) = (l.starts_on, term_end(l));
    let mut windows = Vec::new();
    let mut day = period.start.max(term_start);
    while day <= period.end && day <= term_end {
        let (start, end) = window(l.rent_schedule, day, l);
        let first = start.max(term_start);
        let last = end.min(term_end);
        if period.contains(first) && first <= last {
            windows.push((first, last, escalated_rate(l, first)));
        }
        day = match end.succ_opt() {
            Some(next) => next,
            None => break,
        };
    }
    windows
}

fn milli(value: i64) -> i64 {
    value.saturating_mul(1000)
}

fn date_vi(day: NaiveDate) -> String {
    day.format("%d/%m/%Y").to_string()
}

#[allow(clippy::too_many_arguments)]
fn line(
    kind: LineKind,
    vi: String,
    en: String,
    quantity_milli: i64,
    unit: &str,
    unit_price: i64,
    amount: i64,
    vat_bp: Option<i32>,
    tariff_id: Option<Uuid>,
) -> DraftLine {
    DraftLine {
        kind,
        description_vi: vi,
        description_en: en,
        quantity_milli,
        unit: unit.to_owned(),
        unit_price,
        amount,
        vat_bp,
        vat_amount: vat(amount, vat_bp),
        tariff_id,
    }
}

/// What a run needs to know about one lease.
struct LeaseFacts<'a> {
    lease: &'a lease::Model,
    area_m2: i64,
    tariffs: &'a [tariff::Model],
    wastewater_m3: i64,
    overdue: &'a [invoice::Model],
}

/// The lines of one lease's invoice for `period`.
fn lines_for(
    facts: &LeaseFacts,
    period: &Period,
    settings: &billing_setting::Model,
) -> Vec<DraftLine> {
    let l = facts.lease;
    let area = i128::from(facts.area_m2);
    let mut lines = Vec::new();
    let label = period.label();

    // Rent, by the lease's schedule.
    let windows = rent_windows(l, period);
    let mut rent = 0;
    if let (Some(first), Some(last)) = (windows.first(), windows.last()) {
        // Σ rate × months, exact; divided by 12 and rounded once.
        let mut rate_months = Fraction::ZERO;
        let mut months = Fraction::ZERO;
        for (from, to, rate) in &windows {
            let covered = months_covered(*from, *to);
            months = months.plus(covered);
            rate_months = rate_months.plus(Fraction::new(
                covered.numerator * i128::from(*rate),
                covered.denominator,
            ));
        }
        rent = div_round(area * rate_months.numerator, rate_months.denominator * 12);
        let years = Fraction::new(months.numerator, months.denominator * 12);
        lines.push(line(
            LineKind::Rent,
            format!(
                "Tiền thuê đất {} – {} ({} m²)",
                date_vi(first.0),
                date_vi(last.1),
                group_digits(facts.area_m2)
            ),
            format!("Land rent {} – {} ({} m²)", first.0, last.1, facts.area_m2),
            years.of(area * 1000),
            "m²·năm",
            first.2,
            rent,
            Some(settings.rent_vat_bp),
            None,
        ));
    }
    if l.rent_support_bp > 0 && rent > 0 {
        let discount = -div_round(i128::from(rent) * i128::from(l.rent_support_bp), 10_000);
        let percent = format!("{}%", f_bp(l.rent_support_bp));
        lines.push(line(
            LineKind::RentSupport,
            format!(
                "Hỗ trợ tiền thuê đất {percent} ({})",
                l.rent_support_basis.clone().unwrap_or_default()
            ),
            format!(
                "Provincial rent support {percent} ({})",
                l.rent_support_basis.clone().unwrap_or_default()
            ),
            1000,
            "lần",
            discount,
            discount,
            Some(settings.rent_vat_bp),
            None,
        ));
    }

    // The maintenance fee and the other area-based charges, for the days of the period the
    // lease holds its plots.
    let from = period.start.max(l.starts_on);
    let to = period.end.min(term_end(l));
    let months = if from <= to {
        months_covered(from, to)
    } else {
        Fraction::ZERO
    };
    let contract_fee = l.maintenance_fee_per_m2_month;
    if let Some(rate) = contract_fee
        && !months.is_zero()
    {
        let vat_bp = facts
            .tariffs
            .iter()
            .find(|t| t.charge == Charge::MaintenanceFee)
            .map(|t| t.vat_bp)
            .unwrap_or(settings.rent_vat_bp);
        lines.push(line(
            LineKind::MaintenanceFee,
            format!("Phí duy tu, bảo dưỡng hạ tầng {label} (giá theo hợp đồng)"),
            format!("Infrastructure maintenance fee {label} (contract rate)"),
            months.of(area * 1000),
            "m²·tháng",
            rate,
            months.of(area * i128::from(rate)),
            Some(vat_bp),
            None,
        ));
    }
    for t in facts.tariffs {
        let (kind, quantity_milli, amount) = match (t.charge, t.unit) {
            (Charge::MaintenanceFee, _) if contract_fee.is_some() => continue,
            (Charge::Wastewater, _) => {
                if facts.wastewater_m3 <= 0 {
                    continue;
                }
                (
                    LineKind::Wastewater,
                    milli(facts.wastewater_m3),
                    facts.wastewater_m3.saturating_mul(t.rate),
                )
            }
            (charge, TariffUnit::M2Month) => (
                kind_of(charge),
                months.of(area * 1000),
                months.of(area * i128::from(t.rate)),
            ),
            (charge, TariffUnit::M2Year) => {
                let years = Fraction::new(months.numerator, months.denominator * 12);
                (
                    kind_of(charge),
                    years.of(area * 1000),
                    years.of(area * i128::from(t.rate)),
                )
            }
            (charge, TariffUnit::M2) if !months.is_zero() => (
                kind_of(charge),
                milli(facts.area_m2),
                facts.area_m2.saturating_mul(t.rate),
            ),
            (charge, TariffUnit::FixedPeriod) if !months.is_zero() => {
                (kind_of(charge), 1000, t.rate)
            }
            (charge, TariffUnit::OneOff) if period.contains(l.starts_on) => (
                kind_of(charge),
                milli(facts.area_m2),
                facts.area_m2.saturating_mul(t.rate),
            ),
            _ => continue,
        };
        if amount == 0 {
            continue;
        }
        lines.push(line(
            kind,
            format!("{} {label}", t.name_vi),
            format!("{} {label}", t.name_en),
            quantity_milli,
            unit_label(t.unit),
            t.rate,
            amount,
            Some(t.vat_bp),
            Some(t.id),
        ));
    }

    // Late-payment interest on what is overdue, per day, up to the day before the period.
    if settings.late_interest_bp > 0
        && let Some(through) = period.start.pred_opt()
    {
        for overdue in facts.overdue {
            let open = overdue.open();
            let Some(due) = overdue.due_on else { continue };
            let since = overdue.interest_through.unwrap_or(due).max(due);
            let days = (through - since).num_days();
            if open <= 0 || days <= 0 {
                continue;
            }
            let amount = div_round(
                i128::from(open) * i128::from(settings.late_interest_bp) * i128::from(days),
                10_000 * 365,
            );
            if amount == 0 {
                continue;
            }
            let number = invoice_label(overdue);
            let rate = f_bp(settings.late_interest_bp);
            lines.push(line(
                LineKind::LateInterest,
                format!(
                    "Lãi chậm thanh toán HĐ {number}: {} ₫ × {rate}%/năm × {days} ngày ({} – {})",
                    group_digits(open),
                    date_vi(since.succ_opt().unwrap_or(since)),
                    date_vi(through)
                ),
                format!(
                    "Late-payment interest on invoice {number}: ₫{} × {rate}%/year × {days} days ({} – {through})",
                    group_digits(open).replace('.', ","),
                    since.succ_opt().unwrap_or(since)
                ),
                1000,
                "lần",
                amount,
                amount,
                None,
                None,
            ));
        }
    }
    lines
}

fn kind_of(charge: Charge) -> LineKind {
    match charge {
        Charge::MaintenanceFee => LineKind::MaintenanceFee,
        Charge::Wastewater => LineKind::Wastewater,
        Charge::Other => LineKind::Other,
    }
}

fn unit_label(unit: TariffUnit) -> &'static str {
    match unit {
        TariffUnit::M2 => "m²",
        TariffUnit::M2Month => "m²·tháng",
        TariffUnit::M2Year => "m²·năm",
        TariffUnit::M3 => "m³",
        TariffUnit::FixedPeriod => "kỳ",
        TariffUnit::OneOff => "m²",
    }
}

/// Basis points as a percentage without trailing zeros: 1000 → `10`, 850 → `8.5`.
pub fn f_bp(bp: i32) -> String {
    let whole = bp / 100;
    let rest = bp % 100;
    if rest == 0 {
        whole.to_string()
    } else if rest % 10 == 0 {
        format!("{whole}.{}", rest / 10)
    } else {
        format!("{whole}.{rest:02}")
    }
}

/// `C26TAA 00000123`.
pub fn invoice_label(i: &invoice::Model) -> String {
    match i.number {
        Some(n) => format!("{} {n:08}", i.series),
        None => format!("{} (nháp)", i.series),
    }
}

/// Loads everything and computes the run (used by both preview and issue).
async fn compute(
    txn: &TenantTxn,
    request: RunRequest,
) -> AppResult<(RunPreview, billing_setting::Model)> {
    use sea_orm::sea_query::ExprTrait;
    let period = Period::parse(request.kind, request.start, "input.periodStart")?;
    let tenant = txn.tenant_id().0;
    let settings = settings::load(txn).await?;
    let mut clusters_query = txn.scoped::<cluster::Entity>();
    if let Some(id) = request.cluster_id {
        clusters_query = clusters_query.filter(cluster::Column::Id.eq(id));
    }
    let clusters: HashMap<Uuid, cluster::Model> = clusters_query
        .all(txn.conn())
        .await?
        .into_iter()
        .map(|c| (c.id, c))
        .collect();
    if request.cluster_id.is_some() && clusters.is_empty() {
        return Err(AppError::invalid("input.clusterId", "no such cluster"));
    }
    let cluster_ids: Vec<Uuid> = clusters.keys().copied().collect();
    let leases = lease::Entity::find()
        .filter(billable(tenant, &cluster_ids, &period))
        .all(txn.conn())
        .await?;

    // Leased area per lease, summed by the database.
    let areas: HashMap<Uuid, i64> = {
        let query = Query::select()
            .column((lease_plot::Entity, lease_plot::Column::LeaseId))
            .expr_as(
                Expr::col((plot::Entity, plot::Column::AreaM2))
                    .sum()
                    .cast_as("BIGINT"),
                "area",
            )
            .from(lease_plot::Entity)
            .inner_join(
                plot::Entity,
                Expr::col((plot::Entity, plot::Column::Id))
                    .equals((lease_plot::Entity, lease_plot::Column::PlotId)),
            )
            .and_where(Expr::col((lease_plot::Entity, lease_plot::Column::TenantId)).eq(tenant))
            .and_where(
                Expr::col((lease_plot::Entity, lease_plot::Column::LeaseId))
                    .in_subquery(billable_ids(tenant, &cluster_ids, &period)),
            )
            .group_by_col((lease_plot::Entity, lease_plot::Column::LeaseId))
            .to_owned();
        let mut areas = HashMap::new();
        for row in txn.conn().query_all(&query).await? {
            areas.insert(
                row.try_get::<Uuid>("", "lease_id")?,
                row.try_get::<i64>("", "area")?,
            );
        }
        areas
    };
    let firms: HashMap<Uuid, firm::Model> = txn
        .scoped::<firm::Entity>()
        .filter(
            Expr::col(firm::Column::Id).in_subquery(
                Query::select()
                    .column(lease::Column::FirmId)
                    .from(lease::Entity)
                    .cond_where(billable(tenant, &cluster_ids, &period))
                    .to_owned(),
            ),
        )
        .all(txn.conn())
        .await?
        .into_iter()
        .map(|f| (f.id, f))
        .collect();
    let mut tariffs_by_cluster: HashMap<Uuid, Vec<tariff::Model>> = HashMap::new();
    for t in tariffs::in_effect(txn, &cluster_ids, period.start).await? {
        tariffs_by_cluster.entry(t.cluster_id).or_default().push(t);
    }
    let mut wastewater: HashMap<Uuid, i64> = HashMap::new();
    for r in txn
        .scoped::<meter_reading::Entity>()
        .filter(meter_reading::Column::SupersededAt.is_null())
        .filter(meter_reading::Column::Period.between(period.start, period.end))
        .filter(
            Expr::col(meter_reading::Column::LeaseId).in_subquery(billable_ids(
                tenant,
                &cluster_ids,
                &period,
            )),
        )
        .all(txn.conn())
        .await?
    {
        *wastewater.entry(r.lease_id).or_default() += r.consumption_m3;
    }
    let mut overdue: HashMap<Uuid, Vec<invoice::Model>> = HashMap::new();
    for i in txn
        .scoped::<invoice::Entity>()
        .filter(invoice::Column::Kind.eq(InvoiceKind::Invoice))
        .filter(invoice::Column::Status.eq(InvoiceState::Issued))
        .filter(invoice::Column::DueOn.lt(period.start))
        .filter(crate::billing::invoices::is_open())
        .filter(
            Expr::col(invoice::Column::LeaseId).in_subquery(billable_ids(
                tenant,
                &cluster_ids,
                &period,
            )),
        )
        .all(txn.conn())
        .await?
    {
        if let Some(lease_id) = i.lease_id {
            overdue.entry(lease_id).or_default().push(i);
        }
    }
    // Leases that already have an invoice overlapping the period.
    let billed: HashSet<Uuid> = txn
        .scoped::<invoice::Entity>()
        .select_only()
        .column(invoice::Column::LeaseId)
        .filter(invoice::Column::Kind.eq(InvoiceKind::Invoice))
        .filter(invoice::Column::Status.ne(InvoiceState::Void))
        .filter(invoice::Column::PeriodStart.lte(period.end))
        .filter(invoice::Column::PeriodEnd.gte(period.start))
        .filter(invoice::Column::ClusterId.is_in(cluster_ids.iter().copied()))
        .into_tuple::<Option<Uuid>>()
        .all(txn.conn())
        .await?
        .into_iter()
        .flatten()
        .collect();

    let mut warnings = Vec::new();
    let mut names: Vec<&cluster::Model> = clusters.values().collect();
    names.sort_by(|a, b| a.name.cmp(&b.name));
    for c in names {
        let has_fee = tariffs_by_cluster
            .get(&c.id)
            .is_some_and(|ts| ts.iter().any(|t| t.charge == Charge::MaintenanceFee));
        if !has_fee {
            warnings.push(format!(
                "{}: no maintenance fee tariff in effect on {}; only leases with a contract rate pay the fee",
                c.name, period.start
            ));
        }
    }
    let mut invoices = Vec::new();
    let mut already_billed = 0;
    let empty = Vec::new();
    for l in &leases {
        if billed.contains(&l.id) {
            already_billed += 1;
            continue;
        }
        let (Some(c), Some(f)) = (clusters.get(&l.cluster_id), firms.get(&l.firm_id)) else {
            continue;
        };
        let overdue_here = overdue.get(&l.id).unwrap_or(&empty);
        let facts = LeaseFacts {
            lease: l,
            area_m2: areas.get(&l.id).copied().unwrap_or(0),
            tariffs: tariffs_by_cluster
                .get(&c.id)
                .map(Vec::as_slice)
                .unwrap_or(&[]),
            wastewater_m3: wastewater.get(&l.id).copied().unwrap_or(0),
            overdue: overdue_here,
        };
        let lines = lines_for(&facts, &period, &settings);
        if lines.is_empty() {
            continue;
        }
        let subtotal = lines.iter().map(|l| l.amount).sum();
        let vat_total = lines.iter().map(|l| l.vat_amount).sum();
        invoices.push(DraftInvoice {
            lease_id: l.id,
            firm_id: f.id,
            cluster_id: c.id,
            firm_name: f.name.clone(),
            firm_address: f.address.clone().unwrap_or_default(),
            firm_tax_code: f.tax_code.clone().unwrap_or_default(),
            cluster_name: c.name.clone(),
            billing_emails: f.billing_emails.clone(),
            interest_on: if lines.iter().any(|line| line.kind == LineKind::LateInterest) {
                overdue_here.iter().map(|i| i.id).collect()
            } else {
                Vec::new()
            },
            lines,
            subtotal,
            vat_total,
            total: subtotal + vat_total,
        });
    }
    invoices.sort_by(|a, b| {
        (&a.cluster_name, &a.firm_name, a.lease_id).cmp(&(
            &b.cluster_name,
            &b.firm_name,
            b.lease_id,
        ))
    });
    let preview = RunPreview {
        period,
        cluster_id: request.cluster_id,
        subtotal: invoices.iter().map(|i| i.subtotal).sum(),
        vat_total: invoices.iter().map(|i| i.vat_total).sum(),
        total: invoices.iter().map(|i| i.total).sum(),
        lines: invoices.iter().map(|i| i.lines.len()).sum(),
        invoices,
        already_billed,
        warnings,
    };
    Ok((preview, settings))
}

/// What a run would bill; nothing is written (operators).
pub async fn preview(db: &Db, ctx: &TenantCtx, request: RunRequest) -> AppResult<RunPreview> {
    let txn = db.tenant(ctx, Policy::ManageBilling).await?;
    let (preview, _) = compute(&txn, request).await?;
    // Nothing was written; ending the transaction without a commit says so.
    drop(txn);
    Ok(preview)
}

/// Rows per insert statement: well under SQLite's 32,766 and PostgreSQL's 65,535 parameters.
const INVOICE_BATCH: usize = 800;
const LINE_BATCH: usize = 2_000;

/// Takes `count` numbers of `series`, one after the other, under a row lock: two clerks issuing
/// at once get consecutive ranges, never the same number and never a gap.
pub(crate) async fn take_numbers(txn: &TenantTxn, series: &str, count: i64) -> AppResult<i64> {
    let seed = invoice_counter::ActiveModel {
        id: Set(Uuid::now_v7()),
        tenant_id: Set(txn.tenant_id().0),
        created_at: Set(Utc::now()),
        series: Set(series.to_owned()),
        last_number: Set(0),
    };
    match invoice_counter::Entity::insert(seed)
        .on_conflict(
            OnConflict::columns([
                invoice_counter::Column::TenantId,
                invoice_counter::Column::Series,
            ])
            .do_nothing()
            .to_owned(),
        )
        .exec_without_returning(txn.conn())
        .await
    {
        Ok(_) | Err(DbErr::RecordNotInserted) => {}
        Err(other) => return Err(other.into()),
    }
    let counter = txn
        .scoped::<invoice_counter::Entity>()
        .filter(invoice_counter::Column::Series.eq(series))
        .lock_exclusive()
        .one(txn.conn())
        .await?
        .ok_or_else(|| AppError::Internal(anyhow::anyhow!("invoice counter vanished")))?;
    let first = counter.last_number + 1;
    let last = counter.last_number + count;
    if last > 99_999_999 {
        return Err(AppError::Conflict(format!(
            "series {series} has no numbers left this year; choose another series"
        )));
    }
    let mut update = counter.into_active_model();
    update.last_number = Set(last);
    update.update(txn.conn()).await?;
    Ok(first)
}

/// An issued run.
#[derive(Clone, Debug)]
pub struct Issued {
    pub run: billing_run::Model,
    pub first_number: Option<String>,
    pub last_number: Option<String>,
}

/// Where issued invoices are announced: the outbox, and the web app's address for the link.
pub struct Announce<'a> {
    pub outbox: &'a Outbox,
    pub link: String,
}

/// Issues the run today: every invoice of the preview, numbered, written in batches in one
/// transaction with one email per firm (operators). A period already fully billed is a `CONFLICT`.
pub async fn issue(
    db: &Db,
    ctx: &TenantCtx,
    request: RunRequest,
    announce: &Announce<'_>,
) -> AppResult<Issued> {
    issue_on(db, ctx, request, today(), Some(announce)).await
}

/// The emails of an issued run: one per billing address of each firm, listing its invoices.
fn announcements(
    preview: &RunPreview,
    settings: &billing_setting::Model,
    numbers: &[(String, i32)],
    due_on: NaiveDate,
    link: &str,
) -> Vec<(Email, Locale, Mail)> {
    let mut by_firm: Vec<(Uuid, &str, &str, Vec<IssuedInvoice>)> = Vec::new();
    for (draft, (series, number)) in preview.invoices.iter().zip(numbers) {
        let line = IssuedInvoice {
            number: format!("{series} {number:08}"),
            total: draft.total,
            due_on,
            purpose: payment_purpose(series, *number),
        };
        match by_firm.iter_mut().find(|(firm, ..)| *firm == draft.firm_id) {
            Some((.., invoices)) => invoices.push(line),
            None => by_firm.push((
                draft.firm_id,
                &draft.firm_name,
                &draft.billing_emails,
                vec![line],
            )),
        }
    }
    let mut mails = Vec::new();
    for (_, firm_name, emails, invoices) in by_firm {
        for address in emails.split(',').filter_map(|e| Email::parse(e, "").ok()) {
            mails.push((
                address,
                Locale::Vi,
                Mail::InvoicesIssued {
                    seller_name: settings.seller_name.clone(),
                    firm_name: firm_name.to_owned(),
                    period_label: preview.period.label(),
                    invoices: invoices.clone(),
                    link: link.to_owned(),
                },
            ));
        }
    }
    mails
}

/// Issues the run as of `issued_on` (the demo's history issues past months on their dates).
pub async fn issue_on(
    db: &Db,
    ctx: &TenantCtx,
    request: RunRequest,
    issued_on: NaiveDate,
    announce: Option<&Announce<'_>>,
) -> AppResult<Issued> {
    ctx.require(Policy::ManageBilling)?;
    let started = std::time::Instant::now();
    let txn = db.tenant(ctx, Policy::ManageBilling).await?;
    let (preview, settings) = compute(&txn, request).await?;
    let computed = started.elapsed();
    if preview.invoices.is_empty() {
        return Err(if preview.already_billed > 0 {
            AppError::Conflict(format!(
                "{} is already billed for every lease in it",
                preview.period.label()
            ))
        } else {
            AppError::invalid("input.periodStart", "no lease is billable in this period")
        });
    }
    let tenant = txn.tenant_id().0;
    let due_on = issued_on + chrono::Duration::days(i64::from(settings.due_days));
    let series = series_for(&settings.invoice_series, issued_on);
    let count = preview.invoices.len() as i64;
    let first = take_numbers(&txn, &series, count).await?;
    let now = Utc::now();
    let run = billing_run::Model {
        id: Uuid::now_v7(),
        tenant_id: tenant,
        created_at: now,
        cluster_id: preview.cluster_id.map(|c| c.0),
        period_kind: preview.period.kind,
        period_start: preview.period.start,
        period_end: preview.period.end,
        invoices: count,
        lines: preview.lines as i64,
        total: preview.total,
        issued_by: Some(ctx.user_id().0),
    };
    billing_run::Entity::insert(run.clone().into_active_model())
        .exec_without_returning(txn.conn())
        .await?;

    let mut invoice_rows = Vec::with_capacity(preview.invoices.len());
    let mut line_rows = Vec::with_capacity(preview.lines);
    let mut charged_interest = Vec::new();
    for (offset, draft) in preview.invoices.iter().enumerate() {
        let id = Uuid::now_v7();
        invoice_rows.push(invoice::ActiveModel {
            id: Set(id),
            tenant_id: Set(tenant),
            created_at: Set(now),
            kind: Set(InvoiceKind::Invoice),
            run_id: Set(Some(run.id)),
            lease_id: Set(Some(draft.lease_id)),
            firm_id: Set(draft.firm_id),
            cluster_id: Set(draft.cluster_id),
            corrects_id: Set(None),
            billing_key: Set(Some(format!(
                "lease:{}:{}",
                draft.lease_id, preview.period.start
            ))),
            status: Set(InvoiceState::Issued),
            period_start: Set(preview.period.start),
            period_end: Set(preview.period.end),
            template: Set(settings.invoice_template.clone()),
            series: Set(series.clone()),
            number: Set(Some((first + offset as i64) as i32)),
            issued_on: Set(Some(issued_on)),
            due_on: Set(Some(due_on)),
            subtotal: Set(draft.subtotal),
            vat_total: Set(draft.vat_total),
            total: Set(draft.total),
            paid: Set(0),
            credited: Set(0),
            interest_through: Set(None),
            seller_name: Set(settings.seller_name.clone()),
            seller_address: Set(settings.seller_address.clone()),
            seller_tax_code: Set(settings.seller_tax_code.clone()),
            buyer_name: Set(draft.firm_name.clone()),
            buyer_address: Set(draft.firm_address.clone()),
            buyer_tax_code: Set(draft.firm_tax_code.clone()),
            note: Set(None),
            voided_at: Set(None),
            void_reason: Set(None),
        });
        for (position, l) in draft.lines.iter().enumerate() {
            line_rows.push(invoice_line::ActiveModel {
                id: Set(Uuid::now_v7()),
                tenant_id: Set(tenant),
                created_at: Set(now),
                invoice_id: Set(id),
                position: Set(position as i32 + 1),
                kind: Set(l.kind),
                description_vi: Set(l.description_vi.clone()),
                description_en: Set(l.description_en.clone()),
                quantity_milli: Set(l.quantity_milli),
                unit: Set(l.unit.clone()),
                unit_price: Set(l.unit_price),
                amount: Set(l.amount),
                vat_bp: Set(l.vat_bp),
                vat_amount: Set(l.vat_amount),
                tariff_id: Set(l.tariff_id),
                corrects_line_id: Set(None),
            });
        }
        charged_interest.extend(draft.interest_on.iter().copied());
    }
    let conflict = |e: DbErr| {
        if is_unique_violation(&e) {
            AppError::Conflict(
                "another run billed some of these leases meanwhile; preview again".into(),
            )
        } else {
            e.into()
        }
    };
    let prepared = started.elapsed();
    let mut rows = invoice_rows.into_iter().peekable();
    while rows.peek().is_some() {
        let batch: Vec<_> = rows.by_ref().take(INVOICE_BATCH).collect();
        invoice::Entity::insert_many(batch)
            .exec_without_returning(txn.conn())
            .await
            .map_err(conflict)?;
    }
    let mut rows = line_rows.into_iter().peekable();
    while rows.peek().is_some() {
        let batch: Vec<_> = rows.by_ref().take(LINE_BATCH).collect();
        invoice_line::Entity::insert_many(batch)
            .exec_without_returning(txn.conn())
            .await?;
    }
    if let Some(through) = preview.period.start.pred_opt() {
        for chunk in charged_interest.chunks(INVOICE_BATCH) {
            invoice::Entity::update_many()
                .col_expr(invoice::Column::InterestThrough, Expr::value(through))
                .filter(invoice::Column::TenantId.eq(tenant))
                .filter(invoice::Column::Id.is_in(chunk.iter().copied()))
                .exec(txn.conn())
                .await?;
        }
    }
    let inserted = started.elapsed();
    // A firm's credit (overpayments) pays its new invoices at once.
    let mut firms: Vec<Uuid> = preview.invoices.iter().map(|i| i.firm_id).collect();
    firms.sort_unstable();
    firms.dedup();
    crate::billing::payments::apply_credit(&txn, &firms, issued_on).await?;
    let credited = started.elapsed();
    let numbers: Vec<(String, i32)> = (0..count)
        .map(|offset| (series.clone(), (first + offset) as i32))
        .collect();
    if let Some(announce) = announce {
        let mails = announcements(&preview, &settings, &numbers, due_on, &announce.link);
        announce
            .outbox
            .enqueue_many(txn.conn(), Some(txn.tenant_id()), &mails)
            .await?;
    }
    audit::record(
        &txn,
        ctx,
        "BillingRun",
        run.id,
        "issued",
        None::<&()>,
        Some(&run),
    )
    .await?;
    let announced = started.elapsed();
    txn.commit().await?;
    if let Some(announce) = announce {
        announce.outbox.wake();
    }
    tracing::info!(
        invoices = count,
        lines = preview.lines,
        compute_ms = computed.as_millis(),
        prepare_ms = (prepared - computed).as_millis(),
        insert_ms = (inserted - prepared).as_millis(),
        credit_ms = (credited - inserted).as_millis(),
        announce_ms = (announced - credited).as_millis(),
        commit_ms = (started.elapsed() - announced).as_millis(),
        "billing run issued"
    );
    let label = |n: i64| format!("{series} {n:08}");
    Ok(Issued {
        first_number: Some(label(first)),
        last_number: Some(label(first + count - 1)),
        run,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::estate::LeaseStatus;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn lease(schedule: RentSchedule, starts: &str, ends: &str) -> lease::Model {
        lease::Model {
            id: Uuid::nil(),
            tenant_id: Uuid::nil(),
            firm_id: Uuid::nil(),
            cluster_id: Uuid::nil(),
            starts_on: d(starts),
            ends_on: d(ends),
            rent_per_m2_year: 60_000,
            rent_schedule: schedule,
            maintenance_fee_per_m2_month: None,
            deposit: 0,
            escalation_bp: 0,
            escalation_every_years: None,
            rent_support_bp: 0,
            rent_support_basis: None,
            status: LeaseStatus::Active,
            terminated_on: None,
            termination_reason: None,
            renewed_from_id: None,
            created_at: Utc::now(),
            updated_at: Utc::now(),
        }
    }

    fn month(start: &str) -> Period {
        Period::parse(PeriodKind::Month, d(start), "p").unwrap()
    }

    #[test]
    fn monthly_rent_is_billed_every_month_and_prorated_in_the_first() {
        let l = lease(RentSchedule::Monthly, "2026-10-22", "2031-10-21");
        assert_eq!(
            rent_windows(&l, &month("2026-10-01")),
            vec![(d("2026-10-22"), d("2026-10-31"), 60_000)]
        );
        assert_eq!(
            rent_windows(&l, &month("2026-11-01")),
            vec![(d("2026-11-01"), d("2026-11-30"), 60_000)]
        );
        assert!(rent_windows(&l, &month("2026-09-01")).is_empty());
    }

    #[test]
    fn quarterly_and_yearly_rent_is_billed_in_the_month_the_window_starts() {
        let q = lease(RentSchedule::Quarterly, "2026-01-01", "2030-12-31");
        assert_eq!(
            rent_windows(&q, &month("2026-04-01")),
            vec![(d("2026-04-01"), d("2026-06-30"), 60_000)]
        );
        assert!(rent_windows(&q, &month("2026-05-01")).is_empty());
        let y = lease(RentSchedule::Yearly, "2026-06-15", "2030-06-14");
        assert_eq!(
            rent_windows(&y, &month("2026-06-01")),
            vec![(d("2026-06-15"), d("2026-12-31"), 60_000)]
        );
        assert!(rent_windows(&y, &month("2026-07-01")).is_empty());
        let u = lease(RentSchedule::Upfront, "2026-06-15", "2030-06-14");
        assert_eq!(
            rent_windows(&u, &month("2026-06-01")),
            vec![(d("2026-06-15"), d("2030-06-14"), 60_000)]
        );
    }

    #[test]
    fn escalation_compounds_every_n_full_years() {
        let mut l = lease(RentSchedule::Monthly, "2020-03-01", "2040-02-28");
        l.escalation_bp = 2000;
        l.escalation_every_years = Some(5);
        assert_eq!(escalated_rate(&l, d("2025-02-28")), 60_000);
        assert_eq!(escalated_rate(&l, d("2025-03-01")), 72_000);
        assert_eq!(escalated_rate(&l, d("2030-03-01")), 86_400);
    }

    #[test]
    fn percentages_print_without_trailing_zeros() {
        assert_eq!(f_bp(1000), "10");
        assert_eq!(f_bp(850), "8.5");
        assert_eq!(f_bp(1025), "10.25");
    }
}
