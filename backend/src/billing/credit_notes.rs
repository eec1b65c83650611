//! Adjustments of an issued invoice, either way, whatever its payment status (Decree 123/2020
//! art. 19 as amended by Decree 70/2025). A decrease is a credit note (hóa đơn điều chỉnh giảm):
//! negative lines for what is taken off each original line, at that line's VAT rate. An increase
//! is an adjustment invoice (điều chỉnh tăng) with positive lines, payable like any invoice.
//! Both reference their original line by line, rest on a written agreement with the buyer, and
//! are numbered in the same series as any invoice.
//!
//! What a decrease takes off a line may not exceed what is left of it. When a decrease brings a
//! paid invoice below what was paid, the difference is released to the firm's credit
//! ([`crate::receivables::refunds`]): the next run applies it, or the operator refunds it. The
//! fund's share of the invoice follows the net amounts and what stays paid, posted as an
//! adjustment on the day.

use std::collections::HashMap;

use chrono::Utc;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter, QueryOrder,
};
use uuid::Uuid;

use crate::access::{Policy, TenantCtx};
use crate::audit;
use crate::billing::corrections::{
    AgreementInput, NewDocument, finish, insert_document, lock_correctable, parse_agreement,
};
use crate::billing::entities::{invoice, invoice_line};
use crate::billing::labels::invoice_label;
use crate::billing::money::{QUANTITY_SCALE, div_round, vat};
use crate::billing::settings;
use crate::billing::{Correction, InvoiceKind, InvoiceState};
use crate::db::{Db, TenantTxn};
use crate::error::{AppError, AppResult, Problems, reason};
use crate::ids::{InvoiceId, InvoiceLineId};
use crate::receivables::FundEntryKind;
use crate::receivables::entities::fund_entry;
use crate::receivables::payments::{fund_basis, fund_share};
use crate::receivables::refunds::release;
use crate::values::Vnd;
use crate::values::required_text;
use crate::values::today;

/// What to take off one line of the invoice, before VAT.
#[derive(Clone, Debug)]
pub struct CreditLine {
    pub line_id: InvoiceLineId,
    pub amount: i64,
}

/// An adjustment to issue.
#[derive(Clone, Debug)]
pub struct CreditNoteInput {
    pub invoice_id: InvoiceId,
    /// DECREASE (a credit note) or INCREASE.
    pub direction: Correction,
    pub reason: String,
    pub agreement: AgreementInput,
    pub lines: Vec<CreditLine>,
}

/// What may still be credited on each positive line of an invoice: its amount less the credit
/// notes already issued against it.
pub async fn creditable(
    txn: &TenantTxn,
    lines: &[invoice_line::Model],
) -> AppResult<HashMap<Uuid, i64>> {
    let ids: Vec<Uuid> = lines.iter().map(|l| l.id).collect();
    let mut left: HashMap<Uuid, i64> = lines.iter().map(|l| (l.id, l.amount.max(0))).collect();
    if ids.is_empty() {
        return Ok(left);
    }
    let taken = txn
        .scoped::<invoice_line::Entity>()
        .filter(invoice_line::Column::CorrectsLineId.is_in(ids))
        .all(txn.conn())
        .await?;
    for line in taken {
        if let Some(original) = line.corrects_line_id
            && let Some(rest) = left.get_mut(&original)
        {
            *rest = (*rest + line.amount).max(0);
        }
    }
    Ok(left)
}

