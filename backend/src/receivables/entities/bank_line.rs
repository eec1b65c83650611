//! `bank_lines`: one incoming transfer of an imported bank statement.

use sea_orm::entity::prelude::*;

use crate::receivables::{BankLineStatus, BankMatch};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "bank_lines")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub tenant_id: Uuid,
    pub created_at: DateTimeUtc,
    pub booked_on: Date,
    pub amount: i64,
    pub description: String,
    /// The bank's transaction reference, unique per tenant.
    pub reference: String,
    pub payer_tax_code: Option<String>,
    pub status: BankLineStatus,
    pub match_kind: Option<BankMatch>,
    /// The invoice suggested, or paid once confirmed.
    pub invoice_id: Option<Uuid>,
    pub firm_id: Option<Uuid>,
    pub payment_id: Option<Uuid>,
    pub ignore_reason: Option<String>,
    pub imported_by: Option<Uuid>,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

impl crate::db::TenantOwned for Entity {
    fn tenant_column() -> Column {
        Column::TenantId
    }
}
