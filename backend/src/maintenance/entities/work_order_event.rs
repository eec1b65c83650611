//! `work_order_events`: one transition of a work order.

use crate::maintenance::{Priority, WorkOrderStatus};
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "work_order_events")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub tenant_id: Uuid,
    pub created_at: DateTimeUtc,
    pub work_order_id: Uuid,
    pub actor_id: Option<Uuid>,
    pub from_status: Option<WorkOrderStatus>,
    pub to_status: WorkOrderStatus,
    pub priority: Priority,
    pub reason: Option<String>,
    pub reason_code: Option<crate::maintenance::EventReason>,
    pub reason_detail: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

impl crate::db::TenantOwned for Entity {
    fn tenant_column() -> Column {
        Column::TenantId
    }
}
