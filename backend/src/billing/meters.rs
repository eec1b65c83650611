//! Wastewater meter readings: one per lease premises and month, cumulative, never going
//! backwards. A wrong reading is corrected by a new reading that supersedes it; the wrong one
//! stays on record.

use std::collections::HashMap;

use chrono::{NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter,
    QueryOrder, QuerySelect,
};
use uuid::Uuid;

use crate::access::{Policy, TenantCtx};
use crate::audit;
use crate::billing::entities::meter_reading;
use crate::billing::money::first_of_month;
use crate::db::{Db, TenantTxn};
use crate::error::{AppError, AppResult, Problems, Reason, reason};
use crate::estate::LeaseStatus;
use crate::estate::csv_files::{self, ImportReport, RowProblem};
use crate::estate::entities::{cluster, lease, lease_plot, plot};
use crate::estate::leases::held_during;
use crate::ids::{LeaseId, MeterReadingId};

/// The raw input of a reading.
#[derive(Clone, Debug)]
pub struct ReadingInput {
    pub lease_id: LeaseId,
    /// Any day of the month the reading closes; stored as the month's first day.
    pub period: NaiveDate,
    pub read_on: NaiveDate,
    pub meter_m3: i64,
}

/// The readings in force (not superseded) of a lease, oldest first.
async fn in_force(txn: &TenantTxn, lease_id: LeaseId) -> AppResult<Vec<meter_reading::Model>> {
    Ok(txn
        .scoped::<meter_reading::Entity>()
        .filter(meter_reading::Column::LeaseId.eq(lease_id))
        .filter(meter_reading::Column::SupersededAt.is_null())
        .order_by_asc(meter_reading::Column::Period)
        .all(txn.conn())
        .await?)
}

fn check_value(input: &ReadingInput, problems: &mut Problems) {
    if input.meter_m3 < 0 {
        problems.add(
            "input.meterM3",
            reason!("meter_value_negative", "a meter value cannot be negative"),
        );
    }
    if input.read_on < first_of_month(input.period) {
        problems.add(
            "input.readOn",
            reason!(
                "reading_closes_month_read",
                "a reading closes its month: read it in or after that month"
            ),
        );
    }
}

/// The meter value before `period` (0 for a new meter) and, if a later reading exists, its value.
fn neighbours(readings: &[meter_reading::Model], period: NaiveDate) -> (i64, Option<i64>) {
    let previous = readings
        .iter()
        .filter(|r| r.period < period)
        .map(|r| r.meter_m3)
        .next_back()
        .unwrap_or(0);
    let next = readings
        .iter()
        .find(|r| r.period > period)
        .map(|r| r.meter_m3);
    (previous, next)
}

/// Locks the lease (so two clerks entering readings of one meter take turns) and checks it is
/// the tenant's and billable.
async fn lock_lease(txn: &TenantTxn, lease_id: LeaseId) -> AppResult<lease::Model> {
    let found = txn
        .scoped_by_id::<lease::Entity>(lease_id)
        .lock_exclusive()
        .one(txn.conn())
        .await?
        .ok_or_else(|| {
            AppError::invalid("input.leaseId", reason!("no_such_lease", "no such lease"))
        })?;
    if found.status == LeaseStatus::Draft {
        return Err(AppError::invalid(
            "input.leaseId",
            reason!(
                "draft_lease_meter_read",
                "a draft lease has no meter to read yet"
            ),
        ));
    }
    Ok(found)
}

/// Records the reading of a lease's meter for a month (operators).
#[tracing::instrument(level = "debug", skip_all)]
pub async fn record(
    db: &Db,
    ctx: &TenantCtx,
    input: ReadingInput,
) -> AppResult<meter_reading::Model> {
    let txn = db.tenant(ctx, Policy::ManageBilling).await?;
    let model = record_in(&txn, ctx, input).await?;
    txn.commit().await?;
    Ok(model)
}

/// Records a reading inside the caller's transaction.
async fn record_in(
    txn: &TenantTxn,
    ctx: &TenantCtx,
    mut input: ReadingInput,
) -> AppResult<meter_reading::Model> {
    input.period = first_of_month(input.period);
    let mut problems = Problems::new();
    check_value(&input, &mut problems);
    problems.finish()?;
    lock_lease(txn, input.lease_id).await?;
    let readings = in_force(txn, input.lease_id).await?;
    if readings.iter().any(|r| r.period == input.period) {
        return Err(AppError::Conflict(reason!(
            "month_already_reading_correct",
            "this month already has a reading; correct it instead"
        )));
    }
    let (previous, next) = neighbours(&readings, input.period);
    check_order(input.meter_m3, previous, next)?;
    let model = insert(txn, ctx, &input, input.meter_m3 - previous, None, None).await?;
    audit::record(
        txn,
        ctx,
        "MeterReading",
        model.id,
        "created",
        None::<&()>,
        Some(&model),
    )
    .await?;
    Ok(model)
}

