//! What a firm owes now, and one transfer that pays all of it: the enterprise's home page and
//! its phone banking app scanning a single VietQR code.
//!
//! The purpose of that transfer must let bank matching split it over the right invoices, and
//! banks keep only 25 characters of it. So it lists the invoice numbers when they fit
//! (`TT HD C26TDS 12 13 40`: one series, numbers without their leading zeros), and otherwise
//! names the payer by tax code (`TT MST 2501234563`), which matching reads as "this firm's whole
//! open balance" and confirming pays oldest due first.

use chrono::NaiveDate;
use sea_orm::{ColumnTrait, QueryFilter, QueryOrder};

use crate::access::{Policy, TenantCtx};
use crate::billing::documents::vietqr;
use crate::billing::entities::invoice;
use crate::billing::{InvoiceKind, InvoiceState, banks, settings};
use crate::db::Db;
use crate::error::{AppError, AppResult};
use crate::ids::FirmId;
use crate::tenancy::entities::firm;

/// The most characters of a transfer purpose banks keep.
const PURPOSE_LIMIT: usize = 25;

/// The operator's account a firm pays into, as a banking app shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Payee {
    pub bank_bin: String,
    /// The bank's short name, when the BIN is a known NAPAS bank.
    pub bank_name: Option<String>,
    pub account: String,
    pub holder: String,
}

/// What a firm owes on a day, and how to pay it in one transfer.
#[derive(Clone, Debug)]
pub struct AmountDue {
    pub firm: firm::Model,
    /// Issued invoices with something open, earliest due first.
    pub invoices: Vec<invoice::Model>,
    pub open: i64,
    /// The part of `open` past its due date.
    pub overdue: i64,
    /// The earliest due date not yet past.
    pub next_due_on: Option<NaiveDate>,
    /// None until the operator enters its bank account.
    pub payee: Option<Payee>,
    /// The transfer purpose that pays everything open; none when nothing is.
    pub purpose: Option<String>,
    /// A VietQR payload for `open` with `purpose`.
    pub vietqr: Option<String>,
}

/// The purpose of one transfer paying `invoices` of a firm with `tax_code`.
pub fn pay_all_purpose(invoices: &[invoice::Model], tax_code: Option<&str>) -> Option<String> {
    let first = invoices.first()?;
    if invoices.len() == 1 {
        return first
            .number
            .map(|n| crate::billing::invoices::payment_purpose(&first.series, n));
    }
    if invoices.iter().all(|i| i.series == first.series) {
        let mut purpose = format!("TT HD {}", first.series);
        for invoice in invoices {
            purpose.push_str(&format!(" {}", invoice.number?));
        }
        if purpose.len() <= PURPOSE_LIMIT {
            return Some(purpose);
        }
    }
    tax_code
        .map(|code| format!("TT MST {code}"))
        .filter(|p| p.len() <= PURPOSE_LIMIT)
}

/// What `firm` owes on `today`: an enterprise user their own firm (any other is NOT_FOUND), an
/// operator the firm asked for.
pub async fn amount_due(
    db: &Db,
    ctx: &TenantCtx,
    asked: Option<FirmId>,
    today: NaiveDate,
) -> AppResult<AmountDue> {
    let firm_id = super::reports::statement_firm(ctx, asked)?;
    let txn = db.read(ctx, Policy::ReadAccounts).await?;
    let firm = txn
        .scoped_by_id::<firm::Entity>(firm_id)
        .one(txn.conn())
        .await?
        .ok_or(AppError::NotFound)?;
    let invoices: Vec<invoice::Model> = txn
        .scoped::<invoice::Entity>()
        .filter(invoice::Column::FirmId.eq(firm.id))
        .filter(invoice::Column::Kind.eq(InvoiceKind::Invoice))
        .filter(invoice::Column::Status.eq(InvoiceState::Issued))
        .order_by_asc(invoice::Column::DueOn)
        .order_by_asc(invoice::Column::Number)
        .all(txn.conn())
        .await?
        .into_iter()
        .filter(|i| i.open() > 0)
        .collect();
    let settings = settings::load(&txn).await?;
    txn.commit().await?;

    let open = invoices.iter().map(invoice::Model::open).sum();
    let overdue = invoices
        .iter()
        .filter(|i| i.due_on.is_some_and(|due| due < today))
        .map(invoice::Model::open)
        .sum();
    let next_due_on = invoices
        .iter()
        .filter_map(|i| i.due_on)
        .filter(|due| *due >= today)
        .min();
    let payee =
        (!settings.bank_bin.is_empty() && !settings.bank_account.is_empty()).then(|| Payee {
            bank_name: banks::by_bin(&settings.bank_bin).map(|b| b.short_name.to_owned()),
            bank_bin: settings.bank_bin.clone(),
            account: settings.bank_account.clone(),
            holder: settings.bank_account_name.clone(),
        });
    let purpose = pay_all_purpose(&invoices, firm.tax_code.as_deref());
    let vietqr = match (&payee, &purpose) {
        (Some(payee), Some(purpose)) if open > 0 => Some(vietqr::payload(
            &payee.bank_bin,
            &payee.account,
            open,
            purpose,
        )),
        _ => None,
    };
    Ok(AmountDue {
        firm,
        invoices,
        open,
        overdue,
        next_due_on,
        payee,
        purpose,
        vietqr,
    })
}
