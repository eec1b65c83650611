//! Confirming a bank line as a payment (one, or every exact match at once) and setting one
//! aside.

use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, IntoActiveModel, QueryFilter, QueryOrder,
    QuerySelect,
};

use super::matching::{firm_balance, named_invoices};
use super::{LineView, views};
use crate::access::{Policy, TenantCtx};
use crate::audit;
use crate::billing::entities::invoice;
use crate::billing::runs::Announce;
use crate::billing::{InvoiceKind, InvoiceState};
use crate::db::{Db, TenantTxn};
use crate::error::{AppError, AppResult, reason};
use crate::ids::{BankLineId, FirmId, InvoiceId};
use crate::receivables::entities::bank_line;
use crate::receivables::payments::{self, PaymentInput};
use crate::receivables::{BankLineStatus, BankMatch, PaymentMethod};
use crate::values::required_text;

/// The matches an operator may confirm in bulk: the amount is exactly what is open on the
/// invoice(s) the description names, or on the payer's whole account.
const EXACT: [BankMatch; 3] = [
    BankMatch::NumberAndAmount,
    BankMatch::InvoicesAndAmount,
    BankMatch::FirmBalance,
];

async fn lock_pending(txn: &TenantTxn, id: BankLineId) -> AppResult<bank_line::Model> {
    let line = txn
        .scoped_by_id::<bank_line::Entity>(id)
        .lock_exclusive()
        .one(txn.conn())
        .await?
        .ok_or(AppError::NotFound)?;
    match line.status {
        BankLineStatus::Confirmed => Err(AppError::Conflict(reason!(
            "line_already_confirmed_payment",
            "this line is already confirmed as a payment"
        ))),
        BankLineStatus::Ignored => Err(AppError::Conflict(reason!(
            "line_set_aside",
            "this line was set aside"
        ))),
        _ => Ok(line),
    }
}

/// Confirms a line as a payment of its amount: to `invoice_id`, else the suggested invoice (or
/// every invoice of one firm its description names, in that order), up to what is open on them
/// (the rest is the firm's credit); a line with only a known payer pays that firm's oldest open
/// invoices (operators).
#[tracing::instrument(level = "debug", skip_all)]
pub async fn confirm(
    db: &Db,
    ctx: &TenantCtx,
    id: BankLineId,
    invoice_id: Option<InvoiceId>,
    receipt: Option<&Announce<'_>>,
) -> AppResult<LineView> {
    let txn = db.tenant(ctx, Policy::ManageBilling).await?;
    let line = lock_pending(&txn, id).await?;
    let view = confirm_in(&txn, ctx, line, invoice_id, receipt).await?;
    txn.commit().await?;
    if let Some(announce) = receipt {
        announce.outbox.wake();
    }
    Ok(view)
}

/// Confirms every suggested line whose amount is exactly what is open on what it names, in one
/// transaction: all of them or, on any error, none (operators). Returns how many.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn confirm_exact_matches(
    db: &Db,
    ctx: &TenantCtx,
    receipt: Option<&Announce<'_>>,
) -> AppResult<usize> {
    let txn = db.tenant(ctx, Policy::ManageBilling).await?;
    let lines = txn
        .scoped::<bank_line::Entity>()
        .filter(bank_line::Column::Status.eq(BankLineStatus::Suggested))
        .filter(bank_line::Column::MatchKind.is_in(EXACT))
        .order_by_asc(bank_line::Column::BookedOn)
        .order_by_asc(bank_line::Column::Id)
        .lock_exclusive()
        .all(txn.conn())
        .await?;
    let mut confirmed = 0;
    for line in lines {
        // An earlier line of this batch may have paid what this one names: then it is no
        // longer exact, and it waits for the operator.
        if still_exact(&txn, &line).await? {
            confirm_in(&txn, ctx, line, None, receipt).await?;
            confirmed += 1;
        }
    }
    txn.commit().await?;
    if let Some(announce) = receipt {
        announce.outbox.wake();
    }
    Ok(confirmed)
}

async fn still_exact(txn: &TenantTxn, line: &bank_line::Model) -> AppResult<bool> {
    let open = match line.match_kind {
        Some(BankMatch::NumberAndAmount) => match line.invoice_id {
            Some(id) => txn
                .scoped_by_id::<invoice::Entity>(InvoiceId(id))
                .one(txn.conn())
                .await?
                .filter(|i| i.status == InvoiceState::Issued)
                .map_or(0, |i| i.open()),
            None => 0,
        },
        Some(BankMatch::InvoicesAndAmount) => named_invoices(txn, &line.description)
            .await?
            .iter()
            .map(invoice::Model::open)
            .sum(),
        Some(BankMatch::FirmBalance) => match line.firm_id {
            Some(firm) => firm_balance(txn, firm).await?,
            None => 0,
        },
        _ => 0,
    };
    Ok(open == line.amount && open > 0)
}

