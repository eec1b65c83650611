//! The occurrence generator: one idempotent sweep, safe to run twice, on every replica at once.
//!
//! 1. For each active schedule on fixed dates, every due date from its creation (or start) up
//!    to [`HORIZON_DAYS`] ahead is inserted as PLANNED, `ON CONFLICT DO NOTHING` on
//!    (tenant, schedule, due date): running again inserts nothing, and only dates after a
//!    schedule's newest occurrence are sent at all. A schedule anchored after
//!    the last completion gets its one next occurrence from [`follow_on`], by the same key.
//! 2. A planned occurrence opens its work order once `today` reaches its due date less the lead
//!    days. After downtime only the latest such occurrence of a schedule opens; earlier ones
//!    are recorded as MISSED, so no backlog piles up. Opening is a conditional update
//!    (`… WHERE status = 'PLANNED'`) in the transaction that creates the work order: of two
//!    sweeps at once, one moves the row and the other finds nothing to do.
//!
//! The clock is injected (`today`), so tests can run the sweep on any day.

use std::collections::BTreeMap;

use chrono::{Duration, NaiveDate, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter, QueryOrder};
use uuid::Uuid;

use crate::db::Db;
use crate::error::AppResult;
use crate::maintenance::entities::{checklist_item, work_order, work_order_event};
use crate::maintenance::{Priority, WorkOrderStatus};
use crate::upkeep::entities::{occurrence, schedule};
use crate::upkeep::follow_on;
use crate::upkeep::schedules::{
    checklist_of, every_latest_due_date, latest_due_dates, recurrence_of,
};
use crate::upkeep::{OccurrenceStatus, ScheduleAnchor};

/// How far ahead occurrences are materialised.
pub const HORIZON_DAYS: i64 = 400;
/// Occurrences inserted per statement.
const BATCH: usize = 500;

/// What one sweep did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SweepReport {
    /// Occurrences newly planned.
    pub planned: u64,
    /// Work orders opened.
    pub opened: u64,
    /// Occurrences recorded as missed.
    pub missed: u64,
}

/// Runs the sweep over every tenant's active schedules as of `today`.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn run(db: &Db, today: NaiveDate) -> AppResult<SweepReport> {
    sweep(db, today, None).await
}

/// Runs the sweep for one schedule, as a change to it does at once so that its occurrences
/// (and a work order whose lead time has begun) do not wait for the next hourly sweep.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn run_for(db: &Db, today: NaiveDate, schedule: Uuid) -> AppResult<SweepReport> {
    sweep(db, today, Some(schedule)).await
}

async fn sweep(db: &Db, today: NaiveDate, only: Option<Uuid>) -> AppResult<SweepReport> {
    let mut report = SweepReport::default();
    // A system transaction: the sweep serves every tenant, like mail delivery.
    let txn = db.system().await?;
    let mut query = schedule::Entity::find().filter(schedule::Column::Active.eq(true));
    if let Some(id) = only {
        query = query.filter(schedule::Column::Id.eq(id));
    }
    let schedules = query.all(txn.conn()).await?;
    let all: Vec<&schedule::Model> = schedules.iter().collect();
    let mut rows: Vec<occurrence::ActiveModel> = follow_on::next_rows(txn.conn(), &all)
        .await?
        .into_iter()
        .map(IntoActiveModel::into_active_model)
        .collect();
    // Each schedule's newest occurrence so far: only dates after it are new, so a sweep over
    // a horizon already planned sends nothing (a changed rule dropped its future ones first).
    let planned_until = match only {
        Some(id) => latest_due_dates(txn.conn(), &[id]).await?,
        None => every_latest_due_date(txn.conn()).await?,
    };
    txn.commit().await?;
    let until = today + Duration::days(HORIZON_DAYS);
    let now = Utc::now();
    for s in schedules
        .iter()
        .filter(|s| s.anchor == ScheduleAnchor::Fixed)
    {
        let Ok(recurrence) = recurrence_of(s) else {
            tracing::warn!(schedule = %s.id, "upkeep schedule with an unreadable rule skipped");
            continue;
        };
        let mut from = s.starts_on.max(s.created_at.date_naive());
        if let Some(latest) = planned_until.get(&s.id) {
            from = from.max(*latest + Duration::days(1));
        }
        if from > until {
            continue;
        }
        for due in recurrence.between(from, until, 10_000) {
            rows.push(occurrence::ActiveModel {
                id: sea_orm::ActiveValue::Set(Uuid::now_v7()),
                tenant_id: sea_orm::ActiveValue::Set(s.tenant_id),
                created_at: sea_orm::ActiveValue::Set(now),
                schedule_id: sea_orm::ActiveValue::Set(s.id),
                due_on: sea_orm::ActiveValue::Set(due),
                status: sea_orm::ActiveValue::Set(OccurrenceStatus::Planned),
                work_order_id: sea_orm::ActiveValue::Set(None),
                reason: sea_orm::ActiveValue::Set(None),
                updated_at: sea_orm::ActiveValue::Set(now),
            });
        }
    }
    for chunk in rows.chunks(BATCH) {
        let txn = db.system().await?;
        let inserted = occurrence::Entity::insert_many(chunk.to_vec())
            .on_conflict_do_nothing_on([
                occurrence::Column::TenantId,
                occurrence::Column::ScheduleId,
                occurrence::Column::DueOn,
            ])
            .exec_without_returning(txn.conn())
            .await?;
        if let sea_orm::TryInsertResult::Inserted(n) = inserted {
            report.planned += n;
        }
        txn.commit().await?;
    }

    // What is due to open: planned occurrences whose lead time has begun.
    let by_id: BTreeMap<Uuid, &schedule::Model> = schedules.iter().map(|s| (s.id, s)).collect();
    // Only occurrences within the longest lead time can be due to open.
    let longest_lead = schedules.iter().map(|s| s.lead_days).max().unwrap_or(0);
    let txn = db.system().await?;
    let mut query = occurrence::Entity::find()
        .filter(occurrence::Column::Status.eq(OccurrenceStatus::Planned))
        .filter(occurrence::Column::DueOn.lte(today + Duration::days(i64::from(longest_lead))));
    if let Some(id) = only {
        query = query.filter(occurrence::Column::ScheduleId.eq(id));
    }
    let planned = query
        .order_by_asc(occurrence::Column::DueOn)
        .all(txn.conn())
        .await?;
    txn.commit().await?;
    let mut due: BTreeMap<Uuid, Vec<occurrence::Model>> = BTreeMap::new();
    for o in planned {
        let Some(s) = by_id.get(&o.schedule_id) else {
            continue;
        };
        if o.due_on - Duration::days(i64::from(s.lead_days)) <= today {
            due.entry(o.schedule_id).or_default().push(o);
        }
    }
    for (schedule_id, mut list) in due {
        let Some(latest) = list.pop() else { continue };
        for earlier in list {
            report.missed += mark_missed(db, &earlier, latest.due_on).await?;
        }
        report.opened += open(db, by_id[&schedule_id], &latest).await?;
    }
    if report != SweepReport::default() {
        tracing::info!(?report, "upkeep occurrences generated");
    }
    Ok(report)
}

