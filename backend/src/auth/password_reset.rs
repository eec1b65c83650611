//! Password reset: a single-use link by email, valid for [`VALID_HOURS`]. Asking never reveals
//! whether an account exists. Using it ends every session of the account.

use chrono::{Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

use crate::auth::Auth;
use crate::auth::entities::password_reset::{self, Column};
use crate::auth::password::NewPassword;
use crate::auth::sessions::revoke_user;
use crate::auth::tokens::{random_token, token_hash};
use crate::error::{AppError, AppResult};
use crate::notify::Mail;
use crate::tenancy::entities::{membership, tenant, user};
use crate::values::Email;

/// How long a reset link works.
pub const VALID_HOURS: i64 = 2;

impl Auth {
    /// Sends a reset link if the address belongs to an account; does nothing otherwise.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn request_password_reset(&self, email: &str) -> AppResult<()> {
        let Ok(email) = Email::parse(email, "email") else {
            return Ok(());
        };
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
            .enqueue(txn.conn(), None, &email, found.locale, &mail)
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
        revoke_user(txn.conn(), account.id).await?;
        txn.commit().await?;
        Ok(())
    }
}
