//! A work order's checklist and cost lines, editable until it is verified.

use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter,
};
use uuid::Uuid;

use crate::access::{Policy, TenantCtx};
use crate::audit;
use crate::db::{Db, TenantTxn};
use crate::error::{AppError, AppResult, Problems, reason};
use crate::ids::{ChecklistItemId, CostLineId, WorkOrderId};
use crate::maintenance::CostKind;
use crate::maintenance::entities::{checklist_item, cost_line, work_order};
use crate::values::required_text;

use super::*;

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
        return Err(AppError::invalid(
            "input.label",
            reason!("most_steps", "at most 100 steps"),
        ));
    }
    let model = checklist_item::Model {
        id: Uuid::now_v7(),
        tenant_id: txn.tenant_id().0,
        created_at: Utc::now(),
        work_order_id: wo.id,
        position: count as i32 + 1,
        label,
        done: false,
        kind: None,
        unit: None,
        min_value: None,
        max_value: None,
        answer: None,
        passed: None,
        corrective_work_order_id: None,
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
                problems.add(
                    "input.minutes",
                    reason!("minutes_worked_more", "minutes worked, more than 0"),
                );
            }
            if !in_range(rate) {
                problems.add(
                    "input.hourlyRate",
                    reason!("hourly_rate_positive", "đồng per hour, more than 0"),
                );
            }
            let amount =
                crate::billing::money::div_round(i128::from(minutes) * i128::from(rate), 60);
            if minutes > 0 && in_range(rate) && !in_range(amount) {
                problems.add(
                    "input.hourlyRate",
                    reason!("line_out_range", "the line is out of range"),
                );
            }
            amount
        }
        _ => {
            let amount = input.amount.unwrap_or(0);
            if !in_range(amount) {
                problems.add(
                    "input.amount",
                    reason!(
                        "cost_line_amount",
                        "whole đồng, more than 0 and at most {max}",
                        max = MAX_COST_LINE
                    ),
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
            problems.add(
                "input.supplier",
                reason!("name_contractor", "name the contractor"),
            );
        }
        if supplier_invoice.is_none() {
            problems.add(
                "input.supplierInvoice",
                reason!(
                    "contractor_invoice_number",
                    "the contractor's invoice number"
                ),
            );
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
/// The work order, locked, while its costs and checklist may still change (CONFLICT after).
pub async fn editable(txn: &TenantTxn, id: WorkOrderId) -> AppResult<work_order::Model> {
    let wo = locked(txn, id).await?;
    if wo.status.is_editable() {
        Ok(wo)
    } else {
        Err(AppError::Conflict(reason!(
            "work_order_costs_checklist",
            "the work order is {status}; its costs and checklist are locked",
            status = wo.status.as_str()
        )))
    }
}
