//! Credit notes: an issued invoice never changes; a correction is a credit note (hóa đơn điều
//! chỉnh giảm) that references it, carries negative lines for what is taken off each original
//! line (with that line's VAT rate), and is numbered in the same series as any invoice. What a
//! credit note takes off may not exceed what is still open on the invoice, so a credit never
//! turns into a refund silently. The fund's share of the invoice is recomputed on the net
//! amounts, and the difference on what was already paid is posted as an adjustment.

use std::collections::HashMap;

use chrono::Utc;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter, QueryOrder,
    QuerySelect,
};
use uuid::Uuid;

use crate::access::{Policy, TenantCtx};
use crate::audit;
use crate::billing::entities::{invoice, invoice_line};
use crate::billing::labels::invoice_label;
use crate::billing::money::vat;
use crate::billing::runs::take_numbers;
use crate::billing::settings::{self, series_for};
use crate::billing::{InvoiceKind, InvoiceState};
use crate::db::{Db, TenantTxn};
use crate::error::{AppError, AppResult, Problems, reason};
use crate::ids::{InvoiceId, InvoiceLineId};
use crate::receivables::FundEntryKind;
use crate::receivables::entities::fund_entry;
use crate::receivables::payments::{fund_basis, fund_share};
use crate::values::Vnd;
use crate::values::required_text;
use crate::values::today;

/// What to take off one line of the invoice, before VAT.
#[derive(Clone, Debug)]
pub struct CreditLine {
    pub line_id: InvoiceLineId,
    pub amount: i64,
}

