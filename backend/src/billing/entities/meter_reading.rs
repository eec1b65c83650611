//! `meter_readings`: a wastewater meter reading of a lease's premises for a month.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "meter_readings")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub tenant_id: Uuid,
    pub created_at: DateTimeUtc,
    pub lease_id: Uuid,
    /// First day of the month billed.
    pub period: Date,
    pub read_on: Date,
    /// The cumulative meter value.
    pub meter_m3: i64,
    /// Since the previous reading.
    pub consumption_m3: i64,
    pub corrects_id: Option<Uuid>,
    pub correction_reason: Option<String>,
    /// Set when a correction replaced this reading.
    pub superseded_at: Option<DateTimeUtc>,
    pub entered_by: Option<Uuid>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

impl crate::db::TenantOwned for Entity {
    fn tenant_column() -> Column {
        Column::TenantId
    }
}
