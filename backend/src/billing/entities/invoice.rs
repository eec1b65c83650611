//! `invoices`: an invoice or a credit note.

use sea_orm::entity::prelude::*;

use crate::billing::{Correction, InvoiceKind, InvoiceState};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "invoices")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub tenant_id: Uuid,
    pub created_at: DateTimeUtc,
    pub kind: InvoiceKind,
    pub run_id: Option<Uuid>,
    pub lease_id: Option<Uuid>,
    pub firm_id: Uuid,
    pub cluster_id: Uuid,
    pub corrects_id: Option<Uuid>,
    pub billing_key: Option<String>,
    pub status: InvoiceState,
    pub period_start: Date,
    pub period_end: Date,
    pub template: String,
    pub series: String,
    pub number: Option<i32>,
    pub issued_on: Option<Date>,
    pub due_on: Option<Date>,
    pub subtotal: i64,
    pub vat_total: i64,
    pub total: i64,
    pub paid: i64,
    /// Taken off by credit notes (positive, VAT included).
    pub credited: i64,
    /// Late interest has been charged up to this day.
    pub interest_through: Option<Date>,
    pub seller_name: String,
    pub seller_address: String,
    pub seller_tax_code: String,
    pub buyer_name: String,
    pub buyer_address: String,
    pub buyer_tax_code: String,
    pub note: Option<String>,
    pub voided_at: Option<DateTimeUtc>,
    pub void_reason: Option<String>,
    /// Which correction of `corrects_id` this document is; none for an ordinary invoice.
    pub correction: Option<Correction>,
    /// The written agreement with the buyer a correction rests on: its number and date.
    pub agreement_number: Option<String>,
    pub agreement_date: Option<Date>,
    /// The invoice that replaced this one (status REPLACED).
    pub replaced_by_id: Option<Uuid>,
    /// A VAT invoice, or a late-interest notice (no VAT invoice, own series).
    pub document_type: crate::billing::DocumentType,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

impl Model {
    /// What was paid beyond what the invoice now asks (after a decrease): the firm's credit
    /// until it is released to the firm's payments.
    pub fn overpaid(&self) -> i64 {
        (self.paid + self.credited - self.total).max(0)
    }

    /// What is still to pay: the total less credit notes and payments (never negative); nothing
    /// on a void or replaced invoice.
    pub fn open(&self) -> i64 {
        if matches!(self.status, InvoiceState::Void | InvoiceState::Replaced) {
            return 0;
        }
        (self.total - self.credited - self.paid).max(0)
    }
}

impl crate::db::TenantOwned for Entity {
    fn tenant_column() -> Column {
        Column::TenantId
    }
}
