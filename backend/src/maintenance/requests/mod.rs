//! Maintenance requests: filing one, the one function that moves it ([`transition`]), its list
//! and its thread.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter, QueryOrder,
    QuerySelect,
};
use uuid::Uuid;

use crate::access::{Policy, TenantCtx};
use crate::audit;
use crate::db::{Db, TenantTxn};
use crate::error::{AppError, AppResult, Problems, reason};
use crate::estate::LeaseStatus;
use crate::estate::entities::{lease, plot};
use crate::ids::{FirmId, MaintenanceRequestId, PlotId};
use crate::maintenance::entities::{comment, request, request_event};
use crate::maintenance::files::{self, Incoming};
use crate::maintenance::notices::{self, Facts, Notices};
use crate::maintenance::sla::Due;
use crate::maintenance::{
    Category, EventReason, Priority, RejectReason, RequestMove, RequestStatus, Why,
};
use crate::notify::MaintenanceNotice;
use crate::storage::FileStore;
use crate::tenancy::entities::firm;
use crate::values::{required_text, today};

mod read;
pub use read::*;

/// The longest title, in characters.
pub const MAX_TITLE: usize = 200;
/// The longest description or comment, in characters.
pub const MAX_TEXT: usize = 10_000;
/// Days a firm has to confirm or reopen a resolution before it closes by itself.
pub const CONFIRM_DAYS: i64 = 7;

/// A request to file.
#[derive(Clone, Debug, Default)]
pub struct FileInput {
    pub title: String,
    pub description: String,
    pub category: Option<Category>,
    pub plot_id: Option<PlotId>,
    pub location: Option<String>,
    pub urgent: bool,
    /// The firm an operator files for; an enterprise user's own firm when omitted.
    pub firm_id: Option<FirmId>,
    /// Photos and documents, as received (checked here: [`files::prepare`]).
    pub files: Vec<Incoming>,
}

/// A request with what its list row shows.
#[derive(Clone, Debug)]
pub struct RequestRow {
    pub model: request::Model,
    pub firm_name: String,
    pub cluster_name: Option<String>,
    pub plot_code: Option<String>,
    pub due: Due,
}

