//! Replacing an issued invoice (hóa đơn thay thế, Decree 123/2020 art. 19 as amended by Decree
//! 70/2025): a whole new invoice that names the original ("Thay thế cho hóa đơn …"), rests on a
//! written agreement with the buyer, and takes over from it. The original becomes REPLACED: it
//! stays issued at the tax authority but owes nothing.
//!
//! The replacement copies the original's lines, with the prices and descriptions the operator
//! corrects, and the buyer as the firm's register entry says today (the usual reason to replace
//! is a wrong name, address or tax code). What was paid on the original moves to the
//! replacement through the firm's credit, and the fund's share moves with it.

use std::collections::{HashMap, HashSet};

use chrono::Utc;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, EntityTrait, IntoActiveModel, PaginatorTrait, QueryFilter,
    QueryOrder,
};
use uuid::Uuid;

use crate::access::{Policy, TenantCtx};
use crate::audit;
use crate::billing::corrections::{
    AgreementInput, NewDocument, finish, insert_document, lock_correctable, parse_agreement,
};
use crate::billing::entities::{invoice, invoice_line};
use crate::billing::labels::invoice_label;
use crate::billing::money::{amount_of, vat};
use crate::billing::runs::buyer_problems;
use crate::billing::{Correction, InvoiceState, settings};
use crate::db::Db;
use crate::error::{AppError, AppResult, Problems, reason};
use crate::ids::{InvoiceId, InvoiceLineId};
use crate::receivables::entities::fund_entry;
use crate::receivables::payments::{apply_credit_to, fund_basis, fund_share};
use crate::receivables::refunds::release;
use crate::receivables::{FundAccount, FundEntryKind};
use crate::tenancy::entities::firm;
use crate::values::{Vnd, optional_text, required_text, today};

/// A line of the original as the replacement should say it; what is not given is copied.
#[derive(Clone, Debug)]
pub struct ReplacementLine {
    pub line_id: InvoiceLineId,
    pub description: Option<String>,
    /// The corrected unit price (đồng, before VAT); the amount is quantity × unit price.
    pub unit_price: Option<i64>,
}

/// A replacement to issue.
#[derive(Clone, Debug)]
pub struct ReplacementInput {
    pub invoice_id: InvoiceId,
    pub reason: String,
    pub agreement: AgreementInput,
    pub lines: Vec<ReplacementLine>,
}

