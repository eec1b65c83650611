//! Work orders: the operator's job. Creating one (from requests or ad hoc), the one function
//! that moves it ([`transition`]), assignment, checklist, cost lines, and posting its costs at
//! VERIFIED: once, to the cluster's fund (FUND) or as a pending charge on the firm's next
//! invoice (CHARGEBACK).

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter,
    QueryOrder, QuerySelect,
};
use uuid::Uuid;

use crate::access::{Policy, TenantCtx};
use crate::audit;
use crate::db::{Db, Page, PageRequest, TenantTxn, fetch_page};
use crate::error::{AppError, AppResult, Problems, is_unique_violation};
use crate::estate::entities::cluster;
use crate::ids::{
    ChecklistItemId, ClusterId, CostLineId, FirmId, MaintenanceRequestId, UserId, WorkOrderId,
};
use crate::maintenance::entities::{
    chargeback, checklist_item, cost_line, request, work_order, work_order_event,
    work_order_request,
};
use crate::maintenance::notices::{self, Facts, Notices};
use crate::maintenance::requests::{MAX_TEXT, MAX_TITLE, start_linked};
use crate::maintenance::settings;
use crate::maintenance::sla::{self, Due, Step};
use crate::maintenance::{CostKind, FundingSource, HoldReason, Priority, WorkOrderStatus};
use crate::notify::MaintenanceNotice;
use crate::receivables::FundEntryKind;
use crate::receivables::entities::fund_entry;
use crate::tenancy::entities::{firm, membership, user};
use crate::values::{Email, required_text, today};

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

