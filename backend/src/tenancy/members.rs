//! The members of a tenant.

use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

use crate::access::{Policy, TenantCtx};
use crate::db::{Db, Page, PageRequest, fetch_page};
use crate::error::{AppError, AppResult};
use crate::ids::MembershipId;
use crate::tenancy::entities::{firm, membership, user};

/// A membership with its user and firm.
#[derive(Clone, Debug)]
pub struct Member {
    pub membership: membership::Model,
    pub user: user::Model,
    pub firm: Option<firm::Model>,
}

/// Members of the current tenant, oldest first (operator admin).
pub async fn list(db: &Db, ctx: &TenantCtx, page: PageRequest) -> AppResult<Page<Member>> {
    let txn = db.read(ctx, Policy::ManageMembers).await?;
    let select = txn
        .scoped::<membership::Entity>()
        .order_by_asc(membership::Column::CreatedAt)
        .order_by_asc(membership::Column::Id);
    let page = fetch_page(select, txn.conn(), page).await?;
    let members = attach(&txn, page.items).await?;
    txn.commit().await?;
    Ok(Page {
        items: members,
        total: page.total,
    })
}

/// One membership the caller may see: any in the tenant for an operator admin, otherwise only
/// their own. Anything else is NOT_FOUND.
pub async fn get(db: &Db, ctx: &TenantCtx, id: MembershipId) -> AppResult<Member> {
    if !ctx.allows(Policy::ManageMembers) && ctx.membership_id() != Some(id) {
        return Err(AppError::NotFound);
    }
    let txn = db.lookup(ctx, Policy::ReadTenant).await?;
    let found = txn
        .scoped_by_id::<membership::Entity>(id.0)
        .one(txn.conn())
        .await?
        .ok_or(AppError::NotFound)?;
    let mut members = attach(&txn, vec![found]).await?;
    txn.commit().await?;
    members.pop().ok_or(AppError::NotFound)
}

/// Loads users and firms of many memberships in two statements.
async fn attach(
    txn: &crate::db::TenantTxn,
    memberships: Vec<membership::Model>,
) -> AppResult<Vec<Member>> {
    let user_ids: Vec<_> = memberships.iter().map(|m| m.user_id).collect();
    let firm_ids: Vec<_> = memberships.iter().filter_map(|m| m.firm_id).collect();
    let users = user::Entity::find()
        .filter(user::Column::Id.is_in(user_ids))
        .all(txn.conn())
        .await?;
    let firms = txn
        .scoped::<firm::Entity>()
        .filter(firm::Column::Id.is_in(firm_ids))
        .all(txn.conn())
        .await?;
    memberships
        .into_iter()
        .map(|membership| {
            let user = users
                .iter()
                .find(|u| u.id == membership.user_id)
                .cloned()
                .ok_or_else(|| AppError::Internal(anyhow::anyhow!("membership without user")))?;
            let firm = membership
                .firm_id
                .and_then(|id| firms.iter().find(|f| f.id == id).cloned());
            Ok(Member {
                membership,
                user,
                firm,
            })
        })
        .collect()
}
