//! A payment's receipt: when an operator records a firm's payment, or confirms one from a bank
//! statement, the firm's billing addresses are told what was received and which invoices it
//! paid, in the firm's language. Queued in the payment's own transaction (the outbox), so a receipt goes out exactly
//! when the payment exists; a replayed request queues nothing new.

use sea_orm::{ColumnTrait, QueryFilter, QueryOrder};

use crate::billing::entities::invoice;
use crate::billing::labels::invoice_label;
use crate::billing::runs::Announce;
use crate::db::TenantTxn;
use crate::error::AppResult;
use crate::notify::Mail;
use crate::receivables::entities::{payment, payment_allocation};
use crate::tenancy::entities::firm;

/// Queues the receipt of `payment` to each billing address of `firm`; returns how many emails.
pub async fn enqueue(
    txn: &TenantTxn,
    payment: &payment::Model,
    firm: &firm::Model,
    announce: &Announce<'_>,
) -> AppResult<usize> {
    let to = firm.billing_addresses();
    if to.is_empty() {
        return Ok(0);
    }
    let settings = crate::billing::settings::load(txn).await?;
    let paid = txn
        .scoped::<payment_allocation::Entity>()
        .filter(payment_allocation::Column::PaymentId.eq(payment.id))
        .order_by_asc(payment_allocation::Column::CreatedAt)
        .all(txn.conn())
        .await?;
    let invoices = txn
        .scoped::<invoice::Entity>()
        .filter(invoice::Column::Id.is_in(paid.iter().map(|a| a.invoice_id)))
        .all(txn.conn())
        .await?;
    let allocations = paid
        .iter()
        .filter_map(|a| {
            let found = invoices.iter().find(|i| i.id == a.invoice_id)?;
            Some((invoice_label(found), a.amount))
        })
        .collect();
    let mail = Mail::PaymentReceived {
        seller_name: settings.seller_name,
        firm_name: firm.name.clone(),
        amount: payment.amount,
        received_on: payment.received_on,
        method: payment.method,
        reference: payment.bank_reference.clone(),
        allocations,
        credit: payment.unallocated,
        link: announce.link.clone(),
    };
    let locale =
        crate::tenancy::languages::firm_locale(txn.conn(), txn.tenant_id().0, firm.id).await?;
    let mails: Vec<_> = to
        .into_iter()
        .map(|address| (address, locale, mail.clone()))
        .collect();
    announce
        .outbox
        .enqueue_many(txn.conn(), Some(txn.tenant_id()), &mails)
        .await
}
