//! `tenants`: operator and authority organisations.

use sea_orm::entity::prelude::*;

use crate::tenancy::TenantKind;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "tenants")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub name: String,
    pub kind: TenantKind,
    pub province: String,
    pub created_at: DateTimeUtc,
    /// Set while the platform admin has suspended the tenant: its users cannot sign in.
    pub suspended_at: Option<DateTimeUtc>,
    /// Why it was suspended, as the platform admin wrote it.
    pub suspension_reason: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

impl crate::db::TenantOwned for Entity {
    fn tenant_column() -> Column {
        Column::Id
    }
}