async fn append_event(
    txn: &TenantTxn,
    ctx: &TenantCtx,
    after: &work_order::Model,
    from: Option<WorkOrderStatus>,
    reason: Option<String>,
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
            reason,
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
        problems.add("input.title", "an ad hoc work order needs a title");
    }
    if input.request_ids.len() > 50 {
        problems.add("input.requestIds", "at most 50 requests");
    }
    problems.finish()?;
    let txn = db.tenant(ctx, Policy::ManageMaintenance).await?;
    let mut requests = Vec::new();
    for (i, id) in input.request_ids.iter().enumerate() {
        let found = txn
            .scoped_by_id::<request::Entity>(*id)
            .one(txn.conn())
            .await?
            .ok_or_else(|| AppError::invalid(format!("input.requestIds.{i}"), "no such request"))?;
        if found.status.is_final() {
            return Err(AppError::invalid(
                format!("input.requestIds.{i}"),
                format!("the request is {}", found.status.as_str()),
            ));
        }
        requests.push(found);
    }
    if let Some(c) = input.cluster_id {
        crate::estate::clusters::named_in(&txn, c, "input.clusterId").await?;
    }
    if let Some(f) = input.firm_id {
        txn.scoped_by_id::<firm::Entity>(f)
            .one(txn.conn())
            .await?
            .ok_or_else(|| AppError::invalid("input.firmId", "no such firm"))?;
    }
    let first = requests.first();
    let now = Utc::now();
    let model = work_order::Model {
        id: Uuid::now_v7(),
        tenant_id: txn.tenant_id().0,
        created_at: now,
        cluster_id: input
            .cluster_id
            .map(|c| c.0)
            .or(first.and_then(|r| r.cluster_id)),
        firm_id: input.firm_id.map(|f| f.0).or(first.map(|r| r.firm_id)),
        title: title.or(first.map(|r| r.title.clone())).unwrap_or_default(),
        description: description
            .or(first.map(|r| r.description.clone()))
            .unwrap_or_default(),
        priority: input
            .priority
            .or(requests.iter().map(|r| r.priority).min())
            .unwrap_or(Priority::P3),
        status: WorkOrderStatus::Open,
        hold_reason: None,
        assignee_user_id: None,
        contractor_name: None,
        contractor_phone: None,
        contractor_email: None,
        funding_source: input.funding_source.unwrap_or(FundingSource::Fund),
        no_cost: false,
        cost_total: 0,
        verified_at: None,
        verified_by: None,
        created_by: Some(ctx.user_id().0),
        updated_at: now,
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
    append_event(&txn, ctx, &model, None, None).await?;
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
        problems.add("input.holdReason", "say why the work is on hold");
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
                "add the cost lines, or tick that the work cost nothing",
            ));
        }
        let total: i64 = lines.iter().map(|l| l.amount).sum();
        let threshold = settings::load(&txn).await?.approval_threshold;
        if total > threshold && !ctx.allows(Policy::ApproveSpending) {
            return Err(AppError::Forbidden(format!(
                "costs above {threshold} đồng need an operator admin to verify"
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
    let why = match (after.hold_reason, reason) {
        (Some(h), Some(r)) => Some(format!("{}: {r}", h.as_str())),
        (Some(h), None) => Some(h.as_str().to_owned()),
        (None, r) => r,
    };
    append_event(&txn, ctx, &after, Some(before.status), why).await?;
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

/// Posts a verified work order's costs: FUND is one expense entry of the cluster's fund naming
/// the work order and its supporting documents; CHARGEBACK is one pending charge for the firm's
/// next invoice. Both are unique per work order, so a second posting fails rather than doubles.
async fn post_costs(
    txn: &TenantTxn,
    ctx: &TenantCtx,
    wo: &work_order::Model,
    lines: &[cost_line::Model],
) -> AppResult<()> {
    if wo.cost_total == 0 {
        return Ok(());
    }
    let documents: Vec<String> = lines
        .iter()
        .filter_map(|l| match (&l.supplier, &l.supplier_invoice) {
            (Some(s), Some(n)) => Some(format!("{s} HĐ {n}")),
            (None, Some(n)) => Some(format!("HĐ {n}")),
            _ => None,
        })
        .collect();
    let document_ref = (!documents.is_empty()).then(|| documents.join("; "));
    let label = format!("Lệnh công việc {}: {}", short(wo.id), wo.title);
    let duplicate = |e: sea_orm::DbErr| {
        if is_unique_violation(&e) {
            AppError::Conflict("the work order's costs are already posted".into())
        } else {
            e.into()
        }
    };
    match wo.funding_source {
        FundingSource::Fund => {
            let cluster_id = wo.cluster_id.ok_or_else(|| {
                AppError::invalid(
                    "input.workOrderId",
                    "a fund-paid work order needs a cluster",
                )
            })?;
            let entry = fund_entry::Model {
                id: Uuid::now_v7(),
                tenant_id: txn.tenant_id().0,
                created_at: Utc::now(),
                cluster_id,
                entry_on: today(),
                kind: FundEntryKind::Expense,
                amount: -wo.cost_total,
                description: match &document_ref {
                    Some(d) => format!("{label} (chứng từ: {d})"),
                    None => label,
                },
                allocation_id: None,
                invoice_id: None,
                recorded_by: Some(ctx.user_id().0),
                work_order_id: Some(wo.id),
                document_ref,
            };
            fund_entry::Entity::insert(entry.clone().into_active_model())
                .exec_without_returning(txn.conn())
                .await
                .map_err(duplicate)?;
            audit::created(txn, ctx, "FundEntry", entry.id, &entry).await?;
        }
        FundingSource::Chargeback => {
            let firm_id = wo.firm_id.ok_or_else(|| {
                AppError::invalid("input.workOrderId", "a chargeback needs the firm it bills")
            })?;
            let charge = chargeback::Model {
                id: Uuid::now_v7(),
                tenant_id: txn.tenant_id().0,
                created_at: Utc::now(),
                work_order_id: wo.id,
                firm_id,
                cluster_id: wo.cluster_id,
                amount: wo.cost_total,
                description: label,
                invoice_id: None,
            };
            chargeback::Entity::insert(charge.clone().into_active_model())
                .exec_without_returning(txn.conn())
                .await
                .map_err(duplicate)?;
            audit::created(txn, ctx, "MaintenanceChargeback", charge.id, &charge).await?;
        }
        FundingSource::Operator | FundingSource::Warranty => {}
    }
    Ok(())
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
        return Err(AppError::Conflict(format!(
            "the work order is {}; it is no longer assigned",
            before.status.as_str()
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
                    "not a member of the operator's staff",
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
    let who = after
        .contractor_name
        .clone()
        .unwrap_or_else(|| "staff".to_owned());
    append_event(
        &txn,
        ctx,
        &after,
        Some(before.status),
        Some(format!("assigned: {who}")),
    )
    .await?;
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
        return Err(AppError::Conflict(format!(
            "the work order is {}; its terms are locked",
            before.status.as_str()
        )));
    }
    if let Some(c) = input.cluster_id {
        crate::estate::clusters::named_in(&txn, c, "input.clusterId").await?;
    }
    if let Some(f) = input.firm_id {
        txn.scoped_by_id::<firm::Entity>(f)
            .one(txn.conn())
            .await?
            .ok_or_else(|| AppError::invalid("input.firmId", "no such firm"))?;
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
        let why = format!(
            "priority {} → {}",
            before.priority.as_str(),
            after.priority.as_str()
        );
        append_event(&txn, ctx, &after, Some(before.status), Some(why)).await?;
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

/// Adds a checklist step (operators).
pub async fn add_checklist_item(
    db: &Db,
    ctx: &TenantCtx,
    id: WorkOrderId,
    label: &str,
) -> AppResult<checklist_item::Model> {
    ctx.require(Policy::ManageMaintenance)?;
    let label = required_text(label, "input.label", 300)?;
    let txn = db.tenant(ctx, Policy::ManageMaintenance).await?;
    let wo = editable(&txn, id).await?;
    let count = txn
        .scoped::<checklist_item::Entity>()
        .filter(checklist_item::Column::WorkOrderId.eq(wo.id))
        .all(txn.conn())
        .await?
        .len();
    if count >= 100 {
        return Err(AppError::invalid("input.label", "at most 100 steps"));
    }
    let model = checklist_item::Model {
        id: Uuid::now_v7(),
        tenant_id: txn.tenant_id().0,
        created_at: Utc::now(),
        work_order_id: wo.id,
        position: count as i32 + 1,
        label,
        done: false,
    };
    checklist_item::Entity::insert(model.clone().into_active_model())
        .exec_without_returning(txn.conn())
        .await?;
    audit::created(&txn, ctx, "ChecklistItem", model.id, &model).await?;
    txn.commit().await?;
    Ok(model)
}

/// Ticks or unticks a checklist step (operators).
pub async fn set_checklist_item(
    db: &Db,
    ctx: &TenantCtx,
    id: ChecklistItemId,
    done: bool,
) -> AppResult<checklist_item::Model> {
    let txn = db.tenant(ctx, Policy::ManageMaintenance).await?;
    let item = txn
        .scoped_by_id::<checklist_item::Entity>(id)
        .one(txn.conn())
        .await?
        .ok_or(AppError::NotFound)?;
    editable(&txn, WorkOrderId(item.work_order_id)).await?;
    let mut active = item.clone().into_active_model();
    active.done = Set(done);
    let after = active.update(txn.conn()).await?;
    audit::record(
        &txn,
        ctx,
        "ChecklistItem",
        after.id,
        "ticked",
        Some(&item),
        Some(&after),
    )
    .await?;
    txn.commit().await?;
    Ok(after)
}

/// A cost line to add.
#[derive(Clone, Debug)]
pub struct CostInput {
    pub kind: CostKind,
    pub description: String,
    /// Labour: minutes worked and đồng per hour; the amount is computed.
    pub minutes: Option<i32>,
    pub hourly_rate: Option<i64>,
    /// Material, contractor, other: the amount.
    pub amount: Option<i64>,
    pub supplier: Option<String>,
    pub supplier_invoice: Option<String>,
}

/// Adds a cost line in whole đồng until the work order is verified (operators).
#[tracing::instrument(level = "debug", skip_all)]
pub async fn add_cost_line(
    db: &Db,
    ctx: &TenantCtx,
    id: WorkOrderId,
    input: CostInput,
) -> AppResult<cost_line::Model> {
    ctx.require(Policy::ManageMaintenance)?;
    let mut problems = Problems::new();
    let description = problems.check(required_text(&input.description, "input.description", 300));
    let in_range = |value: i64| (1..=MAX_COST_LINE).contains(&value);
    let amount = match input.kind {
        CostKind::Labour => {
            let minutes = input.minutes.unwrap_or(0);
            let rate = input.hourly_rate.unwrap_or(0);
            if !(1..=100_000).contains(&minutes) {
                problems.add("input.minutes", "minutes worked, more than 0");
            }
            if !in_range(rate) {
                problems.add("input.hourlyRate", "đồng per hour, more than 0");
            }
            let amount =
                crate::billing::money::div_round(i128::from(minutes) * i128::from(rate), 60);
            if minutes > 0 && in_range(rate) && !in_range(amount) {
                problems.add("input.hourlyRate", "the line is out of range");
            }
            amount
        }
        _ => {
            let amount = input.amount.unwrap_or(0);
            if !in_range(amount) {
                problems.add(
                    "input.amount",
                    format!("whole đồng, more than 0 and at most {MAX_COST_LINE}"),
                );
            }
            amount
        }
    };
    let text = |problems: &mut Problems, value: &Option<String>, path: &str| {
        value
            .as_deref()
            .filter(|v| !v.trim().is_empty())
            .and_then(|v| problems.check(required_text(v, path, 200)))
    };
    let supplier = text(&mut problems, &input.supplier, "input.supplier");
    let supplier_invoice = text(
        &mut problems,
        &input.supplier_invoice,
        "input.supplierInvoice",
    );
    if input.kind == CostKind::Contractor {
        if supplier.is_none() {
            problems.add("input.supplier", "name the contractor");
        }
        if supplier_invoice.is_none() {
            problems.add("input.supplierInvoice", "the contractor's invoice number");
        }
    }
    problems.finish()?;
    let txn = db.tenant(ctx, Policy::ManageMaintenance).await?;
    let wo = editable(&txn, id).await?;
    let model = cost_line::Model {
        id: Uuid::now_v7(),
        tenant_id: txn.tenant_id().0,
        created_at: Utc::now(),
        work_order_id: wo.id,
        kind: input.kind,
        description: description.unwrap_or_default(),
        minutes: (input.kind == CostKind::Labour)
            .then_some(input.minutes)
            .flatten(),
        hourly_rate: (input.kind == CostKind::Labour)
            .then_some(input.hourly_rate)
            .flatten(),
        amount,
        supplier,
        supplier_invoice,
        added_by: Some(ctx.user_id().0),
    };
    cost_line::Entity::insert(model.clone().into_active_model())
        .exec_without_returning(txn.conn())
        .await?;
    audit::created(&txn, ctx, "CostLine", model.id, &model).await?;
    txn.commit().await?;
    Ok(model)
}

/// Removes a cost line until the work order is verified (operators).
pub async fn remove_cost_line(db: &Db, ctx: &TenantCtx, id: CostLineId) -> AppResult<WorkOrderId> {
    let txn = db.tenant(ctx, Policy::ManageMaintenance).await?;
    let line = txn
        .scoped_by_id::<cost_line::Entity>(id)
        .one(txn.conn())
        .await?
        .ok_or(AppError::NotFound)?;
    editable(&txn, WorkOrderId(line.work_order_id)).await?;
    cost_line::Entity::delete_by_id(line.id)
        .exec(txn.conn())
        .await?;
    audit::record(
        &txn,
        ctx,
        "CostLine",
        line.id,
        "removed",
        Some(&line),
        None::<&()>,
    )
    .await?;
    txn.commit().await?;
    Ok(WorkOrderId(line.work_order_id))
}

/// The work order, locked, while its costs and checklist may change; CONFLICT once verified.
async fn editable(txn: &TenantTxn, id: WorkOrderId) -> AppResult<work_order::Model> {
    let wo = locked(txn, id).await?;
    if wo.status.is_editable() {
        Ok(wo)
    } else {
        Err(AppError::Conflict(format!(
            "the work order is {}; its costs and checklist are locked",
            wo.status.as_str()
        )))
    }
}

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
    let txn = db.tenant(ctx, Policy::ManageMaintenance).await?;
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

async fn due_of(
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
    let calendar = settings.calendar();
    Ok(steps
        .into_iter()
        .map(|(id, s)| (id, sla::due_times(&s, &settings.targets, &calendar, now)))
        .collect())
}

async fn rows_of(
    txn: &TenantTxn,
    models: Vec<work_order::Model>,
    settings: &settings::Settings,
    now: DateTime<Utc>,
) -> AppResult<Vec<WorkOrderRow>> {
    let clusters: HashMap<Uuid, String> = txn
        .scoped::<cluster::Entity>()
        .filter(cluster::Column::Id.is_in(models.iter().filter_map(|m| m.cluster_id)))
        .all(txn.conn())
        .await?
        .into_iter()
        .map(|c| (c.id, c.name))
        .collect();
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
    txn.commit().await?;
    Ok(Details {
        events,
        checklist,
        costs,
    })
}

/// Charges from verified CHARGEBACK work orders that no invoice has billed yet, of these firms
/// (for the billing run).
pub async fn pending_chargebacks(
    txn: &TenantTxn,
    firms: &[Uuid],
) -> AppResult<Vec<chargeback::Model>> {
    Ok(txn
        .scoped::<chargeback::Entity>()
        .filter(chargeback::Column::InvoiceId.is_null())
        .filter(chargeback::Column::FirmId.is_in(firms.iter().copied()))
        .order_by_asc(chargeback::Column::CreatedAt)
        .all(txn.conn())
        .await?)
}

/// Records that `invoice` billed these charges (inside the issuing transaction).
pub async fn mark_billed(txn: &TenantTxn, charges: &[Uuid], invoice: Uuid) -> AppResult<()> {
    if charges.is_empty() {
        return Ok(());
    }
    chargeback::Entity::update_many()
        .col_expr(
            chargeback::Column::InvoiceId,
            sea_orm::sea_query::Expr::value(invoice),
        )
        .filter(chargeback::Column::TenantId.eq(txn.tenant_id().0))
        .filter(chargeback::Column::Id.is_in(charges.iter().copied()))
        .exec(txn.conn())
        .await?;
    Ok(())
}
