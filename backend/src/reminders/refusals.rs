//! One-click unsubscribe (RFC 8058): each message of a refusable kind carries a secret link;
//! a POST to it records that the address refuses that kind from this operator. The link names
//! nothing but a random token stored on the message.

use chrono::Utc;
use rand::RngCore;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, sea_query::OnConflict};
use uuid::Uuid;

use crate::db::Db;
use crate::error::{AppError, AppResult};
use crate::notify::entities::outbox_message;
use crate::reminders::entities::{reminder_refusal, reminder_send};

/// The path the links point at.
pub const PATH: &str = "/unsubscribe";

/// A fresh unsubscribe address under `public_url`.
pub fn new_link(public_url: &str) -> String {
    let mut bytes = [0u8; 24];
    rand::rng().fill_bytes(&mut bytes);
    format!("{public_url}{PATH}?token={}", hex::encode(bytes))
}

/// What an unsubscribe link would stop: the address and the kind (for the confirmation page).
pub struct Refusal {
    pub recipient: String,
    pub kind: String,
}

async fn find(
    conn: &impl sea_orm::ConnectionTrait,
    public_url: &str,
    token: &str,
) -> AppResult<(outbox_message::Model, reminder_send::Model)> {
    if token.len() != 48 || !token.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(AppError::NotFound);
    }
    let message = outbox_message::Entity::find()
        .filter(
            outbox_message::Column::ListUnsubscribe.eq(format!("{public_url}{PATH}?token={token}")),
        )
        .one(conn)
        .await?
        .ok_or(AppError::NotFound)?;
    let send = reminder_send::Entity::find_by_id(message.reminder_id.ok_or(AppError::NotFound)?)
        .one(conn)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((message, send))
}

/// What the link in `token` would refuse (the confirmation page shown on GET).
pub async fn describe(db: &Db, public_url: &str, token: &str) -> AppResult<Refusal> {
    // System read: the recipient is not signed in; the secret token is the authority.
    let txn = db.system().await?;
    let (message, send) = find(txn.conn(), public_url, token).await?;
    txn.commit().await?;
    Ok(Refusal {
        recipient: message.recipient,
        kind: send.kind.code().to_owned(),
    })
}

/// Records the refusal (POST, one click); repeating it changes nothing.
pub async fn refuse(db: &Db, public_url: &str, token: &str) -> AppResult<Refusal> {
    // System write: the recipient is not signed in; the secret token is the authority.
    let txn = db.system().await?;
    let (message, send) = find(txn.conn(), public_url, token).await?;
    let row = reminder_refusal::ActiveModel {
        id: sea_orm::ActiveValue::Set(Uuid::now_v7()),
        tenant_id: sea_orm::ActiveValue::Set(send.tenant_id),
        created_at: sea_orm::ActiveValue::Set(Utc::now()),
        recipient: sea_orm::ActiveValue::Set(message.recipient.clone()),
        kind: sea_orm::ActiveValue::Set(send.kind.code().to_owned()),
        firm_id: sea_orm::ActiveValue::Set(send.firm_id),
    };
    // Repeating the click changes nothing: the (tenant, address, kind) row exists.
    reminder_refusal::Entity::insert(row)
        .on_conflict(
            OnConflict::columns([
                reminder_refusal::Column::TenantId,
                reminder_refusal::Column::Recipient,
                reminder_refusal::Column::Kind,
            ])
            .do_nothing()
            .to_owned(),
        )
        .try_insert()
        .exec(txn.conn())
        .await?;
    txn.commit().await?;
    tracing::info!(
        kind = send.kind.code(),
        "a recipient refused a kind of reminder"
    );
    Ok(Refusal {
        recipient: message.recipient,
        kind: send.kind.code().to_owned(),
    })
}
