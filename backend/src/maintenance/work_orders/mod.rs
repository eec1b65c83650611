//! Work orders: the operator's job. Creating one (from requests or ad hoc), the one function
//! that moves it ([`transition`]), assignment, checklist and cost lines; posting its costs at
//! VERIFIED: once, to the cluster's fund (FUND) or as a pending charge on the firm's next
//! invoice (CHARGEBACK).

use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter,
    QueryOrder, QuerySelect,
};
use uuid::Uuid;

use crate::access::{Policy, TenantCtx};
use crate::audit;
use crate::db::{Db, TenantTxn};
use crate::error::{AppError, AppResult, Problems, reason};
use crate::ids::{ClusterId, FirmId, MaintenanceRequestId, UserId, WorkOrderId};
use crate::maintenance::entities::{
    cost_line, request, work_order, work_order_event, work_order_request,
};
use crate::maintenance::notices::{self, Facts, Notices};
use crate::maintenance::requests::{MAX_TEXT, MAX_TITLE, start_linked};
use crate::maintenance::settings;
use crate::maintenance::sla::Due;
use crate::maintenance::{EventReason, FundingSource, HoldReason, Priority, Why, WorkOrderStatus};
use crate::notify::MaintenanceNotice;
use crate::tenancy::entities::{firm, membership};
use crate::values::{Email, required_text};

mod costs;
use costs::post_costs;
pub use costs::{mark_billed, pending_chargebacks};
mod items;
pub use items::*;
mod read;
pub use read::*;

/// The largest single cost line, đồng (a typing mistake beyond it, not a repair).
pub const MAX_COST_LINE: i64 = 100_000_000_000;

/// A work order to create.
#[derive(Clone, Debug, Default)]
pub struct CreateInput {
    pub request_ids: Vec<MaintenanceRequestId>,
    pub title: Option<String>,
    pub description: Option<String>,
    pub priority: Option<Priority>,
    pub cluster_id: Option<ClusterId>,
    pub firm_id: Option<FirmId>,
    pub funding_source: Option<FundingSource>,
    /// The asset of the upkeep register the work is on (its cluster by default).
    pub asset_id: Option<crate::ids::AssetId>,
}

/// A work order with what its list row shows.
#[derive(Clone, Debug)]
pub struct WorkOrderRow {
    pub model: work_order::Model,
    pub cluster_name: Option<String>,
    pub assignee_name: Option<String>,
    pub request_ids: Vec<Uuid>,
    pub due: Due,
}

async fn locked(txn: &TenantTxn, id: WorkOrderId) -> AppResult<work_order::Model> {
    txn.scoped_by_id::<work_order::Entity>(id)
        .lock_exclusive()
        .one(txn.conn())
        .await?
        .ok_or(AppError::NotFound)
}