/// Pays `amount` over `invoices` in order, each up to what is open on it.
fn spread(invoices: &[invoice::Model], amount: i64) -> Vec<(InvoiceId, i64)> {
    let mut left = amount;
    let mut out = Vec::new();
    for invoice in invoices {
        let part = std::cmp::min(invoice.open(), left);
        if part > 0 {
            out.push((InvoiceId(invoice.id), part));
            left -= part;
        }
    }
    out
}

async fn confirm_in(
    txn: &TenantTxn,
    ctx: &TenantCtx,
    line: bank_line::Model,
    invoice_id: Option<InvoiceId>,
    receipt: Option<&Announce<'_>>,
) -> AppResult<LineView> {
    let target = match invoice_id.or(line.invoice_id.map(InvoiceId)) {
        Some(chosen) => {
            let found = txn
                .scoped_by_id::<invoice::Entity>(chosen)
                .one(txn.conn())
                .await?
                .filter(|i| i.kind == InvoiceKind::Invoice && i.status == InvoiceState::Issued)
                .ok_or_else(|| {
                    AppError::invalid(
                        "invoiceId",
                        reason!("not_issued_invoice", "not an issued invoice"),
                    )
                })?;
            Some(found)
        }
        None => None,
    };
    let firm_id = match (&target, line.firm_id) {
        (Some(invoice), _) => FirmId(invoice.firm_id),
        (None, Some(firm)) => FirmId(firm),
        (None, None) => {
            return Err(AppError::invalid(
                "invoiceId",
                reason!(
                    "choose_invoice_transfer_pays",
                    "choose the invoice this transfer pays"
                ),
            ));
        }
    };
    let allocations = match &target {
        // The operator's choice, or a suggestion: the invoices the description names when the
        // chosen one is among them, else that one alone.
        Some(invoice) => {
            let named = if invoice_id.is_none() {
                named_invoices(txn, &line.description).await?
            } else {
                Vec::new()
            };
            let spread_over = if named.iter().any(|n| n.id == invoice.id) {
                named
            } else {
                vec![invoice.clone()]
            };
            Some(spread(&spread_over, line.amount))
        }
        None => None,
    };
    let recorded = payments::record_in_txn(
        txn,
        ctx,
        PaymentInput {
            firm_id,
            amount: line.amount,
            received_on: line.booked_on,
            method: PaymentMethod::BankTransfer,
            bank_reference: Some(line.reference.clone()),
            idempotency_key: format!("bank-line:{}", line.id),
            allocations,
        },
        receipt,
    )
    .await?;
    let before = line.clone();
    let mut update = line.into_active_model();
    update.status = Set(BankLineStatus::Confirmed);
    update.invoice_id = Set(target.as_ref().map(|i| i.id));
    update.firm_id = Set(Some(firm_id.0));
    update.payment_id = Set(Some(recorded.payment.id));
    update.updated_at = Set(Utc::now());
    if invoice_id.is_some() && invoice_id != before.invoice_id.map(InvoiceId) {
        update.match_kind = Set(None);
    }
    settle(txn, ctx, before, update, "confirmed").await
}

/// Sets a line aside: not a payment to the operator, or handled elsewhere (operators).
#[tracing::instrument(level = "debug", skip_all)]
pub async fn ignore(
    db: &Db,
    ctx: &TenantCtx,
    id: BankLineId,
    reason: String,
) -> AppResult<LineView> {
    ctx.require(Policy::ManageBilling)?;
    let reason = required_text(&reason, "reason", 300)?;
    let txn = db.tenant(ctx, Policy::ManageBilling).await?;
    let line = lock_pending(&txn, id).await?;
    let before = line.clone();
    let mut update = line.into_active_model();
    update.status = Set(BankLineStatus::Ignored);
    update.ignore_reason = Set(Some(reason));
    update.updated_at = Set(Utc::now());
    let view = settle(&txn, ctx, before, update, "ignored").await?;
    txn.commit().await?;
    Ok(view)
}

/// Saves a line's new state and audits it; returns the line as lists show it.
async fn settle(
    txn: &TenantTxn,
    ctx: &TenantCtx,
    before: bank_line::Model,
    update: bank_line::ActiveModel,
    action: &str,
) -> AppResult<LineView> {
    let after = update.update(txn.conn()).await?;
    audit::record(
        txn,
        ctx,
        "BankLine",
        after.id,
        action,
        Some(&before),
        Some(&after),
    )
    .await?;
    views(txn, vec![after])
        .await?
        .pop()
        .ok_or(AppError::NotFound)
}
