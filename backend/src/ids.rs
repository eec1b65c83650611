//! Typed identifiers, so a firm's id can't be passed where a tenant's is expected. Domain
//! functions take these; the GraphQL layer turns global IDs into them (`graphql::ids`), and
//! entities keep the plain UUID columns the database stores.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub Uuid);

        impl $name {
            /// A new, time-ordered id (UUID v7 keeps b-tree inserts local).
            pub fn new() -> Self {
                Self(Uuid::now_v7())
            }
        }

        impl Default for $name {
            fn default() -> Self {
                Self::new()
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }

        impl From<Uuid> for $name {
            fn from(id: Uuid) -> Self {
                Self(id)
            }
        }

        impl From<$name> for Uuid {
            fn from(id: $name) -> Self {
                id.0
            }
        }

        impl From<$name> for sea_orm::Value {
            fn from(id: $name) -> Self {
                id.0.into()
            }
        }
    };
}

id_type!(
    /// An operator (or authority) organisation: the unit of isolation.
    TenantId
);
id_type!(
    /// A person who can sign in.
    UserId
);
id_type!(
    /// A user's role in one tenant.
    MembershipId
);
id_type!(
    /// An enterprise that leases plots (a secondary investor).
    FirmId
);
id_type!(
    /// An invitation to join a tenant.
    InvitationId
);
id_type!(
    /// A message in the email outbox.
    MailId
);
id_type!(
    /// An industrial cluster.
    ClusterId
);
id_type!(
    /// A plot (lot) of a cluster.
    PlotId
);
id_type!(
    /// A lease of one or more plots to a firm.
    LeaseId
);
id_type!(
    /// A version of a cluster's tariff for one charge.
    TariffId
);
id_type!(
    /// A wastewater meter reading of a lease.
    MeterReadingId
);
id_type!(
    /// A billing run (one period of one or more clusters).
    BillingRunId
);
id_type!(
    /// An invoice or a credit note.
    InvoiceId
);
id_type!(
    /// One line of an invoice.
    InvoiceLineId
);
id_type!(
    /// A payment received from a firm.
    PaymentId
);
id_type!(
    /// Money given back to a firm out of its credit.
    RefundId
);
id_type!(
    /// A line of an imported bank statement.
    BankLineId
);
id_type!(
    /// A movement of a cluster's maintenance fund.
    FundEntryId
);
id_type!(
    /// A planned upkeep amount of a cluster and month.
    UpkeepPlanId
);
id_type!(
    /// A maintenance request a firm filed.
    MaintenanceRequestId
);
id_type!(
    /// An operator's work order.
    WorkOrderId
);
id_type!(
    /// A photo or document attached to a maintenance request.
    MaintenanceFileId
);
id_type!(
    /// A transition of a request or a work order.
    MaintenanceEventId
);
id_type!(
    /// A comment on a request or a work order.
    MaintenanceCommentId
);
id_type!(
    /// A checklist step of a work order.
    ChecklistItemId
);
id_type!(
    /// A photo answering a checklist step of an inspection.
    ChecklistPhotoId
);
id_type!(
    /// A cost line of a work order.
    CostLineId
);
id_type!(
    /// A shared work of a cluster in the upkeep register.
    AssetId
);
id_type!(
    /// A permit of an asset.
    AssetPermitId
);
id_type!(
    /// A sampling result of a wastewater plant's effluent.
    EffluentSampleId
);
id_type!(
    /// A preventive upkeep schedule.
    UpkeepScheduleId
);
id_type!(
    /// One due date of an upkeep schedule.
    UpkeepOccurrenceId
);
id_type!(
    /// A private ICS feed of a cluster's compliance calendar.
    CalendarFeedId
);
id_type!(
    /// A reminder claimed in the send ledger.
    ReminderId
);
id_type!(
    /// A pause or exclusion of a firm's reminders.
    ReminderHoldId
);
id_type!(
    /// A province's rent support programme (a decision, a period, a rate).
    SupportProgrammeId
);
