//! Delivers the outbox over SMTP: claims due messages (safe with several replicas), sends each,
//! records success, or the error and the next attempt with exponential backoff. Stops between
//! messages when asked to shut down.

use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use chrono::Utc;
use lettre::message::header::{ContentType, HeaderName, HeaderValue};
use lettre::message::{Attachment, Mailbox, MultiPart, SinglePart};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, Condition, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use tokio::sync::{Notify, watch};

use crate::db::Db;
use crate::notify::entities::outbox_message::{self, Column};
use crate::notify::{MailStatus, qr_image};

/// After this many failed attempts a message is marked FAILED (an admin can retry it).
pub const MAX_ATTEMPTS: i32 = 10;
/// How long a claimed message is reserved for the worker that claimed it.
const CLAIM_SECONDS: i64 = 300;
/// Longest wait between two attempts.
const MAX_BACKOFF_MS: u64 = 3_600_000;
/// Messages read per pass.
const BATCH: u64 = 20;

/// The delivery worker.
pub struct DeliveryWorker {
    db: Db,
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
    wake: Arc<Notify>,
    retry_base_ms: u64,
    poll: Duration,
}

impl DeliveryWorker {
    /// A worker sending through the SMTP server of `smtp_url` (lettre's URL form).
    pub fn new(
        db: Db,
        smtp_url: &str,
        from: &str,
        wake: Arc<Notify>,
        retry_base_ms: u64,
        poll: Duration,
    ) -> anyhow::Result<Self> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(smtp_url)
            .context("SMTP_URL is not a valid SMTP address")?
            .timeout(Some(Duration::from_secs(20)))
            .build();
        let from = from
            .parse()
            .context("CLUSTERKEEP_MAIL_FROM is not a valid mailbox")?;
        Ok(Self {
            db,
            transport,
            from,
            wake,
            retry_base_ms,
            poll,
        })
    }

    /// Runs until `shutdown` turns true.
    pub async fn run(self, mut shutdown: watch::Receiver<bool>) {
        tracing::info!("mail delivery worker started");
        loop {
            if *shutdown.borrow() {
                break;
            }
            if let Err(error) = self.deliver_due(&shutdown).await {
                tracing::error!(error = format!("{error:#}"), "mail delivery pass failed");
            }
            tokio::select! {
                _ = self.wake.notified() => {}
                _ = tokio::time::sleep(self.poll) => {}
                _ = shutdown.changed() => {}
            }
        }
        tracing::info!("mail delivery worker stopped");
    }

    /// Sends every message that is due now.
    pub async fn deliver_due(&self, shutdown: &watch::Receiver<bool>) -> anyhow::Result<usize> {
        let mut delivered = 0;
        loop {
            let now = Utc::now();
            // System read: the worker delivers every tenant's mail.
            let txn = self.db.system().await?;
            let due = outbox_message::Entity::find()
                .filter(Column::Status.eq(MailStatus::Pending))
                .filter(Column::NextAttemptAt.lte(now))
                .filter(
                    Condition::any()
                        .add(Column::LockedUntil.is_null())
                        .add(Column::LockedUntil.lt(now)),
                )
                .order_by_asc(Column::NextAttemptAt)
                .limit(BATCH)
                .all(txn.conn())
                .await?;
            txn.commit().await?;
            if due.is_empty() {
                return Ok(delivered);
            }
            let mut progressed = false;
            for message in due {
                if *shutdown.borrow() {
                    return Ok(delivered);
                }
                if !self.claim(&message).await? {
                    continue;
                }
                progressed = true;
                match self.send(&message).await {
                    Ok(()) => {
                        delivered += 1;
                        self.record_success(&message).await?;
                    }
                    Err(error) => self.record_failure(&message, &error).await?,
                }
            }
            if !progressed {
                return Ok(delivered);
            }
        }
    }

    /// Reserves a message for this worker; false when another worker got it first.
    async fn claim(&self, message: &outbox_message::Model) -> anyhow::Result<bool> {
        let now = Utc::now();
        let txn = self.db.system().await?;
        let result = outbox_message::Entity::update_many()
            .col_expr(
                Column::LockedUntil,
                Expr::value(Some(now + chrono::Duration::seconds(CLAIM_SECONDS))),
            )
            .filter(Column::Id.eq(message.id))
            .filter(Column::Status.eq(MailStatus::Pending))
            .filter(
                Condition::any()
                    .add(Column::LockedUntil.is_null())
                    .add(Column::LockedUntil.lt(now)),
            )
            .exec(txn.conn())
            .await?;
        txn.commit().await?;
        Ok(result.rows_affected == 1)
    }

    async fn send(&self, message: &outbox_message::Model) -> anyhow::Result<()> {
        let to: Mailbox = message.recipient.parse().context("recipient address")?;
        let mut builder = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(message.subject.clone());
        if let Some(id) = &message.message_id {
            builder = builder.message_id(Some(id.clone()));
        }
        if let Some(address) = &message.list_unsubscribe {
            // RFC 8058: a mail client may POST to the address to unsubscribe in one click.
            builder = builder
                .raw_header(HeaderValue::new(
                    HeaderName::new_from_ascii_str("List-Unsubscribe"),
                    format!("<{address}>"),
                ))
                .raw_header(HeaderValue::new(
                    HeaderName::new_from_ascii_str("List-Unsubscribe-Post"),
                    "List-Unsubscribe=One-Click".to_owned(),
                ));
        }
        let body = match &message.qr_payload {
            // Inline, so a banking app on a phone can scan it from another screen.
            Some(payload) => MultiPart::alternative()
                .singlepart(SinglePart::plain(message.body_text.clone()))
                .multipart(
                    MultiPart::related()
                        .singlepart(SinglePart::html(message.body_html.clone()))
                        .singlepart(Attachment::new_inline("vietqr".to_owned()).body(
                            qr_image::png(payload)?,
                            ContentType::parse("image/png").context("image/png")?,
                        )),
                ),
            None => MultiPart::alternative_plain_html(
                message.body_text.clone(),
                message.body_html.clone(),
            ),
        };
        let email = builder.multipart(body).context("building the message")?;
        self.transport.send(email).await.context("SMTP delivery")?;
        Ok(())
    }

    async fn record_success(&self, message: &outbox_message::Model) -> anyhow::Result<()> {
        let txn = self.db.system().await?;
        outbox_message::Entity::update_many()
            .col_expr(Column::Status, Expr::value(MailStatus::Sent))
            .col_expr(Column::SentAt, Expr::value(Some(Utc::now())))
            .col_expr(Column::Attempts, Expr::value(message.attempts + 1))
            .col_expr(
                Column::LockedUntil,
                Expr::value(Option::<chrono::DateTime<Utc>>::None),
            )
            .col_expr(Column::LastError, Expr::value(Option::<String>::None))
            .filter(Column::Id.eq(message.id))
            .exec(txn.conn())
            .await?;
        txn.commit().await?;
        tracing::info!(mail_id = %message.id, template = %message.template, "mail delivered");
        Ok(())
    }

    async fn record_failure(
        &self,
        message: &outbox_message::Model,
        error: &anyhow::Error,
    ) -> anyhow::Result<()> {
        let attempts = message.attempts + 1;
        let status = if attempts >= MAX_ATTEMPTS {
            MailStatus::Failed
        } else {
            MailStatus::Pending
        };
        let delay = backoff_ms(self.retry_base_ms, attempts);
        let text: String = format!("{error:#}").chars().take(500).collect();
        let txn = self.db.system().await?;
        outbox_message::Entity::update_many()
            .col_expr(Column::Status, Expr::value(status))
            .col_expr(Column::Attempts, Expr::value(attempts))
            .col_expr(Column::LastError, Expr::value(Some(text.clone())))
            .col_expr(
                Column::NextAttemptAt,
                Expr::value(Utc::now() + chrono::Duration::milliseconds(delay as i64)),
            )
            .col_expr(
                Column::LockedUntil,
                Expr::value(Option::<chrono::DateTime<Utc>>::None),
            )
            .filter(Column::Id.eq(message.id))
            .exec(txn.conn())
            .await?;
        txn.commit().await?;
        tracing::warn!(mail_id = %message.id, attempts, error = %text, "mail delivery failed; will retry");
        Ok(())
    }
}

/// The wait before attempt `attempts + 1`: `base`, doubling per attempt, at most an hour.
pub fn backoff_ms(base: u64, attempts: i32) -> u64 {
    let exponent = u32::try_from(attempts.saturating_sub(1).clamp(0, 20)).unwrap_or(20);
    base.saturating_mul(1u64 << exponent).min(MAX_BACKOFF_MS)
}

#[cfg(test)]
mod tests {
    use super::backoff_ms;

    #[test]
    fn backoff_doubles_from_the_base_and_stops_at_an_hour() {
        assert_eq!(backoff_ms(30_000, 1), 30_000);
        assert_eq!(backoff_ms(30_000, 2), 60_000);
        assert_eq!(backoff_ms(30_000, 4), 240_000);
        assert_eq!(backoff_ms(30_000, 9), 3_600_000);
    }
}
