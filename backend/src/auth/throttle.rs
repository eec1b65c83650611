//! Sign-in throttling per account: after [`MAX_FAILURES`] failed attempts within
//! [`WINDOW_MINUTES`], every attempt is RATE_LIMITED for [`LOCK_MINUTES`]. Unknown addresses are
//! throttled exactly like known ones, so the answer never reveals whether an account exists.

use chrono::{Duration, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ActiveValue::Set, ColumnTrait, Condition, EntityTrait, QueryFilter};
use sha2::{Digest, Sha256};

use crate::auth::entities::login_throttle::{self, Column};
use crate::db::Db;
use crate::error::{AppError, AppResult};

pub const MAX_FAILURES: i32 = 5;
pub const WINDOW_MINUTES: i64 = 15;
pub const LOCK_MINUTES: i64 = 15;

/// The throttle key of an email: a hash, so addresses of unknown accounts are not stored.
pub fn email_key(email: &str) -> String {
    hex::encode(Sha256::digest(email.trim().to_lowercase().as_bytes()))
}

/// RATE_LIMITED while the account is locked.
pub async fn ensure_allowed(db: &Db, key: &str) -> AppResult<()> {
    // System read: throttling happens before anyone is signed in.
    let txn = db.system().await?;
    let row = login_throttle::Entity::find_by_id(key.to_owned())
        .one(txn.conn())
        .await?;
    txn.commit().await?;
    match row.and_then(|r| r.locked_until) {
        Some(until) if until > Utc::now() => Err(AppError::RateLimited),
        _ => Ok(()),
    }
}

/// Counts a failed attempt, locking the account at the limit. Safe under concurrency: the
/// counter is incremented in SQL, not read and written back.
pub async fn record_failure(db: &Db, key: &str) -> AppResult<()> {
    let now = Utc::now();
    let window_start = now - Duration::minutes(WINDOW_MINUTES);
    let txn = db.system().await?;
    login_throttle::Entity::insert(login_throttle::ActiveModel {
        email_key: Set(key.to_owned()),
        failures: Set(0),
        window_started_at: Set(now),
        locked_until: Set(None),
    })
    .on_conflict_do_nothing_on([Column::EmailKey])
    .exec(txn.conn())
    .await?;
    // A window that ended (and any lock that ran out) starts over.
    login_throttle::Entity::update_many()
        .col_expr(Column::Failures, Expr::value(0))
        .col_expr(Column::WindowStartedAt, Expr::value(now))
        .col_expr(
            Column::LockedUntil,
            Expr::value(Option::<chrono::DateTime<Utc>>::None),
        )
        .filter(Column::EmailKey.eq(key))
        .filter(Column::WindowStartedAt.lt(window_start))
        .filter(
            Condition::any()
                .add(Column::LockedUntil.is_null())
                .add(Column::LockedUntil.lt(now)),
        )
        .exec(txn.conn())
        .await?;
    login_throttle::Entity::update_many()
        .col_expr(Column::Failures, Expr::col(Column::Failures).add(1))
        .filter(Column::EmailKey.eq(key))
        .exec(txn.conn())
        .await?;
    login_throttle::Entity::update_many()
        .col_expr(
            Column::LockedUntil,
            Expr::value(Some(now + Duration::minutes(LOCK_MINUTES))),
        )
        .filter(Column::EmailKey.eq(key))
        .filter(Column::Failures.gte(MAX_FAILURES))
        .filter(Column::LockedUntil.is_null())
        .exec(txn.conn())
        .await?;
    txn.commit().await?;
    Ok(())
}

/// Forgets failures after a successful sign-in.
pub async fn clear(db: &Db, key: &str) -> AppResult<()> {
    let txn = db.system().await?;
    login_throttle::Entity::delete_by_id(key.to_owned())
        .exec(txn.conn())
        .await?;
    txn.commit().await?;
    Ok(())
}
