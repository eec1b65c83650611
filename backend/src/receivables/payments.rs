//! Payments: money received from a firm, allocated to its open invoices (oldest first or as the
//! operator chooses); what is left is the firm's credit. Recording takes an idempotency key: the
//! same key replays the first result, the same key with different values is a `CONFLICT`, and
//! concurrent duplicates create one payment. Allocating moves the maintenance-fee share of the
//! money into the cluster's fund (cash basis).

use std::collections::HashMap;

use chrono::{NaiveDate, Utc};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter, QueryOrder,
    QuerySelect,
};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::access::{Policy, TenantCtx};
use crate::audit;
use crate::billing::entities::{invoice, invoice_line};
use crate::billing::runs::Announce;
use crate::billing::{InvoiceKind, InvoiceState, LineKind};
use crate::db::{Db, Page, PageRequest, TenantTxn, fetch_page};
use crate::error::{AppError, AppResult, Problems, is_unique_violation, reason};
use crate::ids::{FirmId, InvoiceId, PaymentId};
use crate::receivables::entities::{fund_entry, payment, payment_allocation};
use crate::receivables::{FundEntryKind, PaymentMethod};
use crate::tenancy::entities::firm;
use crate::values::Vnd;
use sea_orm::sea_query::Expr;

/// The raw input of a payment.
#[derive(Clone, Debug)]
pub struct PaymentInput {
    pub firm_id: FirmId,
    pub amount: i64,
    pub received_on: NaiveDate,
    pub method: PaymentMethod,
    pub bank_reference: Option<String>,
    pub idempotency_key: String,
    /// Invoices and amounts chosen by the operator; none: oldest open invoices first.
    pub allocations: Option<Vec<(InvoiceId, i64)>>,
}

/// From this amount, a buyer may deduct the input VAT of a purchase only with a non-cash
/// payment document (VAT Law 2024, art. 14(2)(b), with the government's threshold).
pub const NON_CASH_THRESHOLD: i64 = 5_000_000;

/// Something the operator should know about a recorded payment; it is recorded regardless.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PaymentWarning {
    /// Cash of [`NON_CASH_THRESHOLD`] or more: the buyer cannot deduct the VAT of what it
    /// pays without a non-cash payment document.
    CashVatNotDeductible,
}

impl PaymentWarning {
    /// The warning, for a person.
    pub fn message(self) -> &'static str {
        match self {
            Self::CashVatNotDeductible => {
                "a cash payment of 5,000,000 đồng or more: the buyer cannot deduct the VAT of these invoices without a non-cash payment document (VAT Law 2024, art. 14); ask the firm to pay by bank transfer"
            }
        }
    }
}

/// What the operator should know about `payment`.
pub fn warnings(payment: &payment::Model) -> Vec<PaymentWarning> {
    let mut warnings = Vec::new();
    if payment.method == PaymentMethod::Cash && payment.amount >= NON_CASH_THRESHOLD {
        warnings.push(PaymentWarning::CashVatNotDeductible);
    }
    warnings
}

/// A recorded payment and whether this call replayed an earlier one.
#[derive(Clone, Debug)]
pub struct Recorded {
    pub payment: payment::Model,
    pub replayed: bool,
}

fn request_hash(input: &PaymentInput) -> String {
    let canonical = serde_json::json!({
        "firm": input.firm_id,
        "amount": input.amount,
        "receivedOn": input.received_on,
        "method": input.method,
        "reference": input.bank_reference,
        "allocations": input.allocations,
    });
    hex::encode(Sha256::digest(canonical.to_string().as_bytes()))
}

fn parse(mut input: PaymentInput) -> AppResult<PaymentInput> {
    let mut problems = Problems::new();
    problems.check(Vnd::positive(input.amount, "input.amount"));
    let key = input.idempotency_key.trim().to_owned();
    if key.is_empty() || key.len() > 100 {
        problems.add(
            "input.idempotencyKey",
            reason!("one_to_100_characters", "1 to 100 characters"),
        );
    }
    input.idempotency_key = key;
    input.bank_reference = input
        .bank_reference
        .map(|r| r.trim().to_owned())
        .filter(|r| !r.is_empty());
    if input
        .bank_reference
        .as_ref()
        .is_some_and(|r| r.chars().count() > 200)
    {
        problems.add(
            "input.bankReference",
            reason!("at_most_200_characters", "at most 200 characters"),
        );
    }
    if let Some(allocations) = &input.allocations {
        let mut total: i64 = 0;
        let mut seen = std::collections::HashSet::new();
        for (i, (invoice, amount)) in allocations.iter().enumerate() {
            problems.check(Vnd::positive(
                *amount,
                &format!("input.allocations.{i}.amount"),
            ));
            if !seen.insert(*invoice) {
                problems.add(
                    format!("input.allocations.{i}.invoiceId"),
                    reason!(
                        "invoice_listed_twice_give",
                        "this invoice is listed twice; give it one allocation"
                    ),
                );
            }
            total = total.saturating_add(*amount);
        }
        if total > input.amount {
            problems.add(
                "input.allocations",
                reason!(
                    "allocations_add_up_more",
                    "the allocations add up to more than the payment"
                ),
            );
        }
    }
    problems.finish()?;
    Ok(input)
}

