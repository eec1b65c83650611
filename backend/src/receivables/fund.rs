//! The maintenance fund of each cluster: the fee collected flows in (posted when payments are
//! allocated), upkeep spending flows out. The summary shows the balance, money in and out per
//! month, the upkeep planned for the next 12 months, the coverage ratio and the break-even fee.
//!
//! A firm leasing in the cluster sees totals only: receipts per month, what the fee paid for
//! per month, and the plan ahead per month. The movements and plan lines themselves name
//! invoices, buyers and work orders, so they are the operator's alone.

use std::collections::BTreeMap;

use chrono::{Months, NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter, QueryOrder,
    QuerySelect,
};
use uuid::Uuid;

use crate::access::{Policy, TenantCtx};
use crate::audit;
use crate::billing::entities::invoice;
use crate::billing::labels::invoice_label;
use crate::billing::money::first_of_month;
use crate::billing::{Charge, tariffs};
use crate::db::{Db, TenantTxn};
use crate::error::{AppError, AppResult, Problems, is_unique_violation, reason};
use crate::estate::LeaseStatus;
use crate::estate::clusters;
use crate::estate::entities::{cluster, lease};
use crate::estate::occupancy;
use crate::ids::{ClusterId, UpkeepPlanId, WorkOrderId};
use crate::maintenance::entities::work_order;
use crate::receivables::coverage;
use crate::receivables::entities::{fund_entry, upkeep_plan};
use crate::receivables::{FundAccount, FundEntryKind};
use crate::upkeep::AssetCategory;
use crate::values::Vnd;
use crate::values::required_text;
use crate::values::today;

/// One month of the fund.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FundMonth {
    pub month: NaiveDate,
    pub money_in: i64,
    pub money_out: i64,
}

/// What the fund paid for in one month: upkeep completed and its cost.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PaidForMonth {
    pub month: NaiveDate,
    /// Work orders whose verified costs the fund paid this month.
    pub work_orders: i64,
    /// Spending entries this month (work orders and other upkeep).
    pub expenses: i64,
    /// Đồng spent (a positive number).
    pub cost: i64,
}

/// Upkeep planned for one month.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlannedMonth {
    pub month: NaiveDate,
    pub amount: i64,
}

/// A cluster's fund at a glance.
#[derive(Clone, Debug)]
pub struct FundSummary {
    pub cluster: cluster::Model,
    pub balance: i64,
    /// The last 12 months, oldest first.
    pub months: Vec<FundMonth>,
    /// Upkeep planned for the next 12 months, from this month.
    pub planned_12m: i64,
    /// Of which the preventive schedules paid by the fund (estimated cost × occurrences).
    pub scheduled_12m: i64,
    /// The plan lines (operators only: empty for a firm).
    pub plans: Vec<upkeep_plan::Model>,
    /// The next 12 months' plan, per month, from this month.
    pub planned_months: Vec<PlannedMonth>,
    /// The last 12 months' spending, oldest first.
    pub paid_for: Vec<PaidForMonth>,
    /// The maintenance fee in effect, đồng per m² per month (none: no tariff).
    pub fee_per_m2_month: Option<i64>,
    pub leased_area_m2: i64,
    /// What the fee brings in over 12 months at today's rate and leased area.
    pub expected_fee_12m: i64,
    /// Of which the fund can expect at the collection rate.
    pub collectible_fee_12m: i64,
    /// The share of the fee that fell due over the last 12 months that firms paid, basis points
    /// (none: nothing fell due).
    pub collection_rate_bp: Option<i64>,
    /// The fee and what was paid of it behind that rate.
    pub collection: coverage::Collection,
    /// (Positive balance + collectible fee) over planned upkeep, basis points (none: nothing
    /// planned).
    pub coverage_bp: Option<i64>,
    /// The fee (đồng per m² per month) that, with the fund's balance and at the collection
    /// rate, would just cover the planned upkeep.
    pub break_even_per_m2_month: Option<i64>,
}

