//! `support_programmes`: a provincial decision supporting a share of the land rent of eligible
//! firms for a period (audit A7).

use sea_orm::entity::prelude::*;

use crate::billing::SupportMechanism;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "support_programmes")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub tenant_id: Uuid,
    pub created_at: DateTimeUtc,
    /// The cluster it covers; none: every cluster of the operator.
    pub cluster_id: Option<Uuid>,
    pub name: String,
    /// The decision's number, as cited ("15/2026/QĐ-UBND").
    pub decision_number: String,
    pub decision_date: Date,
    /// Who decided ("UBND tỉnh Phú Thọ"); none when the number says it.
    pub issued_by: Option<String>,
    /// The first and last day of rent it supports, inclusive.
    pub starts_on: Date,
    pub ends_on: Date,
    /// The share of the rent supported, basis points.
    pub rate_bp: i32,
    pub mechanism: SupportMechanism,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

impl crate::db::TenantOwned for Entity {
    fn tenant_column() -> Column {
        Column::TenantId
    }
}
