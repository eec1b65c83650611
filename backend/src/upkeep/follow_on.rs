//! The next occurrence of a schedule anchored after the last completion. Such a schedule has
//! one occurrence ahead at a time; the next is planned from the newest one:
//!
//! - none yet: the first is due on the start date;
//! - PLANNED, or OPEN with its work order still being worked: nothing (one at a time);
//! - OPEN with its work order DONE or VERIFIED: one interval after the day it was (last) marked
//!   done, in Vietnam time (never on or before the newest due date itself);
//! - OPEN with its work order CANCELLED, or SKIPPED, or MISSED: one interval after its due
//!   date, as if it had been done on time (nothing was done, so nothing moves the count).
//!
//! The next date follows from stored facts only (due dates, the work order's status, the day
//! of its DONE event), so every caller computes the same one: the work order's transition
//! (which plans it at once) and every replica's generator sweep (which catches up). The row is
//! inserted `ON CONFLICT DO NOTHING` on (tenant, schedule, due date), so they write it once.

use std::collections::HashMap;

use chrono::{Days, NaiveDate, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

use crate::db::TenantTxn;
use crate::error::AppResult;
use crate::maintenance::WorkOrderStatus;
use crate::maintenance::entities::{work_order, work_order_event};
use crate::upkeep::entities::{occurrence, schedule};
use crate::upkeep::recurrence::Step;
use crate::upkeep::schedules::{latest_due_dates, recurrence_of};
use crate::upkeep::{OccurrenceStatus, ScheduleAnchor};

/// What is known of a schedule's newest occurrence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Newest {
    /// It has none.
    Nothing,
    /// Planned, or open with its work order not finished: wait.
    Waiting,
    /// Its work order was done on this day.
    DoneOn { due: NaiveDate, done: NaiveDate },
    /// It came to nothing (skipped, missed, cancelled).
    Lapsed { due: NaiveDate },
}

/// The due date of the next occurrence (none: wait). Pure.
pub fn next_due(step: Step, starts_on: NaiveDate, newest: Newest) -> Option<NaiveDate> {
    match newest {
        Newest::Nothing => Some(starts_on),
        Newest::Waiting => None,
        Newest::DoneOn { due, done } => {
            let next = step.after(done)?;
            Some(next.max(due.checked_add_days(Days::new(1))?))
        }
        Newest::Lapsed { due } => step.after(due),
    }
}

/// The occurrences to plan next for `schedules` (those anchored after the last completion and
/// active; others are passed over), in a fixed number of statements.
pub async fn next_rows<C: ConnectionTrait>(
    conn: &C,
    schedules: &[&schedule::Model],
) -> AppResult<Vec<occurrence::Model>> {
    let mine: Vec<&schedule::Model> = schedules
        .iter()
        .copied()
        .filter(|s| s.active && s.anchor == ScheduleAnchor::AfterCompletion)
        .collect();
    if mine.is_empty() {
        return Ok(Vec::new());
    }
    let ids: Vec<Uuid> = mine.iter().map(|s| s.id).collect();
    let latest = latest_due_dates(conn, &ids).await?;
    let mut dates: Vec<NaiveDate> = latest.values().copied().collect();
    dates.sort_unstable();
    dates.dedup();
    let newest: HashMap<Uuid, occurrence::Model> = if dates.is_empty() {
        HashMap::new()
    } else {
        occurrence::Entity::find()
            .filter(occurrence::Column::ScheduleId.is_in(ids.iter().copied()))
            .filter(occurrence::Column::DueOn.is_in(dates))
            .all(conn)
            .await?
            .into_iter()
            .filter(|o| latest.get(&o.schedule_id) == Some(&o.due_on))
            .map(|o| (o.schedule_id, o))
            .collect()
    };
    let orders: Vec<Uuid> = newest
        .values()
        .filter(|o| o.status == OccurrenceStatus::Open)
        .filter_map(|o| o.work_order_id)
        .collect();
    let (status, done_on) = if orders.is_empty() {
        (HashMap::new(), HashMap::new())
    } else {
        let status: HashMap<Uuid, WorkOrderStatus> = work_order::Entity::find()
            .filter(work_order::Column::Id.is_in(orders.iter().copied()))
            .all(conn)
            .await?
            .into_iter()
            .map(|w| (w.id, w.status))
            .collect();
        // Oldest first, so the last DONE move of each work order wins.
        let mut done_on: HashMap<Uuid, NaiveDate> = HashMap::new();
        for e in work_order_event::Entity::find()
            .filter(work_order_event::Column::WorkOrderId.is_in(orders.iter().copied()))
            .filter(work_order_event::Column::ToStatus.eq(WorkOrderStatus::Done))
            .order_by_asc(work_order_event::Column::CreatedAt)
            .all(conn)
            .await?
        {
            let day = e
                .created_at
                .with_timezone(&chrono_tz::Asia::Ho_Chi_Minh)
                .date_naive();
            done_on.insert(e.work_order_id, day);
        }
        (status, done_on)
    };
    let now = Utc::now();
    let mut rows = Vec::new();
    for s in mine {
        let Some(step) = recurrence_of(s).ok().and_then(|r| r.step()) else {
            tracing::warn!(schedule = %s.id, "a schedule after completion without an interval");
            continue;
        };
        let state = match newest.get(&s.id) {
            None => Newest::Nothing,
            Some(o) => match o.status {
                OccurrenceStatus::Planned => Newest::Waiting,
                OccurrenceStatus::Skipped | OccurrenceStatus::Missed => {
                    Newest::Lapsed { due: o.due_on }
                }
                OccurrenceStatus::Open => {
                    let wo = o.work_order_id;
                    match wo.and_then(|w| status.get(&w)) {
                        Some(WorkOrderStatus::Cancelled) => Newest::Lapsed { due: o.due_on },
                        Some(WorkOrderStatus::Done | WorkOrderStatus::Verified) => {
                            match wo.and_then(|w| done_on.get(&w)) {
                                Some(done) => Newest::DoneOn {
                                    due: o.due_on,
                                    done: *done,
                                },
                                None => Newest::Waiting,
                            }
                        }
                        _ => Newest::Waiting,
                    }
                }
            },
        };
        if let Some(due) = next_due(step, s.starts_on, state) {
            rows.push(occurrence::Model {
                id: Uuid::now_v7(),
                tenant_id: s.tenant_id,
                created_at: now,
                schedule_id: s.id,
                due_on: due,
                status: OccurrenceStatus::Planned,
                work_order_id: None,
                reason: None,
                updated_at: now,
            });
        }
    }
    Ok(rows)
}

