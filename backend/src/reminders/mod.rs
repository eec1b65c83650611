//! Scheduled reminders, sent exactly once by any number of servers.
//!
//! A **sweep** ([`sweep::run`]) computes from the current data, with an injected clock, every
//! reminder due as of `now` (set-based: a handful of selects, whatever the number of invoices)
//! and claims each by inserting its natural key (tenant, kind, subject, step, anchor date) into
//! the send ledger `reminder_sends`, whose unique constraint lets exactly one claim win; the
//! winner writes the outbox messages in the same transaction. A sweep after downtime sends the
//! step due now once, and nothing that stopped being due. Settlement (a payment, a credit note,
//! a void) and finished work (a work order done, verified or cancelled; a request resolved or
//! closed) withdraw the messages still waiting, in their own transaction
//! ([`crate::notify::outbox::cancel_waiting`]).
//!
//! [`settings`] are per operator, overridable per cluster; [`holds`] pause or exclude a firm;
//! [`refusals`] record one-click unsubscribes; [`mail`] renders the email; [`log`] reads the
//! ledger.

pub mod entities;
pub mod holds;
pub mod log;
pub mod mail;
pub mod preview;
pub mod refusals;
pub mod schedule;
pub mod settings;
pub mod sweep;

use sea_orm::sea_query::StringLen;
use sea_orm::{DeriveActiveEnum, EnumIter};
use serde::{Deserialize, Serialize};

use crate::db::Db;
use crate::notify::Outbox;

pub use schedule::{Ladder, SendWindow};

/// What a reminder is about.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Kind {
    /// An invoice falls due in three days: to the firm's billing addresses.
    #[sea_orm(string_value = "INVOICE_DUE_SOON")]
    InvoiceDueSoon,
    /// An invoice falls due today.
    #[sea_orm(string_value = "INVOICE_DUE_TODAY")]
    InvoiceDueToday,
    /// An invoice is overdue: one step of the ladder (1, 7, 15, 30, then every 30 days).
    #[sea_orm(string_value = "INVOICE_OVERDUE")]
    InvoiceOverdue,
    /// The monthly statement of account, first working day, to firms with an open balance.
    #[sea_orm(string_value = "STATEMENT")]
    Statement,
    /// A lease ends in 90, 60 or 30 days: to the operator and the firm.
    #[sea_orm(string_value = "LEASE_EXPIRY")]
    LeaseExpiry,
    /// A draft lease was not activated 14 days after it was written: to the operator.
    #[sea_orm(string_value = "LEASE_DRAFT")]
    LeaseDraft,
    /// A work order falls due in three days, then is overdue (the day after, then weekly): to
    /// its assignee. Due is the SLA resolution time.
    #[sea_orm(string_value = "WORK_ORDER_DUE")]
    WorkOrderDue,
    /// Upkeep opened from a schedule falls due in three days, then is overdue: to the assignee.
    /// Due is the occurrence's date.
    #[sea_orm(string_value = "UPKEEP_DUE")]
    UpkeepDue,
    /// A request's or work order's SLA is 75% used, or breached: to the operator admins (P1 at
    /// once, whatever the send window).
    #[sea_orm(string_value = "SLA")]
    Sla,
    /// The last three days of the month, leases metered for wastewater without this month's
    /// reading: to the operator's staff, per cluster.
    #[sea_orm(string_value = "METER_READINGS")]
    MeterReadings,
    /// A cluster's expected fee covers less than the next 12 months' upkeep plan: to the
    /// operator admins, monthly (first working day).
    #[sea_orm(string_value = "FUND_COVERAGE")]
    FundCoverage,
}

impl Kind {
    /// Every kind, in the order settings list them.
    pub const ALL: [Kind; 11] = [
        Kind::InvoiceDueSoon,
        Kind::InvoiceDueToday,
        Kind::InvoiceOverdue,
        Kind::Statement,
        Kind::LeaseExpiry,
        Kind::LeaseDraft,
        Kind::WorkOrderDue,
        Kind::UpkeepDue,
        Kind::Sla,
        Kind::MeterReadings,
        Kind::FundCoverage,
    ];

    /// As stored.
    pub fn code(self) -> &'static str {
        match self {
            Kind::InvoiceDueSoon => "INVOICE_DUE_SOON",
            Kind::InvoiceDueToday => "INVOICE_DUE_TODAY",
            Kind::InvoiceOverdue => "INVOICE_OVERDUE",
            Kind::Statement => "STATEMENT",
            Kind::LeaseExpiry => "LEASE_EXPIRY",
            Kind::LeaseDraft => "LEASE_DRAFT",
            Kind::WorkOrderDue => "WORK_ORDER_DUE",
            Kind::UpkeepDue => "UPKEEP_DUE",
            Kind::Sla => "SLA",
            Kind::MeterReadings => "METER_READINGS",
            Kind::FundCoverage => "FUND_COVERAGE",
        }
    }

    /// The kind stored as `code`.
    pub fn from_code(code: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.code() == code.trim())
    }

    /// Whether a recipient may refuse it (one-click unsubscribe). A notice that an invoice is
    /// due today or overdue is a payment demand the firm must receive: no unsubscribe. The
    /// operator's own work notices (work orders, SLA, meters, fund) are switched off in the
    /// reminder settings, not refused address by address.
    pub fn refusable(self) -> bool {
        matches!(
            self,
            Kind::InvoiceDueSoon | Kind::Statement | Kind::LeaseExpiry | Kind::LeaseDraft
        )
    }

    /// Whether it is about an invoice (settling the invoice stops it).
    pub fn is_invoice(self) -> bool {
        matches!(
            self,
            Kind::InvoiceDueSoon | Kind::InvoiceDueToday | Kind::InvoiceOverdue
        )
    }
}

/// What became of a claimed reminder.
#[derive(Clone, Copy, Debug, PartialEq, Eq, EnumIter, DeriveActiveEnum, Serialize, Deserialize)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum SendStatus {
    /// Its messages are in the outbox.
    #[sea_orm(string_value = "QUEUED")]
    Queued,
    /// Nobody to send it to (no address, or every recipient refused the kind).
    #[sea_orm(string_value = "NO_RECIPIENT")]
    NoRecipient,
}

/// What the sweep needs besides the database: the outbox, where the web app is, and the
/// product's default send window.
#[derive(Clone)]
pub struct Reminders {
    pub db: Db,
    pub outbox: Outbox,
    pub public_url: String,
    pub default_window: SendWindow,
}
