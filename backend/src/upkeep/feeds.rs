//! Private ICS feeds of a cluster's compliance calendar. An operator admin creates one (the
//! secret URL is shown once; only the token's SHA-256 is kept), revokes it, or creates a new
//! one, which revokes the one before: a cluster has one live URL at a time.
//!
//! Reading a feed needs no signed-in user: the token finds the feed (a system read of that one
//! table), then the calendar is read in a tenant transaction on behalf of the admin who
//! created it, so row-level security still holds. A revoked or unknown token is NOT_FOUND.

use chrono::Utc;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter, QueryOrder};
use uuid::Uuid;

use crate::access::{Policy, TenantCtx};
use crate::audit;
use crate::auth::tokens::{random_token, token_hash};
use crate::db::Db;
use crate::error::{AppError, AppResult, reason};
use crate::ids::{CalendarFeedId, ClusterId, TenantId, UserId};
use crate::upkeep::calendar::{self, cluster_of, feed_span};
use crate::upkeep::entities::calendar_feed;
use crate::upkeep::ics;
use crate::values::today;

/// The path of a feed's URL, `/calendar/<token>.ics`.
pub fn path_of(token: &str) -> String {
    format!("/calendar/{token}.ics")
}

/// Creates a feed of a cluster and revokes the live one before it (operator admins). Returns
/// the feed and its secret token, which is never stored nor shown again.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn create(
    db: &Db,
    ctx: &TenantCtx,
    cluster: ClusterId,
) -> AppResult<(calendar_feed::Model, String)> {
    ctx.require(Policy::ShareCalendar)?;
    let txn = db.tenant(ctx, Policy::ShareCalendar).await?;
    let found = cluster_of(&txn, cluster).await?;
    let now = Utc::now();
    let live = txn
        .scoped::<calendar_feed::Entity>()
        .filter(calendar_feed::Column::ClusterId.eq(found.id))
        .filter(calendar_feed::Column::RevokedAt.is_null())
        .all(txn.conn())
        .await?;
    for before in live {
        revoke_in(&txn, ctx, before, now).await?;
    }
    let token = random_token();
    let model = calendar_feed::Model {
        id: Uuid::now_v7(),
        tenant_id: txn.tenant_id().0,
        created_at: now,
        cluster_id: found.id,
        token_hash: token_hash(&token),
        created_by: Some(ctx.user_id().0),
        revoked_at: None,
        updated_at: now,
    };
    calendar_feed::Entity::insert(model.clone().into_active_model())
        .exec_without_returning(txn.conn())
        .await?;
    audit::created(&txn, ctx, "CalendarFeed", model.id, &model).await?;
    txn.commit().await?;
    Ok((model, token))
}

async fn revoke_in(
    txn: &crate::db::TenantTxn,
    ctx: &TenantCtx,
    before: calendar_feed::Model,
    now: chrono::DateTime<Utc>,
) -> AppResult<calendar_feed::Model> {
    let moved = calendar_feed::Entity::update_many()
        .col_expr(calendar_feed::Column::RevokedAt, Expr::value(now))
        .col_expr(calendar_feed::Column::UpdatedAt, Expr::value(now))
        .filter(calendar_feed::Column::TenantId.eq(txn.tenant_id()))
        .filter(calendar_feed::Column::Id.eq(before.id))
        .filter(calendar_feed::Column::RevokedAt.is_null())
        .exec(txn.conn())
        .await?;
    if moved.rows_affected != 1 {
        return Err(AppError::Conflict(reason!(
            "feed_already_revoked",
            "the feed is already revoked"
        )));
    }
    let after = calendar_feed::Model {
        revoked_at: Some(now),
        updated_at: now,
        ..before.clone()
    };
    audit::record(
        txn,
        ctx,
        "CalendarFeed",
        before.id,
        "revoked",
        Some(&before),
        Some(&after),
    )
    .await?;
    Ok(after)
}

/// Revokes a feed (operator admins): its URL answers 404 from now on. Another tenant's feed is
/// NOT_FOUND; one already revoked CONFLICT.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn revoke(
    db: &Db,
    ctx: &TenantCtx,
    id: CalendarFeedId,
) -> AppResult<calendar_feed::Model> {
    ctx.require(Policy::ShareCalendar)?;
    let txn = db.tenant(ctx, Policy::ShareCalendar).await?;
    let before = txn
        .scoped_by_id::<calendar_feed::Entity>(id)
        .one(txn.conn())
        .await?
        .ok_or(AppError::NotFound)?;
    let after = revoke_in(&txn, ctx, before, Utc::now()).await?;
    txn.commit().await?;
    Ok(after)
}

/// The live feeds of a cluster, newest first (operator admins). Another tenant's cluster is
/// NOT_FOUND.
pub async fn live(
    db: &Db,
    ctx: &TenantCtx,
    cluster: ClusterId,
) -> AppResult<Vec<calendar_feed::Model>> {
    let txn = db.read(ctx, Policy::ShareCalendar).await?;
    let found = cluster_of(&txn, cluster).await?;
    let rows = txn
        .scoped::<calendar_feed::Entity>()
        .filter(calendar_feed::Column::ClusterId.eq(found.id))
        .filter(calendar_feed::Column::RevokedAt.is_null())
        .order_by_desc(calendar_feed::Column::CreatedAt)
        .all(txn.conn())
        .await?;
    txn.commit().await?;
    Ok(rows)
}

/// Whether `token` looks like one [`random_token`] makes (43 URL-safe characters).
fn well_formed(token: &str) -> bool {
    token.len() == 43
        && token
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// The feed behind `token` as iCalendar text, with the cluster's name: the items from the first
/// of last month to a year ahead. A malformed, unknown or revoked token is NOT_FOUND; nothing
/// is written.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn read(db: &Db, token: &str) -> AppResult<(String, String)> {
    if !well_formed(token) {
        return Err(AppError::NotFound);
    }
    // System read of the feed table alone: nobody is signed in; the secret token is the
    // authority. Everything else is read on the tenant's behalf, under row-level security.
    let system = db.system().await?;
    let feed = calendar_feed::Entity::find()
        .filter(calendar_feed::Column::TokenHash.eq(token_hash(token)))
        .filter(calendar_feed::Column::RevokedAt.is_null())
        .one(system.conn())
        .await?
        .ok_or(AppError::NotFound)?;
    system.commit().await?;
    let ctx = TenantCtx::for_system_work(
        TenantId(feed.tenant_id),
        UserId(feed.created_by.unwrap_or_default()),
    )
    .reading_only();
    let txn = db.read(&ctx, Policy::ManageUpkeep).await?;
    let cluster = cluster_of(&txn, ClusterId(feed.cluster_id)).await?;
    let (from, until) = feed_span(today());
    let items = calendar::items(&txn, cluster.id, from, until).await?;
    txn.commit().await?;
    Ok((
        cluster.name.clone(),
        ics::render(&cluster.name, &items, Utc::now()),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_tokens_of_the_right_shape_are_looked_up() {
        assert!(well_formed(&random_token()));
        assert!(!well_formed(""));
        assert!(!well_formed(&"a".repeat(44)));
        assert!(!well_formed(&format!("{}'", "a".repeat(42))));
    }
}
