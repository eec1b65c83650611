//! `upkeep_occurrences`: one due date of a schedule (unique per schedule and date).

use sea_orm::entity::prelude::*;

use crate::upkeep::OccurrenceStatus;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "upkeep_occurrences")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub tenant_id: Uuid,
    pub created_at: DateTimeUtc,
    pub schedule_id: Uuid,
    pub due_on: Date,
    pub status: OccurrenceStatus,
    /// The work order it opened.
    pub work_order_id: Option<Uuid>,
    /// Why it was skipped or missed.
    pub reason: Option<String>,
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
