//! Removal of sign-in state nobody can use any more.

use chrono::{Duration, Utc};
use sea_orm::{ColumnTrait, Condition, EntityTrait, QueryFilter};

use crate::auth::entities::{login_throttle, password_reset, refresh_token, session_revocation};
use crate::db::Db;
use crate::error::AppResult;

/// Deletes refresh tokens and reset links that expired over a day ago, stale throttle rows, and
/// records of ended sessions older than any access token.
/// Returns how many rows went.
pub async fn purge_expired(db: &Db) -> AppResult<u64> {
    let cutoff = Utc::now() - Duration::days(1);
    // System transaction: housekeeping spans every user.
    let txn = db.system().await?;
    let tokens = refresh_token::Entity::delete_many()
        .filter(refresh_token::Column::ExpiresAt.lt(cutoff))
        .exec(txn.conn())
        .await?
        .rows_affected;
    let resets = password_reset::Entity::delete_many()
        .filter(password_reset::Column::ExpiresAt.lt(cutoff))
        .exec(txn.conn())
        .await?
        .rows_affected;
    let throttles = login_throttle::Entity::delete_many()
        .filter(login_throttle::Column::WindowStartedAt.lt(cutoff))
        .filter(
            Condition::any()
                .add(login_throttle::Column::LockedUntil.is_null())
                .add(login_throttle::Column::LockedUntil.lt(cutoff)),
        )
        .exec(txn.conn())
        .await?
        .rows_affected;
    let ended = session_revocation::Entity::delete_many()
        .filter(session_revocation::Column::CreatedAt.lt(cutoff))
        .exec(txn.conn())
        .await?
        .rows_affected;
    txn.commit().await?;
    Ok(tokens + resets + throttles + ended)
}
