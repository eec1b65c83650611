//! `fund_entries`: a movement of a cluster's maintenance fund.

use sea_orm::entity::prelude::*;

use crate::receivables::FundEntryKind;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "fund_entries")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub tenant_id: Uuid,
    pub created_at: DateTimeUtc,
    pub cluster_id: Uuid,
    pub entry_on: Date,
    pub kind: FundEntryKind,
    /// Signed: in is positive, spending negative.
    pub amount: i64,
    pub description: String,
    pub allocation_id: Option<Uuid>,
    pub invoice_id: Option<Uuid>,
    pub recorded_by: Option<Uuid>,
    /// The verified work order this expense pays for (at most one entry each).
    pub work_order_id: Option<Uuid>,
    /// The supporting document, e.g. the contractor's invoice number.
    pub document_ref: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

impl crate::db::TenantOwned for Entity {
    fn tenant_column() -> Column {
        Column::TenantId
    }
}
