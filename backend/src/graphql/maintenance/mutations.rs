//! Mutations: filing and moving requests, creating, assigning, costing and moving work orders,
//! comments and the operator's settings. Each moving mutation returns the object as it now is.

use async_graphql::{Context, ID, Object};

use crate::error::{AppError, Problems, reason};
use crate::graphql::Services;
use crate::graphql::context::tenant;
use crate::graphql::errors::{GqlResult, to_gql};
use crate::graphql::ids;
use crate::graphql::maintenance::files::read_uploads;
use crate::graphql::maintenance::notices;
use crate::graphql::maintenance::settings::MaintenanceSettings;
use crate::graphql::maintenance::types::{
    ChecklistItem, CostLine, MaintenanceComment, MaintenanceRequest, WorkOrder,
};
use crate::ids::{
    ChecklistItemId, ClusterId, CostLineId, FirmId, MaintenanceRequestId, PlotId, UserId,
    WorkOrderId,
};
use crate::maintenance::requests::{self, FileInput, RequestAction};
use crate::maintenance::settings::{self, SettingsInput};
use crate::maintenance::sla::{Targets, WorkingHours};
use crate::maintenance::work_orders::{self, Assignee, CostInput, CreateInput, UpdateInput};

pub use crate::graphql::maintenance::inputs::*;

fn request_id(id: &ID) -> async_graphql::Result<MaintenanceRequestId> {
    ids::decode::<MaintenanceRequestId>(id, "input.requestId").gql()
}

fn work_order_id(id: &ID) -> async_graphql::Result<WorkOrderId> {
    ids::decode::<WorkOrderId>(id, "input.workOrderId").gql()
}

async fn move_request(
    ctx: &Context<'_>,
    id: &ID,
    action: RequestAction,
) -> async_graphql::Result<MaintenanceRequest> {
    let services = ctx.data::<Services>()?;
    let tenant_ctx = tenant(ctx)?;
    let id = request_id(id)?;
    requests::transition(&services.db, &tenant_ctx, &notices(services), id, action)
        .await
        .gql()?;
    Ok(MaintenanceRequest(
        requests::get(&services.db, &tenant_ctx, id).await.gql()?,
    ))
}

async fn reload(ctx: &Context<'_>, id: WorkOrderId) -> async_graphql::Result<WorkOrder> {
    let services = ctx.data::<Services>()?;
    Ok(WorkOrder(
        work_orders::get(&services.db, &tenant(ctx)?, id)
            .await
            .gql()?,
    ))
}

#[derive(Default)]
pub struct MaintenanceMutations;

#[Object]
impl MaintenanceMutations {
    /// Files a maintenance request (an enterprise user for their own firm; an operator for a
    /// firm, naming `firmId`). The operator's team gets an email.
    async fn file_maintenance_request(
        &self,
        ctx: &Context<'_>,
        input: FileMaintenanceRequestInput,
    ) -> async_graphql::Result<FileMaintenanceRequestPayload> {
        let services = ctx.data::<Services>()?;
        let tenant_ctx = tenant(ctx)?;
        let mut problems = Problems::new();
        let plot_id = input
            .plot_id
            .as_ref()
            .and_then(|id| problems.check(ids::decode::<PlotId>(id, "input.plotId")));
        let firm_id = input
            .firm_id
            .as_ref()
            .and_then(|id| problems.check(ids::decode::<FirmId>(id, "input.firmId")));
        problems.finish().gql()?;
        let files = read_uploads(ctx, input.files, services.files.limits).await?;
        let filed = requests::file(
            &services.db,
            &tenant_ctx,
            &notices(services),
            &services.files,
            FileInput {
                title: input.title,
                description: input.description,
                category: input.category.map(Into::into),
                plot_id,
                location: input.location,
                urgent: input.urgent,
                firm_id,
                files,
            },
        )
        .await
        .gql()?;
        let row = requests::get(&services.db, &tenant_ctx, MaintenanceRequestId(filed.id))
            .await
            .gql()?;
        Ok(FileMaintenanceRequestPayload {
            request: MaintenanceRequest(row),
        })
    }

