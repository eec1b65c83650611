//! Reading requests: the list with SLA due times, one request, its events and its thread.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter, QueryOrder, QuerySelect, QueryTrait,
};
use uuid::Uuid;

use crate::access::{Policy, TenantCtx};
use crate::audit;
use crate::db::{Db, Page, PageRequest, TenantTxn};
use crate::error::{AppError, AppResult, Problems, reason};
use crate::estate::entities::{cluster, plot};
use crate::ids::{ClusterId, MaintenanceRequestId, UserId};
use crate::maintenance::entities::{comment, request, request_event, work_order_request};
use crate::maintenance::settings::{self, Settings};
use crate::maintenance::sla::{Due, Step};
use crate::maintenance::{Priority, RequestStatus};
use crate::tenancy::entities::firm;
use crate::values::required_text;

use super::*;

/// What the request list can be narrowed to.
#[derive(Clone, Debug, Default)]
pub struct RequestFilter {
    pub status: Option<Vec<RequestStatus>>,
    pub priority: Option<Priority>,
    pub cluster_id: Option<ClusterId>,
    /// Requests worked on by a work order assigned to this staff member.
    pub assignee_id: Option<UserId>,
    pub overdue: Option<bool>,
}

/// The requests the caller may see, newest first, with their row facts, in a fixed number of
/// statements whatever the page size. `overdue` is derived from the event log, so that filter
/// reads every matching request's events.
pub async fn list(
    db: &Db,
    ctx: &TenantCtx,
    filter: RequestFilter,
    page: PageRequest,
) -> AppResult<Page<RequestRow>> {
    let txn = db.read(ctx, Policy::FollowRequests).await?;
    let mut select = txn.scoped::<request::Entity>();
    if let Some(firm) = txn.firm_scope() {
        select = select.filter(request::Column::FirmId.eq(firm.0));
    }
    if let Some(statuses) = &filter.status {
        select = select.filter(request::Column::Status.is_in(statuses.iter().copied()));
    }
    if let Some(p) = filter.priority {
        select = select.filter(request::Column::Priority.eq(p));
    }
    if let Some(c) = filter.cluster_id {
        select = select.filter(request::Column::ClusterId.eq(c.0));
    }
    if let Some(user) = filter.assignee_id {
        use crate::maintenance::entities::work_order;
        select = select.filter(
            Expr::col(request::Column::Id).in_subquery(
                sea_orm::sea_query::Query::select()
                    .column(work_order_request::Column::RequestId)
                    .from(work_order_request::Entity)
                    .inner_join(
                        work_order::Entity,
                        Expr::col((work_order::Entity, work_order::Column::Id)).equals((
                            work_order_request::Entity,
                            work_order_request::Column::WorkOrderId,
                        )),
                    )
                    .and_where(
                        Expr::col((work_order::Entity, work_order::Column::AssigneeUserId))
                            .eq(user.0),
                    )
                    .and_where(
                        Expr::col((
                            work_order_request::Entity,
                            work_order_request::Column::TenantId,
                        ))
                        .eq(txn.tenant_id().0),
                    )
                    .to_owned(),
            ),
        );
    }
    if filter.overdue == Some(true) {
        select = select.filter(request::Column::Status.is_not_in(RequestStatus::FINAL));
    }
    // The matching ids, for reading their events in one statement under the overdue filter.
    let matching = select
        .clone()
        .select_only()
        .column(request::Column::Id)
        .into_query();
    let select = select
        .order_by_desc(request::Column::CreatedAt)
        .order_by_desc(request::Column::Id);
    let settings = settings::load(&txn).await?;
    let now = Utc::now();
    let (models, total) = match filter.overdue {
        None => {
            let page_rows = crate::db::fetch_page(select, txn.conn(), page).await?;
            (page_rows.items, page_rows.total)
        }
        Some(wanted) => {
            // Only open requests can be overdue (the finished ones are left out above for
            // `true`, and pass `false`). Every match's events in one statement, whatever the
            // number of matches.
            let all = select.all(txn.conn()).await?;
            let events = txn
                .scoped::<request_event::Entity>()
                .filter(request_event::Column::RequestId.in_subquery(matching));
            let dues = dues_of_events(&txn, events, &settings, now).await?;
            let kept: Vec<request::Model> = all
                .into_iter()
                .filter(|r| dues.get(&r.id).is_some_and(|d| d.overdue) == wanted)
                .collect();
            let total = kept.len() as u64;
            let items = kept
                .into_iter()
                .skip(usize::try_from(page.offset).unwrap_or(usize::MAX))
                .take(usize::try_from(page.limit).unwrap_or(usize::MAX))
                .collect();
            (items, total)
        }
    };
    let rows = rows_of(&txn, models, &settings, now).await?;
    txn.commit().await?;
    Ok(Page { items: rows, total })
}

