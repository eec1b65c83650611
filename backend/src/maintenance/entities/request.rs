//! `maintenance_requests`: a maintenance request a firm filed.

use crate::maintenance::{Category, Priority, RejectReason, RequestStatus};
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "maintenance_requests")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub tenant_id: Uuid,
    pub created_at: DateTimeUtc,
    pub firm_id: Uuid,
    pub cluster_id: Option<Uuid>,
    pub plot_id: Option<Uuid>,
    pub location: Option<String>,
    pub title: String,
    pub description: String,
    pub category: Category,
    pub urgent: bool,
    pub priority: Priority,
    pub status: RequestStatus,
    /// Where a request waiting on its requester goes back to when they reply.
    pub resume_status: Option<RequestStatus>,
    pub deferred_until: Option<Date>,
    pub reject_reason: Option<RejectReason>,
    pub duplicate_of: Option<Uuid>,
    pub promised_on: Option<Date>,
    pub resolution_note: Option<String>,
    pub rating: Option<i32>,
    pub resolved_at: Option<DateTimeUtc>,
    pub reopen_count: i32,
    pub filed_by: Option<Uuid>,
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
