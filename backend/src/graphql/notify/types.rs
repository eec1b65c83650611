//! GraphQL types of the notification domain.

use async_graphql::{Enum, ID, Object};
use chrono::{DateTime, Utc};

use crate::access::TenantCtx;
use crate::error::AppResult;
use crate::graphql::Services;
use crate::graphql::ids;
use crate::graphql::node::NodeType;
use crate::ids::MailId;
use crate::notify::entities::outbox_message;

/// Where a message is in its delivery.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "crate::notify::MailStatus")]
pub enum MailStatus {
    /// Not delivered yet: waiting for an attempt, or for SMTP to be configured.
    Pending,
    /// Accepted by the mail server.
    Sent,
    /// Delivery gave up after repeated failures; retry it by hand.
    Failed,
    /// Withdrawn before it went (a reminder whose invoice was settled meanwhile).
    Cancelled,
}

/// An email the product sent, or is trying to send.
pub struct MailMessage(pub outbox_message::Model);

/// An email the product sent, or is trying to send, for the tenant, e.g. an invitation or a
/// notice of issued invoices (operator admins).
#[Object(name = "MailMessage")]
impl MailMessage {
    /// Global ID.
    pub async fn id(&self) -> ID {
        ids::of::<MailId>(self.0.id)
    }
    /// The recipient's address.
    async fn recipient(&self) -> &str {
        &self.0.recipient
    }
    /// Subject line.
    async fn subject(&self) -> &str {
        &self.0.subject
    }
    /// Which template produced it (invitation, password_reset, …).
    async fn template(&self) -> &str {
        &self.0.template
    }
    /// Delivery status.
    async fn status(&self) -> MailStatus {
        self.0.status.into()
    }
    /// Delivery attempts so far.
    async fn attempts(&self) -> i32 {
        self.0.attempts
    }
    /// The last delivery error, if the last attempt failed.
    async fn last_error(&self) -> Option<&str> {
        self.0.last_error.as_deref()
    }
    /// When it was written.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
    /// When the mail server accepted it.
    async fn sent_at(&self) -> Option<DateTime<Utc>> {
        self.0.sent_at
    }
    /// When the next attempt is due (for messages not sent yet).
    async fn next_attempt_at(&self) -> Option<DateTime<Utc>> {
        (self.0.sent_at.is_none()).then_some(self.0.next_attempt_at)
    }
}

impl NodeType for MailMessage {
    type Id = MailId;

    async fn load(services: &Services, ctx: &TenantCtx, id: MailId) -> AppResult<Self> {
        Ok(Self(
            crate::notify::outbox::get(&services.db, ctx, id).await?,
        ))
    }
}
