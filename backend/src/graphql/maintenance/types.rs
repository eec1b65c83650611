//! Maintenance types: the request the firm sees, the operator's work order, their events,
//! comments, checklist, cost lines, SLA settings and the authority's statistics.

use async_graphql::{Context, ID, Object, SimpleObject};
use chrono::{DateTime, Utc};

use crate::access::TenantCtx;
use crate::error::AppResult;
use crate::graphql::Services;
use crate::graphql::context::tenant;
use crate::graphql::errors::GqlResult;
use crate::graphql::ids;
use crate::graphql::limits::ROW_QUERY;
use crate::graphql::node::NodeType;
use crate::graphql::scalars::Day;
use crate::ids::{
    ChecklistItemId, ClusterId, CostLineId, FirmId, MaintenanceCommentId, MaintenanceEventId,
    MaintenanceRequestId, PlotId, UserId, WorkOrderId,
};
use crate::maintenance::entities::{checklist_item, comment, cost_line};
use crate::maintenance::files;
use crate::maintenance::requests::{self, RequestRow};
use crate::maintenance::sla::Due;
use crate::maintenance::work_orders::{self, WorkOrderRow};

pub use crate::graphql::maintenance::enums::*;
pub use crate::graphql::maintenance::files::MaintenanceFile;

/// A maintenance request a firm filed: what the firm sees, with its status, SLA and promised
/// date. Operators see every one of their tenant's; an enterprise user only their firm's.
pub struct MaintenanceRequest(pub RequestRow);

fn due_fields(due: &Due) -> (Option<DateTime<Utc>>, Option<DateTime<Utc>>) {
    (due.response_due_at, due.resolution_due_at)
}