/// Who may read a cluster's fund: its operator, and firms that lease or leased in it. A draft
/// lease is the operator's work in progress and opens nothing.
async fn readable_cluster(txn: &TenantTxn, cluster_id: ClusterId) -> AppResult<cluster::Model> {
    let found = txn
        .scoped_by_id::<cluster::Entity>(cluster_id)
        .one(txn.conn())
        .await?
        .ok_or(AppError::NotFound)?;
    match txn.firm_scope() {
        None => Ok(found),
        Some(firm) => {
            let firm = firm.0;
            let leases_here = txn
                .scoped::<lease::Entity>()
                .filter(lease::Column::FirmId.eq(firm))
                .filter(lease::Column::ClusterId.eq(cluster_id))
                .filter(lease::Column::Status.ne(LeaseStatus::Draft))
                .one(txn.conn())
                .await?;
            leases_here.map(|_| found).ok_or(AppError::NotFound)
        }
    }
}

/// The fund summary of a cluster.
pub async fn summary(db: &Db, ctx: &TenantCtx, cluster_id: ClusterId) -> AppResult<FundSummary> {
    let day = today();
    let txn = db.lookup(ctx, Policy::ReadAccounts).await?;
    let cluster = readable_cluster(&txn, cluster_id).await?;
    let this_month = first_of_month(day);
    let first = this_month - Months::new(11);
    // The fund is the maintenance fund alone: the wastewater account pays the plant. Its
    // balance is one sum; only the last 12 months' entries are read, for the monthly figures.
    let balance = coverage::balances_of(txn.conn(), &[cluster_id.0])
        .await?
        .remove(&cluster_id.0)
        .unwrap_or(0);
    let entries = txn
        .scoped::<fund_entry::Entity>()
        .filter(fund_entry::Column::ClusterId.eq(cluster_id))
        .filter(fund_entry::Column::Account.eq(FundAccount::MaintenanceFund))
        .filter(fund_entry::Column::EntryOn.gte(first))
        .all(txn.conn())
        .await?;
    let mut months: BTreeMap<NaiveDate, FundMonth> = (0..12)
        .map(|i| {
            let month = first + Months::new(i);
            (
                month,
                FundMonth {
                    month,
                    money_in: 0,
                    money_out: 0,
                },
            )
        })
        .collect();
    let mut paid_for: BTreeMap<NaiveDate, PaidForMonth> = months
        .keys()
        .map(|&month| {
            (
                month,
                PaidForMonth {
                    month,
                    ..PaidForMonth::default()
                },
            )
        })
        .collect();
    for e in &entries {
        let month = first_of_month(e.entry_on);
        if let Some(m) = months.get_mut(&month) {
            if e.amount >= 0 {
                m.money_in += e.amount;
            } else {
                m.money_out -= e.amount;
            }
        }
        if let (FundEntryKind::Expense, Some(p)) = (e.kind, paid_for.get_mut(&month)) {
            p.expenses += 1;
            p.work_orders += i64::from(e.work_order_id.is_some());
            p.cost -= e.amount;
        }
    }
    let until = this_month + Months::new(12);
    let plans = txn
        .scoped::<upkeep_plan::Entity>()
        .filter(upkeep_plan::Column::ClusterId.eq(cluster_id))
        .filter(upkeep_plan::Column::Month.gte(this_month))
        .filter(upkeep_plan::Column::Month.lt(until))
        .filter(upkeep_plan::Column::Account.eq(FundAccount::MaintenanceFund))
        .order_by_asc(upkeep_plan::Column::Month)
        .all(txn.conn())
        .await?;
    let scheduled = coverage::scheduled_costs(txn.conn(), &[cluster_id.0], this_month, until)
        .await?
        .remove(&cluster_id.0)
        .unwrap_or_default();
    let planned_months: Vec<PlannedMonth> = (0..12)
        .map(|i| {
            let month = this_month + Months::new(i);
            PlannedMonth {
                month,
                amount: plans
                    .iter()
                    .filter(|p| p.month == month)
                    .map(|p| p.amount)
                    .sum::<i64>()
                    + scheduled.get(&month).copied().unwrap_or(0),
            }
        })
        .collect();
    let planned_12m: i64 = planned_months.iter().map(|m| m.amount).sum();
    let scheduled_12m: i64 = scheduled.values().sum();
    let firm_view = txn.firm_scope().is_some();
    let fee = tariffs::in_effect(&txn, &[cluster_id.0], day)
        .await?
        .into_iter()
        .filter(|t| t.charge == Charge::MaintenanceFee)
        .map(|t| coverage::monthly_rate(&t))
        .max();
    let figures = occupancy::compute(txn.conn(), std::slice::from_ref(&cluster), day).await?;
    let leased = figures
        .get(&cluster_id.0)
        .map(|o| o.leased_area_m2)
        .unwrap_or(0);
    let collection = coverage::collection_of(txn.conn(), &[cluster_id.0], day)
        .await?
        .remove(&cluster_id.0)
        .unwrap_or_default();
    txn.commit().await?;
    let outlook = coverage::outlook(planned_12m, balance, fee, leased, collection);
    Ok(FundSummary {
        cluster,
        balance,
        months: months.into_values().collect(),
        planned_12m,
        scheduled_12m,
        plans: if firm_view { Vec::new() } else { plans },
        planned_months,
        paid_for: paid_for.into_values().collect(),
        fee_per_m2_month: fee,
        leased_area_m2: leased,
        expected_fee_12m: outlook.expected_fee_12m,
        collectible_fee_12m: outlook.collectible_fee_12m,
        collection_rate_bp: collection.rate_bp(),
        collection,
        coverage_bp: outlook.coverage_bp,
        break_even_per_m2_month: outlook.break_even_per_m2_month,
    })
}