    /// SUBMITTED → ACKNOWLEDGED (operators): sets priority, category and the promised date;
    /// the requester gets an email with the date.
    async fn acknowledge_maintenance_request(
        &self,
        ctx: &Context<'_>,
        input: AcknowledgeMaintenanceRequestInput,
    ) -> async_graphql::Result<MaintenanceRequest> {
        let action = RequestAction::Acknowledge {
            priority: input.priority.map(Into::into),
            category: input.category.map(Into::into),
            promised_on: input.promised_on.map(|d| d.0),
            message: input.message,
        };
        move_request(ctx, &input.request_id, action).await
    }

    /// ACKNOWLEDGED → IN_PROGRESS (operators; also happens when a linked work order starts).
    async fn start_maintenance_request(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The request.")] request_id: ID,
    ) -> async_graphql::Result<MaintenanceRequest> {
        move_request(ctx, &request_id, RequestAction::Start).await
    }

    /// ACKNOWLEDGED/IN_PROGRESS → WAITING_ON_REQUESTER (operators): the question becomes a
    /// shared comment and an email; the SLA clock pauses.
    async fn ask_maintenance_requester(
        &self,
        ctx: &Context<'_>,
        input: AskMaintenanceRequesterInput,
    ) -> async_graphql::Result<MaintenanceRequest> {
        let action = RequestAction::AskRequester {
            question: input.question,
        };
        move_request(ctx, &input.request_id, action).await
    }

    /// WAITING_ON_REQUESTER → the state before (the firm, or staff for it): the answer
    /// becomes a shared comment; the clock resumes.
    async fn reply_to_maintenance_request(
        &self,
        ctx: &Context<'_>,
        input: ReplyToMaintenanceRequestInput,
    ) -> async_graphql::Result<MaintenanceRequest> {
        let action = RequestAction::Reply {
            message: input.message,
        };
        move_request(ctx, &input.request_id, action).await
    }

    /// ACKNOWLEDGED/IN_PROGRESS → DEFERRED until a date (operators); the clock pauses.
    async fn defer_maintenance_request(
        &self,
        ctx: &Context<'_>,
        input: DeferMaintenanceRequestInput,
    ) -> async_graphql::Result<MaintenanceRequest> {
        let action = RequestAction::Defer {
            until: input.until.0,
            reason: input.reason,
        };
        move_request(ctx, &input.request_id, action).await
    }

    /// DEFERRED → ACKNOWLEDGED (operators).
    async fn resume_maintenance_request(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The request.")] request_id: ID,
    ) -> async_graphql::Result<MaintenanceRequest> {
        move_request(ctx, &request_id, RequestAction::Resume).await
    }

    /// SUBMITTED/ACKNOWLEDGED → REJECTED with a reason code (operators).
    async fn reject_maintenance_request(
        &self,
        ctx: &Context<'_>,
        input: RejectMaintenanceRequestInput,
    ) -> async_graphql::Result<MaintenanceRequest> {
        let duplicate_of = input
            .duplicate_of
            .as_ref()
            .map(|id| ids::decode::<MaintenanceRequestId>(id, "input.duplicateOf"))
            .transpose()
            .gql()?;
        let action = RequestAction::Reject {
            reason: input.reason.into(),
            duplicate_of,
            message: input.message,
        };
        move_request(ctx, &input.request_id, action).await
    }

    /// ACKNOWLEDGED/IN_PROGRESS → RESOLVED (operators): the requester gets an email with
    /// Confirm and Reopen links.
    async fn resolve_maintenance_request(
        &self,
        ctx: &Context<'_>,
        input: ResolveMaintenanceRequestInput,
    ) -> async_graphql::Result<MaintenanceRequest> {
        let action = RequestAction::Resolve { note: input.note };
        move_request(ctx, &input.request_id, action).await
    }

    /// RESOLVED → CLOSED with a rating of 1 to 5 (the firm, or staff for it).
    async fn confirm_maintenance_resolution(
        &self,
        ctx: &Context<'_>,
        input: ConfirmMaintenanceResolutionInput,
    ) -> async_graphql::Result<MaintenanceRequest> {
        let action = RequestAction::Confirm {
            rating: input.rating,
        };
        move_request(ctx, &input.request_id, action).await
    }

