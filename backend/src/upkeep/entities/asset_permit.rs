//! `asset_permits`: a permit a work needs (discharge permit, fire safety acceptance).

use sea_orm::entity::prelude::*;

use crate::upkeep::PermitKind;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "asset_permits")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub tenant_id: Uuid,
    pub created_at: DateTimeUtc,
    pub asset_id: Uuid,
    pub kind: PermitKind,
    pub number: String,
    pub issuer: Option<String>,
    pub issued_on: Date,
    /// None: it does not expire.
    pub expires_on: Option<Date>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

impl crate::db::TenantOwned for Entity {
    fn tenant_column() -> Column {
        Column::TenantId
    }
}