/// Records a payment and allocates it (operators).
#[tracing::instrument(level = "debug", skip_all)]
pub async fn record(
    db: &Db,
    ctx: &TenantCtx,
    input: PaymentInput,
    receipt: Option<&Announce<'_>>,
) -> AppResult<Recorded> {
    ctx.require(Policy::ManageBilling)?;
    let input = parse(input)?;
    let hash = request_hash(&input);
    match record_once(db, ctx, &input, &hash, receipt).await {
        // A concurrent request with the same key committed first: replay it.
        Err(AppError::Internal(e))
            if e.downcast_ref::<sea_orm::DbErr>()
                .is_some_and(is_unique_violation) =>
        {
            replay(db, ctx, &input.idempotency_key, &hash)
                .await?
                .ok_or(AppError::Internal(e))
        }
        other => other,
    }
}

async fn replay(db: &Db, ctx: &TenantCtx, key: &str, hash: &str) -> AppResult<Option<Recorded>> {
    let txn = db.tenant(ctx, Policy::ManageBilling).await?;
    let found = existing(&txn, key, hash).await?;
    txn.commit().await?;
    Ok(found)
}

async fn existing(txn: &TenantTxn, key: &str, hash: &str) -> AppResult<Option<Recorded>> {
    let Some(found) = txn
        .scoped::<payment::Entity>()
        .filter(payment::Column::IdempotencyKey.eq(key))
        .one(txn.conn())
        .await?
    else {
        return Ok(None);
    };
    if found.request_hash != hash {
        return Err(AppError::Conflict(reason!(
            "idempotency_key_used_different",
            "this idempotency key was used for a different payment"
        )));
    }
    Ok(Some(Recorded {
        payment: found,
        replayed: true,
    }))
}

async fn record_once(
    db: &Db,
    ctx: &TenantCtx,
    input: &PaymentInput,
    hash: &str,
    receipt: Option<&Announce<'_>>,
) -> AppResult<Recorded> {
    let txn = db.tenant(ctx, Policy::ManageBilling).await?;
    let recorded = record_in(&txn, ctx, input, hash, receipt).await?;
    txn.commit().await?;
    if let Some(announce) = receipt
        && !recorded.replayed
    {
        announce.outbox.wake();
    }
    Ok(recorded)
}

/// Records a payment inside the caller's transaction (e.g. confirming a bank line).
pub(crate) async fn record_in_txn(
    txn: &TenantTxn,
    ctx: &TenantCtx,
    input: PaymentInput,
    receipt: Option<&Announce<'_>>,
) -> AppResult<Recorded> {
    let input = parse(input)?;
    let hash = request_hash(&input);
    record_in(txn, ctx, &input, &hash, receipt).await
}

async fn record_in(
    txn: &TenantTxn,
    ctx: &TenantCtx,
    input: &PaymentInput,
    hash: &str,
    receipt: Option<&Announce<'_>>,
) -> AppResult<Recorded> {
    if let Some(found) = existing(txn, &input.idempotency_key, hash).await? {
        return Ok(found);
    }
    let firm = txn
        .scoped_by_id::<firm::Entity>(input.firm_id)
        .one(txn.conn())
        .await?
        .ok_or_else(|| {
            AppError::invalid("input.firmId", reason!("no_such_firm", "no such firm"))
        })?;
    let now = Utc::now();
    let mut model = payment::Model {
        id: Uuid::now_v7(),
        tenant_id: txn.tenant_id().0,
        created_at: now,
        firm_id: input.firm_id.0,
        amount: input.amount,
        received_on: input.received_on,
        method: input.method,
        bank_reference: input.bank_reference.clone(),
        idempotency_key: input.idempotency_key.clone(),
        request_hash: hash.to_owned(),
        unallocated: input.amount,
        recorded_by: Some(ctx.user_id().0),
    };
    payment::Entity::insert(model.clone().into_active_model())
        .exec_without_returning(txn.conn())
        .await
        // Kept as the database's error (not "database error" context), so `record` can tell a
        // concurrent request with the same key; an outage still becomes UNAVAILABLE.
        .map_err(|e| AppError::from(anyhow::Error::new(e)))?;
    let allocated = allocate(txn, &model, input.allocations.as_deref(), input.received_on).await?;
    if allocated > 0 {
        model.unallocated -= allocated;
        let mut update = payment::ActiveModel {
            id: sea_orm::ActiveValue::Unchanged(model.id),
            ..Default::default()
        };
        update.unallocated = Set(model.unallocated);
        payment::Entity::update(update).exec(txn.conn()).await?;
    }
    audit::record(
        txn,
        ctx,
        "Payment",
        model.id,
        "created",
        None::<&()>,
        Some(&model),
    )
    .await?;
    if let Some(announce) = receipt {
        crate::receivables::receipt::enqueue(txn, &model, &firm, announce).await?;
    }
    Ok(Recorded {
        payment: model,
        replayed: false,
    })
}