    /// RESOLVED → IN_PROGRESS (the firm within 7 days of the resolution, or staff).
    async fn reopen_maintenance_request(
        &self,
        ctx: &Context<'_>,
        input: ReopenMaintenanceRequestInput,
    ) -> async_graphql::Result<MaintenanceRequest> {
        let action = RequestAction::Reopen {
            reason: input.reason,
        };
        move_request(ctx, &input.request_id, action).await
    }

    /// SUBMITTED/ACKNOWLEDGED/WAITING_ON_REQUESTER/DEFERRED → CANCELLED (the firm or staff).
    async fn cancel_maintenance_request(
        &self,
        ctx: &Context<'_>,
        input: CancelMaintenanceRequestInput,
    ) -> async_graphql::Result<MaintenanceRequest> {
        let action = RequestAction::Cancel {
            reason: input.reason,
        };
        move_request(ctx, &input.request_id, action).await
    }

    /// Changes a request's priority (operators); an event, and the SLA is recomputed from the
    /// filing with the new priority.
    async fn set_maintenance_request_priority(
        &self,
        ctx: &Context<'_>,
        input: SetMaintenanceRequestPriorityInput,
    ) -> async_graphql::Result<MaintenanceRequest> {
        let action = RequestAction::SetPriority {
            priority: input.priority.into(),
        };
        move_request(ctx, &input.request_id, action).await
    }

    /// Adds a comment to a request's thread (the firm: shared; operators: shared or internal).
    async fn comment_on_maintenance_request(
        &self,
        ctx: &Context<'_>,
        input: CommentOnMaintenanceRequestInput,
    ) -> async_graphql::Result<MaintenanceComment> {
        let services = ctx.data::<Services>()?;
        let id = request_id(&input.request_id)?;
        let c = requests::comment(&services.db, &tenant(ctx)?, id, &input.body, input.internal)
            .await
            .gql()?;
        Ok(MaintenanceComment::from(&c))
    }

    /// Creates a work order from requests or ad hoc (operators), OPEN.
    async fn create_work_order(
        &self,
        ctx: &Context<'_>,
        input: CreateWorkOrderInput,
    ) -> async_graphql::Result<WorkOrder> {
        let services = ctx.data::<Services>()?;
        let mut problems = Problems::new();
        let request_ids = input
            .request_ids
            .iter()
            .enumerate()
            .filter_map(|(i, id)| {
                problems.check(ids::decode::<MaintenanceRequestId>(
                    id,
                    &format!("input.requestIds.{i}"),
                ))
            })
            .collect();
        let cluster_id = input
            .cluster_id
            .as_ref()
            .and_then(|id| problems.check(ids::decode::<ClusterId>(id, "input.clusterId")));
        let firm_id = input
            .firm_id
            .as_ref()
            .and_then(|id| problems.check(ids::decode::<FirmId>(id, "input.firmId")));
        let asset_id = input
            .asset_id
            .as_ref()
            .and_then(|id| problems.check(ids::decode::<crate::ids::AssetId>(id, "input.assetId")));
        problems.finish().gql()?;
        let created = work_orders::create(
            &services.db,
            &tenant(ctx)?,
            CreateInput {
                request_ids,
                title: input.title,
                description: input.description,
                priority: input.priority.map(Into::into),
                cluster_id,
                firm_id,
                funding_source: input.funding_source.map(Into::into),
                asset_id,
            },
        )
        .await
        .gql()?;
        reload(ctx, WorkOrderId(created.id)).await
    }

