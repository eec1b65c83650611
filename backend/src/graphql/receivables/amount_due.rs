//! What a firm owes now and the one VietQR that pays it.

use async_graphql::{ID, SimpleObject};

use crate::graphql::billing::invoices::Invoice;
use crate::graphql::ids;
use crate::graphql::scalars::Day;
use crate::ids::FirmId;
use crate::receivables::amount_due;

/// The operator's bank account, as a banking app shows it.
#[derive(SimpleObject)]
pub struct Payee {
    /// The bank's NAPAS BIN (six digits), as VietQR carries it.
    pub bank_bin: String,
    /// The bank's short name (e.g. Vietcombank); null for a BIN not in the NAPAS list.
    pub bank_name: Option<String>,
    /// The account number.
    pub account: String,
    /// The account holder's name.
    pub holder: String,
}

impl From<amount_due::Payee> for Payee {
    fn from(p: amount_due::Payee) -> Self {
        Self {
            bank_bin: p.bank_bin,
            bank_name: p.bank_name,
            account: p.account,
            holder: p.holder,
        }
    }
}

/// What a firm owes today and how to pay all of it with one transfer.
#[derive(SimpleObject)]
pub struct AmountDue {
    /// The firm.
    pub firm_id: ID,
    /// Its name.
    pub firm_name: String,
    /// Everything open on its issued invoices, đồng.
    pub open: i64,
    /// The part of `open` past its due date, đồng.
    pub overdue: i64,
    /// The earliest due date not yet past; null when nothing is due ahead.
    pub next_due_on: Option<Day>,
    /// The invoices with something open, earliest due first.
    pub invoices: Vec<Invoice>,
    /// The account to pay into; null until the operator enters it.
    pub payee: Option<Payee>,
    /// The transfer purpose that pays everything: the invoice numbers when they fit in the 25
    /// characters banks keep (`TT HD C26TDS 12 13`), else the firm's tax code (`TT MST …`), which
    /// bank matching reads as the whole open balance; null when nothing is open.
    pub purpose: Option<String>,
    /// A VietQR payload for `open` with `purpose`; null when nothing is open, the operator has no
    /// bank account on file, or no purpose can name what it pays.
    pub vietqr: Option<String>,
}

impl AmountDue {
    pub fn new(due: amount_due::AmountDue, invoices: Vec<Invoice>) -> Self {
        Self {
            firm_id: ids::of::<FirmId>(due.firm.id),
            firm_name: due.firm.name,
            open: due.open,
            overdue: due.overdue,
            next_due_on: due.next_due_on.map(Day),
            invoices,
            payee: due.payee.map(Into::into),
            purpose: due.purpose,
            vietqr: due.vietqr,
        }
    }
}