/// Plans the rows, each at most once whoever else plans it; the number inserted.
pub async fn insert<C: ConnectionTrait>(conn: &C, rows: Vec<occurrence::Model>) -> AppResult<u64> {
    if rows.is_empty() {
        return Ok(0);
    }
    let inserted = occurrence::Entity::insert_many(
        rows.into_iter()
            .map(sea_orm::IntoActiveModel::into_active_model),
    )
    .on_conflict_do_nothing_on([
        occurrence::Column::TenantId,
        occurrence::Column::ScheduleId,
        occurrence::Column::DueOn,
    ])
    .exec_without_returning(conn)
    .await?;
    Ok(match inserted {
        sea_orm::TryInsertResult::Inserted(n) => n,
        _ => 0,
    })
}

/// Called in the transaction that moves a work order to DONE, VERIFIED or CANCELLED: when it
/// was opened by a schedule anchored after the last completion, that schedule's next
/// occurrence is planned at once (the sweep would otherwise plan it within the hour).
pub async fn after_work_order(txn: &TenantTxn, work_order_id: Uuid) -> AppResult<u64> {
    let Some(o) = txn
        .scoped::<occurrence::Entity>()
        .filter(occurrence::Column::WorkOrderId.eq(work_order_id))
        .one(txn.conn())
        .await?
    else {
        return Ok(0);
    };
    let Some(s) = txn
        .scoped::<schedule::Entity>()
        .filter(schedule::Column::Id.eq(o.schedule_id))
        .one(txn.conn())
        .await?
    else {
        return Ok(0);
    };
    let rows = next_rows(txn.conn(), &[&s]).await?;
    insert(txn.conn(), rows).await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn the_next_date_counts_from_the_completion_day() {
        let three_months = Step::Months(3);
        let start = day(2027, 1, 10);
        assert_eq!(next_due(three_months, start, Newest::Nothing), Some(start));
        assert_eq!(next_due(three_months, start, Newest::Waiting), None);
        // Done five days early, or twenty days late: the count starts on the day it was done.
        let due = day(2027, 4, 10);
        assert_eq!(
            next_due(
                three_months,
                start,
                Newest::DoneOn {
                    due,
                    done: day(2027, 4, 5)
                }
            ),
            Some(day(2027, 7, 5))
        );
        assert_eq!(
            next_due(
                three_months,
                start,
                Newest::DoneOn {
                    due,
                    done: day(2027, 4, 30)
                }
            ),
            Some(day(2027, 7, 30))
        );
        assert_eq!(
            next_due(three_months, start, Newest::Lapsed { due }),
            Some(day(2027, 7, 10))
        );
        // Never on the newest due date itself (lead days as long as the interval).
        let weekly = Step::Days(7);
        assert_eq!(
            next_due(
                weekly,
                start,
                Newest::DoneOn {
                    due: day(2027, 1, 17),
                    done: day(2027, 1, 10)
                }
            ),
            Some(day(2027, 1, 18))
        );
    }
}
