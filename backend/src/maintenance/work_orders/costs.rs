//! What a verified work order costs, and where it goes: the cluster's fund (FUND) or a pending
//! charge on the firm's next invoice (CHARGEBACK), which the billing run reads and marks billed.

use chrono::Utc;
use sea_orm::{ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter, QueryOrder};
use uuid::Uuid;

use super::short;
use crate::access::TenantCtx;
use crate::audit;
use crate::db::TenantTxn;
use crate::error::{AppError, AppResult, is_unique_violation, reason};
use crate::maintenance::FundingSource;
use crate::maintenance::entities::{chargeback, cost_line, work_order};
use crate::receivables::FundEntryKind;
use crate::receivables::entities::fund_entry;
use crate::values::today;

/// Posts a verified work order's costs: FUND is one expense entry of the cluster's fund naming
/// the work order and its supporting documents; CHARGEBACK is one pending charge for the firm's
/// next invoice. Both are unique per work order, so a second posting fails rather than doubles.
pub(super) async fn post_costs(
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
            AppError::Conflict(reason!(
                "work_order_costs_posted",
                "the work order's costs are already posted"
            ))
        } else {
            e.into()
        }
    };
    match wo.funding_source {
        FundingSource::Fund => {
            let cluster_id = wo.cluster_id.ok_or_else(|| {
                AppError::invalid(
                    "input.workOrderId",
                    reason!(
                        "fund_paid_work_order",
                        "a fund-paid work order needs a cluster"
                    ),
                )
            })?;
            // The asset's kind decides the account: the plant's upkeep is the wastewater
            // account's, everything else the maintenance fund's.
            let category = match wo.asset_id {
                Some(a) => txn
                    .scoped_by_id::<crate::upkeep::entities::asset::Entity>(a)
                    .one(txn.conn())
                    .await?
                    .map(|a| a.category),
                None => None,
            };
            let account = if category == Some(crate::upkeep::AssetCategory::Wastewater) {
                crate::receivables::FundAccount::Wastewater
            } else {
                crate::receivables::FundAccount::MaintenanceFund
            };
            let entry = fund_entry::Model {
                id: Uuid::now_v7(),
                tenant_id: txn.tenant_id().0,
                created_at: Utc::now(),
                cluster_id,
                entry_on: today(),
                kind: FundEntryKind::Expense,
                amount: -wo.cost_total,
                // The supporting document has fields of its own (below), shown beside it.
                description: label,
                allocation_id: None,
                invoice_id: None,
                recorded_by: Some(ctx.user_id().0),
                work_order_id: Some(wo.id),
                // The acceptance of the work is its supporting document when no supplier
                // invoice was entered.
                document_number: Some(
                    document_ref
                        .clone()
                        .unwrap_or_else(|| format!("Nghiệm thu {}", short(wo.id))),
                ),
                document_date: Some(today()),
                document_ref,
                account,
                category,
            };
            fund_entry::Entity::insert(entry.clone().into_active_model())
                .exec_without_returning(txn.conn())
                .await
                .map_err(duplicate)?;
            audit::created(txn, ctx, "FundEntry", entry.id, &entry).await?;
        }
        FundingSource::Chargeback => {
            let firm_id = wo.firm_id.ok_or_else(|| {
                AppError::invalid(
                    "input.workOrderId",
                    reason!(
                        "chargeback_needs_firm_bills",
                        "a chargeback needs the firm it bills"
                    ),
                )
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

/// Charges from verified CHARGEBACK work orders that no invoice has billed yet, of these firms
/// (for the billing run).
pub async fn pending_chargebacks(
    txn: &TenantTxn,
    firms: &[Uuid],
) -> AppResult<Vec<chargeback::Model>> {
    // The tenant's unbilled charges are few, a run's firms can be a hundred thousand: read the
    // charges and keep those of the run's firms here, instead of an `IN` list no database
    // takes at that length.
    let firms: std::collections::HashSet<&Uuid> = firms.iter().collect();
    Ok(txn
        .scoped::<chargeback::Entity>()
        .filter(chargeback::Column::InvoiceId.is_null())
        .order_by_asc(chargeback::Column::CreatedAt)
        .all(txn.conn())
        .await?
        .into_iter()
        .filter(|charge| firms.contains(&charge.firm_id))
        .collect())
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
