//! `calendar_feeds`: a private ICS feed of a cluster's compliance calendar. Only the SHA-256
//! of its secret token is stored; revoking it ends the URL.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "calendar_feeds")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub tenant_id: Uuid,
    pub created_at: DateTimeUtc,
    pub cluster_id: Uuid,
    /// SHA-256 of the token, hex ([`crate::auth::tokens::token_hash`]).
    #[serde(skip)]
    pub token_hash: String,
    /// The operator admin who created it (the feed reads on their behalf).
    pub created_by: Option<Uuid>,
    /// When it was revoked; its URL then answers 404.
    pub revoked_at: Option<DateTimeUtc>,
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
