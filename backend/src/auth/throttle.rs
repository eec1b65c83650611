//! Attempt limits for sign-in and password-reset requests, per account and per client address.
//!
//! An attempt is *reserved before it is evaluated*: one statement increments the counter and
//! returns it, and only an attempt within the limit goes on to the password check. So a burst
//! of parallel attempts cannot all pass the check before the first failure is counted: at most
//! [`Limit::max`] of them are ever evaluated per window, the rest are RATE_LIMITED.
//!
//! The counters live in `login_throttle`, keyed by a hash of what is limited (an address, so
//! unknown addresses are not stored in clear, or a client address). Unknown accounts are
//! limited exactly like known ones, so the answer never reveals whether an account exists.

use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, OnConflict, SimpleExpr};
use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter};
use sha2::{Digest, Sha256};

use crate::auth::entities::login_throttle::{self, Column};
use crate::db::Db;
use crate::error::{AppError, AppResult};

/// Failed sign-ins allowed per account within [`WINDOW_MINUTES`].
pub const MAX_FAILURES: i32 = 5;
pub const WINDOW_MINUTES: i64 = 15;
pub const LOCK_MINUTES: i64 = 15;

/// How many attempts of one kind a key may make: `max` within `window` (from the first), after
/// which every attempt is refused for `lock`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limit {
    pub max: i32,
    pub window: Duration,
    pub lock: Duration,
}

impl Limit {
    /// Sign-ins per account.
    pub fn login_per_account() -> Self {
        Self {
            max: MAX_FAILURES,
            window: Duration::minutes(WINDOW_MINUTES),
            lock: Duration::minutes(LOCK_MINUTES),
        }
    }

    /// Failed sign-ins per client address, across accounts (configurable: offices share one).
    pub fn login_per_client(max: i32) -> Self {
        Self {
            max,
            ..Self::login_per_account()
        }
    }

    /// Password-reset emails per address: a few an hour, so nobody floods an inbox.
    pub fn reset_per_account() -> Self {
        Self {
            max: 3,
            window: Duration::hours(1),
            lock: Duration::hours(1),
        }
    }

    /// Password-reset requests per client address, across addresses.
    pub fn reset_per_client() -> Self {
        Self {
            max: 20,
            window: Duration::hours(1),
            lock: Duration::hours(1),
        }
    }
}

/// A throttle key: a hash of what is limited, so addresses are not stored in clear.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Key(String);

impl Key {
    fn of(kind: &str, subject: &str) -> Self {
        let mut hasher = Sha256::new();
        hasher.update(kind.as_bytes());
        hasher.update([0]);
        hasher.update(subject.as_bytes());
        Self(hex::encode(hasher.finalize()))
    }

    /// Sign-ins to the account of `email` (known or not).
    pub fn login_account(email: &str) -> Self {
        // The hash of the bare address, as before, so counters survive an upgrade.
        Self(hex::encode(Sha256::digest(
            email.trim().to_lowercase().as_bytes(),
        )))
    }

    /// Sign-ins from one client address.
    pub fn login_client(client: &str) -> Self {
        Self::of("login-client", client)
    }

    /// Reset requests for `email`.
    pub fn reset_account(email: &str) -> Self {
        Self::of("reset-account", &email.trim().to_lowercase())
    }

    /// Reset requests from one client address.
    pub fn reset_client(client: &str) -> Self {
        Self::of("reset-client", client)
    }
}

/// Reserves one attempt for `key`: Ok while within `limit`, RATE_LIMITED otherwise. One
/// statement (an upsert that increments and returns the counter), so concurrent attempts are
/// counted one by one on both databases; a window that ended, or a lock that ran out, starts
/// over.
pub async fn reserve(db: &Db, key: &Key, limit: Limit) -> AppResult<()> {
    let now = Utc::now();
    let locks_now = Some(now + limit.lock);
    let over = |column: Column| Expr::col((login_throttle::Entity, column));
    // The stored row's window is over: no lock and the window began too long ago, or a lock
    // that ran out.
    let lapsed: SimpleExpr = over(Column::LockedUntil)
        .is_null()
        .and(over(Column::WindowStartedAt).lt(now - limit.window))
        .or(over(Column::LockedUntil)
            .is_not_null()
            .and(over(Column::LockedUntil).lte(now)));
    let failures = Expr::case(lapsed.clone(), Expr::val(1)).finally(over(Column::Failures).add(1));
    let window = Expr::case(lapsed.clone(), Expr::val(now)).finally(over(Column::WindowStartedAt));
    // The attempt that reaches the limit starts the lock; a running lock stays as it is.
    let lock = Expr::case(
        lapsed.clone(),
        Expr::val(if limit.max <= 1 { locks_now } else { None }),
    )
    .case(
        over(Column::LockedUntil)
            .is_null()
            .and(over(Column::Failures).add(1).gte(limit.max)),
        Expr::val(locks_now),
    )
    .finally(over(Column::LockedUntil));
    // System write: throttling happens before anyone is signed in.
    let txn = db.system().await?;
    let row = login_throttle::Entity::insert(login_throttle::ActiveModel {
        email_key: Set(key.0.clone()),
        failures: Set(1),
        window_started_at: Set(now),
        locked_until: Set(if limit.max <= 1 { locks_now } else { None }),
    })
    .on_conflict(
        OnConflict::column(Column::EmailKey)
            .value(Column::Failures, failures)
            .value(Column::WindowStartedAt, window)
            .value(Column::LockedUntil, lock)
            .to_owned(),
    )
    .exec_with_returning(txn.conn())
    .await?;
    txn.commit().await?;
    if row.failures > limit.max {
        return Err(AppError::RateLimited);
    }
    Ok(())
}

/// Gives back one reserved attempt that should not count (it succeeded, or it was refused
/// for another reason before being evaluated); a lock it started is lifted again.
pub async fn refund(db: &Db, key: &Key, limit: Limit) -> AppResult<()> {
    let txn = db.system().await?;
    login_throttle::Entity::update_many()
        .col_expr(Column::Failures, Expr::col(Column::Failures).sub(1))
        .col_expr(
            Column::LockedUntil,
            Expr::case(
                Expr::col(Column::Failures).sub(1).lt(limit.max),
                Expr::val(Option::<DateTime<Utc>>::None),
            )
            .finally(Expr::col(Column::LockedUntil))
            .into(),
        )
        .filter(Column::EmailKey.eq(key.0.as_str()))
        .filter(Column::Failures.gt(0))
        .exec(txn.conn())
        .await?;
    txn.commit().await?;
    Ok(())
}

/// Forgets every attempt of `key` (a successful sign-in to the account).
pub async fn clear(db: &Db, key: &Key) -> AppResult<()> {
    let txn = db.system().await?;
    login_throttle::Entity::delete_by_id(key.0.clone())
        .exec(txn.conn())
        .await?;
    txn.commit().await?;
    Ok(())
}