/// Allocates up to the payment's unallocated amount to the firm's open invoices, locking them;
/// returns how much was allocated. Chosen allocations must each fit what is open.
async fn allocate(
    txn: &TenantTxn,
    payment: &payment::Model,
    chosen: Option<&[(InvoiceId, i64)]>,
    on: NaiveDate,
) -> AppResult<i64> {
    let mut open = txn
        .scoped::<invoice::Entity>()
        .filter(invoice::Column::FirmId.eq(payment.firm_id))
        .filter(invoice::Column::Kind.eq(InvoiceKind::Invoice))
        .filter(invoice::Column::Status.eq(InvoiceState::Issued))
        .order_by_asc(invoice::Column::DueOn)
        .order_by_asc(invoice::Column::IssuedOn)
        .order_by_asc(invoice::Column::Number)
        .order_by_asc(invoice::Column::Id);
    if let Some(chosen) = chosen {
        open = open.filter(invoice::Column::Id.is_in(chosen.iter().map(|(id, _)| *id)));
    }
    let invoices = open.lock_exclusive().all(txn.conn()).await?;
    let plan: Vec<(invoice::Model, i64)> = match chosen {
        Some(chosen) => {
            let by_id: HashMap<Uuid, &invoice::Model> =
                invoices.iter().map(|i| (i.id, i)).collect();
            let mut problems = Problems::new();
            let mut plan = Vec::new();
            for (index, (id, amount)) in chosen.iter().enumerate() {
                match by_id.get(&id.0) {
                    None => problems.add(
                        format!("input.allocations.{index}.invoiceId"),
                        reason!("issued_invoice_firm_void", "not an issued invoice of this firm (void, a credit note, or another firm's)")),
                    Some(invoice) if *amount > invoice.open() => problems.add(
                        format!("input.allocations.{index}.amount"),
                        reason!("more_than_open_on_invoice", "only {open} đồng is open on this invoice", open = invoice.open())),
                    Some(invoice) => plan.push(((*invoice).clone(), *amount)),
                }
            }
            problems.finish()?;
            plan
        }
        None => {
            let mut left = payment.unallocated;
            let mut plan = Vec::new();
            for invoice in invoices {
                let open = invoice.open();
                if left == 0 || open <= 0 {
                    continue;
                }
                let take = open.min(left);
                left -= take;
                plan.push((invoice, take));
            }
            plan
        }
    };
    let mut total = 0;
    for (invoice, amount) in plan {
        apply(txn, payment.id, &invoice, amount, on).await?;
        total += amount;
    }
    Ok(total)
}

/// What the fund's share of an invoice is computed on: its maintenance fee before VAT and its
/// total, both net of the credit notes issued against it.
pub(crate) async fn fund_basis(txn: &TenantTxn, invoice: &invoice::Model) -> AppResult<(i64, i64)> {
    let mut ids = vec![invoice.id];
    ids.extend(
        txn.scoped::<invoice::Entity>()
            .select_only()
            .column(invoice::Column::Id)
            .filter(invoice::Column::CorrectsId.eq(invoice.id))
            .filter(invoice::Column::Kind.eq(InvoiceKind::CreditNote))
            .filter(invoice::Column::Status.eq(InvoiceState::Issued))
            .into_tuple::<Uuid>()
            .all(txn.conn())
            .await?,
    );
    let fee = txn
        .scoped::<invoice_line::Entity>()
        .filter(invoice_line::Column::InvoiceId.is_in(ids))
        .filter(invoice_line::Column::Kind.eq(LineKind::MaintenanceFee))
        .all(txn.conn())
        .await?
        .iter()
        .map(|l| l.amount)
        .sum();
    Ok((fee, invoice.total - invoice.credited))
}