/// One request the caller may see, with its row facts.
pub async fn get(db: &Db, ctx: &TenantCtx, id: MaintenanceRequestId) -> AppResult<RequestRow> {
    let txn = db.lookup(ctx, Policy::FollowRequests).await?;
    let found = txn
        .scoped_by_id::<request::Entity>(id)
        .one(txn.conn())
        .await?
        .ok_or(AppError::NotFound)?;
    let found = visible(&txn, found)?;
    let settings = settings::load(&txn).await?;
    let mut rows = rows_of(&txn, vec![found], &settings, Utc::now()).await?;
    txn.commit().await?;
    rows.pop().ok_or(AppError::NotFound)
}

/// The SLA of each request, from its events (one statement).
pub(super) async fn due_of(
    txn: &TenantTxn,
    models: &[request::Model],
    settings: &Settings,
    now: DateTime<Utc>,
) -> AppResult<HashMap<Uuid, Due>> {
    if models.is_empty() {
        return Ok(HashMap::new());
    }
    let events = txn
        .scoped::<request_event::Entity>()
        .filter(request_event::Column::RequestId.is_in(models.iter().map(|m| m.id)));
    dues_of_events(txn, events, settings, now).await
}

/// The SLA of each request these events belong to, from them (one statement).
async fn dues_of_events(
    txn: &TenantTxn,
    events: sea_orm::Select<request_event::Entity>,
    settings: &Settings,
    now: DateTime<Utc>,
) -> AppResult<HashMap<Uuid, Due>> {
    let mut steps: HashMap<Uuid, Vec<Step>> = HashMap::new();
    let events = events
        .order_by_asc(request_event::Column::CreatedAt)
        .order_by_asc(request_event::Column::Id)
        .all(txn.conn())
        .await?;
    for e in events {
        steps.entry(e.request_id).or_default().push(Step {
            at: e.created_at,
            phase: e.to_status.into(),
            priority: e.priority,
        });
    }
    Ok(settings.dues(steps, now))
}

/// Row facts for `models`: firm, cluster and plot names and the SLA, in four statements.
pub(super) async fn rows_of(
    txn: &TenantTxn,
    models: Vec<request::Model>,
    settings: &Settings,
    now: DateTime<Utc>,
) -> AppResult<Vec<RequestRow>> {
    let firms = txn
        .names::<firm::Entity>(models.iter().map(|m| m.firm_id))
        .await?;
    let clusters = txn
        .names::<cluster::Entity>(models.iter().filter_map(|m| m.cluster_id))
        .await?;
    let plots = txn
        .names::<plot::Entity>(models.iter().filter_map(|m| m.plot_id))
        .await?;
    let dues = due_of(txn, &models, settings, now).await?;
    Ok(models
        .into_iter()
        .map(|model| RequestRow {
            firm_name: firms.get(&model.firm_id).cloned().unwrap_or_default(),
            cluster_name: model.cluster_id.and_then(|c| clusters.get(&c).cloned()),
            plot_code: model.plot_id.and_then(|p| plots.get(&p).cloned()),
            due: dues.get(&model.id).copied().unwrap_or_default(),
            model,
        })
        .collect())
}