/// Files a request (an enterprise user for their own firm; an operator for any firm), with
/// its photos and documents. Every problem, the files' included, is reported at once and
/// nothing is written; files stored for a request whose transaction fails are taken back.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn file(
    db: &Db,
    ctx: &TenantCtx,
    notices: &Notices<'_>,
    store: &FileStore,
    input: FileInput,
) -> AppResult<request::Model> {
    let reach = ctx.require(Policy::FollowRequests)?;
    let mut problems = Problems::new();
    let title = problems.check(required_text(&input.title, "input.title", MAX_TITLE));
    let description = problems.check(required_text(
        &input.description,
        "input.description",
        MAX_TEXT,
    ));
    let location = match input.location.as_deref().map(str::trim) {
        Some(text) if !text.is_empty() => {
            problems.check(required_text(text, "input.location", 200))
        }
        _ => None,
    };
    let firm_id = match (reach.firm(), input.firm_id) {
        (Some(own), Some(asked)) if own != asked => {
            problems.add(
                "input.firmId",
                reason!(
                    "own_firm_requests_only",
                    "you can file requests for your own firm only"
                ),
            );
            None
        }
        (Some(own), _) => Some(own),
        (None, Some(asked)) => Some(asked),
        (None, None) => {
            problems.add(
                "input.firmId",
                reason!("choose_firm_request", "choose the firm the request is for"),
            );
            None
        }
    };
    let (prepared, file_problems) =
        files::prepare_all(input.files, store.limits, "input.files").await?;
    problems.check(file_problems.finish());
    problems.finish()?;
    let mut written = Vec::new();
    let result = async {
        let txn = db.tenant(ctx, Policy::FollowRequests).await?;
        let firm_id = firm_id.ok_or(AppError::NotFound)?;
        let firm = txn
            .scoped_by_id::<firm::Entity>(firm_id)
            .one(txn.conn())
            .await?
            .ok_or_else(|| {
                AppError::invalid("input.firmId", reason!("no_such_firm", "no such firm"))
            })?;
        let plot = match input.plot_id {
            Some(id) => Some(
                txn.scoped_by_id::<plot::Entity>(id)
                    .one(txn.conn())
                    .await?
                    .ok_or_else(|| {
                        AppError::invalid("input.plotId", reason!("no_such_plot", "no such plot"))
                    })?,
            ),
            None => None,
        };
        let cluster_id = match &plot {
            Some(p) => Some(p.cluster_id),
            None => txn
                .scoped::<lease::Entity>()
                .filter(lease::Column::FirmId.eq(firm.id))
                .filter(lease::Column::Status.ne(LeaseStatus::Draft))
                .order_by_desc(lease::Column::StartsOn)
                .one(txn.conn())
                .await?
                .map(|l| l.cluster_id),
        };
        let now = Utc::now();
        let priority = if input.urgent {
            Priority::P2
        } else {
            Priority::P3
        };
        let model = request::Model {
            id: Uuid::now_v7(),
            tenant_id: txn.tenant_id().0,
            created_at: now,
            firm_id: firm.id,
            cluster_id,
            plot_id: plot.as_ref().map(|p| p.id),
            location,
            title: title.unwrap_or_default(),
            description: description.unwrap_or_default(),
            category: input.category.unwrap_or(Category::Other),
            urgent: input.urgent,
            priority,
            status: RequestStatus::Submitted,
            resume_status: None,
            deferred_until: None,
            reject_reason: None,
            duplicate_of: None,
            promised_on: None,
            resolution_note: None,
            rating: None,
            resolved_at: None,
            reopen_count: 0,
            filed_by: Some(ctx.user_id().0),
            updated_at: now,
        };
        request::Entity::insert(model.clone().into_active_model())
            .exec_without_returning(txn.conn())
            .await?;
        append_event(&txn, ctx, &model, None, Why::default()).await?;
        audit::created(&txn, ctx, "MaintenanceRequest", model.id, &model).await?;
        files::store_all(
            txn.conn(),
            txn.tenant_id().0,
            store,
            Some(ctx.user_id().0),
            model.id,
            prepared,
            &mut written,
        )
        .await?;
        let team = notices::operator_team(&txn).await?;
        notices::send(
            &txn,
            notices,
            &team,
            MaintenanceNotice::NewRequest,
            Facts {
                firm_name: firm.name.clone(),
                title: model.title.clone(),
                message: Some(model.description.clone()),
                link: notices.request_link(model.id),
                ..Facts::default()
            },
        )
        .await?;
        txn.commit().await?;
        Ok::<_, AppError>(model)
    }
    .await;
    if result.is_err() {
        store.discard(&written).await;
    }
    let model = result?;
    notices.outbox.wake();
    Ok(model)
}

async fn append_event(
    txn: &TenantTxn,
    ctx: &TenantCtx,
    after: &request::Model,
    from: Option<RequestStatus>,
    why: Why,
) -> AppResult<()> {
    append_event_by(txn, Some(ctx.user_id().0), after, from, why, Utc::now()).await
}

async fn append_event_by(
    txn: &TenantTxn,
    actor: Option<Uuid>,
    after: &request::Model,
    from: Option<RequestStatus>,
    why: Why,
    at: DateTime<Utc>,
) -> AppResult<()> {
    request_event::Entity::insert(
        request_event::Model {
            id: Uuid::now_v7(),
            tenant_id: txn.tenant_id().0,
            created_at: at,
            request_id: after.id,
            actor_id: actor,
            from_status: from,
            to_status: after.status,
            priority: after.priority,
            reason: why.text,
            reason_code: why.code,
            reason_detail: why.detail,
        }
        .into_active_model(),
    )
    .exec_without_returning(txn.conn())
    .await?;
    Ok(())
}

