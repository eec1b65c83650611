//! Writing mail to the outbox, and the operator's mail log.

use std::sync::Arc;

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel,
    QueryFilter, QueryOrder,
};
use tokio::sync::Notify;
use uuid::Uuid;

use crate::access::{Policy, TenantCtx};
use crate::db::{Db, Page, PageRequest, fetch_page};
use crate::error::{AppError, AppResult, reason};
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
            .into_active_model()
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
    ) -> AppResult<outbox_message::Model> {
        let rendered = self.templates.render(mail, locale)?;
        Ok(outbox_message::Model {
            id: id.0,
            tenant_id: tenant.map(|t| t.0),
            recipient: to.as_str().to_owned(),
            subject: rendered.subject,
            body_text: rendered.text,
            body_html: rendered.html,
            template: rendered.template.to_owned(),
            status: MailStatus::Pending,
            attempts: 0,
            next_attempt_at: now,
            locked_until: None,
            last_error: None,
            created_at: now,
            sent_at: None,
            reminder_id: None,
            subject_id: None,
            message_id: None,
            list_unsubscribe: None,
            qr_payload: None,
        })
    }

    /// Renders many emails of one event and writes them to the outbox inside `conn` at once.
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
        crate::db::insert_all::<outbox_message::Entity>(conn, rows).await?;
        Ok(count)
    }
}

/// A message rendered elsewhere (a reminder, with its operator's template overrides), with what
/// only reminders carry.
#[derive(Clone, Debug)]
pub struct Prepared {
    pub id: MailId,
    pub tenant: TenantId,
    pub to: String,
    pub subject: String,
    pub text: String,
    pub html: String,
    pub template: &'static str,
    /// Not before this moment (the send window).
    pub not_before: DateTime<Utc>,
    pub reminder_id: Uuid,
    pub subject_id: Uuid,
    pub message_id: String,
    pub list_unsubscribe: Option<String>,
    pub qr_payload: Option<String>,
}

impl Prepared {
    fn into_row(self, now: DateTime<Utc>) -> outbox_message::ActiveModel {
        outbox_message::ActiveModel {
            id: Set(self.id.0),
            tenant_id: Set(Some(self.tenant.0)),
            recipient: Set(self.to),
            subject: Set(self.subject),
            body_text: Set(self.text),
            body_html: Set(self.html),
            template: Set(self.template.to_owned()),
            status: Set(MailStatus::Pending),
            attempts: Set(0),
            next_attempt_at: Set(self.not_before),
            locked_until: Set(None),
            last_error: Set(None),
            created_at: Set(now),
            sent_at: Set(None),
            reminder_id: Set(Some(self.reminder_id)),
            subject_id: Set(Some(self.subject_id)),
            message_id: Set(Some(self.message_id)),
            list_unsubscribe: Set(self.list_unsubscribe),
            qr_payload: Set(self.qr_payload),
        }
    }
}

/// Writes prepared messages inside `conn` (the transaction that claimed them), in batches.
pub async fn enqueue_prepared<C: ConnectionTrait>(
    conn: &C,
    messages: Vec<Prepared>,
    now: DateTime<Utc>,
) -> AppResult<usize> {
    let count = messages.len();
    let mut rows = messages.into_iter().map(|m| m.into_row(now)).peekable();
    while rows.peek().is_some() {
        let batch: Vec<_> = rows.by_ref().take(200).collect();
        outbox_message::Entity::insert_many(batch)
            .exec_without_returning(conn)
            .await?;
    }
    Ok(count)
}

/// Withdraws the messages still waiting about `subjects` (invoices a payment, credit note or
/// void settled), inside the transaction that settled them. Returns how many.
pub async fn cancel_waiting<C: ConnectionTrait>(
    conn: &C,
    tenant: TenantId,
    subjects: &[Uuid],
) -> AppResult<u64> {
    if subjects.is_empty() {
        return Ok(0);
    }
    let result = outbox_message::Entity::update_many()
        .col_expr(
            outbox_message::Column::Status,
            sea_orm::sea_query::Expr::value(MailStatus::Cancelled),
        )
        .filter(outbox_message::Column::TenantId.eq(tenant.0))
        .filter(outbox_message::Column::SubjectId.is_in(subjects.iter().copied()))
        .filter(outbox_message::Column::Status.eq(MailStatus::Pending))
        .exec(conn)
        .await?;
    Ok(result.rows_affected)
}

/// The tenant's outgoing mail, newest first (operator admin).
pub async fn log(
    db: &Db,
    ctx: &TenantCtx,
    status: Option<MailStatus>,
    page: PageRequest,
) -> AppResult<Page<outbox_message::Model>> {
    let txn = db.read(ctx, Policy::ReadMailLog).await?;
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
    let txn = db.read(ctx, Policy::ReadMailLog).await?;
    let found = txn
        .scoped_by_id::<outbox_message::Entity>(id.0)
        .one(txn.conn())
        .await?
        .ok_or(AppError::NotFound)?;
    if found.status == MailStatus::Sent {
        return Err(AppError::Conflict(reason!(
            "message_already_delivered",
            "this message was already delivered"
        )));
    }
    if found.status == MailStatus::Cancelled {
        return Err(AppError::Conflict(reason!(
            "message_withdrawn_what_reminded",
            "this message was withdrawn: what it reminded of was settled"
        )));
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