/// Appends a work order's event (its creation when `from` is none) in the caller's transaction.
pub(crate) async fn append_event(
    txn: &TenantTxn,
    ctx: &TenantCtx,
    after: &work_order::Model,
    from: Option<WorkOrderStatus>,
    why: Why,
) -> AppResult<()> {
    work_order_event::Entity::insert(
        work_order_event::Model {
            id: Uuid::now_v7(),
            tenant_id: txn.tenant_id().0,
            created_at: Utc::now(),
            work_order_id: after.id,
            actor_id: Some(ctx.user_id().0),
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

/// Creates a work order, from requests (their cluster, firm, title and priority by default) or
/// ad hoc (operators).
#[tracing::instrument(level = "debug", skip_all)]
pub async fn create(db: &Db, ctx: &TenantCtx, input: CreateInput) -> AppResult<work_order::Model> {
    ctx.require(Policy::ManageMaintenance)?;
    let mut problems = Problems::new();
    let title = input
        .title
        .as_deref()
        .and_then(|t| problems.check(required_text(t, "input.title", MAX_TITLE)));
    let description = match input.description.as_deref().map(str::trim) {
        Some(d) if !d.is_empty() => problems.check(required_text(d, "input.description", MAX_TEXT)),
        _ => None,
    };
    if input.request_ids.is_empty() && input.title.is_none() {
        problems.add(
            "input.title",
            reason!("ad_hoc_work_order", "an ad hoc work order needs a title"),
        );
    }
    if input.request_ids.len() > 50 {
        problems.add(
            "input.requestIds",
            reason!("most_requests", "at most 50 requests"),
        );
    }
    problems.finish()?;
    let txn = db.tenant(ctx, Policy::ManageMaintenance).await?;
    let mut requests = Vec::new();
    for (i, id) in input.request_ids.iter().enumerate() {
        let found = txn
            .scoped_by_id::<request::Entity>(*id)
            .one(txn.conn())
            .await?
            .ok_or_else(|| {
                AppError::invalid(
                    format!("input.requestIds.{i}"),
                    reason!("no_such_request", "no such request"),
                )
            })?;
        if found.status.is_final() {
            return Err(AppError::invalid(
                format!("input.requestIds.{i}"),
                reason!(
                    "request_status",
                    "the request is {status}",
                    status = found.status.as_str()
                ),
            ));
        }
        requests.push(found);
    }
    if let Some(c) = input.cluster_id {
        crate::estate::clusters::named_in(&txn, c, "input.clusterId").await?;
    }
    let asset = match input.asset_id {
        Some(a) => Some(
            txn.scoped_by_id::<crate::upkeep::entities::asset::Entity>(a)
                .one(txn.conn())
                .await?
                .ok_or_else(|| {
                    AppError::invalid("input.assetId", reason!("no_such_asset", "no such asset"))
                })?,
        ),
        None => None,
    };
    if let (Some(a), Some(c)) = (&asset, input.cluster_id)
        && a.cluster_id != c.0
    {
        return Err(AppError::invalid(
            "input.assetId",
            reason!(
                "asset_belongs_another_cluster",
                "the asset belongs to another cluster"
            ),
        ));
    }
    if let Some(f) = input.firm_id {
        txn.scoped_by_id::<firm::Entity>(f)
            .one(txn.conn())
            .await?
            .ok_or_else(|| {
                AppError::invalid("input.firmId", reason!("no_such_firm", "no such firm"))
            })?;
    }
    let first = requests.first();
    let now = Utc::now();
    let model = work_order::Model {
        cluster_id: input
            .cluster_id
            .map(|c| c.0)
            .or(asset.as_ref().map(|a| a.cluster_id))
            .or(first.and_then(|r| r.cluster_id)),
        firm_id: input.firm_id.map(|f| f.0).or(first.map(|r| r.firm_id)),
        funding_source: input.funding_source.unwrap_or(FundingSource::Fund),
        asset_id: asset.as_ref().map(|a| a.id),
        ..work_order::Model::opened(
            txn.tenant_id().0,
            Some(ctx.user_id().0),
            title.or(first.map(|r| r.title.clone())).unwrap_or_default(),
            description
                .or(first.map(|r| r.description.clone()))
                .unwrap_or_default(),
            input
                .priority
                .or(requests.iter().map(|r| r.priority).min())
                .unwrap_or(Priority::P3),
        )
    };
    work_order::Entity::insert(model.clone().into_active_model())
        .exec_without_returning(txn.conn())
        .await?;
    if !requests.is_empty() {
        work_order_request::Entity::insert_many(requests.iter().map(|r| {
            work_order_request::ActiveModel {
                id: Set(Uuid::now_v7()),
                tenant_id: Set(txn.tenant_id().0),
                created_at: Set(now),
                work_order_id: Set(model.id),
                request_id: Set(r.id),
            }
        }))
        .exec_without_returning(txn.conn())
        .await?;
    }
    append_event(&txn, ctx, &model, None, Why::default()).await?;
    audit::created(&txn, ctx, "WorkOrder", model.id, &model).await?;
    txn.commit().await?;
    Ok(model)
}

/// Moves a work order: the one function every change of its state goes through. It locks the
/// row (two people acting at once are served one after the other; the second finds the new
/// state), checks the move, and appends the event. Starting it starts its acknowledged
/// requests. VERIFIED needs cost lines or `no_cost`, an operator admin above the spending
/// threshold, and posts the costs exactly once.
#[tracing::instrument(level = "debug", skip_all)]
#[allow(clippy::too_many_arguments)]
pub async fn transition(
    db: &Db,
    ctx: &TenantCtx,
    notices: &Notices<'_>,
    id: WorkOrderId,
    to: WorkOrderStatus,
    hold_reason: Option<HoldReason>,
    reason: Option<String>,
    no_cost: bool,
) -> AppResult<work_order::Model> {
    ctx.require(Policy::ManageMaintenance)?;
    let mut problems = Problems::new();
    let reason = match reason.as_deref().map(str::trim) {
        Some(r) if !r.is_empty() => problems.check(required_text(r, "input.reason", MAX_TEXT)),
        _ => None,
    };
    if to == WorkOrderStatus::OnHold && hold_reason.is_none() {
        problems.add(
            "input.holdReason",
            reason!("say_why_work_hold", "say why the work is on hold"),
        );
    }
    problems.finish()?;
    let txn = db.tenant(ctx, Policy::ManageMaintenance).await?;
    let before = locked(&txn, id).await?;
    before.status.check_move(to)?;
    let now = Utc::now();
    let mut after = before.clone();
    after.status = to;
    after.updated_at = now;
    after.hold_reason = (to == WorkOrderStatus::OnHold)
        .then_some(hold_reason)
        .flatten();
    let linked: Vec<Uuid> = txn
        .scoped::<work_order_request::Entity>()
        .filter(work_order_request::Column::WorkOrderId.eq(id.0))
        .all(txn.conn())
        .await?
        .into_iter()
        .map(|l| l.request_id)
        .collect();
    if to == WorkOrderStatus::Verified {
        let lines = txn
            .scoped::<cost_line::Entity>()
            .filter(cost_line::Column::WorkOrderId.eq(id.0))
            .order_by_asc(cost_line::Column::CreatedAt)
            .all(txn.conn())
            .await?;
        if lines.is_empty() && !no_cost {
            return Err(AppError::invalid(
                "input.noCost",
                reason!(
                    "add_cost_lines_tick",
                    "add the cost lines, or tick that the work cost nothing"
                ),
            ));
        }
        let total: i64 = lines.iter().map(|l| l.amount).sum();
        let threshold = settings::load(&txn).await?.approval_threshold;
        if total > threshold && !ctx.allows(Policy::ApproveSpending) {
            return Err(AppError::Forbidden(reason!(
                "costs_need_admin",
                "costs above {threshold} đồng need an operator admin to verify",
                threshold = threshold
            )));
        }
        after.cost_total = total;
        after.no_cost = lines.is_empty();
        after.verified_at = Some(now);
        after.verified_by = Some(ctx.user_id().0);
        post_costs(&txn, ctx, &after, &lines).await?;
    }
    work_order::Entity::update(after.clone().into_active_model().reset_all())
        .exec(txn.conn())
        .await?;
    let why = match after.hold_reason {
        Some(h) => Why::code(EventReason::OnHold)
            .detail(h.as_str())
            .text(reason),
        None => Why::typed(reason),
    };
    append_event(&txn, ctx, &after, Some(before.status), why).await?;
    if matches!(
        to,
        WorkOrderStatus::Done | WorkOrderStatus::Verified | WorkOrderStatus::Cancelled
    ) {
        // Finished: its due and SLA reminders still waiting in the outbox are withdrawn, and
        // a schedule counted from the last completion plans its next occurrence.
        crate::notify::outbox::cancel_waiting(txn.conn(), txn.tenant_id(), &[after.id]).await?;
        crate::upkeep::follow_on::after_work_order(&txn, after.id).await?;
    }
    if to == WorkOrderStatus::InProgress {
        start_linked(&txn, ctx, notices, &linked).await?;
    }
    audit::record(
        &txn,
        ctx,
        "WorkOrder",
        after.id,
        after.status.as_str(),
        Some(&before),
        Some(&after),
    )
    .await?;
    txn.commit().await?;
    notices.outbox.wake();
    Ok(after)
}

/// The short reference of a work order people read (`WO-` and the end of its id).
pub fn short(id: Uuid) -> String {
    let text = id.simple().to_string();
    format!("WO-{}", text[text.len() - 6..].to_uppercase())
}

/// Who does the work.
#[derive(Clone, Debug)]
pub enum Assignee {
    /// A member of the operator's staff.
    Staff(UserId),
    /// An external contractor.
    Contractor {
        name: String,
        phone: Option<String>,
        email: Option<String>,
    },
}

/// Assigns a work order and tells the assignee (operators).
#[tracing::instrument(level = "debug", skip_all)]
pub async fn assign(
    db: &Db,
    ctx: &TenantCtx,
    notices: &Notices<'_>,
    id: WorkOrderId,
    assignee: Assignee,
) -> AppResult<work_order::Model> {
    ctx.require(Policy::ManageMaintenance)?;
    let mut problems = Problems::new();
    let contractor = match &assignee {
        Assignee::Contractor { name, phone, email } => {
            let name = problems.check(required_text(name, "input.contractorName", 200));
            let phone = phone
                .as_deref()
                .filter(|p| !p.trim().is_empty())
                .and_then(|p| problems.check(required_text(p, "input.contractorPhone", 30)));
            let email = email
                .as_deref()
                .filter(|e| !e.trim().is_empty())
                .and_then(|e| problems.check(Email::parse(e, "input.contractorEmail")));
            Some((name.unwrap_or_default(), phone, email))
        }
        Assignee::Staff(_) => None,
    };
    problems.finish()?;
    let txn = db.tenant(ctx, Policy::ManageMaintenance).await?;
    let before = locked(&txn, id).await?;
    if !before.status.is_editable() {
        return Err(AppError::Conflict(reason!(
            "work_order_longer_assigned",
            "the work order is {status}; it is no longer assigned",
            status = before.status.as_str()
        )));
    }
    let mut after = before.clone();
    after.updated_at = Utc::now();
    let recipient = match (&assignee, contractor) {
        (Assignee::Staff(user_id), _) => {
            let member = txn
                .scoped::<membership::Entity>()
                .filter(membership::Column::UserId.eq(user_id.0))
                .filter(membership::Column::Role.is_in([
                    crate::access::Role::OperatorAdmin,
                    crate::access::Role::OperatorStaff,
                ]))
                .one(txn.conn())
                .await?;
            if member.is_none() {
                return Err(AppError::invalid(
                    "input.userId",
                    reason!("not_operator_staff", "not a member of the operator's staff"),
                ));
            }
            after.assignee_user_id = Some(user_id.0);
            after.contractor_name = None;
            after.contractor_phone = None;
            after.contractor_email = None;
            notices::person(&txn, Some(user_id.0)).await?
        }
        (Assignee::Contractor { .. }, Some((name, phone, email))) => {
            after.assignee_user_id = None;
            after.contractor_name = Some(name);
            after.contractor_phone = phone;
            after.contractor_email = email.as_ref().map(|e| e.as_str().to_owned());
            email.map(|e| (e, crate::tenancy::Locale::Vi))
        }
        (Assignee::Contractor { .. }, None) => None,
    };
    work_order::Entity::update(after.clone().into_active_model().reset_all())
        .exec(txn.conn())
        .await?;
    let who = match (&after.contractor_name, after.assignee_user_id) {
        (Some(name), _) => Some(name.clone()),
        (None, Some(user)) => crate::maintenance::requests::names_of(&txn, std::iter::once(user))
            .await?
            .remove(&user),
        (None, None) => None,
    };
    let mut why = Why::code(EventReason::Assigned);
    why.detail = who;
    append_event(&txn, ctx, &after, Some(before.status), why).await?;
    audit::record(
        &txn,
        ctx,
        "WorkOrder",
        after.id,
        "assigned",
        Some(&before),
        Some(&after),
    )
    .await?;
    if let Some(to) = recipient {
        let firm_name = match after.firm_id {
            Some(f) => txn
                .scoped_by_id::<firm::Entity>(f)
                .one(txn.conn())
                .await?
                .map(|f| f.name)
                .unwrap_or_default(),
            None => String::new(),
        };
        notices::send(
            &txn,
            notices,
            &[to],
            MaintenanceNotice::Assigned,
            Facts {
                firm_name,
                title: after.title.clone(),
                message: Some(after.description.clone()),
                link: notices.work_order_link(after.id),
                ..Facts::default()
            },
        )
        .await?;
    }
    txn.commit().await?;
    notices.outbox.wake();
    Ok(after)
}

/// Changes to a work order's terms (each `None` keeps what it is).
#[derive(Clone, Debug, Default)]
pub struct UpdateInput {
    pub priority: Option<Priority>,
    pub funding_source: Option<FundingSource>,
    pub cluster_id: Option<ClusterId>,
    pub firm_id: Option<FirmId>,
}

/// Changes priority, funding source, cluster or billed firm until the work order is verified
/// (operators). A priority change is an event: the SLA is recomputed.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn update(
    db: &Db,
    ctx: &TenantCtx,
    id: WorkOrderId,
    input: UpdateInput,
) -> AppResult<work_order::Model> {
    let txn = db.tenant(ctx, Policy::ManageMaintenance).await?;
    let before = locked(&txn, id).await?;
    if !before.status.is_editable() {
        return Err(AppError::Conflict(reason!(
            "work_order_terms_locked",
            "the work order is {status}; its terms are locked",
            status = before.status.as_str()
        )));
    }
    if let Some(c) = input.cluster_id {
        crate::estate::clusters::named_in(&txn, c, "input.clusterId").await?;
    }
    if let Some(f) = input.firm_id {
        txn.scoped_by_id::<firm::Entity>(f)
            .one(txn.conn())
            .await?
            .ok_or_else(|| {
                AppError::invalid("input.firmId", reason!("no_such_firm", "no such firm"))
            })?;
    }
    let mut after = before.clone();
    after.priority = input.priority.unwrap_or(before.priority);
    after.funding_source = input.funding_source.unwrap_or(before.funding_source);
    after.cluster_id = input.cluster_id.map(|c| c.0).or(before.cluster_id);
    after.firm_id = input.firm_id.map(|f| f.0).or(before.firm_id);
    after.updated_at = Utc::now();
    work_order::Entity::update(after.clone().into_active_model().reset_all())
        .exec(txn.conn())
        .await?;
    if after.priority != before.priority {
        let why = Why::code(EventReason::PriorityChanged).detail(before.priority.as_str());
        append_event(&txn, ctx, &after, Some(before.status), why).await?;
    }
    audit::record(
        &txn,
        ctx,
        "WorkOrder",
        after.id,
        "updated",
        Some(&before),
        Some(&after),
    )
    .await?;
    txn.commit().await?;
    Ok(after)
}
