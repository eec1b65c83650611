//! Signing in and out, refreshing, and switching membership.
//!
//! A sign-in starts a refresh-token *family*. Each refresh rotates the token: the old one is
//! marked replaced and a new one issued in the same family. Presenting a replaced (or revoked)
//! token means it was stolen or replayed, so the whole family is revoked.

use chrono::{Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
};
use uuid::Uuid;

use crate::access::Role;
use crate::auth::entities::refresh_token::{self, Column as Rt};
use crate::auth::tokens::{random_token, token_hash};
use crate::auth::{Auth, Session, throttle};
use crate::error::{AppError, AppResult};
use crate::ids::{MembershipId, UserId};
use crate::tenancy::entities::{membership, user};

/// Tokens handed to a client after sign-in, refresh or switch.
#[derive(Clone, Debug)]
pub struct IssuedTokens {
    pub access_token: String,
    pub refresh_token: String,
    pub expires_in: i64,
    pub user_id: UserId,
    /// The membership the tokens act under (none: the platform admin).
    pub membership_id: Option<MembershipId>,
    /// The role the tokens carry, as decided when they were issued.
    pub role: Role,
}

fn wrong_credentials() -> AppError {
    AppError::Unauthenticated("wrong email or password".into())
}

fn invalid_refresh() -> AppError {
    AppError::Unauthenticated("the session has ended; sign in again".into())
}

impl Auth {
    /// Signs in with email and password, acting under the user's first membership (or as
    /// platform admin).
    #[tracing::instrument(skip(self, email, password))]
    pub async fn login(&self, email: &str, password: &str) -> AppResult<IssuedTokens> {
        let key = throttle::email_key(email);
        throttle::ensure_allowed(&self.db, &key).await?;
        let normalized = email.trim().to_lowercase();
        // System read: nobody is signed in yet.
        let txn = self.db.system().await?;
        let found = user::Entity::find()
            .filter(user::Column::Email.eq(normalized))
            .one(txn.conn())
            .await?;
        txn.commit().await?;
        let hash = found.as_ref().and_then(|u| u.password_hash.as_deref());
        if !self.hasher.verify(hash, password).await? {
            throttle::record_failure(&self.db, &key).await?;
            return Err(wrong_credentials());
        }
        let user = found.ok_or_else(wrong_credentials)?;
        throttle::clear(&self.db, &key).await?;
        let txn = self.db.system().await?;
        let first = membership::Entity::find()
            .filter(membership::Column::UserId.eq(user.id))
            .order_by_asc(membership::Column::CreatedAt)
            .one(txn.conn())
            .await?;
        if first.is_none() && !user.is_platform_admin {
            return Err(AppError::Forbidden(
                "this account has no access to any organisation".into(),
            ));
        }
        let tokens = self
            .start_session(txn.conn(), &user, first.as_ref())
            .await?;
        txn.commit().await?;
        Ok(tokens)
    }

    /// Starts a new refresh family for `user` acting under `membership` (none: platform admin).
    pub(crate) async fn start_session<C: ConnectionTrait>(
        &self,
        conn: &C,
        user: &user::Model,
        membership: Option<&membership::Model>,
    ) -> AppResult<IssuedTokens> {
        self.issue(conn, Uuid::now_v7(), user, membership).await
    }

    async fn issue<C: ConnectionTrait>(
        &self,
        conn: &C,
        family: Uuid,
        user: &user::Model,
        membership: Option<&membership::Model>,
    ) -> AppResult<IssuedTokens> {
        let role = match membership {
            Some(m) => m.role,
            None if user.is_platform_admin => Role::PlatformAdmin,
            None => return Err(AppError::Forbidden("no membership".into())),
        };
        let access_token = self.keys.issue(
            user.id,
            role,
            membership.map(|m| m.tenant_id),
            membership.map(|m| m.id),
            membership.and_then(|m| m.firm_id),
        )?;
        let refresh = random_token();
        let now = Utc::now();
        refresh_token::Entity::insert(refresh_token::ActiveModel {
            id: Set(Uuid::now_v7()),
            family_id: Set(family),
            user_id: Set(user.id),
            membership_id: Set(membership.map(|m| m.id)),
            token_hash: Set(token_hash(&refresh)),
            expires_at: Set(now + Duration::days(self.refresh_days)),
            replaced_at: Set(None),
            revoked_at: Set(None),
            created_at: Set(now),
        })
        .exec(conn)
        .await?;
        Ok(IssuedTokens {
            access_token,
            refresh_token: refresh,
            expires_in: self.keys.lifetime_seconds(),
            user_id: UserId(user.id),
            membership_id: membership.map(|m| MembershipId(m.id)),
            role,
        })
    }

