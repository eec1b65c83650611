//! The reminder email for a real invoice, as its firm would read it: the operator checks a
//! template (its own, or a draft) before saving it.

use std::collections::HashMap;

use chrono::NaiveDate;
use uuid::Uuid;

use crate::access::{Policy, TenantCtx};
use crate::billing::invoices::{self, vietqr_for};
use crate::billing::settings as billing_settings;
use crate::db::Db;
use crate::error::{AppError, AppResult, reason};
use crate::ids::InvoiceId;
use crate::reminders::mail::{Facts, InvoiceFact, Rendered, check_override, render};
use crate::reminders::settings::Book;
use crate::reminders::sweep::select::global_id;
use crate::reminders::{Kind, Reminders};
use crate::tenancy::Locale;
use crate::tenancy::entities::firm;

/// What to preview.
pub struct Request {
    pub invoice: InvoiceId,
    pub kind: Kind,
    pub locale: Locale,
    /// A draft subject and opening (checked like a saved override); none: the settings'.
    pub draft: Option<(String, String)>,
    /// The day it would be sent (days overdue count to it).
    pub on: NaiveDate,
}

/// Renders the reminder of `request.kind` for the invoice (operators).
pub async fn invoice(
    reminders: &Reminders,
    ctx: &TenantCtx,
    request: Request,
) -> AppResult<Rendered> {
    if !request.kind.is_invoice() {
        return Err(AppError::invalid(
            "kind",
            reason!("preview_invoice_reminder", "preview an invoice reminder"),
        ));
    }
    if let Some((subject, body)) = &request.draft {
        check_override(subject, body, "template")?;
    }
    let txn = reminders.db.tenant(ctx, Policy::HoldReminders).await?;
    let invoice = invoices::visible(&txn, request.invoice).await?;
    let firm = txn
        .scoped_by_id::<firm::Entity>(invoice.firm_id)
        .one(txn.conn())
        .await?
        .ok_or(AppError::NotFound)?;
    let billing = billing_settings::load(&txn).await?;
    let settings = Book::load(txn.conn(), reminders.default_window)
        .await?
        .effective(invoice.tenant_id, Some(invoice.cluster_id));
    txn.commit().await?;
    let due_on = invoice.due_on.unwrap_or(request.on);
    let qr = vietqr_for(&invoice, &billing.bank_bin, &billing.bank_account);
    let facts = Facts {
        kind: request.kind,
        locale: request.locale,
        firm_name: firm.name,
        seller_name: billing.seller_name.clone(),
        invoices: vec![InvoiceFact {
            number: crate::billing::labels::invoice_label(&invoice),
            due_on,
            open: invoice.open(),
            days_overdue: (request.on - due_on).num_days(),
        }],
        late_interest: None,
        link: format!(
            "{}/my-invoices/{}",
            reminders.public_url,
            global_id("Invoice", invoice.id)
        ),
        lease_ends_on: None,
        month: None,
        with_qr: qr.is_some(),
        title: None,
        due_at: None,
        percent: None,
        items: Vec::new(),
    };
    let template = match &request.draft {
        Some((subject, body)) => (subject.as_str(), body.as_str()),
        None => settings.template(request.kind, request.locale),
    };
    render(&facts, template)
}

/// The names of the operator's firms (the forecast names them).
pub async fn firm_names(db: &Db, ctx: &TenantCtx) -> AppResult<HashMap<Uuid, String>> {
    let txn = db.read(ctx, Policy::ReadReminders).await?;
    let rows = txn.scoped::<firm::Entity>().all(txn.conn()).await?;
    txn.commit().await?;
    Ok(rows.into_iter().map(|f| (f.id, f.name)).collect())
}
