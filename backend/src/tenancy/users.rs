//! Users: the signed-in person's profile and memberships.

use std::collections::HashMap;

use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter,
    QueryOrder,
};

use crate::db::Db;
use crate::error::{AppError, AppResult};
use crate::ids::UserId;
use crate::tenancy::Locale;
use crate::tenancy::entities::{firm, membership, tenant, user};
use crate::values::required_text;

/// One of the user's memberships, with what a tenant switcher shows.
#[derive(Clone, Debug)]
pub struct MembershipView {
    pub membership: membership::Model,
    pub tenant: tenant::Model,
    pub firm: Option<firm::Model>,
}

/// A user and every membership they hold.
#[derive(Clone, Debug)]
pub struct UserWithMemberships {
    pub user: user::Model,
    pub memberships: Vec<MembershipView>,
}

fn account_gone() -> AppError {
    AppError::Unauthenticated("the account no longer exists".into())
}

/// A user's own row, in one statement outside any transaction: the users table belongs to no
/// tenant, and the id is the verified session's. What `me` needs when it asks for no
/// membership (one round trip instead of a transaction of six).
pub async fn account(db: &Db, user_id: UserId) -> AppResult<user::Model> {
    user::Entity::find_by_id(user_id.0)
        .one(db.shared_reader())
        .await?
        .ok_or_else(account_gone)
}

/// A user's memberships in every tenant, oldest first, with their tenants and firms.
pub async fn memberships(db: &Db, user_id: UserId) -> AppResult<Vec<MembershipView>> {
    // System read: a person's own memberships span tenants; keyed on the verified user id.
    let txn = db.system().await?;
    let all = memberships_in(txn.conn(), user_id).await?;
    txn.commit().await?;
    Ok(all)
}

/// Loads a user with all their memberships, in every tenant.
pub async fn with_memberships(db: &Db, user_id: UserId) -> AppResult<UserWithMemberships> {
    // System read: a person's own memberships span tenants; keyed on the verified user id.
    let txn = db.system().await?;
    let user = user::Entity::find_by_id(user_id.0)
        .one(txn.conn())
        .await?
        .ok_or_else(account_gone)?;
    let memberships = memberships_in(txn.conn(), user_id).await?;
    txn.commit().await?;
    Ok(UserWithMemberships { user, memberships })
}

async fn memberships_in(
    conn: &impl sea_orm::ConnectionTrait,
    user_id: UserId,
) -> AppResult<Vec<MembershipView>> {
    let memberships = membership::Entity::find()
        .filter(membership::Column::UserId.eq(user_id.0))
        .order_by_asc(membership::Column::CreatedAt)
        .all(conn)
        .await?;
    let tenant_ids: Vec<_> = memberships.iter().map(|m| m.tenant_id).collect();
    let firm_ids: Vec<_> = memberships.iter().filter_map(|m| m.firm_id).collect();
    let tenants = tenant::Entity::find()
        .filter(tenant::Column::Id.is_in(tenant_ids))
        .all(conn)
        .await?;
    // Operators hold no firm: no statement for none.
    let firms = if firm_ids.is_empty() {
        Vec::new()
    } else {
        firm::Entity::find()
            .filter(firm::Column::Id.is_in(firm_ids))
            .all(conn)
            .await?
    };
    Ok(memberships
        .into_iter()
        .filter_map(|membership| {
            let tenant = tenants
                .iter()
                .find(|t| t.id == membership.tenant_id)?
                .clone();
            let firm = membership
                .firm_id
                .and_then(|id| firms.iter().find(|f| f.id == id).cloned());
            Some(MembershipView {
                membership,
                tenant,
                firm,
            })
        })
        .collect())
}

/// Changes to a user's own profile.
pub struct ProfileChange {
    pub display_name: Option<String>,
    pub locale: Option<Locale>,
}

impl ProfileChange {
    pub fn parse(display_name: Option<&str>, locale: Option<Locale>) -> AppResult<Self> {
        let display_name = display_name
            .map(|name| required_text(name, "input.displayName", 120))
            .transpose()?;
        Ok(Self {
            display_name,
            locale,
        })
    }
}

/// Updates the signed-in user's own profile.
pub async fn update_profile(
    db: &Db,
    user_id: UserId,
    change: ProfileChange,
) -> AppResult<user::Model> {
    // System write: the user row is global; keyed on the verified user id.
    let txn = db.system().await?;
    let found = user::Entity::find_by_id(user_id.0)
        .one(txn.conn())
        .await?
        .ok_or(AppError::NotFound)?;
    let mut active = found.into_active_model();
    if let Some(name) = change.display_name {
        active.display_name = Set(name);
    }
    if let Some(locale) = change.locale {
        active.locale = Set(locale);
    }
    active.updated_at = Set(Utc::now());
    let updated = active.update(txn.conn()).await?;
    txn.commit().await?;
    Ok(updated)
}

/// The emails of users, for showing who did something (audit trails), in one statement.
pub async fn emails_of(db: &Db, ids: &[UserId]) -> AppResult<HashMap<UserId, String>> {
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    // System read: users are global; only the addresses are returned.
    let txn = db.system().await?;
    let found = user::Entity::find()
        .filter(user::Column::Id.is_in(ids.iter().map(|id| id.0)))
        .all(txn.conn())
        .await?;
    txn.commit().await?;
    Ok(found.into_iter().map(|u| (UserId(u.id), u.email)).collect())
}
