//! `payments`: money received from a firm.

use sea_orm::entity::prelude::*;

use crate::receivables::PaymentMethod;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "payments")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub tenant_id: Uuid,
    pub created_at: DateTimeUtc,
    pub firm_id: Uuid,
    pub amount: i64,
    pub received_on: Date,
    pub method: PaymentMethod,
    pub bank_reference: Option<String>,
    pub idempotency_key: String,
    pub request_hash: String,
    /// Not yet allocated: the firm's credit.
    pub unallocated: i64,
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