    /// Moves a work order (operators). VERIFIED needs cost lines or `noCost`, an operator admin
    /// when the costs exceed the approval threshold, and posts the costs exactly once (FUND:
    /// the cluster's fund; CHARGEBACK: the firm's next invoice). Starting it starts its
    /// acknowledged requests.
    async fn transition_work_order(
        &self,
        ctx: &Context<'_>,
        input: TransitionWorkOrderInput,
    ) -> async_graphql::Result<WorkOrder> {
        let services = ctx.data::<Services>()?;
        let id = work_order_id(&input.work_order_id)?;
        work_orders::transition(
            &services.db,
            &tenant(ctx)?,
            &notices(services),
            id,
            input.to.into(),
            input.hold_reason.map(Into::into),
            input.reason,
            input.no_cost,
        )
        .await
        .gql()?;
        reload(ctx, id).await
    }

    /// Assigns a work order to a staff member or an external contractor (operators); the
    /// assignee gets an email.
    async fn assign_work_order(
        &self,
        ctx: &Context<'_>,
        input: AssignWorkOrderInput,
    ) -> async_graphql::Result<WorkOrder> {
        let services = ctx.data::<Services>()?;
        let id = work_order_id(&input.work_order_id)?;
        let assignee = match (&input.user_id, input.contractor_name) {
            (Some(user), None) => {
                Assignee::Staff(ids::decode::<UserId>(user, "input.userId").gql()?)
            }
            (None, Some(name)) => Assignee::Contractor {
                name,
                phone: input.contractor_phone,
                email: input.contractor_email,
            },
            _ => {
                return Err(to_gql(AppError::invalid(
                    "input.userId",
                    reason!(
                        "name_staff_member_contractor",
                        "name a staff member or a contractor, not both"
                    ),
                )));
            }
        };
        work_orders::assign(
            &services.db,
            &tenant(ctx)?,
            &notices(services),
            id,
            assignee,
        )
        .await
        .gql()?;
        reload(ctx, id).await
    }

    /// Changes a work order's priority, funding source, cluster or billed firm (operators).
    async fn update_work_order(
        &self,
        ctx: &Context<'_>,
        input: UpdateWorkOrderInput,
    ) -> async_graphql::Result<WorkOrder> {
        let services = ctx.data::<Services>()?;
        let id = work_order_id(&input.work_order_id)?;
        let cluster_id = input
            .cluster_id
            .as_ref()
            .map(|c| ids::decode::<ClusterId>(c, "input.clusterId"))
            .transpose()
            .gql()?;
        let firm_id = input
            .firm_id
            .as_ref()
            .map(|f| ids::decode::<FirmId>(f, "input.firmId"))
            .transpose()
            .gql()?;
        work_orders::update(
            &services.db,
            &tenant(ctx)?,
            id,
            UpdateInput {
                priority: input.priority.map(Into::into),
                funding_source: input.funding_source.map(Into::into),
                cluster_id,
                firm_id,
            },
        )
        .await
        .gql()?;
        reload(ctx, id).await
    }

    /// Adds a checklist step to a work order (operators).
    async fn add_checklist_item(
        &self,
        ctx: &Context<'_>,
        input: AddChecklistItemInput,
    ) -> async_graphql::Result<ChecklistItem> {
        let services = ctx.data::<Services>()?;
        let id = work_order_id(&input.work_order_id)?;
        let item = work_orders::add_checklist_item(&services.db, &tenant(ctx)?, id, &input.label)
            .await
            .gql()?;
        Ok(ChecklistItem::from(&item))
    }

    /// Ticks or unticks a checklist step (operators).
    async fn set_checklist_item(
        &self,
        ctx: &Context<'_>,
        input: SetChecklistItemInput,
    ) -> async_graphql::Result<ChecklistItem> {
        let services = ctx.data::<Services>()?;
        let id = ids::decode::<ChecklistItemId>(&input.item_id, "input.itemId").gql()?;
        let item = work_orders::set_checklist_item(&services.db, &tenant(ctx)?, id, input.done)
            .await
            .gql()?;
        Ok(ChecklistItem::from(&item))
    }

