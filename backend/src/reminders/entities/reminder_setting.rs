//! `reminder_settings`: an operator's reminder settings (`scope` = `OPERATOR`) and a cluster's
//! overrides (`scope` = the cluster's id); an empty column inherits.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "reminder_settings")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub tenant_id: Uuid,
    pub created_at: DateTimeUtc,
    pub scope: String,
    pub cluster_id: Option<Uuid>,
    /// Kinds switched off, comma-separated codes.
    pub disabled_kinds: Option<String>,
    /// Overdue ladder, days after the due date, comma-separated.
    pub ladder_days: Option<String>,
    pub repeat_days: Option<i32>,
    /// `08:00-17:30 Mon,…,Sat` or `always`.
    pub send_window: Option<String>,
    /// A copy of every firm reminder goes here.
    pub cc: Option<String>,
    /// Subject and body overrides, JSON `[{kind, locale, subject, body}]`.
    #[sea_orm(column_type = "Text", nullable)]
    pub templates: Option<String>,
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
