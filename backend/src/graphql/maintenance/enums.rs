//! The maintenance enums as the API names them, converted to and from the domain's.

use async_graphql::Enum;

/// Where a maintenance request stands.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "crate::maintenance::RequestStatus")]
pub enum MaintenanceRequestStatus {
    /// Filed; the operator has not responded yet (the response clock runs).
    Submitted,
    /// The operator has triaged it and promised a date.
    Acknowledged,
    /// Work is under way.
    InProgress,
    /// The operator asked the requester something; the SLA clock is paused until they reply.
    WaitingOnRequester,
    /// Put off until a date, with a reason; the SLA clock is paused.
    Deferred,
    /// Done; the firm confirms with a rating or reopens within 7 days, else it closes itself.
    Resolved,
    /// Finished: confirmed, or closed 7 days after resolution.
    Closed,
    /// Turned down with a reason code (DUPLICATE names the original).
    Rejected,
    /// Withdrawn by the requester or cancelled by the operator.
    Cancelled,
}

/// Where a work order stands.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "crate::maintenance::WorkOrderStatus")]
pub enum WorkOrderStatus {
    /// Created, not started.
    Open,
    /// Being worked on.
    InProgress,
    /// Stopped for a reason (parts, contractor, access…); the SLA clock is paused.
    OnHold,
    /// The work is finished; a supervisor verifies it (or sends it back to IN_PROGRESS).
    Done,
    /// Checked, costs locked and posted (to the fund or the firm's next invoice). Final.
    Verified,
    /// Not done. Final.
    Cancelled,
}

/// How urgent.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "crate::maintenance::Priority")]
pub enum MaintenancePriority {
    /// Emergency (fire protection down, wastewater plant stopped, cluster-wide outage): around
    /// the clock, by default 1 h to respond and 24 h to resolve.
    P1,
    /// High (a blocked drain, a section of lights out): by default 4 working hours / 3 working
    /// days.
    P2,
    /// Normal, the default: 1 working day / 8 days.
    P3,
    /// Low (cosmetic, improvements): 2 working days / 30 days.
    P4,
}

/// What is broken.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "crate::maintenance::Category")]
pub enum MaintenanceCategory {
    /// Roads and pavements.
    Roads,
    /// Drainage.
    Drainage,
    /// Street lighting.
    StreetLighting,
    /// Water supply.
    WaterSupply,
    /// Wastewater collection and treatment.
    Wastewater,
    /// Power.
    Power,
    /// Fire protection.
    FireProtection,
    /// Security and fences.
    Security,
    /// Greenery.
    Greenery,
    /// Anything else.
    Other,
}

/// Why a request was turned down.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "crate::maintenance::RejectReason")]
pub enum RejectReason {
    /// Already reported: `duplicateOf` names the original.
    Duplicate,
    /// Not the operator's to fix (inside the firm's own plot, say).
    NotOperatorResponsibility,
    /// Could not be found or reproduced.
    NotReproducible,
    /// Another reason, in the message.
    Other,
}

/// Why a work order is on hold.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "crate::maintenance::HoldReason")]
pub enum HoldReason {
    /// Waiting for parts.
    Parts,
    /// Waiting for the contractor.
    Contractor,
    /// No access to the site.
    Access,
    /// Weather.
    Weather,
    /// Waiting for budget approval.
    BudgetApproval,
    /// Another reason, in `reason`.
    Other,
}

/// Who pays for a work order.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "crate::maintenance::FundingSource")]
pub enum FundingSource {
    /// The cluster's maintenance fund: at VERIFIED, one expense entry naming the work order.
    Fund,
    /// The firm caused the damage: at VERIFIED, a charge the firm's next billing run puts on
    /// its invoice with VAT.
    Chargeback,
    /// The operator's own cost (recorded only).
    Operator,
    /// Under a supplier's warranty (recorded only).
    Warranty,
}

/// What a cost line is.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "crate::maintenance::CostKind")]
pub enum CostKind {
    /// Work: minutes × đồng per hour.
    Labour,
    /// Materials.
    Material,
    /// An external contractor, with its name and invoice number.
    Contractor,
    /// Anything else.
    Other,
}

/// Why an event happened, as a code to render in the reader's language; `reasonDetail` holds the
/// code's value and `reason` what a person typed.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "crate::maintenance::EventReason")]
pub enum MaintenanceEventReason {
    /// Staff asked the requester a question (`reason` is the question).
    Question,
    /// Put off until the date in `reasonDetail` (YYYY-MM-DD); `reason` says why.
    Deferred,
    /// Turned down for the RejectReason in `reasonDetail`; `reason` is the message.
    Rejected,
    /// The firm confirmed the resolution with the rating in `reasonDetail` (1 to 5).
    Confirmed,
    /// Reopened after a resolution; `reason` says why.
    Reopened,
    /// Cancelled; `reason` says why, if given.
    Cancelled,
    /// The priority changed from the MaintenancePriority in `reasonDetail` to the event's.
    PriorityChanged,
    /// Closed by the system: resolved 7 days earlier, neither confirmed nor reopened.
    AutoClosed,
    /// A work order went on hold for the HoldReason in `reasonDetail`; `reason` adds words.
    OnHold,
    /// A work order was assigned to the staff member or contractor named in `reasonDetail`.
    Assigned,
    /// A work order the upkeep schedule opened, due on the date in `reasonDetail` (YYYY-MM-DD).
    Scheduled,
    /// A corrective work order a failed inspection answer opened; `reasonDetail` is the
    /// inspection's reference.
    Corrective,
    /// A P1 work order an effluent sample over its discharge limit opened; `reasonDetail` is
    /// the day it was sampled (YYYY-MM-DD).
    EffluentOverLimit,
}
