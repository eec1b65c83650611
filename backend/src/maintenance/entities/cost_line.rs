//! `work_order_cost_lines`: a cost of a work order, whole đồng.

use crate::maintenance::CostKind;
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "work_order_cost_lines")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub tenant_id: Uuid,
    pub created_at: DateTimeUtc,
    pub work_order_id: Uuid,
    pub kind: CostKind,
    pub description: String,
    /// Labour: minutes worked.
    pub minutes: Option<i32>,
    /// Labour: đồng per hour.
    pub hourly_rate: Option<i64>,
    pub amount: i64,
    pub supplier: Option<String>,
    pub supplier_invoice: Option<String>,
    pub added_by: Option<Uuid>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

impl crate::db::TenantOwned for Entity {
    fn tenant_column() -> Column {
        Column::TenantId
    }
}
