//! `reminder_holds`: a firm's reminders paused until a date (a dispute, a payment plan) or the
//! firm excluded from reminders, each with its reason; `ended_at` when lifted early.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "reminder_holds")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub tenant_id: Uuid,
    pub created_at: DateTimeUtc,
    pub firm_id: Uuid,
    /// `PAUSE` (until `ends_on`) or `EXCLUDE` (until lifted).
    pub kind: String,
    pub reason: String,
    /// The last paused day.
    pub ends_on: Option<Date>,
    pub ended_at: Option<DateTimeUtc>,
    pub created_by: Option<Uuid>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

impl crate::db::TenantOwned for Entity {
    fn tenant_column() -> Column {
        Column::TenantId
    }
}
