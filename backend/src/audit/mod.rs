//! The audit trail: who changed which object, when, and its state before and after. Written in
//! the same transaction as the change, so the trail and the data never disagree.

pub mod entity;

use chrono::Utc;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect,
};
use serde::Serialize;
use uuid::Uuid;

use crate::access::{Policy, TenantCtx};
use crate::db::{Db, TenantTxn};
use crate::error::AppResult;
use crate::ids::{TenantId, UserId};
use crate::tenancy::users;

/// Records one change of `entity_type`/`entity_id` inside `txn`.
pub async fn record<B: Serialize, A: Serialize>(
    txn: &TenantTxn,
    actor: &TenantCtx,
    entity_type: &str,
    entity_id: impl Into<Uuid>,
    action: &str,
    before: Option<&B>,
    after: Option<&A>,
) -> AppResult<()> {
    let change = Change {
        entity_type,
        entity_id: entity_id.into(),
        action,
    };
    write(
        txn.conn(),
        txn.tenant_id().0,
        actor.user_id(),
        change,
        before,
        after,
    )
    .await
}

/// What changed, for [`record`] and [`record_for_tenant`].
pub struct Change<'a> {
    pub entity_type: &'a str,
    pub entity_id: Uuid,
    pub action: &'a str,
}

/// Records a change the platform admin made to `tenant` inside `conn`, the admin's system
/// transaction (administering a tenant is not done from inside it): the entry belongs to that
/// tenant's trail, like any other change of its data.
pub async fn record_for_tenant<C: ConnectionTrait, B: Serialize, A: Serialize>(
    conn: &C,
    tenant: TenantId,
    actor: UserId,
    change: Change<'_>,
    before: Option<&B>,
    after: Option<&A>,
) -> AppResult<()> {
    write(conn, tenant.0, actor, change, before, after).await
}

async fn write<C: ConnectionTrait, B: Serialize, A: Serialize>(
    conn: &C,
    tenant_id: Uuid,
    actor: UserId,
    change: Change<'_>,
    before: Option<&B>,
    after: Option<&A>,
) -> AppResult<()> {
    let to_json = |value: serde_json::Result<String>| {
        value.map_err(|e| anyhow::Error::new(e).context("audit json"))
    };
    let before = before
        .map(|b| to_json(serde_json::to_string(b)))
        .transpose()?;
    let after = after
        .map(|a| to_json(serde_json::to_string(a)))
        .transpose()?;
    entity::Entity::insert(entity::ActiveModel {
        id: Set(Uuid::now_v7()),
        tenant_id: Set(tenant_id),
        entity_type: Set(change.entity_type.to_owned()),
        entity_id: Set(change.entity_id),
        actor_id: Set(Some(actor.0)),
        action: Set(change.action.to_owned()),
        before: Set(before),
        after: Set(after),
        created_at: Set(Utc::now()),
    })
    .exec(conn)
    .await?;
    Ok(())
}

/// Records objects an import created, in batches (one statement per 500 objects).
pub async fn imported<'a, A: Serialize + 'a>(
    txn: &TenantTxn,
    actor: &TenantCtx,
    entity_type: &str,
    created: impl IntoIterator<Item = (Uuid, &'a A)>,
) -> AppResult<()> {
    let now = Utc::now();
    let mut rows = Vec::new();
    for (id, after) in created {
        let after = serde_json::to_string(after)
            .map_err(|e| anyhow::Error::new(e).context("audit json"))?;
        rows.push(entity::ActiveModel {
            id: Set(Uuid::now_v7()),
            tenant_id: Set(txn.tenant_id().0),
            entity_type: Set(entity_type.to_owned()),
            entity_id: Set(id),
            actor_id: Set(Some(actor.user_id().0)),
            action: Set("imported".to_owned()),
            before: Set(None),
            after: Set(Some(after)),
            created_at: Set(now),
        });
    }
    for chunk in rows.chunks(500) {
        entity::Entity::insert_many(chunk.to_vec())
            .exec_without_returning(txn.conn())
            .await?;
    }
    Ok(())
}

/// Records the creation of an object inside `txn`.
pub async fn created<A: Serialize>(
    txn: &TenantTxn,
    actor: &TenantCtx,
    entity_type: &str,
    entity_id: impl Into<Uuid>,
    created: &A,
) -> AppResult<()> {
    record(
        txn,
        actor,
        entity_type,
        entity_id,
        "created",
        None::<&()>,
        Some(created),
    )
    .await
}

/// One change, with the address of who made it.
#[derive(Clone, Debug)]
pub struct TrailEntry {
    pub entry: entity::Model,
    /// The acting user's email (none for system work or a deleted user).
    pub actor_email: Option<String>,
}

/// The trail of one object, newest first (at most `limit` entries). Only callers the
/// [`Policy::ReadAuditTrail`] allows see it; for anyone else it is empty, as the object's other
/// fields are what they may read.
pub async fn trail(
    db: &Db,
    ctx: &TenantCtx,
    entity_type: &str,
    entity_id: impl Into<Uuid>,
    limit: u64,
) -> AppResult<Vec<TrailEntry>> {
    if !ctx.allows(Policy::ReadAuditTrail) {
        return Ok(Vec::new());
    }
    let txn = db.read(ctx, Policy::ReadAuditTrail).await?;
    let entries = txn
        .scoped::<entity::Entity>()
        .filter(entity::Column::EntityType.eq(entity_type))
        .filter(entity::Column::EntityId.eq(entity_id.into()))
        .order_by_desc(entity::Column::CreatedAt)
        .order_by_desc(entity::Column::Id)
        .limit(limit)
        .all(txn.conn())
        .await?;
    txn.commit().await?;
    let actors: Vec<UserId> = entries
        .iter()
        .filter_map(|e| e.actor_id.map(UserId))
        .collect();
    let emails = users::emails_of(db, &actors).await?;
    Ok(entries
        .into_iter()
        .map(|entry| TrailEntry {
            actor_email: entry.actor_id.and_then(|a| emails.get(&UserId(a)).cloned()),
            entry,
        })
        .collect())
}