/// The invoice behind a movement: the one a fee was collected on, or the one an adjustment
/// corrected.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InvoiceRef {
    /// The invoice's number label, e.g. `C26TAA 00000123`.
    pub number: String,
    /// Its buyer, as the invoice names it.
    pub buyer: String,
}

/// A movement and the invoice behind it, if any: what a reader needs to word its origin.
#[derive(Clone, Debug)]
pub struct Movement {
    pub entry: fund_entry::Model,
    pub invoice: Option<InvoiceRef>,
}

/// The fund's movements, newest first (operators). A firm gets none: every movement names an
/// invoice and its buyer, a credit note or a work order, and the firm's view is totals only.
pub async fn entries(
    db: &Db,
    ctx: &TenantCtx,
    cluster_id: ClusterId,
    limit: u64,
) -> AppResult<Vec<Movement>> {
    let txn = db.lookup(ctx, Policy::ReadAccounts).await?;
    readable_cluster(&txn, cluster_id).await?;
    if txn.firm_scope().is_some() {
        txn.commit().await?;
        return Ok(Vec::new());
    }
    let rows = txn
        .scoped::<fund_entry::Entity>()
        .filter(fund_entry::Column::ClusterId.eq(cluster_id))
        .order_by_desc(fund_entry::Column::EntryOn)
        .order_by_desc(fund_entry::Column::Id)
        .limit(limit)
        .all(txn.conn())
        .await?;
    let mut invoice_ids: Vec<Uuid> = rows.iter().filter_map(|e| e.invoice_id).collect();
    invoice_ids.sort_unstable();
    invoice_ids.dedup();
    let mut invoices = std::collections::HashMap::new();
    for chunk in invoice_ids.chunks(800) {
        for i in txn
            .scoped::<invoice::Entity>()
            .filter(invoice::Column::Id.is_in(chunk.iter().copied()))
            .all(txn.conn())
            .await?
        {
            let found = InvoiceRef {
                number: invoice_label(&i),
                buyer: i.buyer_name.clone(),
            };
            invoices.insert(i.id, found);
        }
    }
    txn.commit().await?;
    Ok(rows
        .into_iter()
        .map(|entry| Movement {
            invoice: entry.invoice_id.and_then(|id| invoices.get(&id).cloned()),
            entry,
        })
        .collect())
}

