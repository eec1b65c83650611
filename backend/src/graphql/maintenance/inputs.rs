//! What the maintenance mutations take: one input object per request move, work-order
//! change and setting.

use async_graphql::{ID, InputObject, SimpleObject, Upload};

use crate::graphql::maintenance::settings::{Holiday, SlaTarget, WorkingDay};
use crate::graphql::maintenance::types::{
    CostKind, FundingSource, HoldReason, MaintenanceCategory, MaintenancePriority,
    MaintenanceRequest, RejectReason, WorkOrderStatus,
};
use crate::graphql::scalars::Day;

/// A maintenance request to file.
#[derive(InputObject)]
pub struct FileMaintenanceRequestInput {
    /// What is broken, in a line (at most 200 characters).
    pub title: String,
    /// What, where, since when (at most 10,000 characters).
    pub description: String,
    /// What kind of infrastructure; OTHER when omitted.
    pub category: Option<MaintenanceCategory>,
    /// The plot it concerns, if any (sets the cluster).
    pub plot_id: Option<ID>,
    /// Where, in words, when no plot says it.
    pub location: Option<String>,
    /// Urgent or a safety matter (starts at P2 instead of P3).
    #[graphql(default)]
    pub urgent: bool,
    /// The firm it is for: an operator filing on a firm's behalf names it; an enterprise user
    /// may omit it (their own firm) and may not name another.
    pub firm_id: Option<ID>,
    /// Photos (JPEG, PNG, WebP) and PDF documents, sent as a GraphQL multipart request: at
    /// most 10, each at most 10 MB. Checked by content; images are stored without EXIF data.
    pub files: Option<Vec<Upload>>,
}

/// A filed request.
#[derive(SimpleObject)]
pub struct FileMaintenanceRequestPayload {
    /// The new request, SUBMITTED.
    pub request: MaintenanceRequest,
}

/// Acknowledge a request: triage and promise a date.
#[derive(InputObject)]
pub struct AcknowledgeMaintenanceRequestInput {
    /// The request.
    pub request_id: ID,
    /// Its priority (the SLA is recomputed from the filing with it).
    pub priority: Option<MaintenancePriority>,
    /// Its category, if the firm chose the wrong one.
    pub category: Option<MaintenanceCategory>,
    /// The date promised to the firm (today or later).
    pub promised_on: Option<Day>,
    /// A message the firm reads (shared comment and email).
    pub message: Option<String>,
}

/// A request and a text.
#[derive(InputObject)]
pub struct AskMaintenanceRequesterInput {
    /// The request.
    pub request_id: ID,
    /// What the operator needs to know; the firm gets it by email.
    pub question: String,
}

/// A reply of the requester.
#[derive(InputObject)]
pub struct ReplyToMaintenanceRequestInput {
    /// The request, WAITING_ON_REQUESTER.
    pub request_id: ID,
    /// The answer.
    pub message: String,
}

/// Defer a request.
#[derive(InputObject)]
pub struct DeferMaintenanceRequestInput {
    /// The request.
    pub request_id: ID,
    /// Until when (after today).
    pub until: Day,
    /// Why; the firm reads it.
    pub reason: String,
}

/// Reject a request.
#[derive(InputObject)]
pub struct RejectMaintenanceRequestInput {
    /// The request, SUBMITTED or ACKNOWLEDGED.
    pub request_id: ID,
    /// The reason code.
    pub reason: RejectReason,
    /// For DUPLICATE: the original request.
    pub duplicate_of: Option<ID>,
    /// What the firm reads.
    pub message: String,
}

/// Resolve a request.
#[derive(InputObject)]
pub struct ResolveMaintenanceRequestInput {
    /// The request, ACKNOWLEDGED or IN_PROGRESS.
    pub request_id: ID,
    /// What was done; the firm reads it and confirms or reopens within 7 days.
    pub note: String,
}

/// Confirm a resolution.
#[derive(InputObject)]
pub struct ConfirmMaintenanceResolutionInput {
    /// The request, RESOLVED.
    pub request_id: ID,
    /// 1 (poor) to 5 (excellent).
    pub rating: i32,
}

/// Reopen a resolution.
#[derive(InputObject)]
pub struct ReopenMaintenanceRequestInput {
    /// The request, RESOLVED (a firm within 7 days).
    pub request_id: ID,
    /// What is still wrong.
    pub reason: String,
}

/// Cancel a request.
#[derive(InputObject)]
pub struct CancelMaintenanceRequestInput {
    /// The request (not yet in progress).
    pub request_id: ID,
    /// Why, optionally.
    pub reason: Option<String>,
}

/// Change a request's priority.
#[derive(InputObject)]
pub struct SetMaintenanceRequestPriorityInput {
    /// The request, not final.
    pub request_id: ID,
    /// The new priority.
    pub priority: MaintenancePriority,
}