/// The part of `paid` (of `total`) that belongs to the fund, rounded down; summed over a series
/// of payments it reaches exactly `fee` when the invoice is paid in full.
pub(crate) fn fund_share(paid: i64, total: i64, fee: i64) -> i64 {
    if total <= 0 {
        return 0;
    }
    ((i128::from(paid) * i128::from(fee)) / i128::from(total)) as i64
}

/// Allocates `amount` of a payment to an invoice and posts the fund's share. The invoice's
/// `paid` grows in the database (`paid = paid + amount` on the row the caller locked), and the
/// share is computed from the row as it is now, never from a copy read earlier.
async fn apply(
    txn: &TenantTxn,
    payment_id: Uuid,
    invoice: &invoice::Model,
    amount: i64,
    on: NaiveDate,
) -> AppResult<()> {
    let tenant = txn.tenant_id().0;
    invoice::Entity::update_many()
        .col_expr(
            invoice::Column::Paid,
            sea_orm::sea_query::ExprTrait::add(Expr::col(invoice::Column::Paid), amount),
        )
        .filter(invoice::Column::TenantId.eq(tenant))
        .filter(invoice::Column::Id.eq(invoice.id))
        .exec(txn.conn())
        .await?;
    let invoice = &txn
        .scoped_by_id::<invoice::Entity>(invoice.id)
        .one(txn.conn())
        .await?
        .ok_or(AppError::NotFound)?;
    let paid_before = invoice.paid - amount;
    if invoice.open() == 0 {
        // Settled: reminders still waiting in the outbox are withdrawn, in this transaction.
        crate::notify::outbox::cancel_waiting(txn.conn(), txn.tenant_id(), &[invoice.id]).await?;
    }
    let now = Utc::now();
    let allocation = payment_allocation::Model {
        id: Uuid::now_v7(),
        tenant_id: tenant,
        created_at: now,
        payment_id,
        invoice_id: invoice.id,
        amount,
        allocated_on: on,
    };
    payment_allocation::Entity::insert(allocation.clone().into_active_model())
        .exec_without_returning(txn.conn())
        .await?;
    let (fee, net_total) = fund_basis(txn, invoice).await?;
    let share = fund_share(invoice.paid, net_total, fee) - fund_share(paid_before, net_total, fee);
    if share != 0 {
        let number = crate::billing::labels::invoice_label(invoice);
        fund_entry::Entity::insert(
            fund_entry::Model {
                id: Uuid::now_v7(),
                tenant_id: tenant,
                created_at: now,
                cluster_id: invoice.cluster_id,
                entry_on: on,
                kind: FundEntryKind::FeeCollected,
                amount: share,
                description: format!("Phí duy tu thu theo HĐ {number} – {}", invoice.buyer_name),
                allocation_id: Some(allocation.id),
                invoice_id: Some(invoice.id),
                recorded_by: None,
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
    Ok(())
}

/// Applies the credit of `firms` (what their payments left unallocated) to their open invoices,
/// oldest first, on `on`; returns how much was applied. Runs inside the caller's transaction,
/// e.g. right after a billing run issued new invoices.
pub(crate) async fn apply_credit(txn: &TenantTxn, firms: &[Uuid], on: NaiveDate) -> AppResult<i64> {
    let mut applied = 0;
    for credit in with_credit(txn, firms).await? {
        let allocated = allocate(txn, &credit, None, on).await?;
        if allocated == 0 {
            continue;
        }
        let mut update = payment::ActiveModel {
            id: sea_orm::ActiveValue::Unchanged(credit.id),
            ..Default::default()
        };
        update.unallocated = Set(credit.unallocated - allocated);
        payment::Entity::update(update).exec(txn.conn()).await?;
        applied += allocated;
    }
    Ok(applied)
}

/// The payments of `firms` with something left unallocated (their credit), oldest first, locked:
/// what credit is drawn from, for new invoices or a refund.
pub(crate) async fn with_credit(txn: &TenantTxn, firms: &[Uuid]) -> AppResult<Vec<payment::Model>> {
    let mut found = Vec::new();
    for chunk in firms.chunks(800) {
        found.extend(
            txn.scoped::<payment::Entity>()
                .filter(payment::Column::FirmId.is_in(chunk.iter().copied()))
                .filter(payment::Column::Unallocated.gt(0))
                .order_by_asc(payment::Column::ReceivedOn)
                .order_by_asc(payment::Column::Id)
                .lock_exclusive()
                .all(txn.conn())
                .await?,
        );
    }
    Ok(found)
}

/// Applies the credit of `invoice`'s firm to that invoice first (a replacement takes over what
/// was paid on the invoice it replaces), oldest payment first; returns how much was applied.
pub(crate) async fn apply_credit_to(
    txn: &TenantTxn,
    invoice: &invoice::Model,
    on: NaiveDate,
) -> AppResult<i64> {
    let credits = with_credit(txn, &[invoice.firm_id]).await?;
    let mut open = invoice.open();
    let mut applied = 0;
    for credit in credits {
        if open == 0 {
            break;
        }
        let take = credit.unallocated.min(open);
        let allocated = allocate(txn, &credit, Some(&[(InvoiceId(invoice.id), take)]), on).await?;
        let mut update = payment::ActiveModel {
            id: sea_orm::ActiveValue::Unchanged(credit.id),
            ..Default::default()
        };
        update.unallocated = Set(credit.unallocated - allocated);
        payment::Entity::update(update).exec(txn.conn()).await?;
        open -= allocated;
        applied += allocated;
    }
    Ok(applied)
}

/// How to narrow the payments list.
#[derive(Clone, Debug, Default)]
pub struct PaymentFilter {
    pub firm_id: Option<FirmId>,
}

/// Payments, newest first (operators; an enterprise user sees their own firm's).
pub async fn list(
    db: &Db,
    ctx: &TenantCtx,
    filter: PaymentFilter,
    page: PageRequest,
) -> AppResult<Page<payment::Model>> {
    let txn = db.read(ctx, Policy::ReadAccounts).await?;
    let firm_scope = txn.firm_scope();
    let mut select = txn.scoped::<payment::Entity>();
    if let Some(firm) = firm_scope.or(filter.firm_id) {
        select = select.filter(payment::Column::FirmId.eq(firm));
    }
    if let (Some(own), Some(asked)) = (firm_scope, filter.firm_id)
        && own != asked
    {
        return Ok(Page {
            items: Vec::new(),
            total: 0,
        });
    }
    let select = select
        .order_by_desc(payment::Column::ReceivedOn)
        .order_by_desc(payment::Column::Id);
    let page = fetch_page(select, txn.conn(), page).await?;
    txn.commit().await?;
    Ok(page)
}

/// The allocations of the given payments, in one statement.
pub async fn allocations_of(
    db: &Db,
    ctx: &TenantCtx,
    payment_ids: &[Uuid],
) -> AppResult<HashMap<Uuid, Vec<payment_allocation::Model>>> {
    let txn = db.read(ctx, Policy::ReadAccounts).await?;
    let rows = txn
        .scoped::<payment_allocation::Entity>()
        .filter(payment_allocation::Column::PaymentId.is_in(payment_ids.iter().copied()))
        .filter(payment_allocation::Column::Amount.gt(0))
        .order_by_asc(payment_allocation::Column::CreatedAt)
        .all(txn.conn())
        .await?;
    txn.commit().await?;
    let mut grouped: HashMap<Uuid, Vec<payment_allocation::Model>> = HashMap::new();
    for row in rows {
        grouped.entry(row.payment_id).or_default().push(row);
    }
    Ok(grouped)
}

/// One payment: operators any of the tenant's, an enterprise user only their firm's.
pub async fn get(db: &Db, ctx: &TenantCtx, id: PaymentId) -> AppResult<payment::Model> {
    let txn = db.lookup(ctx, Policy::ReadAccounts).await?;
    let own_firm = txn.firm_scope().map(|f| f.0);
    let found = txn
        .scoped_by_id::<payment::Entity>(id)
        .one(txn.conn())
        .await?
        .filter(|p| own_firm.is_none_or(|f| f == p.firm_id))
        .ok_or(AppError::NotFound)?;
    txn.commit().await?;
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::fund_share;
    use proptest::prelude::*;

    proptest! {
        /// However a total is paid in parts, the fund's shares add up to exactly the fee.
        #[test]
        fn fund_shares_add_up_to_the_fee(
            total in 1i64..10_000_000_000,
            fee_permille in 0i64..=1000,
            cuts in proptest::collection::vec(1i64..1000, 1..8),
        ) {
            let fee = total * fee_permille / 1000;
            let weight: i64 = cuts.iter().sum();
            let mut paid = 0;
            let mut shares = 0;
            for (i, cut) in cuts.iter().enumerate() {
                let part = if i + 1 == cuts.len() { total - paid } else { total * cut / weight };
                let part = part.min(total - paid);
                shares += fund_share(paid + part, total, fee) - fund_share(paid, total, fee);
                paid += part;
                prop_assert!(shares <= fee);
            }
            prop_assert_eq!(paid, total);
            prop_assert_eq!(shares, fee);
        }
    }
}