/// What to do to a request, with what the move needs.
#[derive(Clone, Debug)]
pub enum RequestAction {
    /// Triage: set the priority (and category) and promise a date.
    Acknowledge {
        priority: Option<Priority>,
        category: Option<Category>,
        promised_on: Option<NaiveDate>,
        message: Option<String>,
    },
    /// Work has started (also done by the first work order that starts).
    Start,
    /// Ask the requester something; the clock pauses until they reply.
    AskRequester { question: String },
    /// The requester answers (or staff for them); the request goes back to where it was.
    Reply { message: String },
    /// Put off until a date, with a reason the firm sees.
    Defer { until: NaiveDate, reason: String },
    /// Take a deferred request up again.
    Resume,
    /// Turn down, with a reason code (DUPLICATE names the original) and a message.
    Reject {
        reason: RejectReason,
        duplicate_of: Option<MaintenanceRequestId>,
        message: String,
    },
    /// Done: a note the firm sees; it confirms or reopens within 7 days.
    Resolve { note: String },
    /// The firm confirms the resolution with a rating of 1 to 5.
    Confirm { rating: i32 },
    /// The firm (within 7 days) or staff reopens a resolution.
    Reopen { reason: String },
    /// The requester withdraws, or staff cancels.
    Cancel { reason: Option<String> },
    /// A change of priority: not a move, but an event (the SLA is recomputed).
    SetPriority { priority: Priority },
    /// The sweep closes a resolution unconfirmed for 7 days.
    AutoClose,
}

impl RequestAction {
    fn mv(&self) -> Option<RequestMove> {
        Some(match self {
            Self::Acknowledge { .. } => RequestMove::Acknowledge,
            Self::Start => RequestMove::Start,
            Self::AskRequester { .. } => RequestMove::AskRequester,
            Self::Reply { .. } => RequestMove::Reply,
            Self::Defer { .. } => RequestMove::Defer,
            Self::Resume => RequestMove::Resume,
            Self::Reject { .. } => RequestMove::Reject,
            Self::Resolve { .. } => RequestMove::Resolve,
            Self::Confirm { .. } => RequestMove::Confirm,
            Self::Reopen { .. } => RequestMove::Reopen,
            Self::Cancel { .. } => RequestMove::Cancel,
            Self::AutoClose => RequestMove::AutoClose,
            Self::SetPriority { .. } => return None,
        })
    }

    /// Checks the action's own input, before anything is read.
    fn check(&self) -> AppResult<()> {
        let mut problems = Problems::new();
        let text = |problems: &mut Problems, value: &str, path: &str| {
            problems.check(required_text(value, path, MAX_TEXT));
        };
        match self {
            Self::Acknowledge {
                promised_on,
                message,
                ..
            } => {
                if promised_on.is_some_and(|d| d < today()) {
                    problems.add(
                        "input.promisedOn",
                        reason!("promise_today_later", "a promise is for today or later"),
                    );
                }
                if let Some(m) = message {
                    text(&mut problems, m, "input.message");
                }
            }
            Self::AskRequester { question } => text(&mut problems, question, "input.question"),
            Self::Reply { message } => text(&mut problems, message, "input.message"),
            Self::Defer { until, reason } => {
                if *until <= today() {
                    problems.add(
                        "input.until",
                        reason!("day_after_today", "a day after today"),
                    );
                }
                text(&mut problems, reason, "input.reason");
            }
            Self::Reject {
                reason,
                duplicate_of,
                message,
            } => {
                if *reason == RejectReason::Duplicate && duplicate_of.is_none() {
                    problems.add(
                        "input.duplicateOf",
                        reason!(
                            "name_request_duplicates",
                            "name the request this one duplicates"
                        ),
                    );
                }
                text(&mut problems, message, "input.message");
            }
            Self::Resolve { note } => text(&mut problems, note, "input.note"),
            Self::Confirm { rating } if !(1..=5).contains(rating) => {
                problems.add(
                    "input.rating",
                    reason!("rating_from", "a rating from 1 to 5"),
                );
            }
            Self::Reopen { reason } => text(&mut problems, reason, "input.reason"),
            Self::Cancel { reason: Some(r) } => text(&mut problems, r, "input.reason"),
            _ => {}
        }
        problems.finish()
    }
}

/// Reads a request for update (locked until the transaction ends), as the caller may see it.
async fn locked(txn: &TenantTxn, id: MaintenanceRequestId) -> AppResult<request::Model> {
    let found = txn
        .scoped_by_id::<request::Entity>(id)
        .lock_exclusive()
        .one(txn.conn())
        .await?
        .ok_or(AppError::NotFound)?;
    visible(txn, found)
}

fn visible(txn: &TenantTxn, found: request::Model) -> AppResult<request::Model> {
    match txn.firm_scope() {
        Some(firm) if firm.0 != found.firm_id => Err(AppError::NotFound),
        _ => Ok(found),
    }
}

