//! `assets`: a shared work of a cluster (a road, a drain, a plant) or a zone holding some.

use sea_orm::entity::prelude::*;

use crate::upkeep::AssetCategory;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "assets")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub tenant_id: Uuid,
    pub created_at: DateTimeUtc,
    pub cluster_id: Uuid,
    /// The zone (or larger work) this one belongs to, in the same cluster; none: the cluster.
    pub parent_id: Option<Uuid>,
    pub code: String,
    pub name: String,
    pub category: AssetCategory,
    pub plot_id: Option<Uuid>,
    pub location: Option<String>,
    pub quantity: Option<i64>,
    pub unit: Option<String>,
    pub commissioned_on: Option<Date>,
    pub expected_life_years: Option<i32>,
    /// 1 (failed) to 5 (as new).
    pub condition: Option<i32>,
    /// Đồng.
    pub replacement_value: Option<i64>,
    pub warranty_until: Option<Date>,
    pub notes: Option<String>,
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