/// Issues an adjustment of an issued invoice (operator admins): a credit note for a decrease,
/// an adjustment invoice for an increase.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn issue(db: &Db, ctx: &TenantCtx, input: CreditNoteInput) -> AppResult<invoice::Model> {
    ctx.require(Policy::CorrectInvoices)?;
    let increase = match input.direction {
        Correction::Decrease => false,
        Correction::Increase => true,
        Correction::Replacement => {
            return Err(AppError::invalid(
                "input.direction",
                reason!(
                    "adjustment_direction",
                    "an adjustment decreases or increases; a replacement is its own correction"
                ),
            ));
        }
    };
    let mut problems = Problems::new();
    let reason = problems.check(required_text(&input.reason, "input.reason", 500));
    let agreement = parse_agreement(&input.agreement, &mut problems);
    if input.lines.is_empty() {
        let why = if increase {
            reason!(
                "increase_nothing_to_add",
                "an increase needs at least one line with an amount to add"
            )
        } else {
            reason!(
                "choose_least_line_credit",
                "choose at least one line to credit"
            )
        };
        problems.add("input.lines", why);
    }
    let mut seen = std::collections::HashSet::new();
    for (i, line) in input.lines.iter().enumerate() {
        problems.check(Vnd::positive(
            line.amount,
            &format!("input.lines.{i}.amount"),
        ));
        if !seen.insert(line.line_id) {
            problems.add(
                format!("input.lines.{i}.lineId"),
                reason!("line_listed_twice", "this line is listed twice"),
            );
        }
    }
    let (reason, agreement) = finish(problems, reason, agreement)?;

    let txn = db.tenant(ctx, Policy::CorrectInvoices).await?;
    let original = lock_correctable(&txn, input.invoice_id, &agreement).await?;
    let lines = txn
        .scoped::<invoice_line::Entity>()
        .filter(invoice_line::Column::InvoiceId.eq(original.id))
        .order_by_asc(invoice_line::Column::Position)
        .all(txn.conn())
        .await?;
    let left = creditable(&txn, &lines).await?;
    let by_id: HashMap<Uuid, &invoice_line::Model> = lines.iter().map(|l| (l.id, l)).collect();

    let mut problems = Problems::new();
    let mut chosen = Vec::new();
    for (i, wanted) in input.lines.iter().enumerate() {
        match by_id.get(&wanted.line_id.0) {
            None => problems.add(
                format!("input.lines.{i}.lineId"),
                reason!("not_line_of_invoice", "not a line of this invoice"),
            ),
            Some(line) => {
                let rest = left.get(&line.id).copied().unwrap_or(0);
                if !increase && wanted.amount > rest {
                    problems.add(
                        format!("input.lines.{i}.amount"),
                        reason!(
                            "line_credit_left",
                            "only {left} đồng of this line may still be credited",
                            left = rest
                        ),
                    );
                } else {
                    let signed = if increase {
                        wanted.amount
                    } else {
                        -wanted.amount
                    };
                    chosen.push((*line, signed));
                }
            }
        }
    }
    problems.finish()?;
    let subtotal: i64 = chosen.iter().map(|(_, a)| a).sum();
    // What a decrease takes off carries its share of the line's VAT deduction, so a whole line
    // taken off gives back exactly the VAT it charged. What an increase adds bears VAT whole:
    // the land rent paid to the State does not grow with the price.
    let deduction = |line: &invoice_line::Model, amount: i64| {
        if increase || line.amount == 0 {
            0
        } else {
            div_round(
                i128::from(amount) * i128::from(line.vat_deduction),
                i128::from(line.amount),
            )
        }
    };
    let vat_total: i64 = chosen
        .iter()
        .map(|(l, a)| vat(*a - deduction(l, *a), l.vat_bp))
        .sum();

    let (fee_before, net_before) = fund_basis(&txn, &original).await?;
    let settings = settings::load(&txn).await?;
    let note = insert_document(
        &txn,
        &settings,
        NewDocument {
            original: &original,
            correction: input.direction,
            agreement: &agreement,
            reason,
            subtotal,
            vat_total,
            buyer: None,
        },
    )
    .await?;
    let now = Utc::now();
    let tenant = txn.tenant_id().0;
    let label = invoice_label(&original);
    let rows = chosen.iter().enumerate().map(|(position, (line, amount))| {
        let (vi, en) = if increase {
            ("Điều chỉnh tăng", "Increase of")
        } else {
            ("Điều chỉnh giảm", "Reduction of")
        };
        invoice_line::ActiveModel {
            id: Set(Uuid::now_v7()),
            tenant_id: Set(tenant),
            created_at: Set(now),
            invoice_id: Set(note.id),
            position: Set(position as i32 + 1),
            kind: Set(line.kind),
            description_vi: Set(format!("{vi} HĐ {label}: {}", line.description_vi)),
            description_en: Set(format!("{en} {label}: {}", line.description_en)),
            quantity_e4: Set(QUANTITY_SCALE),
            unit: Set(String::new()),
            unit_price: Set(*amount),
            amount: Set(*amount),
            vat_bp: Set(line.vat_bp),
            vat_amount: Set(vat(*amount - deduction(line, *amount), line.vat_bp)),
            vat_deduction: Set(deduction(line, *amount)),
            tariff_id: Set(line.tariff_id),
            corrects_line_id: Set(Some(line.id)),
        }
    });
    invoice_line::Entity::insert_many(rows)
        .exec_without_returning(txn.conn())
        .await?;

    if increase {
        // The increase is owed like any invoice; the firm's credit pays what it can at once.
        crate::receivables::payments::apply_credit(&txn, &[original.firm_id], today()).await?;
    } else {
        lower(&txn, ctx, &original, &note, fee_before, net_before).await?;
    }
    audit::record(
        &txn,
        ctx,
        if increase { "Invoice" } else { "CreditNote" },
        note.id,
        "issued",
        None::<&()>,
        Some(&note),
    )
    .await?;
    txn.commit().await?;
    Ok(note)
}

