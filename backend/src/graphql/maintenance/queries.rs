//! Queries: the request queue, work orders, settings and the authority's statistics.

use async_graphql::{Context, ID, Object, SimpleObject};

use crate::graphql::Services;
use crate::graphql::connection::{Conn, connection_cost, paginate};
use crate::graphql::context::tenant;
use crate::graphql::errors::GqlResult;
use crate::graphql::ids::{self, GlobalId};
use crate::graphql::maintenance::settings::MaintenanceSettings;
use crate::graphql::maintenance::types::{
    ClusterMaintenanceStatistics, MaintenancePriority, MaintenanceRequest,
    MaintenanceRequestStatus, WorkOrder, WorkOrderStatus,
};
use crate::ids::{ClusterId, MaintenanceRequestId, UserId};
use crate::maintenance::requests::{self, RequestFilter};
use crate::maintenance::work_orders::{self, WorkOrderFilter};
use crate::maintenance::{settings, stats};

#[derive(Default)]
pub struct MaintenanceQueries;

#[Object]
impl MaintenanceQueries {
    /// Maintenance requests, newest first: an operator's all, an enterprise user's own firm's.
    /// Narrow by status (any of), priority, cluster, the staff member a linked work order is
    /// assigned to, and overdue (derived from the SLA).
    #[graphql(complexity = "connection_cost(first, child_complexity)")]
    #[allow(clippy::too_many_arguments)]
    async fn maintenance_requests(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Page size, 0 to 100 (50 when omitted).")] first: Option<i32>,
        #[graphql(desc = "The `endCursor` of the previous page.")] after: Option<String>,
        #[graphql(desc = "Only requests in any of these states.")] status: Option<
            Vec<MaintenanceRequestStatus>,
        >,
        #[graphql(desc = "Only requests of this priority.")] priority: Option<MaintenancePriority>,
        #[graphql(desc = "Only requests in this cluster.")] cluster_id: Option<ID>,
        #[graphql(desc = "Only requests a work order assigned to this user works on.")]
        assignee_id: Option<ID>,
        #[graphql(desc = "true: only overdue ones; false: only those not overdue.")]
        overdue: Option<bool>,
    ) -> async_graphql::Result<Conn<MaintenanceRequest>> {
        let services = ctx.data::<Services>()?;
        let tenant_ctx = tenant(ctx)?;
        let filter = RequestFilter {
            status: status.map(|s| s.into_iter().map(Into::into).collect()),
            priority: priority.map(Into::into),
            cluster_id: cluster_id
                .as_ref()
                .map(|id| ids::decode::<ClusterId>(id, "clusterId"))
                .transpose()
                .gql()?,
            assignee_id: assignee_id
                .as_ref()
                .map(|id| ids::decode::<UserId>(id, "assigneeId"))
                .transpose()
                .gql()?,
            overdue,
        };
        paginate(ctx, first, after, |page| async move {
            Ok(requests::list(&services.db, &tenant_ctx, filter, page)
                .await?
                .map(MaintenanceRequest))
        })
        .await
    }

    /// Work orders, newest first (operators). Narrow by status (any of), priority, cluster,
    /// assignee, linked request and overdue.
    #[graphql(complexity = "connection_cost(first, child_complexity)")]
    #[allow(clippy::too_many_arguments)]
    async fn work_orders(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Page size, 0 to 100 (50 when omitted).")] first: Option<i32>,
        #[graphql(desc = "The `endCursor` of the previous page.")] after: Option<String>,
        #[graphql(desc = "Only work orders in any of these states.")] status: Option<
            Vec<WorkOrderStatus>,
        >,
        #[graphql(desc = "Only work orders of this priority.")] priority: Option<
            MaintenancePriority,
        >,
        #[graphql(desc = "Only work orders in this cluster.")] cluster_id: Option<ID>,
        #[graphql(desc = "Only work orders assigned to this staff member.")] assignee_id: Option<
            ID,
        >,
        #[graphql(desc = "Only work orders of this request.")] request_id: Option<ID>,
        #[graphql(desc = "true: only overdue ones; false: only those not overdue.")]
        overdue: Option<bool>,
    ) -> async_graphql::Result<Conn<WorkOrder>> {
        let services = ctx.data::<Services>()?;
        let tenant_ctx = tenant(ctx)?;
        let filter = WorkOrderFilter {
            status: status.map(|s| s.into_iter().map(Into::into).collect()),
            priority: priority.map(Into::into),
            cluster_id: cluster_id
                .as_ref()
                .map(|id| ids::decode::<ClusterId>(id, "clusterId"))
                .transpose()
                .gql()?,
            assignee_id: assignee_id
                .as_ref()
                .map(|id| ids::decode::<UserId>(id, "assigneeId"))
                .transpose()
                .gql()?,
            request_id: request_id
                .as_ref()
                .map(|id| ids::decode::<MaintenanceRequestId>(id, "requestId"))
                .transpose()
                .gql()?,
            overdue,
        };
        paginate(ctx, first, after, |page| async move {
            Ok(work_orders::list(&services.db, &tenant_ctx, filter, page)
                .await?
                .map(WorkOrder))
        })
        .await
    }

    /// The operator's admins and staff, who work orders can be assigned to, by name
    /// (operators).
    async fn maintenance_staff(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Vec<StaffMember>> {
        let services = ctx.data::<Services>()?;
        Ok(work_orders::assignable_staff(&services.db, &tenant(ctx)?)
            .await
            .gql()?
            .into_iter()
            .map(|(id, name)| StaffMember {
                user_id: id.global(),
                name,
            })
            .collect())
    }

    /// The operator's SLA targets, working hours, holidays and approval threshold (operators).
    async fn maintenance_settings(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<MaintenanceSettings> {
        let services = ctx.data::<Services>()?;
        Ok(settings::get(&services.db, &tenant(ctx)?)
            .await
            .gql()?
            .into())
    }

    /// Per cluster of the province: open and resolved requests and the median time to resolve
    /// (authority viewers; no names of firms or requests).
    async fn province_maintenance(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Vec<ClusterMaintenanceStatistics>> {
        let services = ctx.data::<Services>()?;
        Ok(stats::province(&services.db, &tenant(ctx)?)
            .await
            .gql()?
            .into_iter()
            .map(|c| ClusterMaintenanceStatistics {
                cluster_name: c.cluster_name,
                operator_name: c.operator_name,
                open_requests: c.open,
                resolved_requests: c.resolved,
                median_resolution_hours: c.median_resolution_hours,
            })
            .collect())
    }
}

/// One of the operator's people a work order can be assigned to.
#[derive(SimpleObject)]
pub struct StaffMember {
    /// Their user id (for `assignWorkOrder(input: { userId })`).
    pub user_id: ID,
    /// Their name.
    pub name: String,
}