/// A comment on a request.
#[derive(InputObject)]
pub struct CommentOnMaintenanceRequestInput {
    /// The request.
    pub request_id: ID,
    /// The text.
    pub body: String,
    /// An internal note the firm never sees (operators only).
    #[graphql(default)]
    pub internal: bool,
}

/// A work order to create.
#[derive(InputObject)]
pub struct CreateWorkOrderInput {
    /// The requests it works on; empty for an ad hoc work order.
    #[graphql(default)]
    pub request_ids: Vec<ID>,
    /// Title; the first request's when omitted (required ad hoc).
    pub title: Option<String>,
    /// Details; the first request's description when omitted.
    pub description: Option<String>,
    /// Priority; the most urgent request's (else P3) when omitted.
    pub priority: Option<MaintenancePriority>,
    /// Cluster; the first request's when omitted.
    pub cluster_id: Option<ID>,
    /// The firm a chargeback bills; the first request's when omitted.
    pub firm_id: Option<ID>,
    /// Who pays; FUND when omitted.
    pub funding_source: Option<FundingSource>,
    /// The asset of the upkeep register the work is on; its cluster is the work order's.
    pub asset_id: Option<ID>,
}

/// Move a work order.
#[derive(InputObject)]
pub struct TransitionWorkOrderInput {
    /// The work order.
    pub work_order_id: ID,
    /// The state to move to (OPEN/ON_HOLD/DONE → IN_PROGRESS; IN_PROGRESS → ON_HOLD, DONE;
    /// DONE → VERIFIED; OPEN, IN_PROGRESS, ON_HOLD → CANCELLED).
    pub to: WorkOrderStatus,
    /// Required for ON_HOLD.
    pub hold_reason: Option<HoldReason>,
    /// A note for the history.
    pub reason: Option<String>,
    /// For VERIFIED without cost lines: the work cost nothing.
    #[graphql(default)]
    pub no_cost: bool,
}

/// Assign a work order: a staff member (`userId`) or an external contractor (`contractorName`).
#[derive(InputObject)]
pub struct AssignWorkOrderInput {
    /// The work order.
    pub work_order_id: ID,
    /// A member of the operator's staff.
    pub user_id: Option<ID>,
    /// An external contractor's name.
    pub contractor_name: Option<String>,
    /// The contractor's phone.
    pub contractor_phone: Option<String>,
    /// The contractor's email (gets the assignment in Vietnamese).
    pub contractor_email: Option<String>,
}

/// Change a work order's terms.
#[derive(InputObject)]
pub struct UpdateWorkOrderInput {
    /// The work order, not verified or cancelled.
    pub work_order_id: ID,
    /// New priority (an event; the SLA is recomputed).
    pub priority: Option<MaintenancePriority>,
    /// New funding source.
    pub funding_source: Option<FundingSource>,
    /// New cluster.
    pub cluster_id: Option<ID>,
    /// New billed firm (for CHARGEBACK).
    pub firm_id: Option<ID>,
}

/// A checklist step to add.
#[derive(InputObject)]
pub struct AddChecklistItemInput {
    /// The work order.
    pub work_order_id: ID,
    /// What to do (at most 300 characters).
    pub label: String,
}

/// Tick or untick a checklist step.
#[derive(InputObject)]
pub struct SetChecklistItemInput {
    /// The step.
    pub item_id: ID,
    /// Done or not.
    pub done: bool,
}

/// A cost line to add, whole đồng.
#[derive(InputObject)]
pub struct AddCostLineInput {
    /// The work order, not verified or cancelled.
    pub work_order_id: ID,
    /// What it is.
    pub kind: CostKind,
    /// What was bought or done.
    pub description: String,
    /// LABOUR: minutes worked (1–100,000).
    pub minutes: Option<i32>,
    /// LABOUR: đồng per hour.
    pub hourly_rate: Option<i64>,
    /// MATERIAL, CONTRACTOR, OTHER: đồng, 1 to 100,000,000,000.
    pub amount: Option<i64>,
    /// The supplier (required for CONTRACTOR).
    pub supplier: Option<String>,
    /// The supplier's invoice number (required for CONTRACTOR).
    pub supplier_invoice: Option<String>,
}

/// New SLA settings; omitted parts stay.
#[derive(InputObject)]
pub struct UpdateMaintenanceSettingsInput {
    /// All four priorities' targets.
    pub targets: Option<Vec<SlaTarget>>,
    /// All seven weekdays.
    pub working_hours: Option<Vec<WorkingDay>>,
    /// Đồng above which verifying needs an operator admin.
    pub approval_threshold: Option<i64>,
}

/// A year's holidays.
#[derive(InputObject)]
pub struct SetMaintenanceHolidaysInput {
    /// The year.
    pub year: i32,
    /// Its holidays; empty goes back to the preloaded list.
    pub days: Vec<Holiday>,
}
