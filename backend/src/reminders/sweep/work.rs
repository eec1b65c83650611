//! Work notices, set-based like the rest of the sweep (five selects whatever the number of
//! work orders and requests): a work order or upkeep due soon and overdue, to its assignee;
//! an SLA 75% used or breached, to the operator admins. Due times come from the maintenance
//! module's SLA clock ([`crate::maintenance::settings::Settings::dues`]); an object whose
//! clock is paused (on hold, deferred, waiting on its requester) has nothing due, and one
//! that is done, verified, resolved or cancelled stops being selected.

use std::collections::HashMap;

use chrono::{DateTime, Duration, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Asia::Ho_Chi_Minh;
use sea_orm::sea_query::Query;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use uuid::Uuid;

use crate::error::AppResult;
use crate::maintenance::entities::{request, request_event, work_order, work_order_event};
use crate::maintenance::settings::{Settings, defaults, load_all};
use crate::maintenance::sla::{self, Step, Target, Targets};
use crate::maintenance::{Priority, RequestStatus, WorkOrderStatus};
use crate::reminders::mail::{Facts, Line};
use crate::reminders::schedule::local_day;
use crate::reminders::settings::Effective;
use crate::reminders::sweep::select::{
    DUE_SOON_DAYS, Due, Scope, Shared, global_id, templates, tenant_filter,
};
use crate::reminders::{Kind, SendWindow};
use crate::upkeep::entities::occurrence;

/// After the first overdue notice, another every this many days until the work is done.
pub const WORK_REPEAT_DAYS: i64 = 7;
/// A breach is announced within this many days of it (a sweep after a long outage does not
/// announce breaches of last month).
pub const BREACH_NOTICE_DAYS: i64 = 30;

const OPEN_WORK: [WorkOrderStatus; 3] = [
    WorkOrderStatus::Open,
    WorkOrderStatus::InProgress,
    WorkOrderStatus::OnHold,
];
const OPEN_REQUESTS: [RequestStatus; 5] = [
    RequestStatus::Submitted,
    RequestStatus::Acknowledged,
    RequestStatus::InProgress,
    RequestStatus::WaitingOnRequester,
    RequestStatus::Deferred,
];

/// The step of a work notice due `days` after the due day: `-3` from three days before up to
/// the due day, then `+1`, `+8`, `+15`… (none earlier than three days before).
pub fn work_step(days: i64) -> Option<String> {
    match days {
        d if (-DUE_SOON_DAYS..=0).contains(&d) => Some(format!("-{DUE_SOON_DAYS}")),
        d if d >= 1 => Some(format!(
            "+{}",
            1 + (d - 1) / WORK_REPEAT_DAYS * WORK_REPEAT_DAYS
        )),
        _ => None,
    }
}

/// The targets at three quarters of their length (when an SLA is 75% used).
fn three_quarters(targets: &Targets) -> Targets {
    let scale = |t: Target| Target {
        minutes: t.minutes * 3 / 4,
        clock: t.clock,
    };
    Targets(targets.0.map(|p| sla::PriorityTargets {
        response: scale(p.response),
        resolution: scale(p.resolution),
    }))
}

/// The step of an SLA notice for one target at `now`: `…-100` once breached (for
/// [`BREACH_NOTICE_DAYS`]), `…-75` once three quarters are used.
pub fn sla_step(
    target: &str,
    due: DateTime<Utc>,
    at_75: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Option<(String, i64)> {
    if now >= due {
        (now - due < Duration::days(BREACH_NOTICE_DAYS)).then(|| (format!("{target}-100"), 100))
    } else if now >= at_75 {
        Some((format!("{target}-75"), 75))
    } else {
        None
    }
}

/// One open work order or request, as the SLA sees it.
struct Open {
    tenant: Uuid,
    id: Uuid,
    title: String,
    priority: Priority,
    firm: Option<Uuid>,
    cluster: Option<Uuid>,
    link: String,
    work_order: bool,
}

/// Work orders and upkeep due (assignees) and SLA notices (admins).
pub(super) async fn due<C: ConnectionTrait>(
    conn: &C,
    scope: Scope,
    now: DateTime<Utc>,
    shared: &Shared,
    due: &mut Vec<Due>,
) -> AppResult<()> {
    let maintenance = load_all(conn, scope.tenant).await?;
    let fallback = defaults();
    let orders = tenant_filter(
        work_order::Entity::find(),
        work_order::Column::TenantId,
        scope,
    )
    .filter(work_order::Column::Status.is_in(OPEN_WORK))
    .all(conn)
    .await?;
    let open_orders = Query::select()
        .column(work_order::Column::Id)
        .from(work_order::Entity)
        .and_where(work_order::Column::Status.is_in(OPEN_WORK))
        .to_owned();
    let mut order_steps: HashMap<Uuid, Vec<Step>> = HashMap::new();
    for e in work_order_event::Entity::find()
        .filter(work_order_event::Column::WorkOrderId.in_subquery(open_orders.clone()))
        .order_by_asc(work_order_event::Column::CreatedAt)
        .order_by_asc(work_order_event::Column::Id)
        .all(conn)
        .await?
    {
        order_steps.entry(e.work_order_id).or_default().push(Step {
            at: e.created_at,
            phase: e.to_status.into(),
            priority: e.priority,
        });
    }
    // Upkeep: the occurrence a work order was opened for gives its due date.
    let upkeep: HashMap<Uuid, NaiveDate> = occurrence::Entity::find()
        .filter(occurrence::Column::WorkOrderId.in_subquery(open_orders))
        .select_only()
        .columns([occurrence::Column::WorkOrderId, occurrence::Column::DueOn])
        .into_tuple::<(Uuid, NaiveDate)>()
        .all(conn)
        .await?
        .into_iter()
        .collect();
    let requests = tenant_filter(request::Entity::find(), request::Column::TenantId, scope)
        .filter(request::Column::Status.is_in(OPEN_REQUESTS))
        .all(conn)
        .await?;
    let mut request_steps: HashMap<Uuid, Vec<Step>> = HashMap::new();
    for e in request_event::Entity::find()
        .filter(
            request_event::Column::RequestId.in_subquery(
                Query::select()
                    .column(request::Column::Id)
                    .from(request::Entity)
                    .and_where(request::Column::Status.is_in(OPEN_REQUESTS))
                    .to_owned(),
            ),
        )
        .order_by_asc(request_event::Column::CreatedAt)
        .order_by_asc(request_event::Column::Id)
        .all(conn)
        .await?
    {
        request_steps.entry(e.request_id).or_default().push(Step {
            at: e.created_at,
            phase: e.to_status.into(),
            priority: e.priority,
        });
    }

    let today = local_day(now);
    for order in &orders {
        let settings = maintenance.get(&order.tenant_id).unwrap_or(&fallback);
        let steps = order_steps.remove(&order.id).unwrap_or_default();
        let open = Open {
            tenant: order.tenant_id,
            id: order.id,
            title: order.title.clone(),
            priority: order.priority,
            firm: order.firm_id,
            cluster: order.cluster_id,
            link: shared.link(&format!(
                "/maintenance/work-orders/{}",
                global_id("WorkOrder", order.id)
            )),
            work_order: true,
        };
        let Some(clock) = clocks(&steps, settings, now) else {
            continue;
        };
        sla_notices(&open, &clock, now, shared, due);
        // Due to the assignee: upkeep on its occurrence's date, other work at the SLA's
        // resolution time.
        let Some(assignee) = order
            .assignee_user_id
            .and_then(|u| shared.operator_users.get(&(order.tenant_id, u)))
        else {
            continue;
        };
        let (kind, due_at) = match upkeep.get(&order.id) {
            Some(day) => (Kind::UpkeepDue, end_of_working_day(*day)),
            None => match clock.due.resolution_due_at {
                Some(at) => (Kind::WorkOrderDue, at),
                None => continue,
            },
        };
        let due_day = local_day(due_at);
        let Some(step) = work_step((today - due_day).num_days()) else {
            continue;
        };
        let settings = shared.book.effective(open.tenant, open.cluster);
        if !settings.enabled(kind) {
            continue;
        }
        let late = (today - due_day).num_days();
        let items = vec![if late > 0 {
            Line {
                vi: format!("Đã quá hạn {late} ngày."),
                en: format!("Overdue by {late} days."),
            }
        } else {
            Line {
                vi: format!("Còn {} ngày đến hạn.", -late),
                en: format!("Due in {} days.", -late),
            }
        }];
        due.push(notice(
            &open,
            kind,
            step,
            due_day,
            vec![assignee.clone()],
            &settings,
            Facts {
                title: Some(open.title.clone()),
                due_at: Some(due_at),
                items,
                ..Facts::new(kind, assignee.1, open.link.clone())
            },
            shared,
        ));
    }
    for req in &requests {
        let settings = maintenance.get(&req.tenant_id).unwrap_or(&fallback);
        let steps = request_steps.remove(&req.id).unwrap_or_default();
        let open = Open {
            tenant: req.tenant_id,
            id: req.id,
            title: req.title.clone(),
            priority: req.priority,
            firm: Some(req.firm_id),
            cluster: req.cluster_id,
            link: shared.link(&format!(
                "/maintenance/{}",
                global_id("MaintenanceRequest", req.id)
            )),
            work_order: false,
        };
        if let Some(clock) = clocks(&steps, settings, now) {
            sla_notices(&open, &clock, now, shared, due);
        }
    }
    Ok(())
}

/// An object's SLA clock at `now` and at three quarters of its targets (none while paused).
struct Clocks {
    due: sla::Due,
    at_75: sla::Due,
}

fn clocks(steps: &[Step], settings: &Settings, now: DateTime<Utc>) -> Option<Clocks> {
    if steps.is_empty() {
        return None;
    }
    let calendar = settings.calendar();
    let due = sla::due_times(steps, &settings.targets, &calendar, now);
    if due.paused || due.resolved_at.is_some() {
        return None;
    }
    let at_75 = sla::due_times(steps, &three_quarters(&settings.targets), &calendar, now);
    Some(Clocks { due, at_75 })
}

/// The SLA notices of one object: the response while none was made, and the resolution.
fn sla_notices(
    open: &Open,
    clock: &Clocks,
    now: DateTime<Utc>,
    shared: &Shared,
    due: &mut Vec<Due>,
) {
    let kind = Kind::Sla;
    let settings = shared.book.effective(open.tenant, open.cluster);
    if !settings.enabled(kind) {
        return;
    }
    let targets = [
        (
            "response",
            clock
                .due
                .responded_at
                .is_none()
                .then_some(clock.due.response_due_at)
                .flatten(),
            clock.at_75.response_due_at,
        ),
        (
            "resolution",
            clock.due.resolution_due_at,
            clock.at_75.resolution_due_at,
        ),
    ];
    let admins = shared.admins.get(&open.tenant).cloned().unwrap_or_default();
    for (target, due_at, at_75) in targets {
        let (Some(due_at), Some(at_75)) = (due_at, at_75) else {
            continue;
        };
        let Some((step, percent)) = sla_step(target, due_at, at_75, now) else {
            continue;
        };
        let to = shared.not_refused(open.tenant, kind, admins.clone());
        let locale = to.first().map(|r| r.1).unwrap_or_default();
        let (what_vi, what_en) = if open.work_order {
            ("Lệnh công việc", "Work order")
        } else {
            ("Yêu cầu sửa chữa", "Maintenance request")
        };
        let (which_vi, which_en) = if target == "response" {
            ("hạn phản hồi", "response")
        } else {
            ("hạn xử lý xong", "resolution")
        };
        let priority = open.priority.as_str();
        let items = vec![Line {
            vi: format!("{what_vi} · {priority} · {which_vi} · đã dùng {percent}%"),
            en: format!("{what_en} · {priority} · {which_en} · {percent}% used"),
        }];
        due.push(notice(
            open,
            kind,
            step,
            local_day(due_at),
            to,
            &settings,
            Facts {
                title: Some(open.title.clone()),
                due_at: Some(due_at),
                percent: Some(percent),
                items,
                ..Facts::new(kind, locale, open.link.clone())
            },
            shared,
        ));
    }
}

#[allow(clippy::too_many_arguments)]
fn notice(
    open: &Open,
    kind: Kind,
    step: String,
    anchor_on: NaiveDate,
    recipients: Vec<(String, crate::tenancy::Locale)>,
    settings: &Effective,
    mut facts: Facts,
    shared: &Shared,
) -> Due {
    facts.seller_name = shared.seller(open.tenant);
    if let Some(firm) = open.firm.and_then(|f| shared.firms.get(&f)) {
        facts.firm_name = firm.name.clone();
    }
    Due {
        tenant: open.tenant,
        kind,
        subject: open.id,
        step,
        anchor_on,
        firm: open.firm,
        cluster: open.cluster,
        amount: None,
        summary: open.title.clone(),
        recipients,
        facts,
        templates: templates(settings, kind),
        // An emergency does not wait for office hours.
        window: if open.priority == Priority::P1 {
            SendWindow::Always
        } else {
            settings.window
        },
        qr: None,
    }
}

/// 17:00 in Vietnam on `day`: when upkeep due that day is late.
fn end_of_working_day(day: NaiveDate) -> DateTime<Utc> {
    let time = NaiveTime::from_hms_opt(17, 0, 0).unwrap_or_default();
    Ho_Chi_Minh
        .from_local_datetime(&day.and_time(time))
        .single()
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_else(|| day.and_time(time).and_utc())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(text: &str) -> DateTime<Utc> {
        text.parse().unwrap_or_default()
    }

    #[test]
    fn work_is_due_soon_three_days_ahead_then_overdue_weekly() {
        assert_eq!(work_step(-4), None);
        assert_eq!(work_step(-3).as_deref(), Some("-3"));
        assert_eq!(work_step(0).as_deref(), Some("-3"));
        assert_eq!(work_step(1).as_deref(), Some("+1"));
        assert_eq!(work_step(7).as_deref(), Some("+1"));
        assert_eq!(work_step(8).as_deref(), Some("+8"));
        assert_eq!(work_step(20).as_deref(), Some("+15"));
    }

    #[test]
    fn an_sla_is_at_risk_from_three_quarters_and_breached_for_thirty_days() {
        let due = utc("2026-12-10T03:00:00Z");
        let at_75 = utc("2026-12-09T21:00:00Z");
        assert_eq!(
            sla_step("resolution", due, at_75, at_75 - Duration::minutes(1)),
            None
        );
        assert_eq!(
            sla_step("resolution", due, at_75, at_75),
            Some(("resolution-75".into(), 75))
        );
        assert_eq!(
            sla_step("response", due, at_75, due),
            Some(("response-100".into(), 100))
        );
        assert_eq!(
            sla_step(
                "response",
                due,
                at_75,
                due + Duration::days(BREACH_NOTICE_DAYS)
            ),
            None
        );
    }

    #[test]
    fn three_quarters_of_a_target_keeps_its_clock() {
        let t = three_quarters(&Targets::default());
        assert_eq!(t.0[0].resolution.minutes, 18 * 60);
        assert_eq!(t.0[1].response.clock, sla::Clock::Working);
    }
}
