//! Email: templates, the transactional outbox, the mail log and the delivery worker.
//!
//! An email is written to `outbox_messages` in the same transaction as the event that causes
//! it ([`outbox::enqueue`]), so it is sent if and only if the event happened. The
//! [`worker::DeliveryWorker`] sends due messages over SMTP and retries failures with backoff.

pub mod entities;
pub mod outbox;
pub mod qr_image;
pub mod templates;
pub mod worker;

use sea_orm::sea_query::StringLen;
use sea_orm::{DeriveActiveEnum, EnumIter};
use serde::{Deserialize, Serialize};

pub use outbox::Outbox;
pub use templates::{IssuedInvoice, Mail, MaintenanceNotice, RenderedMail};

/// Where a message is in its delivery.
#[derive(Clone, Copy, Debug, PartialEq, Eq, EnumIter, DeriveActiveEnum, Serialize, Deserialize)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum MailStatus {
    /// Waiting for (another) delivery attempt, or for SMTP to be configured.
    #[sea_orm(string_value = "PENDING")]
    Pending,
    /// Accepted by the SMTP server.
    #[sea_orm(string_value = "SENT")]
    Sent,
    /// Gave up after the maximum number of attempts; can be retried by hand.
    #[sea_orm(string_value = "FAILED")]
    Failed,
    /// Withdrawn before it went: a reminder whose invoice was settled meanwhile.
    #[sea_orm(string_value = "CANCELLED")]
    Cancelled,
}
