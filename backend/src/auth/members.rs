//! Ending or changing a membership (operator admins): removing a member, or moving one between
//! operator admin and operator staff. Either ends that member's sessions in the tenant at once:
//! their refresh families are revoked in the same transaction, and their access tokens are
//! refused from then on (see [`crate::auth::revocations`]), so the person signs in again, with
//! the new role, or not at all. A tenant always keeps at least one operator admin.

use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use serde_json::json;

use crate::access::{Policy, Role, TenantCtx};
use crate::audit;
use crate::auth::Auth;
use crate::auth::entities::refresh_token::{self, Column as Rt};
use crate::auth::revocations::EndedSessions;
use crate::auth::sessions::{end_families, live_families};
use crate::db::TenantTxn;
use crate::error::{AppError, AppResult, reason};
use crate::ids::MembershipId;
use crate::tenancy::entities::{membership, user};

impl Auth {
    /// Removes a member from the current tenant and ends their sessions in it. CONFLICT for the
    /// tenant's last operator admin.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn remove_member(&self, ctx: &TenantCtx, id: MembershipId) -> AppResult<()> {
        let txn = self.db.tenant(ctx, Policy::RemoveMembers).await?;
        let (found, other_admins) = locked_member(&txn, id).await?;
        ensure_another_admin(&found, &other_admins, true)?;
        let email = email_of(&txn, &found).await?;
        // Every session of the membership ends; its refresh tokens go with it (they name it).
        let families = live_families(txn.conn(), Rt::MembershipId.eq(found.id), None).await?;
        let mut ended = end_families(txn.conn(), families).await?;
        refresh_token::Entity::delete_many()
            .filter(Rt::MembershipId.eq(found.id))
            .exec(txn.conn())
            .await?;
        let membership_ended = EndedSessions {
            families: Vec::new(),
            memberships: vec![found.id],
        };
        crate::auth::revocations::record(txn.conn(), &membership_ended).await?;
        ended.memberships.push(found.id);
        membership::Entity::delete_many()
            .filter(membership::Column::TenantId.eq(txn.tenant_id().0))
            .filter(membership::Column::Id.eq(found.id))
            .exec(txn.conn())
            .await?;
        audit::record(
            &txn,
            ctx,
            "Membership",
            found.id,
            "removed",
            Some(&json!({ "email": email, "role": found.role, "firmId": found.firm_id })),
            None::<&()>,
        )
        .await?;
        txn.commit().await?;
        self.revocations.note(&ended);
        Ok(())
    }

    /// Moves a member between operator admin and operator staff and ends their sessions in
    /// the tenant, so the new role applies from their next sign-in. VALIDATION on `role` for
    /// any other role (or an enterprise or authority member: invite them anew instead);
    /// CONFLICT when it would leave the tenant without an operator admin.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn change_member_role(
        &self,
        ctx: &TenantCtx,
        id: MembershipId,
        role: Role,
    ) -> AppResult<membership::Model> {
        let operator_roles = [Role::OperatorAdmin, Role::OperatorStaff];
        if !operator_roles.contains(&role) {
            return Err(AppError::invalid(
                "role",
                reason!(
                    "member_move_between_operator",
                    "a member can only move between OPERATOR_ADMIN and OPERATOR_STAFF"
                ),
            ));
        }
        let txn = self.db.tenant(ctx, Policy::ChangeMemberRoles).await?;
        let (found, other_admins) = locked_member(&txn, id).await?;
        if !operator_roles.contains(&found.role) {
            return Err(AppError::invalid(
                "membershipId",
                reason!(
                    "operator_admin_staff_member",
                    "only an operator admin or staff member can change role; invite anyone else anew"
                ),
            ));
        }
        if found.role == role {
            txn.commit().await?;
            return Ok(found);
        }
        ensure_another_admin(&found, &other_admins, false)?;
        membership::Entity::update_many()
            .col_expr(membership::Column::Role, Expr::value(role.as_str()))
            .filter(membership::Column::TenantId.eq(txn.tenant_id().0))
            .filter(membership::Column::Id.eq(found.id))
            .exec(txn.conn())
            .await?;
        let families = live_families(txn.conn(), Rt::MembershipId.eq(found.id), None).await?;
        let ended = end_families(txn.conn(), families).await?;
        audit::record(
            &txn,
            ctx,
            "Membership",
            found.id,
            "role changed",
            Some(&json!({ "role": found.role })),
            Some(&json!({ "role": role })),
        )
        .await?;
        txn.commit().await?;
        self.revocations.note(&ended);
        Ok(membership::Model { role, ..found })
    }
}

/// The membership and the tenant's other operator admins, locked in one statement in id order
/// (PostgreSQL; SQLite writes one transaction at a time), so that two admins removing or
/// demoting each other at once are decided one after the other. NOT_FOUND outside the tenant.
async fn locked_member(
    txn: &TenantTxn,
    id: MembershipId,
) -> AppResult<(membership::Model, Vec<membership::Model>)> {
    let rows = txn
        .scoped::<membership::Entity>()
        .filter(
            membership::Column::Id
                .eq(id.0)
                .or(membership::Column::Role.eq(Role::OperatorAdmin)),
        )
        .order_by_asc(membership::Column::Id)
        .lock_exclusive()
        .all(txn.conn())
        .await?;
    let (found, others): (Vec<_>, Vec<_>) = rows.into_iter().partition(|m| m.id == id.0);
    let found = found.into_iter().next().ok_or(AppError::NotFound)?;
    Ok((found, others))
}

/// CONFLICT when the member is an operator admin and there is no other.
fn ensure_another_admin(
    member: &membership::Model,
    other_admins: &[membership::Model],
    removing: bool,
) -> AppResult<()> {
    if member.role == Role::OperatorAdmin && other_admins.is_empty() {
        return Err(AppError::Conflict(if removing {
            reason!(
                "last_operator_admin_removed",
                "the last operator admin cannot be removed: make another member operator admin first"
            )
        } else {
            reason!(
                "last_operator_admin_made_staff",
                "the last operator admin cannot be made staff: make another member operator admin first"
            )
        }));
    }
    Ok(())
}

async fn email_of(txn: &TenantTxn, member: &membership::Model) -> AppResult<Option<String>> {
    Ok(user::Entity::find_by_id(member.user_id)
        .one(txn.conn())
        .await?
        .map(|u| u.email))
}