/// Spending to record.
#[derive(Clone, Debug)]
pub struct ExpenseInput {
    pub cluster_id: ClusterId,
    pub spent_on: NaiveDate,
    pub amount: i64,
    pub description: String,
    /// The supporting document: contract, supplier invoice or acceptance record number.
    pub document_number: Option<String>,
    pub document_date: Option<NaiveDate>,
    pub account: FundAccount,
    pub category: Option<AssetCategory>,
    /// The work order it pays for (at most one movement each).
    pub work_order_id: Option<WorkOrderId>,
}

/// Records spending out of a cluster's maintenance fund or wastewater account (operator
/// admins). It must name its supporting document (number and date); the work order it pays
/// for, when given, must be of the same cluster and not paid already.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn record_expense(
    db: &Db,
    ctx: &TenantCtx,
    input: ExpenseInput,
) -> AppResult<fund_entry::Model> {
    ctx.require(Policy::SpendFund)?;
    let mut problems = Problems::new();
    problems.check(Vnd::positive(input.amount, "input.amount"));
    let description = problems.check(required_text(&input.description, "input.description", 500));
    if input.spent_on > today() {
        problems.add(
            "input.spentOn",
            reason!(
                "spending_recorded_once_happened",
                "spending is recorded once it happened"
            ),
        );
    }
    let document = match input.document_number.as_deref().map(str::trim) {
        Some(n) if !n.is_empty() => problems.check(required_text(n, "input.documentNumber", 200)),
        _ => {
            problems.add(
                "input.documentNumber",
                reason!(
                    "name_supporting_document_contract",
                    "name the supporting document: contract, supplier invoice or acceptance record"
                ),
            );
            None
        }
    };
    match input.document_date {
        None => problems.add(
            "input.documentDate",
            reason!("supporting_document_date", "the supporting document's date"),
        ),
        Some(d) if d > today() => problems.add(
            "input.documentDate",
            reason!("document_future", "a document of the future"),
        ),
        Some(_) => {}
    }
    problems.finish()?;
    let txn = db.tenant(ctx, Policy::SpendFund).await?;
    clusters::named_in(&txn, input.cluster_id, "input.clusterId").await?;
    if let Some(w) = input.work_order_id {
        let wo = txn
            .scoped_by_id::<work_order::Entity>(w)
            .one(txn.conn())
            .await?
            .ok_or_else(|| {
                AppError::invalid(
                    "input.workOrderId",
                    reason!("no_such_work_order", "no such work order"),
                )
            })?;
        if wo.cluster_id != Some(input.cluster_id.0) {
            return Err(AppError::invalid(
                "input.workOrderId",
                reason!(
                    "work_order_another_cluster",
                    "the work order is of another cluster"
                ),
            ));
        }
    }
    let model = fund_entry::Model {
        id: Uuid::now_v7(),
        tenant_id: txn.tenant_id().0,
        created_at: Utc::now(),
        cluster_id: input.cluster_id.0,
        entry_on: input.spent_on,
        kind: FundEntryKind::Expense,
        amount: -input.amount,
        description: description.unwrap_or_default(),
        allocation_id: None,
        invoice_id: None,
        recorded_by: Some(ctx.user_id().0),
        work_order_id: input.work_order_id.map(|w| w.0),
        document_ref: document.clone(),
        account: input.account,
        document_number: document,
        document_date: input.document_date,
        category: input.category,
    };
    fund_entry::Entity::insert(model.clone().into_active_model())
        .exec_without_returning(txn.conn())
        .await
        .map_err(|e| {
            if is_unique_violation(&e) {
                AppError::Conflict(reason!(
                    "work_order_costs_posted",
                    "the work order's costs are already posted"
                ))
            } else {
                e.into()
            }
        })?;
    audit::created(&txn, ctx, "FundEntry", model.id, &model).await?;
    txn.commit().await?;
    Ok(model)
}

