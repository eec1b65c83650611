//! Queries: clusters, plots, leases, occupancy, the province view.

use crate::graphql::scalars::Day;
use crate::graphql::upkeep::province::ProvinceUpkeep;
use async_graphql::{Context, ID, Object};

use crate::estate::plots::{Availability, PlotFilter};
use crate::estate::{clusters, leases, occupancy, plots};
use crate::graphql::Services;
use crate::graphql::connection::{Conn, OrderBy, connection_cost, paginate};
use crate::graphql::context::tenant;
use crate::graphql::errors::GqlResult;
use crate::graphql::estate::types::{
    Cluster, ClusterOccupancy, ClusterOrderField, ClusterSummary, EstateOverview, Lease,
    LeaseConflict, LeaseOrderField, LeaseStatus, Occupancy, Plot, PlotOrderField, PlotStatus,
    ProvinceCluster, ProvinceOverview, Wastewater,
};
use crate::graphql::ids;
use crate::graphql::tenancy::types::{CapitalOrigin, Firm, FirmOrderField, FirmStatus};
use crate::ids::{ClusterId, FirmId, LeaseId, PlotId};
use crate::tenancy::firms::{self, FirmFilter};
use crate::values::today;

#[derive(Default)]
pub struct EstateQueries;

#[Object]
impl EstateQueries {
    /// The tenant's clusters by name, with occupancy on `on` (default today) (operators).
    #[graphql(complexity = "connection_cost(first, child_complexity)")]
    async fn clusters(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        on: Option<Day>,
        order_by: Option<OrderBy<ClusterOrderField>>,
    ) -> async_graphql::Result<Conn<Cluster>> {
        let services = ctx.data::<Services>()?;
        let tenant_ctx = tenant(ctx)?;
        let on = on.unwrap_or(Day(today()));
        let sort = order_by.map(OrderBy::sort);
        paginate(ctx, first, after, |page| async move {
            let page = clusters::list(&services.db, &tenant_ctx, sort, page).await?;
            let figures =
                occupancy::of_clusters(&services.db, &tenant_ctx, &page.items, on.0).await?;
            Ok(page.map(|model| Cluster {
                occupancy: Occupancy::new(on, &figures.get(&model.id).cloned().unwrap_or_default()),
                model,
            }))
        })
        .await
    }

    /// Plots by cluster and code, with their status on `on` (default today), filtered on the
    /// server (operators).
    #[graphql(complexity = "connection_cost(first, child_complexity)")]
    #[allow(clippy::too_many_arguments)]
    async fn plots(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        cluster_id: Option<ID>,
        search: Option<String>,
        status: Option<PlotStatus>,
        on: Option<Day>,
        order_by: Option<OrderBy<PlotOrderField>>,
    ) -> async_graphql::Result<Conn<Plot>> {
        let services = ctx.data::<Services>()?;
        let tenant_ctx = tenant(ctx)?;
        let cluster_id = ids::decode_opt::<ClusterId>(cluster_id.as_ref(), "clusterId").gql()?;
        let on = on.unwrap_or(Day(today()));
        let filter = PlotFilter {
            cluster_id,
            search,
            availability: status.map(Availability::from),
            sort: order_by.map(OrderBy::sort),
        };
        paginate(ctx, first, after, |page| async move {
            let page = plots::list(&services.db, &tenant_ctx, filter, on.0, page).await?;
            Ok(page.map(|view| Plot {
                cluster: ClusterSummary {
                    id: ids::of::<ClusterId>(view.plot.cluster_id),
                    name: view.cluster_name,
                },
                model: view.plot,
                status: Some(view.availability),
            }))
        })
        .await
    }

    /// Firms of the tenant by name, searched by name or tax code and filtered (operators).
    #[graphql(complexity = "connection_cost(first, child_complexity)")]
    #[allow(clippy::too_many_arguments)]
    async fn firms(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        search: Option<String>,
        status: Option<FirmStatus>,
        capital_origin: Option<CapitalOrigin>,
        order_by: Option<OrderBy<FirmOrderField>>,
    ) -> async_graphql::Result<Conn<Firm>> {
        let services = ctx.data::<Services>()?;
        let tenant_ctx = tenant(ctx)?;
        let filter = FirmFilter {
            search,
            status: status.map(Into::into),
            capital_origin: capital_origin.map(Into::into),
            sort: order_by.map(OrderBy::sort),
        };
        paginate(ctx, first, after, |page| async move {
            Ok(firms::list(&services.db, &tenant_ctx, filter, page)
                .await?
                .map(Firm))
        })
        .await
    }

