//! `tariffs`: one version of a charge of a cluster's tariff.

use sea_orm::entity::prelude::*;

use crate::billing::{Charge, TariffUnit};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "tariffs")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub tenant_id: Uuid,
    pub created_at: DateTimeUtc,
    pub cluster_id: Uuid,
    pub charge: Charge,
    pub name_vi: String,
    pub name_en: String,
    pub unit: TariffUnit,
    /// Đồng per unit.
    pub rate: i64,
    pub vat_bp: i32,
    pub vat_basis: String,
    pub effective_from: Date,
    /// Last day, inclusive; none: open-ended.
    pub effective_to: Option<Date>,
    pub legal_basis: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

impl crate::db::TenantOwned for Entity {
    fn tenant_column() -> Column {
        Column::TenantId
    }
}
