//! `invoices`: an invoice or a credit note.

use sea_orm::Iterable;
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
    /// An invoice from a row that holds only the columns `read` and the id (a list that shows
    /// a few fields reads only what they need, issue 16): every other field is blank (zero,
    /// empty, none, the first variant, the epoch). Whoever asked for the columns looks only at
    /// the fields they make.
    pub fn from_columns(row: &QueryResult, read: Columns) -> Result<Self, DbErr> {
        let r = Read { row, read };
        Ok(Self {
            id: row.try_get("", Column::Id.as_str())?,
            tenant_id: r.or(Column::TenantId, Uuid::nil())?,
            created_at: r.or(Column::CreatedAt, DateTimeUtc::default())?,
            kind: r.or(Column::Kind, InvoiceKind::Invoice)?,
            run_id: r.or(Column::RunId, None)?,
            lease_id: r.or(Column::LeaseId, None)?,
            firm_id: r.or(Column::FirmId, Uuid::nil())?,
            cluster_id: r.or(Column::ClusterId, Uuid::nil())?,
            corrects_id: r.or(Column::CorrectsId, None)?,
            billing_key: r.or(Column::BillingKey, None)?,
            status: r.or(Column::Status, InvoiceState::Draft)?,
            period_start: r.or(Column::PeriodStart, Date::default())?,
            period_end: r.or(Column::PeriodEnd, Date::default())?,
            template: r.or(Column::Template, String::new())?,
            series: r.or(Column::Series, String::new())?,
            number: r.or(Column::Number, None)?,
            issued_on: r.or(Column::IssuedOn, None)?,
            due_on: r.or(Column::DueOn, None)?,
            subtotal: r.or(Column::Subtotal, 0)?,
            vat_total: r.or(Column::VatTotal, 0)?,
            total: r.or(Column::Total, 0)?,
            paid: r.or(Column::Paid, 0)?,
            credited: r.or(Column::Credited, 0)?,
            interest_through: r.or(Column::InterestThrough, None)?,
            seller_name: r.or(Column::SellerName, String::new())?,
            seller_address: r.or(Column::SellerAddress, String::new())?,
            seller_tax_code: r.or(Column::SellerTaxCode, String::new())?,
            buyer_name: r.or(Column::BuyerName, String::new())?,
            buyer_address: r.or(Column::BuyerAddress, String::new())?,
            buyer_tax_code: r.or(Column::BuyerTaxCode, String::new())?,
            note: r.or(Column::Note, None)?,
            voided_at: r.or(Column::VoidedAt, None)?,
            void_reason: r.or(Column::VoidReason, None)?,
            correction: r.or(Column::Correction, None)?,
            agreement_number: r.or(Column::AgreementNumber, None)?,
            agreement_date: r.or(Column::AgreementDate, None)?,
            replaced_by_id: r.or(Column::ReplacedById, None)?,
            document_type: r.or(
                Column::DocumentType,
                crate::billing::DocumentType::VatInvoice,
            )?,
        })
    }

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

/// Some of the invoice's columns.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Columns(u64);

impl Columns {
    /// These and `column`.
    pub fn with(self, column: Column) -> Self {
        Self(self.0 | Self::bit(column))
    }

    pub fn has(self, column: Column) -> bool {
        self.0 & Self::bit(column) != 0
    }

    /// The columns, in the table's order.
    pub fn iter(self) -> impl Iterator<Item = Column> {
        Column::iter().filter(move |column| self.has(*column))
    }

    fn bit(column: Column) -> u64 {
        1 << (column as u32)
    }
}

/// A row that holds some of the columns ([`Model::from_columns`]).
struct Read<'a> {
    row: &'a QueryResult,
    read: Columns,
}

impl Read<'_> {
    /// `column` of the row if it was read, else `blank`.
    fn or<T: sea_orm::TryGetable>(&self, column: Column, blank: T) -> Result<T, DbErr> {
        if self.read.has(column) {
            self.row.try_get("", column.as_str())
        } else {
            Ok(blank)
        }
    }
}

impl crate::db::TenantOwned for Entity {
    fn tenant_column() -> Column {
        Column::TenantId
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_column_has_its_own_bit_in_a_set() {
        let all = Column::iter().fold(Columns::default(), Columns::with);
        assert_eq!(all.iter().count(), Column::iter().count());
        assert!(Column::iter().count() <= 64);
    }
}