    /// Exchanges a refresh token for new tokens (rotation with reuse detection).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn refresh(&self, presented: &str) -> AppResult<IssuedTokens> {
        let now = Utc::now();
        // System transaction: the caller proves who they are with the refresh token itself.
        let txn = self.db.system().await?;
        let found = refresh_token::Entity::find()
            .filter(Rt::TokenHash.eq(token_hash(presented)))
            .one(txn.conn())
            .await?
            .ok_or_else(invalid_refresh)?;
        if found.replaced_at.is_some() || found.revoked_at.is_some() {
            revoke_family(txn.conn(), found.family_id).await?;
            txn.commit().await?;
            tracing::warn!(family = %found.family_id, user = %found.user_id, "refresh token reused; family revoked");
            return Err(invalid_refresh());
        }
        if found.expires_at <= now {
            return Err(invalid_refresh());
        }
        // Mark replaced only if nobody else did meanwhile; the loser of a race is a reuse.
        let rotated = refresh_token::Entity::update_many()
            .col_expr(Rt::ReplacedAt, Expr::value(Some(now)))
            .filter(Rt::Id.eq(found.id))
            .filter(Rt::ReplacedAt.is_null())
            .filter(Rt::RevokedAt.is_null())
            .exec(txn.conn())
            .await?;
        if rotated.rows_affected != 1 {
            revoke_family(txn.conn(), found.family_id).await?;
            txn.commit().await?;
            return Err(invalid_refresh());
        }
        let user = user::Entity::find_by_id(found.user_id)
            .one(txn.conn())
            .await?
            .ok_or_else(invalid_refresh)?;
        let membership = match found.membership_id {
            Some(id) => Some(
                membership::Entity::find_by_id(id)
                    .one(txn.conn())
                    .await?
                    .ok_or_else(invalid_refresh)?,
            ),
            None => None,
        };
        let tokens = self
            .issue(txn.conn(), found.family_id, &user, membership.as_ref())
            .await?;
        txn.commit().await?;
        Ok(tokens)
    }

    /// Ends the session the refresh token belongs to. Unknown tokens are ignored.
    pub async fn logout(&self, presented: &str) -> AppResult<()> {
        let txn = self.db.system().await?;
        let found = refresh_token::Entity::find()
            .filter(Rt::TokenHash.eq(token_hash(presented)))
            .one(txn.conn())
            .await?;
        if let Some(found) = found {
            revoke_family(txn.conn(), found.family_id).await?;
        }
        txn.commit().await?;
        Ok(())
    }

    /// Switches the signed-in user to another of their memberships: a new session for it.
    /// A membership of somebody else is NOT_FOUND.
    pub async fn switch_membership(
        &self,
        session: &Session,
        target: MembershipId,
        current_refresh: Option<&str>,
    ) -> AppResult<IssuedTokens> {
        // System transaction: the target membership may be in another tenant than the session's.
        let txn = self.db.system().await?;
        let membership = membership::Entity::find_by_id(target.0)
            .filter(membership::Column::UserId.eq(session.user_id().0))
            .one(txn.conn())
            .await?
            .ok_or(AppError::NotFound)?;
        let user = user::Entity::find_by_id(session.user_id().0)
            .one(txn.conn())
            .await?
            .ok_or(AppError::NotFound)?;
        if let Some(presented) = current_refresh {
            let found = refresh_token::Entity::find()
                .filter(Rt::TokenHash.eq(token_hash(presented)))
                .filter(Rt::UserId.eq(user.id))
                .one(txn.conn())
                .await?;
            if let Some(found) = found {
                revoke_family(txn.conn(), found.family_id).await?;
            }
        }
        let tokens = self
            .start_session(txn.conn(), &user, Some(&membership))
            .await?;
        txn.commit().await?;
        Ok(tokens)
    }

    /// Changes the signed-in user's password after checking the current one; every other
    /// session of the user ends.
    pub async fn change_password(
        &self,
        session: &Session,
        current: &str,
        new: &str,
    ) -> AppResult<()> {
        let txn = self.db.system().await?;
        let user = user::Entity::find_by_id(session.user_id().0)
            .one(txn.conn())
            .await?
            .ok_or(AppError::NotFound)?;
        txn.commit().await?;
        if !self
            .hasher
            .verify(user.password_hash.as_deref(), current)
            .await?
        {
            return Err(AppError::invalid(
                "currentPassword",
                "the current password is wrong",
            ));
        }
        let new = crate::auth::password::NewPassword::parse(
            new,
            "newPassword",
            &[&user.email, &user.display_name],
        )?;
        let hash = self.hasher.hash(&new).await?;
        let txn = self.db.system().await?;
        user::Entity::update_many()
            .col_expr(user::Column::PasswordHash, Expr::value(Some(hash)))
            .col_expr(user::Column::UpdatedAt, Expr::value(Utc::now()))
            .filter(user::Column::Id.eq(user.id))
            .exec(txn.conn())
            .await?;
        txn.commit().await?;
        Ok(())
    }
}

/// Revokes every live token of a family.
pub(crate) async fn revoke_family<C: ConnectionTrait>(conn: &C, family: Uuid) -> AppResult<()> {
    refresh_token::Entity::update_many()
        .col_expr(Rt::RevokedAt, Expr::value(Some(Utc::now())))
        .filter(Rt::FamilyId.eq(family))
        .filter(Rt::RevokedAt.is_null())
        .exec(conn)
        .await?;
    Ok(())
}

/// Revokes every live token of a user (after a password reset).
pub(crate) async fn revoke_user<C: ConnectionTrait>(conn: &C, user: Uuid) -> AppResult<()> {
    refresh_token::Entity::update_many()
        .col_expr(Rt::RevokedAt, Expr::value(Some(Utc::now())))
        .filter(Rt::UserId.eq(user))
        .filter(Rt::RevokedAt.is_null())
        .exec(conn)
        .await?;
    Ok(())
}
