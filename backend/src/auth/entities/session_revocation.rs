//! `session_revocations`: sessions that ended recently, so their access tokens are refused
//! before they expire (see [`crate::auth::revocations`]).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "session_revocations")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// A refresh family that ended (logout, reuse, password change or reset, role change).
    pub family_id: Option<Uuid>,
    /// A membership that ended (the member was removed).
    pub membership_id: Option<Uuid>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
