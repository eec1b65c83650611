//! Password reset: a single-use link by email, valid for [`VALID_HOURS`]. Asking never reveals
//! whether an account exists, neither by its answer nor by its timing, and is rate limited per
//! address and per client address. Only the newest link works; using it (or changing the
//! password) voids every other link of the account, and using it ends every session.

use std::net::IpAddr;

use chrono::{Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use tracing::Instrument;
use uuid::Uuid;

use crate::auth::Auth;
use crate::auth::entities::password_reset::{self, Column};
use crate::auth::password::NewPassword;
use crate::auth::sessions::{client_subject, end_user_sessions, void_reset_links};
use crate::auth::throttle::{self, Key, Limit};
use crate::auth::tokens::{random_token, token_hash};
use crate::error::{AppError, AppResult};
use crate::notify::Mail;
use crate::tenancy::entities::{membership, tenant, user};
use crate::values::Email;

/// How long a reset link works.
pub const VALID_HOURS: i64 = 2;

impl Auth {
    /// Asks for a reset link: the answer is the same whether or not the address belongs to an
    /// account, and so is its timing. Only the attempt limits are checked on the way (per
    /// address and per client address; RATE_LIMITED beyond them, known or not); looking the
    /// account up and queueing the email happen afterwards, off the response path.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn request_password_reset(&self, email: &str, client: IpAddr) -> AppResult<()> {
        throttle::reserve(
            &self.db,
            &Key::reset_client(&client_subject(client)),
            Limit::reset_per_client(),
        )
        .await?;
        let Ok(email) = Email::parse(email, "email") else {
            return Ok(());
        };
        throttle::reserve(
            &self.db,
            &Key::reset_account(email.as_str()),
            Limit::reset_per_account(),
        )
        .await?;
        // The account lookup, the link and the email happen after the answer, so its timing
        // is the same for a known and an unknown address.
        let auth = self.clone();
        tokio::spawn(
            async move {
                if let Err(error) = auth.send_reset_link(&email).await {
                    tracing::error!(error = %error, "queueing a password reset link failed");
                }
            }
            .in_current_span(),
        );
        Ok(())
    }

    /// Queues a reset link if the address belongs to an account; does nothing otherwise.
    async fn send_reset_link(&self, email: &Email) -> AppResult<()> {
        // System transaction: nobody is signed in; the account is found by its address.
        let txn = self.db.system().await?;
        let Some(found) = user::Entity::find()
            .filter(user::Column::Email.eq(email.as_str()))
            .one(txn.conn())
            .await?
        else {
            return Ok(());
        };
        let first_membership = membership::Entity::find()
            .filter(membership::Column::UserId.eq(found.id))
            .order_by_asc(membership::Column::CreatedAt)
            .one(txn.conn())
            .await?;
        let tenant_name = match first_membership {
            Some(m) => tenant::Entity::find_by_id(m.tenant_id)
                .one(txn.conn())
                .await?
                .map(|t| t.name),
            None => None,
        };
        let token = random_token();
        let now = Utc::now();
        let expires_at = now + Duration::hours(VALID_HOURS);
        // Only the newest link works: asking again voids the ones sent before.
        void_reset_links(txn.conn(), found.id, now).await?;
        password_reset::Entity::insert(password_reset::ActiveModel {
            id: Set(Uuid::now_v7()),
            user_id: Set(found.id),
            token_hash: Set(token_hash(&token)),
            expires_at: Set(expires_at),
            used_at: Set(None),
            created_at: Set(now),
        })
        .exec(txn.conn())
        .await?;
        let mail = Mail::PasswordReset {
            tenant_name,
            display_name: found.display_name.clone(),
            link: self.link(&format!("/reset-password?token={token}")),
            expires_at,
        };
        self.outbox
            .enqueue(txn.conn(), None, email, found.locale, &mail)
            .await?;
        txn.commit().await?;
        self.outbox.wake();
        Ok(())
    }

    /// Sets a new password with a reset link. NOT_FOUND when the link is unknown, used or expired.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn reset_password(&self, token: &str, password: &str) -> AppResult<()> {
        let txn = self.db.system().await?;
        let found = password_reset::Entity::find()
            .filter(Column::TokenHash.eq(token_hash(token)))
            .one(txn.conn())
            .await?
            .filter(|r| r.used_at.is_none() && r.expires_at > Utc::now())
            .ok_or(AppError::NotFound)?;
        let account = user::Entity::find_by_id(found.user_id)
            .one(txn.conn())
            .await?
            .ok_or(AppError::NotFound)?;
        let new = NewPassword::parse(
            password,
            "password",
            &[&account.email, &account.display_name],
        )?;
        let hash = self.hasher.hash(&new).await?;
        let now = Utc::now();
        let used = password_reset::Entity::update_many()
            .col_expr(Column::UsedAt, Expr::value(Some(now)))
            .filter(Column::Id.eq(found.id))
            .filter(Column::UsedAt.is_null())
            .exec(txn.conn())
            .await?;
        if used.rows_affected != 1 {
            return Err(AppError::NotFound);
        }
        user::Entity::update_many()
            .col_expr(user::Column::PasswordHash, Expr::value(Some(hash)))
            .col_expr(user::Column::UpdatedAt, Expr::value(now))
            .filter(user::Column::Id.eq(account.id))
            .exec(txn.conn())
            .await?;
        // One new password voids every other outstanding link, and every session ends.
        void_reset_links(txn.conn(), account.id, now).await?;
        let ended = end_user_sessions(txn.conn(), account.id).await?;
        txn.commit().await?;
        self.revocations.note(&ended);
        Ok(())
    }
}
