//! `upkeep_plans`: upkeep spending planned for a month of a cluster.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "upkeep_plans")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub tenant_id: Uuid,
    pub created_at: DateTimeUtc,
    pub cluster_id: Uuid,
    /// First day of the month.
    pub month: Date,
    pub amount: i64,
    pub description: String,
    /// The account that will pay.
    pub account: crate::receivables::FundAccount,
    /// What kind of infrastructure it keeps.
    pub category: Option<crate::upkeep::AssetCategory>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

impl crate::db::TenantOwned for Entity {
    fn tenant_column() -> Column {
        Column::TenantId
    }
}
