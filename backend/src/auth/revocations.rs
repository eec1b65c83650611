//! Ended sessions, so an access token dies with its session instead of living on until it
//! expires.
//!
//! An access token is a signed JWT that is verified without the database, so logging out,
//! resetting a password or removing a member would leave it valid for up to its lifetime
//! (15 minutes). Instead, whatever ends a session records it in `session_revocations`, in the
//! same transaction: the refresh *family* (every token of one sign-in; access tokens carry it as
//! the `fam` claim) or, when a member is removed, the *membership* (`mid`).
//!
//! Checking that table on every request would cost a database round trip on the hot path, so
//! each server keeps the recent rows in memory ([`Revocations`]): the server that ends a session
//! knows at once ([`Revocations::note`]); the other replicas reload the rows every few seconds
//! (`CLUSTERKEEP_REVOCATION_POLL_SECONDS`, default 5). A token of an ended session is refused
//! at once where it ended and within one poll interval everywhere. Rows older than an access
//! token's lifetime can no longer matter: they are not loaded, and housekeeping deletes them.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};
use std::time::Duration as StdDuration;

use chrono::{DateTime, Duration, Utc};
use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use uuid::Uuid;

use crate::auth::entities::session_revocation::{self, Column};
use crate::db::Db;
use crate::error::AppResult;

/// Sessions a transaction ended; recorded in that transaction with [`record`], then applied to
/// this server's memory with [`Revocations::note`] once it committed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EndedSessions {
    /// Refresh families that ended.
    pub families: Vec<Uuid>,
    /// Memberships that ended (removed members).
    pub memberships: Vec<Uuid>,
}

impl EndedSessions {
    /// Nothing ended.
    pub fn is_empty(&self) -> bool {
        self.families.is_empty() && self.memberships.is_empty()
    }
}

/// Writes `ended` to `session_revocations` inside the caller's transaction.
pub async fn record<C: ConnectionTrait>(conn: &C, ended: &EndedSessions) -> AppResult<()> {
    if ended.is_empty() {
        return Ok(());
    }
    let now = Utc::now();
    let rows = ended
        .families
        .iter()
        .map(|family| (Some(*family), None))
        .chain(
            ended
                .memberships
                .iter()
                .map(|membership| (None, Some(*membership))),
        )
        .map(
            |(family_id, membership_id)| session_revocation::ActiveModel {
                id: Set(Uuid::now_v7()),
                family_id: Set(family_id),
                membership_id: Set(membership_id),
                created_at: Set(now),
            },
        );
    session_revocation::Entity::insert_many(rows)
        .exec(conn)
        .await?;
    Ok(())
}

#[derive(Default)]
struct Ended {
    families: HashMap<Uuid, DateTime<Utc>>,
    memberships: HashMap<Uuid, DateTime<Utc>>,
}

impl Ended {
    fn forget_before(&mut self, cutoff: DateTime<Utc>) {
        self.families.retain(|_, at| *at >= cutoff);
        self.memberships.retain(|_, at| *at >= cutoff);
    }
}

/// This server's memory of recently ended sessions, consulted for every bearer token.
#[derive(Clone)]
pub struct Revocations {
    ended: Arc<RwLock<Ended>>,
    /// How long an entry can matter: an access token's lifetime, its leeway and a margin.
    horizon: Duration,
}

impl Revocations {
    /// An empty memory for access tokens living `access_token_seconds`.
    pub fn new(access_token_seconds: i64) -> Self {
        Self {
            ended: Arc::default(),
            horizon: Duration::seconds(access_token_seconds.max(0) + 5 + 60),
        }
    }

    /// Whether a token of this family or membership belongs to a session that ended.
    pub fn is_ended(&self, family: Option<Uuid>, membership: Option<Uuid>) -> bool {
        let Ok(ended) = self.ended.read() else {
            // A writer panicked mid-update; refusing every token is safer than trusting them.
            return true;
        };
        family.is_some_and(|f| ended.families.contains_key(&f))
            || membership.is_some_and(|m| ended.memberships.contains_key(&m))
    }

    /// Applies sessions this server just ended (after their transaction committed).
    pub fn note(&self, sessions: &EndedSessions) {
        if sessions.is_empty() {
            return;
        }
        let now = Utc::now();
        if let Ok(mut ended) = self.ended.write() {
            for family in &sessions.families {
                ended.families.insert(*family, now);
            }
            for membership in &sessions.memberships {
                ended.memberships.insert(*membership, now);
            }
        }
    }

    /// Loads the sessions every server ended within the horizon, keeping what this server noted
    /// meanwhile, and forgets entries past the horizon.
    pub async fn reload(&self, db: &Db) -> AppResult<()> {
        let cutoff = Utc::now() - self.horizon;
        // System read: sign-in state of every tenant.
        let txn = db.system().await?;
        let rows = session_revocation::Entity::find()
            .filter(Column::CreatedAt.gte(cutoff))
            .all(txn.conn())
            .await?;
        txn.commit().await?;
        if let Ok(mut ended) = self.ended.write() {
            for row in rows {
                if let Some(family) = row.family_id {
                    ended.families.entry(family).or_insert(row.created_at);
                }
                if let Some(membership) = row.membership_id {
                    ended
                        .memberships
                        .entry(membership)
                        .or_insert(row.created_at);
                }
            }
            ended.forget_before(cutoff);
        }
        Ok(())
    }

    /// Reloads every `every` until the returned task is aborted.
    pub fn spawn_reloader(&self, db: Db, every: StdDuration) -> tokio::task::JoinHandle<()> {
        let revocations = self.clone();
        tokio::spawn(async move {
            // Startup has just reloaded: the first tick is one period away.
            let mut ticks = tokio::time::interval_at(tokio::time::Instant::now() + every, every);
            ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            loop {
                ticks.tick().await;
                if let Err(error) = revocations.reload(&db).await {
                    tracing::warn!(error = %error, "reloading ended sessions failed");
                }
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_noted_family_or_membership_ends_its_tokens_and_nothing_else() {
        let revocations = Revocations::new(900);
        let (family, membership, other) = (Uuid::now_v7(), Uuid::now_v7(), Uuid::now_v7());
        assert!(!revocations.is_ended(Some(family), Some(membership)));
        revocations.note(&EndedSessions {
            families: vec![family],
            memberships: vec![],
        });
        assert!(revocations.is_ended(Some(family), Some(other)));
        assert!(!revocations.is_ended(Some(other), Some(membership)));
        revocations.note(&EndedSessions {
            families: vec![],
            memberships: vec![membership],
        });
        assert!(revocations.is_ended(Some(other), Some(membership)));
        assert!(revocations.is_ended(None, Some(membership)));
        assert!(!revocations.is_ended(None, None));
    }

    #[test]
    fn entries_past_the_horizon_are_forgotten() {
        let revocations = Revocations::new(0);
        let family = Uuid::now_v7();
        revocations.note(&EndedSessions {
            families: vec![family],
            memberships: vec![],
        });
        let cutoff = Utc::now() + Duration::seconds(1);
        revocations
            .ended
            .write()
            .map(|mut ended| ended.forget_before(cutoff))
            .ok();
        assert!(!revocations.is_ended(Some(family), None));
    }
}
