//! `reminder_refusals`: an address that unsubscribed from a kind of reminder (one click).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "reminder_refusals")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub tenant_id: Uuid,
    pub created_at: DateTimeUtc,
    pub recipient: String,
    pub kind: String,
    pub firm_id: Option<Uuid>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

impl crate::db::TenantOwned for Entity {
    fn tenant_column() -> Column {
        Column::TenantId
    }
}
