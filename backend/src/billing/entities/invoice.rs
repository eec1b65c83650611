//! `invoices`: an invoice or a credit note.

use sea_orm::entity::prelude::*;

use crate::billing::{InvoiceKind, InvoiceState};

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
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

impl Model {
    /// What is still to pay: the total less credit notes and payments (never negative); nothing
    /// on a void invoice.
    pub fn open(&self) -> i64 {
        if self.status == InvoiceState::Void {
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
