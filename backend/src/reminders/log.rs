//! Reading the send ledger: the operator's reminders log with filters, and the reminders of
//! one invoice (an enterprise user sees those of their own firm's invoices only).

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, QueryFilter, QueryOrder};

use crate::access::{Policy, TenantCtx};
use crate::billing::invoices;
use crate::db::{Db, Page, PageRequest, fetch_page};
use crate::error::AppResult;
use crate::ids::{FirmId, InvoiceId};
use crate::reminders::Kind;
use crate::reminders::entities::reminder_send::{self, Column};

/// Which reminders to list.
#[derive(Clone, Debug, Default)]
pub struct LogFilter {
    pub kind: Option<Kind>,
    pub firm: Option<FirmId>,
    /// Claimed at or after.
    pub from: Option<DateTime<Utc>>,
    /// Claimed before.
    pub to: Option<DateTime<Utc>>,
}

/// The reminders claimed, newest first (operators; an enterprise user, their firm's).
pub async fn list(
    db: &Db,
    ctx: &TenantCtx,
    filter: LogFilter,
    page: PageRequest,
) -> AppResult<Page<reminder_send::Model>> {
    let txn = db.read(ctx, Policy::ReadReminders).await?;
    let mut select = txn.scoped::<reminder_send::Entity>();
    if let Some(firm) = txn.firm_scope() {
        select = select
            .filter(Column::FirmId.eq(firm.0))
            .filter(Column::Kind.is_in([
                Kind::InvoiceDueSoon,
                Kind::InvoiceDueToday,
                Kind::InvoiceOverdue,
                Kind::Statement,
            ]));
    }
    if let Some(kind) = filter.kind {
        select = select.filter(Column::Kind.eq(kind));
    }
    if let Some(firm) = filter.firm {
        select = select.filter(Column::FirmId.eq(firm.0));
    }
    if let Some(from) = filter.from {
        select = select.filter(Column::CreatedAt.gte(from));
    }
    if let Some(to) = filter.to {
        select = select.filter(Column::CreatedAt.lt(to));
    }
    let select = select
        .order_by_desc(Column::CreatedAt)
        .order_by_desc(Column::Id);
    let result = fetch_page(select, txn.conn(), page).await?;
    txn.commit().await?;
    Ok(result)
}

/// The reminders sent about one invoice, oldest first (whoever may see the invoice).
pub async fn of_invoice(
    db: &Db,
    ctx: &TenantCtx,
    id: InvoiceId,
) -> AppResult<Vec<reminder_send::Model>> {
    let txn = db.lookup(ctx, Policy::ReadAccounts).await?;
    let invoice = invoices::visible(&txn, id).await?;
    let rows = txn
        .scoped::<reminder_send::Entity>()
        .filter(Column::SubjectId.eq(invoice.id))
        .order_by_asc(Column::CreatedAt)
        .all(txn.conn())
        .await?;
    txn.commit().await?;
    Ok(rows)
}