/// Moves a request: the one function every change of a request's state goes through. It locks
/// the row, checks the move, writes the new state, appends the event, adds what the firm should
/// read to the thread, and writes the email, all in one transaction. A move the current state
/// does not allow is a CONFLICT naming it; the firm may only reply, confirm, reopen (within 7
/// days) and cancel.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn transition(
    db: &Db,
    ctx: &TenantCtx,
    notices: &Notices<'_>,
    id: MaintenanceRequestId,
    action: RequestAction,
) -> AppResult<request::Model> {
    let policy = match action.mv() {
        Some(mv) if mv.open_to_requester() => Policy::FollowRequests,
        _ => Policy::ManageMaintenance,
    };
    action.check()?;
    let txn = db.tenant(ctx, policy).await?;
    let actor = (!matches!(action, RequestAction::AutoClose)).then_some(ctx.user_id().0);
    let moved = apply(&txn, ctx, actor, notices, id, action).await?;
    txn.commit().await?;
    notices.outbox.wake();
    Ok(moved)
}

async fn apply(
    txn: &TenantTxn,
    ctx: &TenantCtx,
    actor: Option<Uuid>,
    notices: &Notices<'_>,
    id: MaintenanceRequestId,
    action: RequestAction,
) -> AppResult<request::Model> {
    let before = locked(txn, id).await?;
    let now = Utc::now();
    let mut after = before.clone();
    after.updated_at = now;
    if let Some(mv) = action.mv() {
        after.status = before.status.after(mv, before.resume_status)?;
    }
    let mut why = Why::default();
    let mut shared_comment = None;
    let mut mail = None;
    match action {
        RequestAction::Acknowledge {
            priority,
            category,
            promised_on,
            message,
        } => {
            after.priority = priority.unwrap_or(before.priority);
            after.category = category.unwrap_or(before.category);
            after.promised_on = promised_on;
            shared_comment = message.clone();
            mail = Some((MaintenanceNotice::Acknowledged, message));
        }
        RequestAction::Start | RequestAction::Resume => {
            after.deferred_until = None;
        }
        RequestAction::AskRequester { question } => {
            after.resume_status = Some(before.status);
            shared_comment = Some(question.clone());
            why = Why::code(EventReason::Question).text(Some(question.clone()));
            mail = Some((MaintenanceNotice::Question, Some(question)));
        }
        RequestAction::Reply { message } => {
            after.resume_status = None;
            shared_comment = Some(message);
        }
        RequestAction::Defer { until, reason } => {
            after.deferred_until = Some(until);
            why = Why::code(EventReason::Deferred)
                .detail(until)
                .text(Some(reason.clone()));
            shared_comment = Some(reason);
        }
        RequestAction::Reject {
            reason: code,
            duplicate_of,
            message,
        } => {
            if let Some(original) = duplicate_of {
                let exists = original != id
                    && txn
                        .scoped_by_id::<request::Entity>(original)
                        .one(txn.conn())
                        .await?
                        .is_some();
                if !exists {
                    return Err(AppError::invalid(
                        "input.duplicateOf",
                        reason!("no_such_other_request", "no such other request"),
                    ));
                }
                after.duplicate_of = Some(original.0);
            }
            after.reject_reason = Some(code);
            why = Why::code(EventReason::Rejected)
                .detail(code.as_str())
                .text(Some(message.clone()));
            shared_comment = Some(message);
        }
        RequestAction::Resolve { note } => {
            after.resolution_note = Some(note.clone());
            after.resolved_at = Some(now);
            after.rating = None;
            mail = Some((MaintenanceNotice::Resolved, Some(note)));
        }
        RequestAction::Confirm { rating } => {
            after.rating = Some(rating);
            why = Why::code(EventReason::Confirmed).detail(rating);
        }
        RequestAction::Reopen { reason } => {
            let resolved = before.resolved_at.unwrap_or(before.updated_at);
            if txn.firm_scope().is_some() && now - resolved > Duration::days(CONFIRM_DAYS) {
                return Err(AppError::Conflict(reason!(
                    "request_resolved_too_long_ago",
                    "the request was resolved more than {confirm_days} days ago; file a new one",
                    confirm_days = CONFIRM_DAYS
                )));
            }
            after.reopen_count = before.reopen_count + 1;
            after.resolved_at = None;
            why = Why::code(EventReason::Reopened).text(Some(reason.clone()));
            shared_comment = Some(reason);
        }
        RequestAction::Cancel { reason } => {
            why = Why::code(EventReason::Cancelled).text(reason.clone());
            shared_comment = reason;
        }
        RequestAction::SetPriority { priority } => {
            if before.status.is_final() {
                return Err(AppError::Conflict(reason!(
                    "request_priority_longer_changes",
                    "the request is {status}; its priority no longer changes",
                    status = before.status.as_str()
                )));
            }
            after.priority = priority;
            why = Why::code(EventReason::PriorityChanged).detail(before.priority.as_str());
        }
        RequestAction::AutoClose => {
            // The sweep picked it by its resolution time ([`close_unconfirmed`]).
            why = Why::code(EventReason::AutoClosed);
        }
    }
    request::Entity::update(after.clone().into_active_model().reset_all())
        .exec(txn.conn())
        .await?;
    if after.status.is_final() || after.status == RequestStatus::Resolved {
        // No clock runs any more: SLA reminders still waiting in the outbox are withdrawn.
        crate::notify::outbox::cancel_waiting(txn.conn(), txn.tenant_id(), &[after.id]).await?;
    }
    append_event_by(txn, actor, &after, Some(before.status), why, now).await?;
    if let Some(body) = shared_comment {
        comment::Entity::insert(
            comment::Model {
                id: Uuid::now_v7(),
                tenant_id: txn.tenant_id().0,
                created_at: now,
                request_id: Some(after.id),
                work_order_id: None,
                author_id: actor,
                body,
                internal: false,
            }
            .into_active_model(),
        )
        .exec_without_returning(txn.conn())
        .await?;
    }
    audit::record(
        txn,
        ctx,
        "MaintenanceRequest",
        after.id,
        after.status.as_str(),
        Some(&before),
        Some(&after),
    )
    .await?;
    if let Some((notice, message)) = mail
        && let Some(to) = notices::person(txn, after.filed_by).await?
    {
        let firm_name = txn
            .scoped_by_id::<firm::Entity>(after.firm_id)
            .one(txn.conn())
            .await?
            .map(|f| f.name)
            .unwrap_or_default();
        notices::send(
            txn,
            notices,
            &[to],
            notice,
            Facts {
                firm_name,
                title: after.title.clone(),
                promised_on: after.promised_on,
                message,
                link: notices.request_link(after.id),
            },
        )
        .await?;
    }
    Ok(after)
}