async fn mark_missed(db: &Db, o: &occurrence::Model, opened: NaiveDate) -> AppResult<u64> {
    let txn = db.system().await?;
    let moved = occurrence::Entity::update_many()
        .col_expr(
            occurrence::Column::Status,
            Expr::value(OccurrenceStatus::Missed.as_str()),
        )
        .col_expr(
            occurrence::Column::Reason,
            Expr::value(format!(
                "not opened in time; the occurrence due {} was opened instead",
                opened.format("%d/%m/%Y")
            )),
        )
        .col_expr(occurrence::Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(occurrence::Column::Id.eq(o.id))
        .filter(occurrence::Column::Status.eq(OccurrenceStatus::Planned))
        .exec(txn.conn())
        .await?;
    txn.commit().await?;
    Ok(moved.rows_affected)
}

/// Opens the occurrence's work order, with the schedule's checklist copied in, unless another
/// sweep got there first.
async fn open(db: &Db, s: &schedule::Model, o: &occurrence::Model) -> AppResult<u64> {
    let txn = db.system().await?;
    let now = Utc::now();
    let wo_id = Uuid::now_v7();
    let moved = occurrence::Entity::update_many()
        .col_expr(
            occurrence::Column::Status,
            Expr::value(OccurrenceStatus::Open.as_str()),
        )
        .col_expr(occurrence::Column::WorkOrderId, Expr::value(wo_id))
        .col_expr(occurrence::Column::UpdatedAt, Expr::value(now))
        .filter(occurrence::Column::Id.eq(o.id))
        .filter(occurrence::Column::Status.eq(OccurrenceStatus::Planned))
        .exec(txn.conn())
        .await?;
    if moved.rows_affected != 1 {
        return Ok(0);
    }
    let mut description = format!(
        "Bảo trì định kỳ theo lịch \"{}\", đến hạn {}.",
        s.title,
        o.due_on.format("%d/%m/%Y")
    );
    if let Some(basis) = &s.legal_basis {
        description.push_str(&format!(" Căn cứ: {basis}."));
    }
    let wo = work_order::Model {
        id: wo_id,
        created_at: now,
        updated_at: now,
        cluster_id: Some(s.cluster_id),
        assignee_user_id: s.assignee_user_id,
        funding_source: s.funding_source,
        asset_id: s.asset_id,
        ..work_order::Model::opened(
            s.tenant_id,
            None,
            format!("{} ({})", s.title, o.due_on.format("%d/%m/%Y")),
            description,
            Priority::P3,
        )
    };
    work_order::Entity::insert(wo.clone().into_active_model())
        .exec_without_returning(txn.conn())
        .await?;
    work_order_event::Entity::insert(
        work_order_event::Model {
            id: Uuid::now_v7(),
            tenant_id: s.tenant_id,
            created_at: now,
            work_order_id: wo_id,
            actor_id: None,
            from_status: None,
            to_status: WorkOrderStatus::Open,
            priority: Priority::P3,
            reason: None,
            reason_code: Some(crate::maintenance::EventReason::Scheduled),
            reason_detail: Some(o.due_on.to_string()),
        }
        .into_active_model(),
    )
    .exec_without_returning(txn.conn())
    .await?;
    let items = checklist_of(s);
    if !items.is_empty() {
        checklist_item::Entity::insert_many(items.into_iter().enumerate().map(|(i, item)| {
            checklist_item::Model {
                id: Uuid::now_v7(),
                tenant_id: s.tenant_id,
                created_at: now,
                work_order_id: wo_id,
                position: i as i32 + 1,
                label: item.label,
                done: false,
                kind: Some(item.kind),
                unit: item.unit,
                min_value: item.min,
                max_value: item.max,
                answer: None,
                passed: None,
                corrective_work_order_id: None,
            }
            .into_active_model()
        }))
        .exec_without_returning(txn.conn())
        .await?;
    }
    txn.commit().await?;
    Ok(1)
}
