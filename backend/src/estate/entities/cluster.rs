//! `clusters`: industrial clusters (cụm công nghiệp) an operator runs.

use sea_orm::entity::prelude::*;

use crate::estate::{ClusterStatus, WwtpStatus};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "clusters")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub tenant_id: Uuid,
    pub name: String,
    pub province: String,
    pub province_code: Option<String>,
    pub district: String,
    pub district_code: Option<String>,
    pub total_area_m2: i64,
    pub leasable_area_m2: i64,
    pub established_on: Option<Date>,
    pub decision_number: Option<String>,
    pub status: ClusterStatus,
    pub wwtp_present: bool,
    pub wwtp_capacity_m3_day: Option<i64>,
    pub wwtp_status: WwtpStatus,
    pub wwtp_permit_expires_on: Option<Date>,
    pub created_at: DateTimeUtc,
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

impl crate::db::Named for Entity {
    fn id_column() -> Column {
        Column::Id
    }
    fn name_column() -> Column {
        Column::Name
    }
}
