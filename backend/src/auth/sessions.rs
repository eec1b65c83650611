//! Signing in and out, refreshing, and switching membership.
//!
//! A sign-in starts a refresh-token *family*. Each refresh rotates the token: the old one is
//! marked replaced and a new one issued in the same family. Presenting a replaced (or revoked)
//! token means it was stolen or replayed, so the whole family is revoked.

use std::net::IpAddr;

use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::{Expr, IntoCondition};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect,
};
use uuid::Uuid;

use crate::access::Role;
use crate::auth::entities::password_reset;
use crate::auth::entities::refresh_token::{self, Column as Rt};
use crate::auth::revocations::{self, EndedSessions};
use crate::auth::throttle::{self, Key, Limit};
use crate::auth::tokens::{random_token, token_hash};
use crate::auth::{Auth, Session};
use crate::error::{AppError, AppResult, reason};
use crate::ids::{MembershipId, UserId};
use crate::tenancy::entities::{membership, user};
use crate::tenancy::tenants;

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

/// A session under a tenant the platform admin suspended: refused at sign-in, refresh, switch
/// and invitation acceptance alike.
fn suspended_tenant() -> AppError {
    AppError::Forbidden(reason!(
        "organisation_suspended",
        "this organisation's access is suspended; contact the platform administrator"
    ))
}

fn invalid_refresh() -> AppError {
    AppError::Unauthenticated("the session has ended; sign in again".into())
}

impl Auth {
    /// Signs in with email and password, acting under the user's first membership (or as
    /// platform admin). The attempt is counted against the account and against the client
    /// address *before* the password is checked (see [`throttle`]).
    #[tracing::instrument(skip(self, email, password))]
    pub async fn login(
        &self,
        email: &str,
        password: &str,
        client: IpAddr,
    ) -> AppResult<IssuedTokens> {
        let (per_account, per_client) = (
            Limit::login_per_account(),
            Limit::login_per_client(self.login_attempts_per_client),
        );
        let account = Key::login_account(email);
        let from = Key::login_client(&client_subject(client));
        throttle::reserve(&self.db, &account, per_account).await?;
        if let Err(refused) = throttle::reserve(&self.db, &from, per_client).await {
            // Not evaluated: the account owner should not pay for the client's limit.
            throttle::refund(&self.db, &account, per_account).await?;
            return Err(refused);
        }
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
            return Err(wrong_credentials());
        }
        let user = found.ok_or_else(wrong_credentials)?;
        throttle::clear(&self.db, &account).await?;
        throttle::refund(&self.db, &from, per_client).await?;
        let txn = self.db.system().await?;
        let memberships = membership::Entity::find()
            .filter(membership::Column::UserId.eq(user.id))
            .order_by_asc(membership::Column::CreatedAt)
            .all(txn.conn())
            .await?;
        let suspended =
            tenants::suspended_among(txn.conn(), memberships.iter().map(|m| m.tenant_id)).await?;
        let first = memberships
            .iter()
            .find(|m| !suspended.contains(&m.tenant_id))
            .cloned();
        if first.is_none() && !user.is_platform_admin {
            return Err(if memberships.is_empty() {
                AppError::Forbidden(reason!(
                    "no_organisation",
                    "this account has no access to any organisation"
                ))
            } else {
                suspended_tenant()
            });
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
        if let Some(m) = membership
            && !tenants::suspended_among(conn, [m.tenant_id])
                .await?
                .is_empty()
        {
            return Err(suspended_tenant());
        }
        let role = match membership {
            Some(m) => m.role,
            None if user.is_platform_admin => Role::PlatformAdmin,
            None => {
                return Err(AppError::Forbidden(reason!(
                    "no_membership",
                    "no membership"
                )));
            }
        };
        let access_token = self.keys.issue(
            user.id,
            role,
            membership.map(|m| m.tenant_id),
            membership.map(|m| m.id),
            membership.and_then(|m| m.firm_id),
            family,
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
            let ended = end_families(txn.conn(), vec![found.family_id]).await?;
            txn.commit().await?;
            self.revocations.note(&ended);
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
            let ended = end_families(txn.conn(), vec![found.family_id]).await?;
            txn.commit().await?;
            self.revocations.note(&ended);
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
        let ended = match found {
            Some(found) => end_families(txn.conn(), vec![found.family_id]).await?,
            None => EndedSessions::default(),
        };
        txn.commit().await?;
        self.revocations.note(&ended);
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
        let mut ended = EndedSessions::default();
        if let Some(presented) = current_refresh {
            let found = refresh_token::Entity::find()
                .filter(Rt::TokenHash.eq(token_hash(presented)))
                .filter(Rt::UserId.eq(user.id))
                .one(txn.conn())
                .await?;
            if let Some(found) = found {
                ended = end_families(txn.conn(), vec![found.family_id]).await?;
            }
        }
        let tokens = self
            .start_session(txn.conn(), &user, Some(&membership))
            .await?;
        txn.commit().await?;
        self.revocations.note(&ended);
        Ok(tokens)
    }

    /// Changes the signed-in user's password after checking the current one. Every other
    /// session of the user ends (refresh tokens and their access tokens), and every pending
    /// reset link dies; the session making the change stays signed in.
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
                reason!("current_password_wrong", "the current password is wrong"),
            ));
        }
        let new = crate::auth::password::NewPassword::parse(
            new,
            "newPassword",
            &[&user.email, &user.display_name],
        )?;
        let hash = self.hasher.hash(&new).await?;
        let txn = self.db.system().await?;
        let now = Utc::now();
        user::Entity::update_many()
            .col_expr(user::Column::PasswordHash, Expr::value(Some(hash)))
            .col_expr(user::Column::UpdatedAt, Expr::value(now))
            .filter(user::Column::Id.eq(user.id))
            .exec(txn.conn())
            .await?;
        let others = live_families(txn.conn(), Rt::UserId.eq(user.id), session.family()).await?;
        let ended = end_families(txn.conn(), others).await?;
        void_reset_links(txn.conn(), user.id, now).await?;
        txn.commit().await?;
        self.revocations.note(&ended);
        Ok(())
    }
}