/// A plan line to write.
#[derive(Clone, Debug)]
pub struct PlanInput {
    pub cluster_id: ClusterId,
    pub month: NaiveDate,
    pub amount: i64,
    pub description: String,
    pub account: FundAccount,
    pub category: Option<AssetCategory>,
}

fn check_plan(input: &PlanInput) -> AppResult<String> {
    let mut problems = Problems::new();
    problems.check(Vnd::positive(input.amount, "input.amount"));
    let description = problems.check(required_text(&input.description, "input.description", 500));
    problems.finish()?;
    Ok(description.unwrap_or_default())
}

/// Plans upkeep spending for a month of a cluster (operators).
#[tracing::instrument(level = "debug", skip_all)]
pub async fn plan_upkeep(
    db: &Db,
    ctx: &TenantCtx,
    input: PlanInput,
) -> AppResult<upkeep_plan::Model> {
    ctx.require(Policy::ManageBilling)?;
    let description = check_plan(&input)?;
    let txn = db.tenant(ctx, Policy::ManageBilling).await?;
    clusters::named_in(&txn, input.cluster_id, "input.clusterId").await?;
    let model = upkeep_plan::Model {
        id: Uuid::now_v7(),
        tenant_id: txn.tenant_id().0,
        created_at: Utc::now(),
        cluster_id: input.cluster_id.0,
        month: first_of_month(input.month),
        amount: input.amount,
        description,
        account: input.account,
        category: input.category,
    };
    upkeep_plan::Entity::insert(model.clone().into_active_model())
        .exec_without_returning(txn.conn())
        .await?;
    audit::created(&txn, ctx, "UpkeepPlan", model.id, &model).await?;
    txn.commit().await?;
    Ok(model)
}

/// Changes a plan line (operators).
#[tracing::instrument(level = "debug", skip_all)]
pub async fn update_plan(
    db: &Db,
    ctx: &TenantCtx,
    id: UpkeepPlanId,
    input: PlanInput,
) -> AppResult<upkeep_plan::Model> {
    ctx.require(Policy::ManageBilling)?;
    let description = check_plan(&input)?;
    let txn = db.tenant(ctx, Policy::ManageBilling).await?;
    let before = txn
        .scoped_by_id::<upkeep_plan::Entity>(id)
        .one(txn.conn())
        .await?
        .ok_or(AppError::NotFound)?;
    clusters::named_in(&txn, input.cluster_id, "input.clusterId").await?;
    let after = upkeep_plan::Model {
        cluster_id: input.cluster_id.0,
        month: first_of_month(input.month),
        amount: input.amount,
        description,
        account: input.account,
        category: input.category,
        ..before.clone()
    };
    let mut active = after.clone().into_active_model().reset_all();
    active.id = sea_orm::ActiveValue::Unchanged(before.id);
    upkeep_plan::Entity::update(active).exec(txn.conn()).await?;
    audit::record(
        &txn,
        ctx,
        "UpkeepPlan",
        before.id,
        "updated",
        Some(&before),
        Some(&after),
    )
    .await?;
    txn.commit().await?;
    Ok(after)
}

/// Deletes a plan line (operators).
#[tracing::instrument(level = "debug", skip_all)]
pub async fn delete_plan(db: &Db, ctx: &TenantCtx, id: UpkeepPlanId) -> AppResult<()> {
    ctx.require(Policy::ManageBilling)?;
    let txn = db.tenant(ctx, Policy::ManageBilling).await?;
    let before = txn
        .scoped_by_id::<upkeep_plan::Entity>(id)
        .one(txn.conn())
        .await?
        .ok_or(AppError::NotFound)?;
    upkeep_plan::Entity::delete_many()
        .filter(upkeep_plan::Column::TenantId.eq(txn.tenant_id()))
        .filter(upkeep_plan::Column::Id.eq(before.id))
        .exec(txn.conn())
        .await?;
    audit::record(
        &txn,
        ctx,
        "UpkeepPlan",
        before.id,
        "deleted",
        Some(&before),
        None::<&()>,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
