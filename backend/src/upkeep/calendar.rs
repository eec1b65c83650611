//! The compliance calendar of a cluster: everything due on each day of a span. Schedule
//! occurrences (those stored, with their work order's state, and the rule's dates beyond what
//! the generator has materialised, as a forecast), permit expiries, and the Circular 14/2024
//! report deadlines (schedules of the report templates). The month view and the ICS feed
//! ([`super::ics`]) read the same items.

use std::collections::{HashMap, HashSet};

use chrono::{Datelike, Months, NaiveDate};
use sea_orm::{ColumnTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

use crate::access::{Policy, TenantCtx};
use crate::db::{Db, TenantTxn};
use crate::error::{AppError, AppResult, Problems, reason};
use crate::estate::entities::cluster;
use crate::ids::ClusterId;
use crate::maintenance::WorkOrderStatus;
use crate::maintenance::entities::work_order;
use crate::upkeep::entities::{asset, asset_permit, occurrence, schedule};
use crate::upkeep::schedules::{dates_of, latest_due_dates};
use crate::upkeep::templates::is_report;
use crate::upkeep::{OccurrenceStatus, PermitKind, ScheduleAnchor};
use crate::values::today;

/// The most dates of one schedule a span shows (a daily log over 14 months is ~430).
const DATES_PER_SCHEDULE: usize = 500;

/// What a calendar item is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ItemKind {
    /// An occurrence of a preventive schedule.
    Upkeep,
    /// A report deadline (a schedule of a Circular 14/2024 report template).
    ReportDeadline,
    /// A permit expires.
    PermitExpiry,
}

/// Where an occurrence stands, seen from the calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ItemStatus {
    /// Ahead: generated but not open, or only foreseen by the rule.
    Planned,
    /// Its work order is open or being worked.
    Open,
    /// Its work order is done (or verified).
    Done,
    /// Its work order was cancelled.
    Cancelled,
    /// Skipped on purpose.
    Skipped,
    /// Its time passed while nothing ran.
    Missed,
}

/// One thing due on a day.
#[derive(Clone, Debug, PartialEq)]
pub struct CalendarItem {
    pub kind: ItemKind,
    pub day: NaiveDate,
    /// The schedule's title, or the permit's number.
    pub title: String,
    /// For an occurrence: where it stands; none for a permit.
    pub status: Option<ItemStatus>,
    /// True when only the rule foresees it (not generated yet).
    pub forecast: bool,
    pub schedule_id: Option<Uuid>,
    pub occurrence_id: Option<Uuid>,
    pub work_order_id: Option<Uuid>,
    pub asset_id: Option<Uuid>,
    /// The asset's code and name, e.g. `XLNT-01 Trạm xử lý nước thải`.
    pub asset_name: Option<String>,
    pub permit_kind: Option<PermitKind>,
    pub legal_basis: Option<String>,
    /// Stable across reads and feeds: the schedule and day, or the permit.
    pub uid: String,
}

/// The first and last day of a month, checked (VALIDATION on `year` or `month`).
pub fn month_span(year: i32, month: i32) -> AppResult<(NaiveDate, NaiveDate)> {
    let mut problems = Problems::new();
    if !(2000..=2100).contains(&year) {
        problems.add("year", reason!("year_from", "a year from 2000 to 2100"));
    }
    if !(1..=12).contains(&month) {
        problems.add("month", reason!("month_from", "a month from 1 to 12"));
    }
    problems.finish()?;
    let first = u32::try_from(month)
        .ok()
        .and_then(|m| NaiveDate::from_ymd_opt(year, m, 1))
        .ok_or_else(|| AppError::invalid("month", reason!("no_such_month", "no such month")))?;
    let last = first
        .checked_add_months(Months::new(1))
        .and_then(|d| d.pred_opt())
        .ok_or_else(|| AppError::invalid("month", reason!("no_such_month", "no such month")))?;
    Ok((first, last))
}

/// The span an ICS feed covers on `today`: the first of last month up to a year after the end
/// of this month.
pub fn feed_span(today: NaiveDate) -> (NaiveDate, NaiveDate) {
    let this_month = today.with_day(1).unwrap_or(today);
    let from = this_month
        .checked_sub_months(Months::new(1))
        .unwrap_or(this_month);
    let until = this_month
        .checked_add_months(Months::new(13))
        .and_then(|d| d.pred_opt())
        .unwrap_or(this_month);
    (from, until)
}

