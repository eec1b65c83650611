//! Reading work orders: the list, one with its SLA due times, and its details.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

use crate::access::{Policy, TenantCtx};
use crate::db::{Db, Page, PageRequest, TenantTxn, fetch_page};
use crate::error::{AppError, AppResult};
use crate::estate::entities::cluster;
use crate::ids::{ClusterId, MaintenanceRequestId, UserId, WorkOrderId};
use crate::maintenance::entities::{
    checklist_item, cost_line, work_order, work_order_event, work_order_request,
};
use crate::maintenance::settings;
use crate::maintenance::sla::{Due, Step};
use crate::maintenance::{Priority, WorkOrderStatus};
use crate::tenancy::entities::user;

use super::*;

/// What the work order list can be narrowed to.
#[derive(Clone, Debug, Default)]
pub struct WorkOrderFilter {
    pub status: Option<Vec<WorkOrderStatus>>,
    pub priority: Option<Priority>,
    pub cluster_id: Option<ClusterId>,
    pub assignee_id: Option<UserId>,
    pub request_id: Option<MaintenanceRequestId>,
    pub overdue: Option<bool>,
}

/// Work orders, newest first, with their row facts in a fixed number of statements (operators).
pub async fn list(
    db: &Db,
    ctx: &TenantCtx,
    filter: WorkOrderFilter,
    page: PageRequest,
) -> AppResult<Page<WorkOrderRow>> {
    let txn = db.read(ctx, Policy::ManageMaintenance).await?;
    let mut select = txn.scoped::<work_order::Entity>();
    if let Some(s) = &filter.status {
        select = select.filter(work_order::Column::Status.is_in(s.iter().copied()));
    }
    if let Some(p) = filter.priority {
        select = select.filter(work_order::Column::Priority.eq(p));
    }
    if let Some(c) = filter.cluster_id {
        select = select.filter(work_order::Column::ClusterId.eq(c.0));
    }
    if let Some(u) = filter.assignee_id {
        select = select.filter(work_order::Column::AssigneeUserId.eq(u.0));
    }
    if let Some(r) = filter.request_id {
        use sea_orm::sea_query::{Expr, ExprTrait, Query};
        select = select.filter(
            Expr::col(work_order::Column::Id).in_subquery(
                Query::select()
                    .column(work_order_request::Column::WorkOrderId)
                    .from(work_order_request::Entity)
                    .and_where(work_order_request::Column::TenantId.eq(txn.tenant_id().0))
                    .and_where(work_order_request::Column::RequestId.eq(r.0))
                    .to_owned(),
            ),
        );
    }
    let select = select
        .order_by_desc(work_order::Column::CreatedAt)
        .order_by_desc(work_order::Column::Id);
    let settings = settings::load(&txn).await?;
    let now = Utc::now();
    let (models, total) = match filter.overdue {
        None => {
            let p = fetch_page(select, txn.conn(), page).await?;
            (p.items, p.total)
        }
        Some(wanted) => {
            let all = select.all(txn.conn()).await?;
            let dues = due_of(&txn, &all, &settings, now).await?;
            let kept: Vec<_> = all
                .into_iter()
                .filter(|w| dues.get(&w.id).is_some_and(|d| d.overdue) == wanted)
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

/// One work order (operators; anyone else NOT_FOUND).
pub async fn get(db: &Db, ctx: &TenantCtx, id: WorkOrderId) -> AppResult<WorkOrderRow> {
    let txn = db.lookup(ctx, Policy::ManageMaintenance).await?;
    let found = txn
        .scoped_by_id::<work_order::Entity>(id)
        .one(txn.conn())
        .await?
        .ok_or(AppError::NotFound)?;
    let settings = settings::load(&txn).await?;
    let mut rows = rows_of(&txn, vec![found], &settings, Utc::now()).await?;
    txn.commit().await?;
    rows.pop().ok_or(AppError::NotFound)
}

pub(super) async fn due_of(
    txn: &TenantTxn,
    models: &[work_order::Model],
    settings: &settings::Settings,
    now: DateTime<Utc>,
) -> AppResult<HashMap<Uuid, Due>> {
    let mut steps: HashMap<Uuid, Vec<Step>> = HashMap::new();
    for chunk in models.chunks(1000) {
        for e in txn
            .scoped::<work_order_event::Entity>()
            .filter(work_order_event::Column::WorkOrderId.is_in(chunk.iter().map(|m| m.id)))
            .order_by_asc(work_order_event::Column::CreatedAt)
            .order_by_asc(work_order_event::Column::Id)
            .all(txn.conn())
            .await?
        {
            steps.entry(e.work_order_id).or_default().push(Step {
                at: e.created_at,
                phase: e.to_status.into(),
                priority: e.priority,
            });
        }
    }
    Ok(settings.dues(steps, now))
}

pub(super) async fn rows_of(
    txn: &TenantTxn,
    models: Vec<work_order::Model>,
    settings: &settings::Settings,
    now: DateTime<Utc>,
) -> AppResult<Vec<WorkOrderRow>> {
    let clusters = txn
        .names::<cluster::Entity>(models.iter().filter_map(|m| m.cluster_id))
        .await?;
    let users: HashMap<Uuid, String> = user::Entity::find()
        .filter(user::Column::Id.is_in(models.iter().filter_map(|m| m.assignee_user_id)))
        .all(txn.conn())
        .await?
        .into_iter()
        .map(|u| (u.id, u.display_name))
        .collect();
    let mut links: HashMap<Uuid, Vec<Uuid>> = HashMap::new();
    for l in txn
        .scoped::<work_order_request::Entity>()
        .filter(work_order_request::Column::WorkOrderId.is_in(models.iter().map(|m| m.id)))
        .order_by_asc(work_order_request::Column::CreatedAt)
        .all(txn.conn())
        .await?
    {
        links.entry(l.work_order_id).or_default().push(l.request_id);
    }
    let dues = due_of(txn, &models, settings, now).await?;
    Ok(models
        .into_iter()
        .map(|model| WorkOrderRow {
            cluster_name: model.cluster_id.and_then(|c| clusters.get(&c).cloned()),
            assignee_name: model
                .assignee_user_id
                .and_then(|u| users.get(&u).cloned())
                .or_else(|| model.contractor_name.clone()),
            request_ids: links.remove(&model.id).unwrap_or_default(),
            due: dues.get(&model.id).copied().unwrap_or_default(),
            model,
        })
        .collect())
}

/// A work order's details: events, checklist, cost lines and comments (operators).
pub struct Details {
    pub events: Vec<work_order_event::Model>,
    pub checklist: Vec<checklist_item::Model>,
    pub costs: Vec<cost_line::Model>,
    /// The names of the events' actors.
    pub names: crate::maintenance::requests::Names,
}

/// The events, checklist and cost lines of a work order, oldest first (operators).
pub async fn details(db: &Db, ctx: &TenantCtx, id: WorkOrderId) -> AppResult<Details> {
    let txn = db.lookup(ctx, Policy::ManageMaintenance).await?;
    txn.scoped_by_id::<work_order::Entity>(id)
        .one(txn.conn())
        .await?
        .ok_or(AppError::NotFound)?;
    let events = txn
        .scoped::<work_order_event::Entity>()
        .filter(work_order_event::Column::WorkOrderId.eq(id.0))
        .order_by_asc(work_order_event::Column::CreatedAt)
        .order_by_asc(work_order_event::Column::Id)
        .all(txn.conn())
        .await?;
    let checklist = txn
        .scoped::<checklist_item::Entity>()
        .filter(checklist_item::Column::WorkOrderId.eq(id.0))
        .order_by_asc(checklist_item::Column::Position)
        .all(txn.conn())
        .await?;
    let costs = txn
        .scoped::<cost_line::Entity>()
        .filter(cost_line::Column::WorkOrderId.eq(id.0))
        .order_by_asc(cost_line::Column::CreatedAt)
        .all(txn.conn())
        .await?;
    let names =
        crate::maintenance::requests::names_of(&txn, events.iter().filter_map(|e| e.actor_id))
            .await?;
    txn.commit().await?;
    Ok(Details {
        events,
        checklist,
        costs,
        names,
    })
}

/// The operator's people a work order can be assigned to (its admins and staff), by name
/// (operators).
pub async fn assignable_staff(db: &Db, ctx: &TenantCtx) -> AppResult<Vec<(UserId, String)>> {
    let txn = db.read(ctx, Policy::ManageMaintenance).await?;
    let members: Vec<Uuid> = txn
        .scoped::<membership::Entity>()
        .filter(membership::Column::Role.is_in([
            crate::access::Role::OperatorAdmin,
            crate::access::Role::OperatorStaff,
        ]))
        .all(txn.conn())
        .await?
        .into_iter()
        .map(|m| m.user_id)
        .collect();
    let mut people: Vec<(UserId, String)> = user::Entity::find()
        .filter(user::Column::Id.is_in(members))
        .all(txn.conn())
        .await?
        .into_iter()
        .map(|u| (UserId(u.id), u.display_name))
        .collect();
    txn.commit().await?;
    people.sort_by(|a, b| a.1.cmp(&b.1).then(a.0.cmp(&b.0)));
    Ok(people)
}