/// The columns of a meter readings file, in order.
pub const READING_COLUMNS: [&str; 5] = ["cluster", "plot", "month", "reading_m3", "read_on"];

/// Reads a file of meter readings: each goes to the lease holding the plot in that month, with
/// the same checks as one entered by hand. Every row is tried in one transaction, so a file
/// that reads a meter twice is checked in order; it is kept only with `commit` and only if no
/// row has a problem.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn import(db: &Db, ctx: &TenantCtx, text: &str, commit: bool) -> AppResult<ImportReport> {
    ctx.require(Policy::ManageBilling)?;
    let rows = csv_files::read(text, &READING_COLUMNS)?;
    let txn = db.tenant(ctx, Policy::ManageBilling).await?;
    let tenant = txn.tenant_id().0;
    let clusters: HashMap<String, Uuid> = txn
        .scoped::<cluster::Entity>()
        .all(txn.conn())
        .await?
        .into_iter()
        .map(|c| (c.name.to_lowercase(), c.id))
        .collect();
    let mut report = ImportReport {
        rows: rows.len(),
        ..Default::default()
    };
    for (row, values) in &rows {
        let problem = |column: &str, reason: Reason| RowProblem {
            row: *row,
            column: column.into(),
            reason,
        };
        let Some(cluster_id) = clusters.get(&values["cluster"].to_lowercase()) else {
            report.problems.push(problem(
                "cluster",
                reason!("no_cluster_with_name", "no cluster has this name"),
            ));
            continue;
        };
        let Some(plot) = txn
            .scoped::<plot::Entity>()
            .filter(plot::Column::ClusterId.eq(*cluster_id))
            .filter(plot::Column::Code.eq(values["plot"].as_str()))
            .one(txn.conn())
            .await?
        else {
            report.problems.push(problem(
                "plot",
                reason!(
                    "no_plot_with_code_in_cluster",
                    "this cluster has no plot with this code"
                ),
            ));
            continue;
        };
        let Some(month) = parse_month(&values["month"]) else {
            report.problems.push(problem(
                "month",
                reason!("month_format", "write the month as YYYY-MM, e.g. 2026-10"),
            ));
            continue;
        };
        let Ok(meter_m3) = values["reading_m3"]
            .replace(['.', ',', ' '], "")
            .parse::<i64>()
        else {
            report.problems.push(problem(
                "reading_m3",
                reason!(
                    "meter_value_format",
                    "write the meter value as a whole number of m³"
                ),
            ));
            continue;
        };
        let month_end = last_of_month(month);
        let read_on = match values["read_on"].as_str() {
            "" => month_end,
            raw => match NaiveDate::parse_from_str(raw, "%Y-%m-%d") {
                Ok(day) if crate::values::day_in_range(day) => day,
                _ => {
                    report.problems.push(problem(
                        "read_on",
                        reason!("day_format_iso", "write the day as YYYY-MM-DD"),
                    ));
                    continue;
                }
            },
        };
        let holders: Vec<Uuid> = txn
            .scoped::<lease::Entity>()
            .select_only()
            .column(lease::Column::Id)
            .filter(held_during(tenant, month, month_end))
            .filter(
                lease::Column::Id.in_subquery(
                    sea_orm::sea_query::Query::select()
                        .column(lease_plot::Column::LeaseId)
                        .from(lease_plot::Entity)
                        .and_where(lease_plot::Column::TenantId.eq(tenant))
                        .and_where(lease_plot::Column::PlotId.eq(plot.id))
                        .to_owned(),
                ),
            )
            .into_tuple()
            .all(txn.conn())
            .await?;
        let [lease_id] = holders[..] else {
            report.problems.push(problem(
                "plot",
                if holders.is_empty() {
                    reason!(
                        "no_lease_holds_plot",
                        "no lease holds this plot in that month"
                    )
                } else {
                    reason!(
                        "two_leases_hold_plot",
                        "two leases hold this plot in that month; enter the reading on the lease"
                    )
                },
            ));
            continue;
        };
        let input = ReadingInput {
            lease_id: LeaseId(lease_id),
            period: month,
            read_on,
            meter_m3,
        };
        if let Err(error) = record_in(&txn, ctx, input).await {
            csv_files::collect(&mut report.problems, *row, error);
        }
    }
    if commit && report.problems.is_empty() {
        report.created = rows.len();
        txn.commit().await?;
    }
    Ok(report)
}

/// `2026-10` or `10/2026` as the month's first day.
fn parse_month(raw: &str) -> Option<NaiveDate> {
    let raw = raw.trim();
    let (year, month) = match raw.split_once('-') {
        Some((y, m)) => (y, m),
        None => raw.split_once('/').map(|(m, y)| (y, m))?,
    };
    NaiveDate::from_ymd_opt(year.parse().ok()?, month.parse().ok()?, 1)
        .filter(|day| crate::values::day_in_range(*day))
}