/// The month view of a cluster (operators): every item due from the first to the last day of
/// the month. Another tenant's cluster is NOT_FOUND; a month out of range VALIDATION.
pub async fn month(
    db: &Db,
    ctx: &TenantCtx,
    cluster: ClusterId,
    year: i32,
    month: i32,
) -> AppResult<(NaiveDate, NaiveDate, Vec<CalendarItem>)> {
    ctx.require(Policy::ManageUpkeep)?;
    let (from, until) = month_span(year, month)?;
    let txn = db.read(ctx, Policy::ManageUpkeep).await?;
    let found = cluster_of(&txn, cluster).await?;
    let list = items(&txn, found.id, from, until).await?;
    txn.commit().await?;
    Ok((from, until, list))
}

/// The tenant's cluster, NOT_FOUND when missing or another tenant's.
pub async fn cluster_of(txn: &TenantTxn, cluster: ClusterId) -> AppResult<cluster::Model> {
    txn.scoped_by_id::<cluster::Entity>(cluster)
        .one(txn.conn())
        .await?
        .ok_or(AppError::NotFound)
}

fn status_of(o: &occurrence::Model, work: Option<WorkOrderStatus>) -> ItemStatus {
    match o.status {
        OccurrenceStatus::Planned => ItemStatus::Planned,
        OccurrenceStatus::Skipped => ItemStatus::Skipped,
        OccurrenceStatus::Missed => ItemStatus::Missed,
        OccurrenceStatus::Open => match work {
            Some(WorkOrderStatus::Done | WorkOrderStatus::Verified) => ItemStatus::Done,
            Some(WorkOrderStatus::Cancelled) => ItemStatus::Cancelled,
            _ => ItemStatus::Open,
        },
    }
}

/// The stable id of a schedule's item on `day`.
pub fn occurrence_uid(schedule: Uuid, day: NaiveDate) -> String {
    format!("upkeep-{schedule}-{}@clusterkeep", day.format("%Y%m%d"))
}