/// A credit note to issue.
#[derive(Clone, Debug)]
pub struct CreditNoteInput {
    pub invoice_id: InvoiceId,
    pub reason: String,
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

/// Issues a credit note against an issued invoice (operator admins).
#[tracing::instrument(level = "debug", skip_all)]
pub async fn issue(db: &Db, ctx: &TenantCtx, input: CreditNoteInput) -> AppResult<invoice::Model> {
    ctx.require(Policy::CorrectInvoices)?;
    let mut problems = Problems::new();
    let reason = problems.check(required_text(&input.reason, "input.reason", 500));
    if input.lines.is_empty() {
        problems.add(
            "input.lines",
            reason!(
                "choose_least_line_credit",
                "choose at least one line to credit"
            ),
        );
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
    problems.finish()?;
    let reason = reason.unwrap_or_default();

    let txn = db.tenant(ctx, Policy::CorrectInvoices).await?;
    let original = txn
        .scoped_by_id::<invoice::Entity>(input.invoice_id)
        .lock_exclusive()
        .one(txn.conn())
        .await?
        .ok_or(AppError::NotFound)?;
    if original.kind != InvoiceKind::Invoice {
        return Err(AppError::Conflict(reason!(
            "credit_note_itself_credited",
            "a credit note cannot itself be credited"
        )));
    }
    if original.status != InvoiceState::Issued {
        return Err(AppError::Conflict(reason!(
            "issued_invoice_credited",
            "only an issued invoice can be credited"
        )));
    }
    let lines = txn
        .scoped::<invoice_line::Entity>()
        .filter(invoice_line::Column::InvoiceId.eq(original.id))
        .order_by_asc(invoice_line::Column::Position)
        .all(txn.conn())
        .await?;
    let left = creditable(&txn, &lines).await?;
    let by_id: HashMap<Uuid, &invoice_line::Model> = lines.iter().map(|l| (l.id, l)).collect();

    let mut problems = Problems::new();
    let mut credit_lines = Vec::new();
    for (i, wanted) in input.lines.iter().enumerate() {
        match by_id.get(&wanted.line_id.0) {
            None => problems.add(
                format!("input.lines.{i}.lineId"),
                reason!("not_line_of_invoice", "not a line of this invoice"),
            ),
            Some(line) => {
                let rest = left.get(&line.id).copied().unwrap_or(0);
                if wanted.amount > rest {
                    problems.add(
                        format!("input.lines.{i}.amount"),
                        reason!(
                            "line_credit_left",
                            "only {left} đồng of this line may still be credited",
                            left = rest
                        ),
                    );
                } else {
                    credit_lines.push((*line, wanted.amount));
                }
            }
        }
    }
    problems.finish()?;
    let subtotal: i64 = credit_lines.iter().map(|(_, a)| -a).sum();
    let vat_total: i64 = credit_lines.iter().map(|(l, a)| vat(-a, l.vat_bp)).sum();
    let total = subtotal + vat_total;
    if -total > original.open() {
        return Err(AppError::invalid(
            "input.lines",
            reason!(
                "credit_note_exceeds_open",
                "the credit note comes to {total} đồng with VAT, more than the {open} đồng still open on the invoice",
                total = -total,
                open = original.open()
            ),
        ));
    }

    let (fee_before, net_before) = fund_basis(&txn, &original).await?;
    let settings = settings::load(&txn).await?;
    let issued_on = today();
    let series = series_for(&settings.invoice_series, issued_on);
    let number = take_numbers(&txn, &series, 1).await?;
    let now = Utc::now();
    let tenant = txn.tenant_id().0;
    let note = invoice::Model {
        id: Uuid::now_v7(),
        tenant_id: tenant,
        created_at: now,
        kind: InvoiceKind::CreditNote,
        run_id: None,
        lease_id: original.lease_id,
        firm_id: original.firm_id,
        cluster_id: original.cluster_id,
        corrects_id: Some(original.id),
        billing_key: None,
        status: InvoiceState::Issued,
        period_start: original.period_start,
        period_end: original.period_end,
        template: settings.invoice_template.clone(),
        series,
        number: Some(number as i32),
        issued_on: Some(issued_on),
        due_on: None,
        subtotal,
        vat_total,
        total,
        paid: 0,
        credited: 0,
        interest_through: None,
        seller_name: settings.seller_name.clone(),
        seller_address: settings.seller_address.clone(),
        seller_tax_code: settings.seller_tax_code.clone(),
        buyer_name: original.buyer_name.clone(),
        buyer_address: original.buyer_address.clone(),
        buyer_tax_code: original.buyer_tax_code.clone(),
        note: Some(reason),
        voided_at: None,
        void_reason: None,
    };
    invoice::Entity::insert(note.clone().into_active_model())
        .exec_without_returning(txn.conn())
        .await?;
    let label = invoice_label(&original);
    let rows = credit_lines
        .iter()
        .enumerate()
        .map(|(position, (line, amount))| invoice_line::ActiveModel {
            id: Set(Uuid::now_v7()),
            tenant_id: Set(tenant),
            created_at: Set(now),
            invoice_id: Set(note.id),
            position: Set(position as i32 + 1),
            kind: Set(line.kind),
            description_vi: Set(format!(
                "Điều chỉnh giảm HĐ {label}: {}",
                line.description_vi
            )),
            description_en: Set(format!("Reduction of {label}: {}", line.description_en)),
            quantity_milli: Set(1000),
            unit: Set(String::new()),
            unit_price: Set(-amount),
            amount: Set(-amount),
            vat_bp: Set(line.vat_bp),
            vat_amount: Set(vat(-amount, line.vat_bp)),
            tariff_id: Set(line.tariff_id),
            corrects_line_id: Set(Some(line.id)),
        });
    invoice_line::Entity::insert_many(rows)
        .exec_without_returning(txn.conn())
        .await?;

    // The invoice owes less; the fund's share of what was already paid follows the net amounts.
    let mut update = invoice::ActiveModel {
        id: sea_orm::ActiveValue::Unchanged(original.id),
        ..Default::default()
    };
    update.credited = Set(original.credited - total);
    invoice::Entity::update(update).exec(txn.conn()).await?;
    let after = invoice::Model {
        credited: original.credited - total,
        ..original.clone()
    };
    if after.open() == 0 {
        // Nothing left to pay: reminders still waiting in the outbox are withdrawn.
        crate::notify::outbox::cancel_waiting(txn.conn(), txn.tenant_id(), &[after.id]).await?;
    }
    let (fee_after, net_after) = fund_basis(&txn, &after).await?;
    let adjustment = fund_share(original.paid, net_after, fee_after)
        - fund_share(original.paid, net_before, fee_before);
    if adjustment != 0 {
        fund_entry::Entity::insert(
            fund_entry::Model {
                id: Uuid::now_v7(),
                tenant_id: tenant,
                created_at: now,
                cluster_id: original.cluster_id,
                entry_on: issued_on,
                kind: FundEntryKind::Adjustment,
                amount: adjustment,
                description: format!(
                    "Điều chỉnh theo HĐ điều chỉnh giảm {} – {}",
                    invoice_label(&note),
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
        &txn,
        ctx,
        "CreditNote",
        note.id,
        "issued",
        None::<&()>,
        Some(&note),
    )
    .await?;
    audit::record(
        &txn,
        ctx,
        "Invoice",
        original.id,
        "credited",
        Some(&original),
        Some(&after),
    )
    .await?;
    txn.commit().await?;
    Ok(note)
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
    let takes_credit =
        invoice.kind == InvoiceKind::Invoice && invoice.status == InvoiceState::Issued;
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