/// A request's events, oldest first.
pub async fn events(
    db: &Db,
    ctx: &TenantCtx,
    id: MaintenanceRequestId,
) -> AppResult<(Vec<request_event::Model>, Names)> {
    let txn = db.lookup(ctx, Policy::FollowRequests).await?;
    let found = txn
        .scoped_by_id::<request::Entity>(id)
        .one(txn.conn())
        .await?
        .ok_or(AppError::NotFound)?;
    visible(&txn, found)?;
    let rows = txn
        .scoped::<request_event::Entity>()
        .filter(request_event::Column::RequestId.eq(id.0))
        .order_by_asc(request_event::Column::CreatedAt)
        .order_by_asc(request_event::Column::Id)
        .all(txn.conn())
        .await?;
    let names = names_of(&txn, rows.iter().filter_map(|e| e.actor_id)).await?;
    txn.commit().await?;
    Ok((rows, names))
}

/// A request's thread, oldest first: a firm sees shared comments only.
pub async fn comments(
    db: &Db,
    ctx: &TenantCtx,
    id: MaintenanceRequestId,
) -> AppResult<(Vec<comment::Model>, Names)> {
    let txn = db.lookup(ctx, Policy::FollowRequests).await?;
    let found = txn
        .scoped_by_id::<request::Entity>(id)
        .one(txn.conn())
        .await?
        .ok_or(AppError::NotFound)?;
    visible(&txn, found)?;
    let mut select = txn
        .scoped::<comment::Entity>()
        .filter(comment::Column::RequestId.eq(id.0));
    if txn.firm_scope().is_some() {
        select = select.filter(comment::Column::Internal.eq(false));
    }
    let rows = select
        .order_by_asc(comment::Column::CreatedAt)
        .order_by_asc(comment::Column::Id)
        .all(txn.conn())
        .await?;
    let names = names_of(&txn, rows.iter().filter_map(|c| c.author_id)).await?;
    txn.commit().await?;
    Ok((rows, names))
}

/// People's names by user id (the actors of events, the authors of comments).
pub type Names = HashMap<Uuid, String>;

/// The names of these users, in one statement (users the tenant's own rows name).
pub(crate) async fn names_of(
    txn: &TenantTxn,
    users: impl Iterator<Item = Uuid>,
) -> AppResult<Names> {
    let mut wanted: Vec<Uuid> = users.collect();
    wanted.sort();
    wanted.dedup();
    if wanted.is_empty() {
        return Ok(Names::new());
    }
    Ok(crate::tenancy::entities::user::Entity::find()
        .filter(crate::tenancy::entities::user::Column::Id.is_in(wanted))
        .all(txn.conn())
        .await?
        .into_iter()
        .map(|u| (u.id, u.display_name))
        .collect())
}

/// Adds a comment to a request's thread. A firm's comments are shared; staff may write internal
/// notes the firm never sees.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn comment(
    db: &Db,
    ctx: &TenantCtx,
    id: MaintenanceRequestId,
    body: &str,
    internal: bool,
) -> AppResult<comment::Model> {
    let reach = ctx.require(Policy::FollowRequests)?;
    let mut problems = Problems::new();
    let body = problems.check(required_text(body, "input.body", MAX_TEXT));
    if internal && reach.firm().is_some() {
        problems.add(
            "input.internal",
            reason!(
                "internal_notes_operators_only",
                "internal notes are the operator's"
            ),
        );
    }
    problems.finish()?;
    let txn = db.tenant(ctx, Policy::FollowRequests).await?;
    locked(&txn, id).await?;
    let model = comment::Model {
        id: Uuid::now_v7(),
        tenant_id: txn.tenant_id().0,
        created_at: Utc::now(),
        request_id: Some(id.0),
        work_order_id: None,
        author_id: Some(ctx.user_id().0),
        body: body.unwrap_or_default(),
        internal,
    };
    comment::Entity::insert(model.clone().into_active_model())
        .exec_without_returning(txn.conn())
        .await?;
    audit::created(&txn, ctx, "MaintenanceComment", model.id, &model).await?;
    txn.commit().await?;
    Ok(model)
}