/// The original after a credit note `note` took its total off: `credited` grows, what was paid
/// beyond the new total goes back to the firm's credit, reminders stop once nothing is open,
/// and the fund's share follows the net amounts and what stays paid.
async fn lower(
    txn: &TenantTxn,
    ctx: &TenantCtx,
    original: &invoice::Model,
    note: &invoice::Model,
    fee_before: i64,
    net_before: i64,
) -> AppResult<()> {
    let mut update = invoice::ActiveModel {
        id: sea_orm::ActiveValue::Unchanged(original.id),
        ..Default::default()
    };
    update.credited = Set(original.credited - note.total);
    invoice::Entity::update(update).exec(txn.conn()).await?;
    let credited = invoice::Model {
        credited: original.credited - note.total,
        ..original.clone()
    };
    let released = release(txn, &credited, credited.overpaid()).await?;
    let after = invoice::Model {
        paid: credited.paid - released,
        ..credited
    };
    if after.open() == 0 {
        // Nothing left to pay: reminders still waiting in the outbox are withdrawn.
        crate::notify::outbox::cancel_waiting(txn.conn(), txn.tenant_id(), &[after.id]).await?;
    }
    let (fee_after, net_after) = fund_basis(txn, &after).await?;
    let adjustment = fund_share(after.paid, net_after, fee_after)
        - fund_share(original.paid, net_before, fee_before);
    if adjustment != 0 {
        fund_entry::Entity::insert(
            fund_entry::Model {
                id: Uuid::now_v7(),
                tenant_id: txn.tenant_id().0,
                created_at: Utc::now(),
                cluster_id: original.cluster_id,
                entry_on: note.issued_on.unwrap_or_else(today),
                kind: FundEntryKind::Adjustment,
                amount: adjustment,
                description: format!(
                    "Điều chỉnh theo HĐ điều chỉnh giảm {} – {}",
                    invoice_label(note),
                    original.buyer_name
                ),
                allocation_id: None,
                invoice_id: Some(original.id),
                recorded_by: Some(ctx.user_id().0),
                work_order_id: None,
                document_ref: None,
                account: crate::receivables::FundAccount::MaintenanceFund,
                document_number: None,
                document_date: None,
                category: None,
            }
            .into_active_model(),
        )
        .exec_without_returning(txn.conn())
        .await?;
    }
    audit::record(
        txn,
        ctx,
        "Invoice",
        original.id,
        "credited",
        Some(original),
        Some(&after),
    )
    .await?;
    Ok(())
}

/// The credit notes issued against an invoice, oldest first.
pub async fn of_invoice(txn: &TenantTxn, invoice_id: InvoiceId) -> AppResult<Vec<invoice::Model>> {
    Ok(txn
        .scoped::<invoice::Entity>()
        .filter(invoice::Column::CorrectsId.eq(invoice_id))
        .filter(invoice::Column::Kind.eq(InvoiceKind::CreditNote))
        .order_by_asc(invoice::Column::IssuedOn)
        .order_by_asc(invoice::Column::Number)
        .all(txn.conn())
        .await?)
}

/// An invoice's lines, each with what may still be credited on it: nothing unless the
/// invoice is an issued invoice (a draft, a void invoice and a credit note take no credit).
pub async fn lines_with_creditable(
    db: &Db,
    ctx: &TenantCtx,
    invoice: &invoice::Model,
) -> AppResult<Vec<(invoice_line::Model, i64)>> {
    // A late-interest notice is no invoice: nothing of it is credited (audit A2).
    let takes_credit = invoice.kind == InvoiceKind::Invoice
        && invoice.status == InvoiceState::Issued
        && invoice.document_type == crate::billing::DocumentType::VatInvoice;
    let txn = db.read(ctx, Policy::ReadAccounts).await?;
    let lines = txn
        .scoped::<invoice_line::Entity>()
        .filter(invoice_line::Column::InvoiceId.eq(invoice.id))
        .order_by_asc(invoice_line::Column::Position)
        .all(txn.conn())
        .await?;
    let left = if takes_credit {
        creditable(&txn, &lines).await?
    } else {
        HashMap::new()
    };
    txn.commit().await?;
    Ok(lines
        .into_iter()
        .map(|l| {
            let rest = left.get(&l.id).copied().unwrap_or(0);
            (l, rest)
        })
        .collect())
}

/// The credit notes issued against an invoice, oldest first.
pub async fn against(
    db: &Db,
    ctx: &TenantCtx,
    invoice_id: InvoiceId,
) -> AppResult<Vec<invoice::Model>> {
    let txn = db.read(ctx, Policy::ReadAccounts).await?;
    let notes = of_invoice(&txn, invoice_id).await?;
    txn.commit().await?;
    Ok(notes)
}

/// Every correction issued against an invoice (any kind), oldest first.
pub async fn corrections_against(
    db: &Db,
    ctx: &TenantCtx,
    invoice_id: InvoiceId,
) -> AppResult<Vec<invoice::Model>> {
    let txn = db.read(ctx, Policy::ReadAccounts).await?;
    let found = txn
        .scoped::<invoice::Entity>()
        .filter(invoice::Column::CorrectsId.eq(invoice_id))
        .filter(invoice::Column::Status.ne(InvoiceState::Draft))
        .order_by_asc(invoice::Column::IssuedOn)
        .order_by_asc(invoice::Column::Number)
        .all(txn.conn())
        .await?;
    txn.commit().await?;
    Ok(found)
}

/// The invoice a credit note corrects.
pub async fn corrected(
    db: &Db,
    ctx: &TenantCtx,
    id: InvoiceId,
) -> AppResult<Option<invoice::Model>> {
    let txn = db.read(ctx, Policy::ReadAccounts).await?;
    let found = txn
        .scoped_by_id::<invoice::Entity>(id)
        .one(txn.conn())
        .await?;
    txn.commit().await?;
    Ok(found)
}