/// Every item of `cluster` due from `from` up to and including `until`, by day, kind and
/// title, in a fixed number of statements.
pub async fn items(
    txn: &TenantTxn,
    cluster: Uuid,
    from: NaiveDate,
    until: NaiveDate,
) -> AppResult<Vec<CalendarItem>> {
    let schedules = txn
        .scoped::<schedule::Entity>()
        .filter(schedule::Column::ClusterId.eq(cluster))
        .all(txn.conn())
        .await?;
    let assets: HashMap<Uuid, String> = txn
        .scoped::<asset::Entity>()
        .filter(asset::Column::ClusterId.eq(cluster))
        .all(txn.conn())
        .await?
        .into_iter()
        .map(|a| (a.id, format!("{} {}", a.code, a.name)))
        .collect();
    let ids: Vec<Uuid> = schedules.iter().map(|s| s.id).collect();
    let stored = if ids.is_empty() {
        Vec::new()
    } else {
        txn.scoped::<occurrence::Entity>()
            .filter(occurrence::Column::ScheduleId.is_in(ids.iter().copied()))
            .filter(occurrence::Column::DueOn.gte(from))
            .filter(occurrence::Column::DueOn.lte(until))
            .order_by_asc(occurrence::Column::DueOn)
            .all(txn.conn())
            .await?
    };
    let orders: Vec<Uuid> = stored.iter().filter_map(|o| o.work_order_id).collect();
    let mut work: HashMap<Uuid, WorkOrderStatus> = HashMap::new();
    for chunk in orders.chunks(800) {
        let rows = txn
            .scoped::<work_order::Entity>()
            .filter(work_order::Column::Id.is_in(chunk.iter().copied()))
            .all(txn.conn())
            .await?;
        work.extend(rows.into_iter().map(|w| (w.id, w.status)));
    }
    let chained: Vec<Uuid> = schedules
        .iter()
        .filter(|s| s.anchor == ScheduleAnchor::AfterCompletion)
        .map(|s| s.id)
        .collect();
    let latest = latest_due_dates(txn.conn(), &chained).await?;
    let permits = if assets.is_empty() {
        Vec::new()
    } else {
        txn.scoped::<asset_permit::Entity>()
            .filter(asset_permit::Column::AssetId.is_in(assets.keys().copied()))
            .filter(asset_permit::Column::ExpiresOn.gte(from))
            .filter(asset_permit::Column::ExpiresOn.lte(until))
            .all(txn.conn())
            .await?
    };

    let by_id: HashMap<Uuid, &schedule::Model> = schedules.iter().map(|s| (s.id, s)).collect();
    let mut out = Vec::new();
    let item_of = |s: &schedule::Model, day: NaiveDate| CalendarItem {
        kind: if is_report(s.template_key.as_deref()) {
            ItemKind::ReportDeadline
        } else {
            ItemKind::Upkeep
        },
        day,
        title: s.title.clone(),
        status: Some(ItemStatus::Planned),
        forecast: false,
        schedule_id: Some(s.id),
        occurrence_id: None,
        work_order_id: None,
        asset_id: s.asset_id,
        asset_name: s.asset_id.and_then(|a| assets.get(&a).cloned()),
        permit_kind: None,
        legal_basis: s.legal_basis.clone(),
        uid: occurrence_uid(s.id, day),
    };
    let mut seen: HashSet<(Uuid, NaiveDate)> = HashSet::new();
    for o in &stored {
        let Some(s) = by_id.get(&o.schedule_id).copied() else {
            continue;
        };
        seen.insert((s.id, o.due_on));
        let status = status_of(o, o.work_order_id.and_then(|w| work.get(&w).copied()));
        out.push(CalendarItem {
            status: Some(status),
            occurrence_id: Some(o.id),
            work_order_id: o.work_order_id,
            ..item_of(s, o.due_on)
        });
    }
    // The rule's dates the generator has not reached yet, from today on (a past date it did not
    // generate is the generator's to catch up, as opened or missed).
    let now = today();
    for s in schedules.iter().filter(|s| s.active) {
        let start = match s.anchor {
            ScheduleAnchor::Fixed => from.max(now).max(s.created_at.date_naive()),
            ScheduleAnchor::AfterCompletion => from.max(now),
        };
        if start > until {
            continue;
        }
        let dates = dates_of(
            s,
            latest.get(&s.id).copied(),
            start,
            until,
            DATES_PER_SCHEDULE,
        )?;
        for day in dates {
            if seen.insert((s.id, day)) {
                out.push(CalendarItem {
                    forecast: true,
                    ..item_of(s, day)
                });
            }
        }
    }
    for p in permits {
        let Some(day) = p.expires_on else {
            continue;
        };
        out.push(CalendarItem {
            kind: ItemKind::PermitExpiry,
            day,
            title: p.number.clone(),
            status: None,
            forecast: false,
            schedule_id: None,
            occurrence_id: None,
            work_order_id: None,
            asset_id: Some(p.asset_id),
            asset_name: assets.get(&p.asset_id).cloned(),
            permit_kind: Some(p.kind),
            legal_basis: None,
            uid: format!("permit-{}@clusterkeep", p.id),
        });
    }
    let rank = |k: ItemKind| match k {
        ItemKind::PermitExpiry => 0,
        ItemKind::ReportDeadline => 1,
        ItemKind::Upkeep => 2,
    };
    out.sort_by(|a, b| {
        (a.day, rank(a.kind), &a.title, &a.uid).cmp(&(b.day, rank(b.kind), &b.title, &b.uid))
    });
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn a_month_spans_its_first_to_its_last_day() {
        assert_eq!(
            month_span(2028, 2).unwrap(),
            (day(2028, 2, 1), day(2028, 2, 29))
        );
        assert_eq!(
            month_span(2027, 12).unwrap(),
            (day(2027, 12, 1), day(2027, 12, 31))
        );
        assert!(month_span(2027, 13).is_err());
        assert!(month_span(2027, 0).is_err());
        assert!(month_span(1999, 5).is_err());
    }

    #[test]
    fn a_feed_covers_last_month_and_the_next_twelve() {
        assert_eq!(
            feed_span(day(2027, 3, 17)),
            (day(2027, 2, 1), day(2028, 3, 31))
        );
        assert_eq!(
            feed_span(day(2027, 1, 1)),
            (day(2026, 12, 1), day(2028, 1, 31))
        );
    }
}