/// Issues a replacement of an issued invoice (operator admins). An invoice already adjusted is
/// corrected by further adjustments (CONFLICT); so is a replaced one. A replacement that
/// changes nothing (same buyer, no line changed) is VALIDATION on input.lines.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn replace(
    db: &Db,
    ctx: &TenantCtx,
    input: ReplacementInput,
) -> AppResult<invoice::Model> {
    ctx.require(Policy::CorrectInvoices)?;
    let mut problems = Problems::new();
    let reason = problems.check(required_text(&input.reason, "input.reason", 500));
    let agreement = parse_agreement(&input.agreement, &mut problems);
    let mut seen = HashSet::new();
    let mut changes = HashMap::new();
    for (i, line) in input.lines.iter().enumerate() {
        let description = problems
            .check(optional_text(
                line.description.as_deref(),
                &format!("input.lines.{i}.description"),
                500,
            ))
            .flatten();
        if let Some(price) = line.unit_price {
            problems.check(Vnd::parse(price, &format!("input.lines.{i}.unitPrice")));
        }
        if !seen.insert(line.line_id) {
            problems.add(
                format!("input.lines.{i}.lineId"),
                reason!("line_listed_twice", "this line is listed twice"),
            );
        }
        changes.insert(line.line_id.0, (i, description, line.unit_price));
    }
    let (reason, agreement) = finish(problems, reason, agreement)?;

    let txn = db.tenant(ctx, Policy::CorrectInvoices).await?;
    let original = lock_correctable(&txn, input.invoice_id, &agreement).await?;
    let adjusted = txn
        .scoped::<invoice::Entity>()
        .filter(invoice::Column::CorrectsId.eq(original.id))
        .count(txn.conn())
        .await?;
    if adjusted > 0 || original.credited != 0 {
        return Err(AppError::Conflict(reason!(
            "adjusted_invoice_not_replaced",
            "this invoice has adjustments; correct it with a further adjustment"
        )));
    }
    let buyer = txn
        .scoped_by_id::<firm::Entity>(crate::ids::FirmId(original.firm_id))
        .one(txn.conn())
        .await?
        .ok_or(AppError::NotFound)?;
    if !buyer_problems(&buyer).is_empty() {
        return Err(AppError::Conflict(reason!(
            "replacement_buyer_incomplete",
            "the firm's register entry needs an address and a valid tax code before its invoice is replaced"
        )));
    }
    let buyer = (
        buyer.name.clone(),
        buyer.address.clone().unwrap_or_default(),
        buyer.tax_code.clone().unwrap_or_default(),
    );
    let lines = txn
        .scoped::<invoice_line::Entity>()
        .filter(invoice_line::Column::InvoiceId.eq(original.id))
        .order_by_asc(invoice_line::Column::Position)
        .all(txn.conn())
        .await?;
    let mut problems = Problems::new();
    let known: HashSet<Uuid> = lines.iter().map(|l| l.id).collect();
    for (id, (i, _, _)) in &changes {
        if !known.contains(id) {
            problems.add(
                format!("input.lines.{i}.lineId"),
                reason!("not_line_of_invoice", "not a line of this invoice"),
            );
        }
    }
    problems.finish()?;

    let now = Utc::now();
    let mut changed = buyer
        != (
            original.buyer_name.clone(),
            original.buyer_address.clone(),
            original.buyer_tax_code.clone(),
        );
    let mut new_lines = Vec::with_capacity(lines.len());
    for line in &lines {
        let mut copy = line.clone();
        if let Some((_, description, price)) = changes.get(&line.id) {
            if let Some(description) = description
                && *description != line.description_vi
            {
                copy.description_vi = description.clone();
                copy.description_en = description.clone();
                changed = true;
            }
            if let Some(price) = price
                && *price != line.unit_price
            {
                copy.unit_price = *price;
                copy.amount = amount_of(line.quantity_e4, *price);
                // The land rent paid to the State does not change with the price.
                copy.vat_deduction = line.vat_deduction.clamp(0, copy.amount.max(0));
                copy.vat_amount = vat(copy.amount - copy.vat_deduction, line.vat_bp);
                changed = true;
            }
        }
        new_lines.push(copy);
    }
    if !changed {
        return Err(AppError::invalid(
            "input.lines",
            reason!(
                "replacement_changes_nothing",
                "the replacement would say what the invoice says; change a line or the firm's details"
            ),
        ));
    }
    let subtotal: i64 = new_lines.iter().map(|l| l.amount).sum();
    let vat_total: i64 = new_lines.iter().map(|l| l.vat_amount).sum();
    if subtotal + vat_total < 0 {
        return Err(AppError::invalid(
            "input.lines",
            reason!(
                "replacement_negative",
                "the replacement would come to less than nothing"
            ),
        ));
    }

    let settings = settings::load(&txn).await?;
    let (fee_before, net_before) = fund_basis(&txn, &original).await?;
    let mut replacement = insert_document(
        &txn,
        &settings,
        NewDocument {
            original: &original,
            correction: Correction::Replacement,
            agreement: &agreement,
            reason,
            subtotal,
            vat_total,
            buyer: Some(buyer),
        },
    )
    .await?;
    let rows = new_lines.into_iter().map(|line| {
        let mut row = invoice_line::Model {
            id: Uuid::now_v7(),
            created_at: now,
            invoice_id: replacement.id,
            ..line
        }
        .into_active_model();
        row.corrects_line_id = Set(None);
        row
    });
    invoice_line::Entity::insert_many(rows)
        .exec_without_returning(txn.conn())
        .await?;

    // The original owes nothing now: what was paid on it goes to the firm's credit, the fund
    // gives back its share, and the replacement takes the credit first.
    let mut update = invoice::ActiveModel {
        id: sea_orm::ActiveValue::Unchanged(original.id),
        ..Default::default()
    };
    update.status = Set(InvoiceState::Replaced);
    update.replaced_by_id = Set(Some(replacement.id));
    invoice::Entity::update(update).exec(txn.conn()).await?;
    crate::billing::support::move_claims(&txn, original.id, replacement.id).await?;
    crate::notify::outbox::cancel_waiting(txn.conn(), txn.tenant_id(), &[original.id]).await?;
    release(&txn, &original, original.paid).await?;
    let share = fund_share(original.paid, net_before, fee_before);
    if share != 0 {
        fund_entry::Entity::insert(
            fund_entry::Model {
                id: Uuid::now_v7(),
                tenant_id: txn.tenant_id().0,
                created_at: now,
                cluster_id: original.cluster_id,
                entry_on: today(),
                kind: FundEntryKind::Adjustment,
                amount: -share,
                description: format!(
                    "Chuyển sang HĐ thay thế {} – {}",
                    invoice_label(&replacement),
                    original.buyer_name
                ),
                allocation_id: None,
                invoice_id: Some(original.id),
                recorded_by: Some(ctx.user_id().0),
                work_order_id: None,
                document_ref: None,
                account: FundAccount::MaintenanceFund,
                document_number: None,
                document_date: None,
                category: None,
            }
            .into_active_model(),
        )
        .exec_without_returning(txn.conn())
        .await?;
    }
    replacement.paid = apply_credit_to(&txn, &replacement, today()).await?;
    let after = invoice::Model {
        status: InvoiceState::Replaced,
        replaced_by_id: Some(replacement.id),
        paid: 0,
        ..original.clone()
    };
    audit::record(
        &txn,
        ctx,
        "Invoice",
        original.id,
        "replaced",
        Some(&original),
        Some(&after),
    )
    .await?;
    audit::record(
        &txn,
        ctx,
        "Invoice",
        replacement.id,
        "issued",
        None::<&()>,
        Some(&replacement),
    )
    .await?;
    txn.commit().await?;
    Ok(replacement)
}

#[cfg(test)]
mod tests {
    use super::amount_of;

    #[test]
    fn a_replaced_line_is_quantity_times_price_rounded_half_away_from_zero() {
        // Quantities in ten-thousandths.
        assert_eq!(amount_of(10_000, 95), 95);
        assert_eq!(amount_of(123_200, 30_000), 369_600);
        assert_eq!(amount_of(15_000, 3), 5); // 4.5 → 5
        assert_eq!(amount_of(15_000, -3), -5);
    }
}
