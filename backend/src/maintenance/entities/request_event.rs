//! `maintenance_request_events`: one transition of a request (its SLA is computed from these).

use crate::maintenance::{Priority, RequestStatus};
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "maintenance_request_events")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub tenant_id: Uuid,
    pub created_at: DateTimeUtc,
    pub request_id: Uuid,
    pub actor_id: Option<Uuid>,
    pub from_status: Option<RequestStatus>,
    pub to_status: RequestStatus,
    /// The priority from this event on.
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
