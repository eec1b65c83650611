//! `maintenance_chargebacks`: a verified work order's cost a firm pays on its next invoice.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "maintenance_chargebacks")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub tenant_id: Uuid,
    pub created_at: DateTimeUtc,
    pub work_order_id: Uuid,
    pub firm_id: Uuid,
    pub cluster_id: Option<Uuid>,
    /// Before VAT.
    pub amount: i64,
    pub description: String,
    /// The invoice that billed it; none while pending.
    pub invoice_id: Option<Uuid>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

impl crate::db::TenantOwned for Entity {
    fn tenant_column() -> Column {
        Column::TenantId
    }
}