fn last_of_month(first: NaiveDate) -> NaiveDate {
    first
        .checked_add_months(chrono::Months::new(1))
        .and_then(|d| d.pred_opt())
        .unwrap_or(first)
}

fn check_order(value: i64, previous: i64, next: Option<i64>) -> AppResult<()> {
    if value < previous {
        return Err(AppError::invalid(
            "input.meterM3",
            reason!(
                "meter_goes_backwards",
                "a meter does not go backwards: the previous reading is {previous} m³",
                previous = previous
            ),
        ));
    }
    if let Some(next) = next
        && value > next
    {
        return Err(AppError::invalid(
            "input.meterM3",
            reason!(
                "reading_above_next_month",
                "the next month's reading is {next} m³; this one cannot be higher",
                next = next
            ),
        ));
    }
    Ok(())
}

async fn insert(
    txn: &TenantTxn,
    ctx: &TenantCtx,
    input: &ReadingInput,
    consumption: i64,
    corrects: Option<Uuid>,
    reason: Option<String>,
) -> AppResult<meter_reading::Model> {
    let model = meter_reading::Model {
        id: Uuid::now_v7(),
        tenant_id: txn.tenant_id().0,
        created_at: Utc::now(),
        lease_id: input.lease_id.0,
        period: input.period,
        read_on: input.read_on,
        meter_m3: input.meter_m3,
        consumption_m3: consumption,
        corrects_id: corrects,
        correction_reason: reason,
        superseded_at: None,
        entered_by: Some(ctx.user_id().0),
    };
    meter_reading::Entity::insert(model.clone().into_active_model())
        .exec_without_returning(txn.conn())
        .await?;
    Ok(model)
}

/// Corrects the latest reading of a lease: the new value supersedes it, with the reason; the
/// wrong reading stays on record. Only the latest can be corrected, because a later month's
/// consumption is measured from it.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn correct(
    db: &Db,
    ctx: &TenantCtx,
    reading_id: MeterReadingId,
    meter_m3: i64,
    read_on: NaiveDate,
    reason: String,
) -> AppResult<meter_reading::Model> {
    ctx.require(Policy::ManageBilling)?;
    let reason = crate::values::required_text(&reason, "input.reason", 500)?;
    let txn = db.tenant(ctx, Policy::ManageBilling).await?;
    let wrong = txn
        .scoped_by_id::<meter_reading::Entity>(reading_id)
        .one(txn.conn())
        .await?
        .ok_or(AppError::NotFound)?;
    lock_lease(&txn, LeaseId(wrong.lease_id)).await?;
    let readings = in_force(&txn, LeaseId(wrong.lease_id)).await?;
    if !readings.iter().any(|r| r.id == wrong.id) {
        return Err(AppError::Conflict(reason!(
            "reading_already_corrected",
            "this reading was already corrected"
        )));
    }
    let input = ReadingInput {
        lease_id: LeaseId(wrong.lease_id),
        period: wrong.period,
        read_on,
        meter_m3,
    };
    let mut problems = Problems::new();
    check_value(&input, &mut problems);
    problems.finish()?;
    let (previous, next) = neighbours(&readings, wrong.period);
    if next.is_some() {
        return Err(AppError::Conflict(reason!(
            "later_month_already_read",
            "a later month is already read; only the latest reading can be corrected"
        )));
    }
    check_order(meter_m3, previous, None)?;
    let mut superseded = wrong.clone().into_active_model();
    superseded.superseded_at = Set(Some(Utc::now()));
    superseded.update(txn.conn()).await?;
    let model = insert(
        &txn,
        ctx,
        &input,
        meter_m3 - previous,
        Some(wrong.id),
        Some(reason),
    )
    .await?;
    audit::record(
        &txn,
        ctx,
        "MeterReading",
        model.id,
        "corrected",
        Some(&wrong),
        Some(&model),
    )
    .await?;
    txn.commit().await?;
    Ok(model)
}

/// Readings of a lease, corrections included, newest month first (operators).
pub async fn of_lease(
    db: &Db,
    ctx: &TenantCtx,
    lease_id: LeaseId,
) -> AppResult<Vec<meter_reading::Model>> {
    let txn = db.tenant(ctx, Policy::ManageBilling).await?;
    txn.scoped_by_id::<lease::Entity>(lease_id)
        .one(txn.conn())
        .await?
        .ok_or(AppError::NotFound)?;
    let rows = txn
        .scoped::<meter_reading::Entity>()
        .filter(meter_reading::Column::LeaseId.eq(lease_id))
        .order_by_desc(meter_reading::Column::Period)
        .order_by_desc(meter_reading::Column::CreatedAt)
        .all(txn.conn())
        .await?;
    txn.commit().await?;
    Ok(rows)
}