/// Closes every resolution the firm neither confirmed nor reopened within 7 days, as of `now`
/// (for the reminder sweep; system work). Returns how many closed.
pub async fn close_unconfirmed(
    db: &Db,
    ctx: &TenantCtx,
    notices: &Notices<'_>,
    now: DateTime<Utc>,
) -> AppResult<usize> {
    let txn = db.tenant(ctx, Policy::ManageMaintenance).await?;
    let due: Vec<Uuid> = txn
        .scoped::<request::Entity>()
        .select_only()
        .column(request::Column::Id)
        .filter(request::Column::Status.eq(RequestStatus::Resolved))
        .filter(request::Column::ResolvedAt.lte(now - Duration::days(CONFIRM_DAYS)))
        .into_tuple()
        .all(txn.conn())
        .await?;
    for id in &due {
        apply(
            &txn,
            ctx,
            None,
            notices,
            MaintenanceRequestId(*id),
            RequestAction::AutoClose,
        )
        .await?;
    }
    txn.commit().await?;
    Ok(due.len())
}

/// Moves requests linked to a work order that just started from ACKNOWLEDGED to IN_PROGRESS
/// (inside the work order's transaction).
pub(crate) async fn start_linked(
    txn: &TenantTxn,
    ctx: &TenantCtx,
    notices: &Notices<'_>,
    request_ids: &[Uuid],
) -> AppResult<()> {
    let waiting: Vec<Uuid> = txn
        .scoped::<request::Entity>()
        .select_only()
        .column(request::Column::Id)
        .filter(request::Column::Id.is_in(request_ids.iter().copied()))
        .filter(request::Column::Status.eq(RequestStatus::Acknowledged))
        .into_tuple()
        .all(txn.conn())
        .await?;
    for id in waiting {
        apply(
            txn,
            ctx,
            Some(ctx.user_id().0),
            notices,
            MaintenanceRequestId(id),
            RequestAction::Start,
        )
        .await?;
    }
    Ok(())
}