    /// Leases, newest start first: an operator's all, an enterprise user's own firm's
    /// ("my leases"). Firms, clusters and plots load in a fixed number of statements.
    #[graphql(complexity = "connection_cost(first, child_complexity)")]
    #[allow(clippy::too_many_arguments)]
    async fn leases(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        firm_id: Option<ID>,
        cluster_id: Option<ID>,
        status: Option<LeaseStatus>,
        order_by: Option<OrderBy<LeaseOrderField>>,
    ) -> async_graphql::Result<Conn<Lease>> {
        let services = ctx.data::<Services>()?;
        let tenant_ctx = tenant(ctx)?;
        let filter = leases::LeaseFilter {
            firm_id: ids::decode_opt::<FirmId>(firm_id.as_ref(), "firmId").gql()?,
            cluster_id: ids::decode_opt::<ClusterId>(cluster_id.as_ref(), "clusterId").gql()?,
            status: status.map(Into::into),
            sort: order_by.map(OrderBy::sort),
        };
        paginate(ctx, first, after, |page| async move {
            Ok(leases::list(&services.db, &tenant_ctx, filter, page)
                .await?
                .map(Lease))
        })
        .await
    }

    /// Leases that already hold any of the plots during the period: what the lease form
    /// checks before saving (operators).
    async fn lease_conflicts(
        &self,
        ctx: &Context<'_>,
        plot_ids: Vec<ID>,
        starts_on: Day,
        ends_on: Day,
        except_lease_id: Option<ID>,
    ) -> async_graphql::Result<Vec<LeaseConflict>> {
        let services = ctx.data::<Services>()?;
        let tenant_ctx = tenant(ctx)?;
        let plot_ids = ids::decode_all::<PlotId>(&plot_ids, "plotIds").gql()?;
        let except = ids::decode_opt::<LeaseId>(except_lease_id.as_ref(), "exceptLeaseId").gql()?;
        let found = leases::conflicts(
            &services.db,
            &tenant_ctx,
            plot_ids,
            starts_on.0,
            ends_on.0,
            except,
        )
        .await
        .gql()?;
        Ok(found
            .into_iter()
            .map(|c| LeaseConflict {
                lease_id: ids::of::<LeaseId>(c.lease_id),
                plot_code: c.plot_code,
                starts_on: Day(c.starts_on),
                ends_on: Day(c.ends_on),
            })
            .collect())
    }

    /// The operator's clusters and totals on `on` (default today) (operators).
    async fn estate_overview(
        &self,
        ctx: &Context<'_>,
        on: Option<Day>,
    ) -> async_graphql::Result<EstateOverview> {
        let services = ctx.data::<Services>()?;
        let tenant_ctx = tenant(ctx)?;
        let on = on.unwrap_or(Day(today()));
        let (rows, total) = occupancy::of_tenant(&services.db, &tenant_ctx, on.0)
            .await
            .gql()?;
        Ok(EstateOverview {
            on,
            clusters: rows
                .iter()
                .map(|(c, o)| ClusterOccupancy {
                    cluster: ClusterSummary::from(c),
                    wastewater: Wastewater::of(c),
                    occupancy: Occupancy::new(on, o),
                })
                .collect(),
            total: Occupancy::new(on, &total),
        })
    }

    /// Every operator's clusters in the province on `on` (default today): area, occupancy,
    /// firms, workforce, wastewater status, effluent against the permit, urgent work and
    /// upkeep done against plan; never rents, invoices, money or contacts (authority viewers).
    async fn province_overview(
        &self,
        ctx: &Context<'_>,
        on: Option<Day>,
    ) -> async_graphql::Result<ProvinceOverview> {
        let services = ctx.data::<Services>()?;
        let tenant_ctx = tenant(ctx)?;
        let on = on.unwrap_or(Day(today()));
        let (province, rows) = occupancy::province(&services.db, &tenant_ctx, on.0)
            .await
            .gql()?;
        let upkeep = crate::upkeep::province::province(&services.db, &tenant_ctx, on.0)
            .await
            .gql()?;
        let mut total = crate::estate::occupancy::Occupancy::default();
        for row in &rows {
            total.leasable_area_m2 += row.occupancy.leasable_area_m2;
            total.leased_area_m2 += row.occupancy.leased_area_m2;
            total.plots_total += row.occupancy.plots_total;
            total.plots_free += row.occupancy.plots_free;
            total.firms += row.occupancy.firms;
            total.workforce += row.occupancy.workforce;
        }
        Ok(ProvinceOverview {
            province,
            on,
            clusters: rows
                .iter()
                .map(|r| ProvinceCluster {
                    upkeep: ProvinceUpkeep::new(
                        upkeep.get(&r.cluster.id).unwrap_or(&Default::default()),
                        r.cluster.wwtp_capacity_m3_day,
                    ),
                    ..ProvinceCluster::new(on, r)
                })
                .collect(),
            total: Occupancy::new(on, &total),
        })
    }
}
