//! The platform admin's administration of operator tenants: correcting an operator's name and
//! province, suspending it (its users cannot sign in and their sessions end at once, while every
//! row it owns is kept) and reactivating it. Each change is written to the tenant's own audit
//! trail in the same transaction.

use chrono::Utc;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QuerySelect};
use serde_json::json;
use uuid::Uuid;

use crate::audit::{self, Change};
use crate::auth::entities::refresh_token::Column as Rt;
use crate::auth::sessions::{end_families, live_families};
use crate::auth::{Auth, Session};
use crate::db::SystemTxn;
use crate::error::{AppError, AppResult};
use crate::ids::TenantId;
use crate::tenancy::TenantKind;
use crate::tenancy::entities::{membership, tenant};
use crate::tenancy::tenants::NewOperator;
use crate::values::required_text;

impl Auth {
    /// Renames an operator tenant or corrects its province (platform admin). NOT_FOUND for an
    /// unknown tenant or an authority (authorities are not administered here).
    pub async fn update_operator(
        &self,
        session: &Session,
        id: TenantId,
        changed: NewOperator,
    ) -> AppResult<tenant::Model> {
        session.require_platform_admin()?;
        // System transaction: the platform admin administers tenants from outside them.
        let txn = self.db.system().await?;
        let found = locked_operator(&txn, id).await?;
        tenant::Entity::update_many()
            .col_expr(tenant::Column::Name, Expr::value(changed.name.clone()))
            .col_expr(
                tenant::Column::Province,
                Expr::value(changed.province.clone()),
            )
            .filter(tenant::Column::Id.eq(found.id))
            .exec(txn.conn())
            .await?;
        let before = json!({ "name": found.name, "province": found.province });
        let after = json!({ "name": changed.name, "province": changed.province });
        audit::record_for_tenant(
            txn.conn(),
            id,
            session.user_id(),
            change(found.id, "updated"),
            Some(&before),
            Some(&after),
        )
        .await?;
        txn.commit().await?;
        Ok(tenant::Model {
            name: changed.name,
            province: changed.province,
            ..found
        })
    }

    /// Suspends an operator tenant (platform admin): from now on its users cannot sign in,
    /// refresh or switch into it, and every session they hold in it ends at once. Its data is
    /// kept untouched. VALIDATION for an empty reason; suspending a suspended tenant changes
    /// nothing (its first reason and moment stay).
    pub async fn suspend_operator(
        &self,
        session: &Session,
        id: TenantId,
        reason: &str,
    ) -> AppResult<tenant::Model> {
        session.require_platform_admin()?;
        let reason = required_text(reason, "reason", 500)?;
        let txn = self.db.system().await?;
        let found = locked_operator(&txn, id).await?;
        if found.suspended_at.is_some() {
            txn.commit().await?;
            return Ok(found);
        }
        let now = Utc::now();
        tenant::Entity::update_many()
            .col_expr(tenant::Column::SuspendedAt, Expr::value(Some(now)))
            .col_expr(
                tenant::Column::SuspensionReason,
                Expr::value(Some(reason.clone())),
            )
            .filter(tenant::Column::Id.eq(found.id))
            .exec(txn.conn())
            .await?;
        let members: Vec<Uuid> = membership::Entity::find()
            .select_only()
            .column(membership::Column::Id)
            .filter(membership::Column::TenantId.eq(found.id))
            .into_tuple()
            .all(txn.conn())
            .await?;
        let families = live_families(txn.conn(), Rt::MembershipId.is_in(members), None).await?;
        let ended = end_families(txn.conn(), families).await?;
        audit::record_for_tenant(
            txn.conn(),
            id,
            session.user_id(),
            change(found.id, "suspended"),
            None::<&()>,
            Some(&json!({ "reason": reason })),
        )
        .await?;
        txn.commit().await?;
        self.revocations.note(&ended);
        Ok(tenant::Model {
            suspended_at: Some(now),
            suspension_reason: Some(reason),
            ..found
        })
    }

    /// Lifts a suspension (platform admin): the tenant's users can sign in again. Reactivating
    /// an active tenant changes nothing.
    pub async fn reactivate_operator(
        &self,
        session: &Session,
        id: TenantId,
    ) -> AppResult<tenant::Model> {
        session.require_platform_admin()?;
        let txn = self.db.system().await?;
        let found = locked_operator(&txn, id).await?;
        if found.suspended_at.is_none() {
            txn.commit().await?;
            return Ok(found);
        }
        tenant::Entity::update_many()
            .col_expr(
                tenant::Column::SuspendedAt,
                Expr::value(None::<chrono::DateTime<Utc>>),
            )
            .col_expr(
                tenant::Column::SuspensionReason,
                Expr::value(None::<String>),
            )
            .filter(tenant::Column::Id.eq(found.id))
            .exec(txn.conn())
            .await?;
        audit::record_for_tenant(
            txn.conn(),
            id,
            session.user_id(),
            change(found.id, "reactivated"),
            Some(&json!({ "suspendedAt": found.suspended_at, "reason": found.suspension_reason })),
            None::<&()>,
        )
        .await?;
        txn.commit().await?;
        Ok(tenant::Model {
            suspended_at: None,
            suspension_reason: None,
            ..found
        })
    }
}

fn change(id: Uuid, action: &'static str) -> Change<'static> {
    Change {
        entity_type: "Tenant",
        entity_id: id,
        action,
    }
}

/// The operator tenant, locked for the change (PostgreSQL; SQLite writes one transaction at a
/// time). NOT_FOUND for an unknown id or an authority.
async fn locked_operator(txn: &SystemTxn, id: TenantId) -> AppResult<tenant::Model> {
    tenant::Entity::find_by_id(id.0)
        .filter(tenant::Column::Kind.eq(TenantKind::Operator))
        .lock_exclusive()
        .one(txn.conn())
        .await?
        .ok_or(AppError::NotFound)
}
