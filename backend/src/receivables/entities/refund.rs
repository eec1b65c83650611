//! `refunds`: money given back to a firm out of its credit (what its payments left
//! unallocated), by bank transfer or cash.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "refunds")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub tenant_id: Uuid,
    pub created_at: DateTimeUtc,
    pub firm_id: Uuid,
    /// The payment whose unallocated credit the refund gives back (the oldest first).
    pub payment_id: Uuid,
    pub amount: i64,
    pub refunded_on: Date,
    /// The bank's reference of the transfer (or the cash voucher's number).
    pub bank_reference: String,
    pub note: Option<String>,
    pub recorded_by: Option<Uuid>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

impl crate::db::TenantOwned for Entity {
    fn tenant_column() -> Column {
        Column::TenantId
    }
}