/// The refresh families with a live token among the tokens `condition` selects, except
/// `keep` (the caller's own).
pub(crate) async fn live_families<C: ConnectionTrait>(
    conn: &C,
    condition: impl IntoCondition,
    keep: Option<Uuid>,
) -> AppResult<Vec<Uuid>> {
    let mut select = refresh_token::Entity::find()
        .select_only()
        .column(Rt::FamilyId)
        .distinct()
        .filter(condition)
        .filter(Rt::RevokedAt.is_null());
    if let Some(keep) = keep {
        select = select.filter(Rt::FamilyId.ne(keep));
    }
    Ok(select.into_tuple::<Uuid>().all(conn).await?)
}

/// Ends refresh families: revokes their tokens, and records them so their access tokens are
/// refused too (see [`crate::auth::revocations`]). Apply the result with
/// [`crate::auth::revocations::Revocations::note`] after the transaction commits.
pub(crate) async fn end_families<C: ConnectionTrait>(
    conn: &C,
    families: Vec<Uuid>,
) -> AppResult<EndedSessions> {
    if families.is_empty() {
        return Ok(EndedSessions::default());
    }
    refresh_token::Entity::update_many()
        .col_expr(Rt::RevokedAt, Expr::value(Some(Utc::now())))
        .filter(Rt::FamilyId.is_in(families.iter().copied()))
        .filter(Rt::RevokedAt.is_null())
        .exec(conn)
        .await?;
    let ended = EndedSessions {
        families,
        memberships: Vec::new(),
    };
    revocations::record(conn, &ended).await?;
    Ok(ended)
}

/// Ends every session of a user (after a password reset).
pub(crate) async fn end_user_sessions<C: ConnectionTrait>(
    conn: &C,
    user: Uuid,
) -> AppResult<EndedSessions> {
    let families = live_families(conn, Rt::UserId.eq(user), None).await?;
    end_families(conn, families).await
}

/// Marks every unused reset link of a user as used: one new password voids the others.
pub(crate) async fn void_reset_links<C: ConnectionTrait>(
    conn: &C,
    user: Uuid,
    now: DateTime<Utc>,
) -> AppResult<()> {
    password_reset::Entity::update_many()
        .col_expr(password_reset::Column::UsedAt, Expr::value(Some(now)))
        .filter(password_reset::Column::UserId.eq(user))
        .filter(password_reset::Column::UsedAt.is_null())
        .exec(conn)
        .await?;
    Ok(())
}

/// How a client address is counted: an IPv4 address as is, an IPv6 address by its /64 (one
/// host usually holds a whole /64, so single addresses would be free to rotate).
pub fn client_subject(client: IpAddr) -> String {
    match client {
        IpAddr::V4(v4) => v4.to_string(),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => v4.to_string(),
            None => {
                let segments = v6.segments();
                format!(
                    "{:x}:{:x}:{:x}:{:x}::/64",
                    segments[0], segments[1], segments[2], segments[3]
                )
            }
        },
    }
}

#[cfg(test)]
mod tests {
    use super::client_subject;

    #[test]
    fn ipv6_clients_are_counted_by_their_64_block_and_mapped_ipv4_as_ipv4() {
        let a = client_subject("2001:db8:1:2:aaaa::1".parse().unwrap());
        let b = client_subject("2001:db8:1:2:bbbb::9".parse().unwrap());
        assert_eq!(a, b);
        assert_ne!(a, client_subject("2001:db8:1:3::1".parse().unwrap()));
        assert_eq!(
            client_subject("::ffff:10.1.2.3".parse().unwrap()),
            "10.1.2.3"
        );
        assert_eq!(client_subject("10.1.2.3".parse().unwrap()), "10.1.2.3");
    }
}
