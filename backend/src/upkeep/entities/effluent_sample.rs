//! `effluent_samples`: a sampling result of a wastewater plant, judged against the discharge
//! permit in force on the day it was sampled.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "effluent_samples")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub tenant_id: Uuid,
    pub created_at: DateTimeUtc,
    /// The plant.
    pub asset_id: Uuid,
    /// The plant's cluster (what the result flags).
    pub cluster_id: Uuid,
    /// The discharge permit whose limits judged it.
    pub permit_id: Uuid,
    pub sampled_on: Date,
    /// The laboratory's report number.
    pub report_number: String,
    /// False when any value is beyond its limit.
    pub compliant: bool,
    /// The values with the limits they were judged by, JSON (`Vec<Measured>`): read only with
    /// the sample, never alone, and never changed after.
    pub measured: String,
    /// The P1 work order an over-limit result opened.
    pub work_order_id: Option<Uuid>,
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
