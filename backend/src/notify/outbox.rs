//! Writing mail to the outbox, and the operator's mail log.

use std::sync::Arc;

use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel,
    QueryFilter, QueryOrder,
};
use tokio::sync::Notify;

use crate::access::{Policy, TenantCtx};
use crate::db::{Db, Page, PageRequest, fetch_page};
use crate::error::{AppError, AppResult};
use crate::ids::{MailId, TenantId};
use crate::notify::entities::outbox_message;
use crate::notify::templates::Templates;
use crate::notify::{Mail, MailStatus};
use crate::tenancy::Locale;
use crate::values::Email;

/// Renders mail into the outbox and wakes the delivery worker.
#[derive(Clone)]
pub struct Outbox {
    templates: Arc<Templates>,
    wake: Arc<Notify>,
}

impl Outbox {
    pub fn new(templates: Templates) -> Self {
        Self {
            templates: Arc::new(templates),
            wake: Arc::new(Notify::new()),
        }
    }

    /// The signal the delivery worker waits on.
    pub fn wake_signal(&self) -> Arc<Notify> {
        self.wake.clone()
    }

    /// Tells the worker there is new mail (call after the transaction commits).
    pub fn wake(&self) {
        self.wake.notify_one();
    }

    /// Renders `mail` and writes it to the outbox inside `conn`, the transaction of the event
    /// that causes it.
    pub async fn enqueue<C: ConnectionTrait>(
        &self,
        conn: &C,
        tenant: Option<TenantId>,
        to: &Email,
        locale: Locale,
        mail: &Mail,
    ) -> AppResult<MailId> {
        let id = MailId::new();
        self.row(id, tenant, to, locale, mail, Utc::now())?
            .insert(conn)
            .await?;
        Ok(id)
    }
}

impl Outbox {
    /// One rendered message, waiting to be sent from `now`.
    fn row(
        &self,
        id: MailId,
        tenant: Option<TenantId>,
        to: &Email,
        locale: Locale,
        mail: &Mail,
        now: chrono::DateTime<Utc>,
    ) -> AppResult<outbox_message::ActiveModel> {
        let rendered = self.templates.render(mail, locale)?;
        Ok(outbox_message::ActiveModel {
            id: Set(id.0),
            tenant_id: Set(tenant.map(|t| t.0)),
            recipient: Set(to.as_str().to_owned()),
            subject: Set(rendered.subject),
            body_text: Set(rendered.text),
            body_html: Set(rendered.html),
            template: Set(rendered.template.to_owned()),
            status: Set(MailStatus::Pending),
            attempts: Set(0),
            next_attempt_at: Set(now),
            locked_until: Set(None),
            last_error: Set(None),
            created_at: Set(now),
            sent_at: Set(None),
        })
    }

    /// Renders many emails of one event and writes them to the outbox inside `conn` in batches.
    pub async fn enqueue_many<C: ConnectionTrait>(
        &self,
        conn: &C,
        tenant: Option<TenantId>,
        mails: &[(Email, Locale, Mail)],
    ) -> AppResult<usize> {
        let now = Utc::now();
        let mut rows = Vec::with_capacity(mails.len());
        for (to, locale, mail) in mails {
            rows.push(self.row(MailId::new(), tenant, to, *locale, mail, now)?);
        }
        let count = rows.len();
        let mut rows = rows.into_iter().peekable();
        while rows.peek().is_some() {
            let batch: Vec<_> = rows.by_ref().take(500).collect();
            outbox_message::Entity::insert_many(batch)
                .exec_without_returning(conn)
                .await?;
        }
        Ok(count)
    }
}

/// The tenant's outgoing mail, newest first (operator admin).
pub async fn log(
    db: &Db,
    ctx: &TenantCtx,
    status: Option<MailStatus>,
    page: PageRequest,
) -> AppResult<Page<outbox_message::Model>> {
    let txn = db.tenant(ctx, Policy::ReadMailLog).await?;
    let mut select = txn.scoped::<outbox_message::Entity>();
    if let Some(status) = status {
        select = select.filter(outbox_message::Column::Status.eq(status));
    }
    let select = select
        .order_by_desc(outbox_message::Column::CreatedAt)
        .order_by_desc(outbox_message::Column::Id);
    let result = fetch_page(select, txn.conn(), page).await?;
    txn.commit().await?;
    Ok(result)
}

/// One message of the tenant's mail log (operator admin).
pub async fn get(db: &Db, ctx: &TenantCtx, id: MailId) -> AppResult<outbox_message::Model> {
    let txn = db.lookup(ctx, Policy::ReadMailLog).await?;
    let found = txn
        .scoped_by_id::<outbox_message::Entity>(id.0)
        .one(txn.conn())
        .await?;
    txn.commit().await?;
    found.ok_or(AppError::NotFound)
}

/// Makes a pending or failed message due now (operator admin). A sent message is CONFLICT.
pub async fn retry(
    db: &Db,
    outbox: &Outbox,
    ctx: &TenantCtx,
    id: MailId,
) -> AppResult<outbox_message::Model> {
    let txn = db.tenant(ctx, Policy::ReadMailLog).await?;
    let found = txn
        .scoped_by_id::<outbox_message::Entity>(id.0)
        .one(txn.conn())
        .await?
        .ok_or(AppError::NotFound)?;
    if found.status == MailStatus::Sent {
        return Err(AppError::Conflict(
            "this message was already delivered".into(),
        ));
    }
    let mut active = found.into_active_model();
    active.status = Set(MailStatus::Pending);
    active.next_attempt_at = Set(Utc::now());
    active.locked_until = Set(None);
    let updated = active.update(txn.conn()).await?;
    txn.commit().await?;
    outbox.wake();
    Ok(updated)
}