/// A maintenance request a firm filed: what the firm sees, with its status, SLA and promised
/// date. Operators see every one of their tenant's; an enterprise user only their firm's.
#[Object]
impl MaintenanceRequest {
    /// Global ID.
    pub async fn id(&self) -> ID {
        ids::of::<MaintenanceRequestId>(self.0.model.id)
    }
    /// A short reference people read, e.g. `YC-3F2A1B`.
    async fn reference(&self) -> String {
        work_orders::short(self.0.model.id).replacen("WO-", "YC-", 1)
    }
    /// What is broken, in a line.
    async fn title(&self) -> &str {
        &self.0.model.title
    }
    /// The firm's description.
    async fn description(&self) -> &str {
        &self.0.model.description
    }
    /// What kind of infrastructure.
    async fn category(&self) -> MaintenanceCategory {
        self.0.model.category.into()
    }
    /// The requester marked it urgent or a safety matter.
    async fn urgent(&self) -> bool {
        self.0.model.urgent
    }
    /// The priority the operator set (P2 for an urgent filing, else P3, until triage).
    async fn priority(&self) -> MaintenancePriority {
        self.0.model.priority.into()
    }
    /// Where it stands.
    async fn status(&self) -> MaintenanceRequestStatus {
        self.0.model.status.into()
    }
    /// The firm it is for.
    async fn firm_id(&self) -> ID {
        ids::of::<FirmId>(self.0.model.firm_id)
    }
    /// That firm's name.
    async fn firm_name(&self) -> &str {
        &self.0.firm_name
    }
    /// The cluster (from the plot, else the firm's lease); null when unknown.
    async fn cluster_id(&self) -> Option<ID> {
        self.0.model.cluster_id.map(ids::of::<ClusterId>)
    }
    /// That cluster's name.
    async fn cluster_name(&self) -> Option<&str> {
        self.0.cluster_name.as_deref()
    }
    /// The plot it concerns, if one was named.
    async fn plot_id(&self) -> Option<ID> {
        self.0.model.plot_id.map(ids::of::<PlotId>)
    }
    /// That plot's code.
    async fn plot_code(&self) -> Option<&str> {
        self.0.plot_code.as_deref()
    }
    /// Where, in the requester's words, when no plot says it.
    async fn location(&self) -> Option<&str> {
        self.0.model.location.as_deref()
    }
    /// The date the operator promised when acknowledging.
    async fn promised_on(&self) -> Option<Day> {
        self.0.model.promised_on.map(Day)
    }
    /// When a DEFERRED request is taken up again.
    async fn deferred_until(&self) -> Option<Day> {
        self.0.model.deferred_until.map(Day)
    }
    /// Why it was rejected.
    async fn reject_reason(&self) -> Option<RejectReason> {
        self.0.model.reject_reason.map(Into::into)
    }
    /// The original request, for a DUPLICATE.
    async fn duplicate_of_id(&self) -> Option<ID> {
        self.0
            .model
            .duplicate_of
            .map(ids::of::<MaintenanceRequestId>)
    }
    /// The operator's resolution note.
    async fn resolution_note(&self) -> Option<&str> {
        self.0.model.resolution_note.as_deref()
    }
    /// The firm's rating of the resolution, 1 to 5.
    async fn rating(&self) -> Option<i32> {
        self.0.model.rating
    }
    /// When it was (last) resolved; the firm has 7 days from then to confirm or reopen.
    async fn resolved_at(&self) -> Option<DateTime<Utc>> {
        self.0.model.resolved_at
    }
    /// How many times the firm or staff reopened it.
    async fn reopen_count(&self) -> i32 {
        self.0.model.reopen_count
    }
    /// When it was filed.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.model.created_at
    }
    /// When it last changed.
    async fn updated_at(&self) -> DateTime<Utc> {
        self.0.model.updated_at
    }
    /// When the operator must respond by (from the SLA of its priority); null when the
    /// calendar has no working time.
    async fn response_due_at(&self) -> Option<DateTime<Utc>> {
        due_fields(&self.0.due).0
    }
    /// When it must be resolved by; pauses while waiting on the requester or deferred (then
    /// it assumes the clock resumes now).
    async fn resolution_due_at(&self) -> Option<DateTime<Utc>> {
        due_fields(&self.0.due).1
    }
    /// When the operator first responded.
    async fn responded_at(&self) -> Option<DateTime<Utc>> {
        self.0.due.responded_at
    }
    /// The SLA clock stands still now (waiting on the requester, or deferred).
    async fn sla_paused(&self) -> bool {
        self.0.due.paused
    }
    /// A response or resolution still owed is past due (derived, never stored).
    async fn overdue(&self) -> bool {
        self.0.due.overdue
    }
    /// The firm may confirm or reopen it now.
    async fn awaiting_confirmation(&self) -> bool {
        self.0.model.status == crate::maintenance::RequestStatus::Resolved
    }
    /// Its history, oldest first: who moved it from which state to which, why, and when.
    #[graphql(complexity = "ROW_QUERY + child_complexity")]
    async fn events(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<MaintenanceEvent>> {
        let services = ctx.data::<Services>()?;
        let (rows, names) = requests::events(
            &services.db,
            &tenant(ctx)?,
            MaintenanceRequestId(self.0.model.id),
        )
        .await
        .gql()?;
        Ok(rows
            .into_iter()
            .map(|e| MaintenanceEvent {
                id: ids::of::<MaintenanceEventId>(e.id),
                at: e.created_at,
                actor_id: e.actor_id.map(ids::of::<UserId>),
                actor_name: e.actor_id.and_then(|a| names.get(&a).cloned()),
                from_status: e.from_status.map(|s| s.as_str().to_owned()),
                to_status: e.to_status.as_str().to_owned(),
                priority: e.priority.into(),
                reason: e.reason,
                reason_code: e.reason_code.map(Into::into),
                reason_detail: e.reason_detail,
            })
            .collect())
    }
    /// Its thread, oldest first; a firm sees shared comments only.
    #[graphql(complexity = "ROW_QUERY + child_complexity")]
    async fn comments(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<MaintenanceComment>> {
        let services = ctx.data::<Services>()?;
        let (rows, names) = requests::comments(
            &services.db,
            &tenant(ctx)?,
            MaintenanceRequestId(self.0.model.id),
        )
        .await
        .gql()?;
        Ok(rows
            .iter()
            .map(|c| MaintenanceComment::named(c, &names))
            .collect())
    }
    /// Its photos and documents, oldest first.
    #[graphql(complexity = "ROW_QUERY + child_complexity")]
    async fn files(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<MaintenanceFile>> {
        let services = ctx.data::<Services>()?;
        let rows = files::of_request(
            &services.db,
            &tenant(ctx)?,
            MaintenanceRequestId(self.0.model.id),
        )
        .await
        .gql()?;
        Ok(rows.into_iter().map(MaintenanceFile).collect())
    }
}

impl NodeType for MaintenanceRequest {
    type Id = MaintenanceRequestId;

    async fn load(services: &Services, ctx: &TenantCtx, id: Self::Id) -> AppResult<Self> {
        requests::get(&services.db, ctx, id).await.map(Self)
    }
}

/// A transition of a request or a work order.
#[derive(SimpleObject)]
pub struct MaintenanceEvent {
    /// Identifies the event.
    pub id: ID,
    /// When it happened.
    pub at: DateTime<Utc>,
    /// Who did it; null for the system (the 7-day auto-close, the upkeep schedule).
    pub actor_id: Option<ID>,
    /// Their name; null for the system.
    pub actor_name: Option<String>,
    /// The state before; null for the filing or creation.
    pub from_status: Option<String>,
    /// The state after (a MaintenanceRequestStatus or WorkOrderStatus name).
    pub to_status: String,
    /// The priority from this event on.
    pub priority: MaintenancePriority,
    /// Why it happened, as a code (null: a plain move nobody explained).
    pub reason_code: Option<MaintenanceEventReason>,
    /// The code's value: a date, a rating, a priority, a reject or hold reason, a name (see
    /// MaintenanceEventReason).
    pub reason_detail: Option<String>,
    /// What a person typed: the question, why it was deferred, reopened, cancelled or put on
    /// hold, the rejection message. Never words the server wrote.
    pub reason: Option<String>,
}

/// A comment on a request or a work order.
#[derive(SimpleObject)]
pub struct MaintenanceComment {
    /// Identifies the comment.
    pub id: ID,
    /// Who wrote it.
    pub author_id: Option<ID>,
    /// Their name.
    pub author_name: Option<String>,
    /// The text.
    pub body: String,
    /// An operator's internal note, never shown to the firm.
    pub internal: bool,
    /// When it was written.
    pub created_at: DateTime<Utc>,
}

impl MaintenanceComment {
    /// A comment with its author's name, if `names` has it.
    pub fn named(c: &comment::Model, names: &requests::Names) -> Self {
        Self {
            author_name: c.author_id.and_then(|a| names.get(&a).cloned()),
            ..Self::from(c)
        }
    }
}

impl From<&comment::Model> for MaintenanceComment {
    fn from(c: &comment::Model) -> Self {
        Self {
            id: ids::of::<MaintenanceCommentId>(c.id),
            author_id: c.author_id.map(ids::of::<UserId>),
            author_name: None,
            body: c.body.clone(),
            internal: c.internal,
            created_at: c.created_at,
        }
    }
}

/// A step of a work order's checklist.
#[derive(SimpleObject)]
pub struct ChecklistItem {
    /// Identifies the step.
    pub id: ID,
    /// Its order, from 1.
    pub position: i32,
    /// What to do.
    pub label: String,
    /// Ticked.
    pub done: bool,
    /// The kind of answer, for a step copied from an upkeep schedule (null: a plain step).
    pub kind: Option<crate::graphql::upkeep::types::ChecklistKind>,
    /// For a number: its unit.
    pub unit: Option<String>,
    /// For a number: the least accepted value.
    pub min: Option<f64>,
    /// For a number: the greatest accepted value.
    pub max: Option<f64>,
    /// The answer given, if any (for a photo: the photo's ID).
    pub answer: Option<String>,
    /// For an item answered with a photo: where the photo is (`GET` with the access token).
    pub photo_url: Option<String>,
    /// Its 320 px thumbnail.
    pub photo_thumbnail_url: Option<String>,
    /// Whether the answer passed (null: unanswered, or no verdict).
    pub passed: Option<bool>,
    /// The corrective work order a failed answer opened.
    pub corrective_work_order_id: Option<ID>,
}

impl From<&checklist_item::Model> for ChecklistItem {
    fn from(c: &checklist_item::Model) -> Self {
        // A photo item's answer is its latest photo's id.
        let photo = c
            .answer
            .as_deref()
            .filter(|_| c.kind == Some(crate::upkeep::ChecklistKind::Photo))
            .and_then(|a| a.parse::<uuid::Uuid>().ok())
            .map(ids::of::<crate::ids::ChecklistPhotoId>);
        Self {
            id: ids::of::<ChecklistItemId>(c.id),
            position: c.position,
            label: c.label.clone(),
            done: c.done,
            kind: c.kind.map(Into::into),
            unit: c.unit.clone(),
            min: c.min_value,
            max: c.max_value,
            answer: photo
                .as_ref()
                .map(|id| id.to_string())
                .or_else(|| c.answer.clone()),
            photo_url: photo
                .as_ref()
                .map(|id| format!("/files/checklist/{}", id.as_str())),
            photo_thumbnail_url: photo
                .as_ref()
                .map(|id| format!("/files/checklist/{}/thumbnail", id.as_str())),
            passed: c.passed,
            corrective_work_order_id: c
                .corrective_work_order_id
                .map(ids::of::<crate::ids::WorkOrderId>),
        }
    }
}

/// A cost of a work order, whole đồng.
#[derive(SimpleObject)]
pub struct CostLine {
    /// Identifies the line.
    pub id: ID,
    /// What it is.
    pub kind: CostKind,
    /// What was bought or done.
    pub description: String,
    /// Labour: minutes worked.
    pub minutes: Option<i32>,
    /// Labour: đồng per hour.
    pub hourly_rate: Option<i64>,
    /// Đồng, more than 0 (labour: minutes × rate / 60, rounded half away from zero).
    pub amount: i64,
    /// The supplier or contractor.
    pub supplier: Option<String>,
    /// The supplier's invoice number (the supporting document of a fund expense).
    pub supplier_invoice: Option<String>,
}

impl From<&cost_line::Model> for CostLine {
    fn from(c: &cost_line::Model) -> Self {
        Self {
            id: ids::of::<CostLineId>(c.id),
            kind: c.kind.into(),
            description: c.description.clone(),
            minutes: c.minutes,
            hourly_rate: c.hourly_rate,
            amount: c.amount,
            supplier: c.supplier.clone(),
            supplier_invoice: c.supplier_invoice.clone(),
        }
    }
}

/// The operator's job: linked requests (or none, ad hoc), assignee, priority, checklist, cost
/// lines, funding source and status. Operators only; firms never see work orders.
pub struct WorkOrder(pub WorkOrderRow);

/// The operator's job: linked requests (or none, ad hoc), assignee, priority, checklist, cost
/// lines, funding source and status. Operators only; firms never see work orders.
#[Object]
impl WorkOrder {
    /// Global ID.
    pub async fn id(&self) -> ID {
        ids::of::<WorkOrderId>(self.0.model.id)
    }
    /// A short reference people read, e.g. `WO-3F2A1B`.
    async fn reference(&self) -> String {
        work_orders::short(self.0.model.id)
    }
    /// What to do, in a line.
    async fn title(&self) -> &str {
        &self.0.model.title
    }
    /// The details.
    async fn description(&self) -> &str {
        &self.0.model.description
    }
    /// The asset of the upkeep register the work is on, if any.
    async fn asset_id(&self) -> Option<ID> {
        self.0.model.asset_id.map(ids::of::<crate::ids::AssetId>)
    }
    /// How urgent.
    async fn priority(&self) -> MaintenancePriority {
        self.0.model.priority.into()
    }
    /// Where it stands.
    async fn status(&self) -> WorkOrderStatus {
        self.0.model.status.into()
    }
    /// Why it is on hold.
    async fn hold_reason(&self) -> Option<HoldReason> {
        self.0.model.hold_reason.map(Into::into)
    }
    /// The cluster it is in (a FUND work order posts to this cluster's fund).
    async fn cluster_id(&self) -> Option<ID> {
        self.0.model.cluster_id.map(ids::of::<ClusterId>)
    }
    /// That cluster's name.
    async fn cluster_name(&self) -> Option<&str> {
        self.0.cluster_name.as_deref()
    }
    /// The firm a CHARGEBACK bills (from the linked request unless set).
    async fn firm_id(&self) -> Option<ID> {
        self.0.model.firm_id.map(ids::of::<FirmId>)
    }
    /// The requests it works on; empty for an ad hoc work order.
    async fn request_ids(&self) -> Vec<ID> {
        self.0
            .request_ids
            .iter()
            .map(|r| ids::of::<MaintenanceRequestId>(*r))
            .collect()
    }
    /// The staff member assigned.
    async fn assignee_user_id(&self) -> Option<ID> {
        self.0.model.assignee_user_id.map(ids::of::<UserId>)
    }
    /// The assignee's name: the staff member's, or the contractor's.
    async fn assignee_name(&self) -> Option<&str> {
        self.0.assignee_name.as_deref()
    }
    /// An external contractor's name.
    async fn contractor_name(&self) -> Option<&str> {
        self.0.model.contractor_name.as_deref()
    }
    /// The contractor's phone.
    async fn contractor_phone(&self) -> Option<&str> {
        self.0.model.contractor_phone.as_deref()
    }
    /// The contractor's email (it gets the assignment email).
    async fn contractor_email(&self) -> Option<&str> {
        self.0.model.contractor_email.as_deref()
    }
    /// Who pays.
    async fn funding_source(&self) -> FundingSource {
        self.0.model.funding_source.into()
    }
    /// Verified with no cost lines (the "no cost" tick).
    async fn no_cost(&self) -> bool {
        self.0.model.no_cost
    }
    /// The costs locked at verification, đồng; 0 before.
    async fn verified_cost_total(&self) -> i64 {
        self.0.model.cost_total
    }
    /// When it was verified.
    async fn verified_at(&self) -> Option<DateTime<Utc>> {
        self.0.model.verified_at
    }
    /// When it was created.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.model.created_at
    }
    /// When work must have started by (the response target of its priority).
    async fn response_due_at(&self) -> Option<DateTime<Utc>> {
        self.0.due.response_due_at
    }
    /// When it must be done by; pauses while on hold.
    async fn resolution_due_at(&self) -> Option<DateTime<Utc>> {
        self.0.due.resolution_due_at
    }
    /// Past a due time it still owes (derived, never stored).
    async fn overdue(&self) -> bool {
        self.0.due.overdue
    }
    /// Its history, oldest first.
    #[graphql(complexity = "ROW_QUERY + child_complexity")]
    async fn events(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<MaintenanceEvent>> {
        let d = self.details(ctx).await?;
        let names = d.names;
        Ok(d.events
            .into_iter()
            .map(|e| MaintenanceEvent {
                id: ids::of::<MaintenanceEventId>(e.id),
                at: e.created_at,
                actor_id: e.actor_id.map(ids::of::<UserId>),
                actor_name: e.actor_id.and_then(|a| names.get(&a).cloned()),
                from_status: e.from_status.map(|s| s.as_str().to_owned()),
                to_status: e.to_status.as_str().to_owned(),
                priority: e.priority.into(),
                reason: e.reason,
                reason_code: e.reason_code.map(Into::into),
                reason_detail: e.reason_detail,
            })
            .collect())
    }
    /// The checklist, in order.
    #[graphql(complexity = "ROW_QUERY + child_complexity")]
    async fn checklist(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<ChecklistItem>> {
        Ok(self
            .details(ctx)
            .await?
            .checklist
            .iter()
            .map(ChecklistItem::from)
            .collect())
    }
    /// The cost lines, oldest first.
    #[graphql(complexity = "ROW_QUERY + child_complexity")]
    async fn cost_lines(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<CostLine>> {
        Ok(self
            .details(ctx)
            .await?
            .costs
            .iter()
            .map(CostLine::from)
            .collect())
    }
    /// The photos and documents of the requests it was created from, oldest first.
    #[graphql(complexity = "ROW_QUERY + child_complexity")]
    async fn files(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<MaintenanceFile>> {
        let services = ctx.data::<Services>()?;
        let rows = files::of_work_order(&services.db, &tenant(ctx)?, WorkOrderId(self.0.model.id))
            .await
            .gql()?;
        Ok(rows.into_iter().map(MaintenanceFile).collect())
    }
    /// The sum of the cost lines now, đồng.
    #[graphql(complexity = "ROW_QUERY")]
    async fn cost_total(&self, ctx: &Context<'_>) -> async_graphql::Result<i64> {
        Ok(self
            .details(ctx)
            .await?
            .costs
            .iter()
            .map(|c| c.amount)
            .sum())
    }
}

impl WorkOrder {
    async fn details(&self, ctx: &Context<'_>) -> async_graphql::Result<work_orders::Details> {
        let services = ctx.data::<Services>()?;
        work_orders::details(&services.db, &tenant(ctx)?, WorkOrderId(self.0.model.id))
            .await
            .gql()
    }
}

impl NodeType for WorkOrder {
    type Id = WorkOrderId;

    async fn load(services: &Services, ctx: &TenantCtx, id: Self::Id) -> AppResult<Self> {
        work_orders::get(&services.db, ctx, id).await.map(Self)
    }
}

/// One cluster's maintenance figures, for the province's authority: counts and median time,
/// no names of firms or requests.
#[derive(SimpleObject)]
pub struct ClusterMaintenanceStatistics {
    /// The cluster's name.
    pub cluster_name: String,
    /// Its operator.
    pub operator_name: String,
    /// Requests not yet resolved, rejected or cancelled.
    pub open_requests: i64,
    /// Requests resolved or closed.
    pub resolved_requests: i64,
    /// Median hours from filing to resolution; null without resolved requests.
    pub median_resolution_hours: Option<f64>,
}