    /// Adds a cost line to a work order (operators), until it is verified.
    async fn add_cost_line(
        &self,
        ctx: &Context<'_>,
        input: AddCostLineInput,
    ) -> async_graphql::Result<CostLine> {
        let services = ctx.data::<Services>()?;
        let id = work_order_id(&input.work_order_id)?;
        let line = work_orders::add_cost_line(
            &services.db,
            &tenant(ctx)?,
            id,
            CostInput {
                kind: input.kind.into(),
                description: input.description,
                minutes: input.minutes,
                hourly_rate: input.hourly_rate,
                amount: input.amount,
                supplier: input.supplier,
                supplier_invoice: input.supplier_invoice,
            },
        )
        .await
        .gql()?;
        Ok(CostLine::from(&line))
    }

    /// Removes a cost line (operators), until the work order is verified; returns the work
    /// order.
    async fn remove_cost_line(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The cost line.")] cost_line_id: ID,
    ) -> async_graphql::Result<WorkOrder> {
        let services = ctx.data::<Services>()?;
        let id = ids::decode::<CostLineId>(&cost_line_id, "costLineId").gql()?;
        let wo = work_orders::remove_cost_line(&services.db, &tenant(ctx)?, id)
            .await
            .gql()?;
        reload(ctx, wo).await
    }

    /// Changes SLA targets, working hours or the approval threshold (operator admins).
    async fn update_maintenance_settings(
        &self,
        ctx: &Context<'_>,
        input: UpdateMaintenanceSettingsInput,
    ) -> async_graphql::Result<MaintenanceSettings> {
        let services = ctx.data::<Services>()?;
        let mut problems = Problems::new();
        let targets = input.targets.as_ref().and_then(|list| {
            let mut t = Targets::default();
            let mut seen = [false; 4];
            for s in list {
                let i = match crate::maintenance::Priority::from(s.priority) {
                    crate::maintenance::Priority::P1 => 0,
                    crate::maintenance::Priority::P2 => 1,
                    crate::maintenance::Priority::P3 => 2,
                    crate::maintenance::Priority::P4 => 3,
                };
                seen[i] = true;
                t.0[i] = s.to_domain();
            }
            if seen.iter().all(|s| *s) && list.len() == 4 {
                Some(t)
            } else {
                problems.add(
                    "input.targets",
                    reason!("priorities_each_once", "give each of P1 to P4 once"),
                );
                None
            }
        });
        let hours = input.working_hours.as_ref().and_then(|list| {
            let mut h = WorkingHours([None; 7]);
            for (i, d) in list.iter().enumerate() {
                if !(1..=7).contains(&d.weekday) {
                    problems.add(
                        format!("input.workingHours.{i}.weekday"),
                        reason!("weekday_number", "1 (Monday) to 7"),
                    );
                    continue;
                }
                let window = match (d.opens_at_minute, d.closes_at_minute) {
                    (Some(o), Some(c)) => match (u16::try_from(o), u16::try_from(c)) {
                        (Ok(o), Ok(c)) => Some((o, c)),
                        _ => {
                            problems.add(
                                format!("input.workingHours.{i}"),
                                reason!("minutes_day", "minutes of the day"),
                            );
                            None
                        }
                    },
                    _ => None,
                };
                h.0[(d.weekday - 1) as usize] = window;
            }
            (list.len() == 7).then_some(h).or_else(|| {
                problems.add(
                    "input.workingHours",
                    reason!("give_all_seven_weekdays", "give all seven weekdays"),
                );
                None
            })
        });
        problems.finish().gql()?;
        let s = settings::update(
            &services.db,
            &tenant(ctx)?,
            SettingsInput {
                targets,
                hours,
                approval_threshold: input.approval_threshold,
            },
        )
        .await
        .gql()?;
        Ok(s.into())
    }

    /// Replaces a year's holidays in the SLA calendar (operator admins); an empty list goes
    /// back to the preloaded Vietnamese public holidays of that year.
    async fn set_maintenance_holidays(
        &self,
        ctx: &Context<'_>,
        input: SetMaintenanceHolidaysInput,
    ) -> async_graphql::Result<MaintenanceSettings> {
        let services = ctx.data::<Services>()?;
        let days = input.days.into_iter().map(|h| (h.day.0, h.name)).collect();
        let s = settings::set_holidays(&services.db, &tenant(ctx)?, input.year, days)
            .await
            .gql()?;
        Ok(s.into())
    }
}
