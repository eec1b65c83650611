//! A firm's credit and how it leaves: the credit is what the firm's payments left unallocated
//! (`payments.unallocated`). A correction that lowers an invoice below what was paid on it
//! releases the difference from the invoice's allocations back into that credit ([`release`]);
//! the next billing run applies credit to new invoices, and a refund gives it back to the firm
//! ([`record`]), oldest payment first, so the statement, the amount due and the bank all agree.

use chrono::{NaiveDate, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter, QueryOrder,
};
use uuid::Uuid;

use crate::access::{Policy, TenantCtx};
use crate::audit;
use crate::billing::entities::invoice;
use crate::db::{Db, TenantTxn};
use crate::error::{AppError, AppResult, Problems, reason};
use crate::ids::FirmId;
use crate::receivables::entities::{payment, payment_allocation, refund};
use crate::receivables::payments::with_credit;
use crate::tenancy::entities::firm;
use crate::values::{Vnd, optional_text, required_text, today};

/// Takes `amount` of what was paid on `invoice` back into its payers' credit: the latest
/// allocations first, each lowered (never below zero), the payment's unallocated amount and the
/// invoice's `paid` moved in the database. Returns what was released (at most what was paid).
/// The caller holds the invoice's row lock and posts the fund's side.
pub(crate) async fn release(
    txn: &TenantTxn,
    invoice: &invoice::Model,
    amount: i64,
) -> AppResult<i64> {
    let allocations = txn
        .scoped::<payment_allocation::Entity>()
        .filter(payment_allocation::Column::InvoiceId.eq(invoice.id))
        .filter(payment_allocation::Column::Amount.gt(0))
        .order_by_desc(payment_allocation::Column::AllocatedOn)
        .order_by_desc(payment_allocation::Column::CreatedAt)
        .all(txn.conn())
        .await?;
    let tenant = txn.tenant_id().0;
    let mut left = amount;
    for allocation in allocations {
        if left == 0 {
            break;
        }
        let take = std::cmp::min(allocation.amount, left);
        left -= take;
        payment_allocation::Entity::update_many()
            .col_expr(
                payment_allocation::Column::Amount,
                Expr::col(payment_allocation::Column::Amount).sub(take),
            )
            .filter(payment_allocation::Column::TenantId.eq(tenant))
            .filter(payment_allocation::Column::Id.eq(allocation.id))
            .exec(txn.conn())
            .await?;
        payment::Entity::update_many()
            .col_expr(
                payment::Column::Unallocated,
                Expr::col(payment::Column::Unallocated).add(take),
            )
            .filter(payment::Column::TenantId.eq(tenant))
            .filter(payment::Column::Id.eq(allocation.payment_id))
            .exec(txn.conn())
            .await?;
    }
    let released = amount - left;
    if released > 0 {
        invoice::Entity::update_many()
            .col_expr(
                invoice::Column::Paid,
                Expr::col(invoice::Column::Paid).sub(released),
            )
            .filter(invoice::Column::TenantId.eq(tenant))
            .filter(invoice::Column::Id.eq(invoice.id))
            .exec(txn.conn())
            .await?;
    }
    Ok(released)
}

/// The raw input of a refund.
#[derive(Clone, Debug)]
pub struct RefundInput {
    pub firm_id: FirmId,
    pub amount: i64,
    pub refunded_on: NaiveDate,
    pub bank_reference: String,
    pub note: Option<String>,
}

/// Gives `input.amount` of a firm's credit back to it (operator admins): one refund row per
/// payment drawn on, oldest payment first. More than the credit is VALIDATION on input.amount;
/// a day after today is VALIDATION on input.refundedOn. Returns the rows written.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn record(db: &Db, ctx: &TenantCtx, input: RefundInput) -> AppResult<Vec<refund::Model>> {
    ctx.require(Policy::CorrectInvoices)?;
    let mut problems = Problems::new();
    problems.check(Vnd::positive(input.amount, "input.amount"));
    let reference = problems.check(required_text(
        &input.bank_reference,
        "input.bankReference",
        200,
    ));
    let note = problems
        .check(optional_text(input.note.as_deref(), "input.note", 500))
        .flatten();
    if input.refunded_on > today() {
        problems.add(
            "input.refundedOn",
            reason!(
                "refund_date_in_future",
                "a refund cannot be dated after today"
            ),
        );
    }
    problems.finish()?;
    let reference = reference.unwrap_or_default();

    let txn = db.tenant(ctx, Policy::CorrectInvoices).await?;
    txn.scoped_by_id::<firm::Entity>(input.firm_id)
        .one(txn.conn())
        .await?
        .ok_or(AppError::NotFound)?;
    let payments = with_credit(&txn, &[input.firm_id.0]).await?;
    let credit: i64 = payments.iter().map(|p| p.unallocated).sum();
    if input.amount > credit {
        return Err(AppError::invalid(
            "input.amount",
            reason!(
                "refund_exceeds_credit",
                "the firm's credit is {credit} đồng; a refund cannot be larger",
                credit = credit
            ),
        ));
    }
    let now = Utc::now();
    let mut left = input.amount;
    let mut rows = Vec::new();
    for p in payments {
        if left == 0 {
            break;
        }
        let take = std::cmp::min(p.unallocated, left);
        left -= take;
        let mut update = payment::ActiveModel {
            id: sea_orm::ActiveValue::Unchanged(p.id),
            ..Default::default()
        };
        update.unallocated = Set(p.unallocated - take);
        payment::Entity::update(update).exec(txn.conn()).await?;
        let row = refund::Model {
            id: Uuid::now_v7(),
            tenant_id: txn.tenant_id().0,
            created_at: now,
            firm_id: input.firm_id.0,
            payment_id: p.id,
            amount: take,
            refunded_on: input.refunded_on,
            bank_reference: reference.clone(),
            note: note.clone(),
            recorded_by: Some(ctx.user_id().0),
        };
        refund::Entity::insert(row.clone().into_active_model())
            .exec_without_returning(txn.conn())
            .await?;
        audit::record(
            &txn,
            ctx,
            "Refund",
            row.id,
            "recorded",
            None::<&()>,
            Some(&row),
        )
        .await?;
        rows.push(row);
    }
    txn.commit().await?;
    Ok(rows)
}

/// A firm's refunds up to `to`, oldest first (for its statement).
pub async fn of_firm(
    txn: &TenantTxn,
    firm_id: Uuid,
    to: NaiveDate,
) -> AppResult<Vec<refund::Model>> {
    Ok(txn
        .scoped::<refund::Entity>()
        .filter(refund::Column::FirmId.eq(firm_id))
        .filter(refund::Column::RefundedOn.lte(to))
        .order_by_asc(refund::Column::RefundedOn)
        .order_by_asc(refund::Column::Id)
        .all(txn.conn())
        .await?)
}
