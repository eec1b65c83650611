//! Queries: billing settings, tariffs, meter readings, run previews, invoices.

use crate::graphql::scalars::Day;
use async_graphql::{Context, ID, InputObject, Object};

use crate::billing::invoices::InvoiceFilter;
use crate::billing::runs::{self, RunRequest};
use crate::billing::{invoices, meters, settings, tariffs};
use crate::graphql::Services;
use crate::graphql::billing::invoices::Invoice;
use crate::graphql::billing::types::{
    BillingRunPreview, BillingSettings, InvoiceStatus, MeterReading, PeriodKind, Tariff,
};
use crate::graphql::connection::{Conn, connection_cost, item_fields, paginate};
use crate::graphql::context::tenant;
use crate::graphql::errors::GqlResult;
use crate::graphql::ids;
use crate::ids::{ClusterId, FirmId, LeaseId};

/// What a billing run is for.
#[derive(InputObject)]
pub struct BillingRunInput {
    /// One cluster; omitted: every cluster of the tenant.
    pub cluster_id: Option<ID>,
    /// Bill a month or a quarter.
    pub period_kind: PeriodKind,
    /// First day of the month (or of the quarter).
    pub period_start: Day,
}

impl BillingRunInput {
    pub fn request(&self) -> crate::error::AppResult<RunRequest> {
        Ok(RunRequest {
            cluster_id: self
                .cluster_id
                .as_ref()
                .map(|id| ids::decode::<ClusterId>(id, "input.clusterId"))
                .transpose()?,
            kind: self.period_kind.into(),
            start: self.period_start.0,
        })
    }
}

#[derive(Default)]
pub struct BillingQueries;

/// A bank of the NAPAS network.
#[derive(async_graphql::SimpleObject)]
pub struct Bank {
    /// Its six-digit BIN, as VietQR carries it.
    pub bin: String,
    /// The short name banking apps show (e.g. Vietcombank).
    pub short_name: String,
    /// The full Vietnamese name.
    pub name: String,
}

#[Object]
impl BillingQueries {
    /// The operator's billing settings (defaults until saved) (operators).
    async fn billing_settings(&self, ctx: &Context<'_>) -> async_graphql::Result<BillingSettings> {
        let services = ctx.data::<Services>()?;
        Ok(BillingSettings(
            settings::get(&services.db, &tenant(ctx)?).await.gql()?,
        ))
    }

    /// The banks of the NAPAS network by BIN, for choosing the operator's bank by name.
    async fn banks(&self) -> Vec<Bank> {
        crate::billing::banks::BANKS
            .iter()
            .map(|b| Bank {
                bin: b.bin.to_owned(),
                short_name: b.short_name.to_owned(),
                name: b.name.to_owned(),
            })
            .collect()
    }

    /// Every version of a cluster's tariff, current first within each charge (operators).
    async fn tariffs(
        &self,
        ctx: &Context<'_>,
        cluster_id: ID,
    ) -> async_graphql::Result<Vec<Tariff>> {
        let services = ctx.data::<Services>()?;
        let cluster = ids::decode::<ClusterId>(&cluster_id, "clusterId").gql()?;
        Ok(tariffs::list(&services.db, &tenant(ctx)?, cluster)
            .await
            .gql()?
            .into_iter()
            .map(Tariff)
            .collect())
    }

    /// A lease's meter readings, corrections included, newest month first (operators).
    async fn meter_readings(
        &self,
        ctx: &Context<'_>,
        lease_id: ID,
    ) -> async_graphql::Result<Vec<MeterReading>> {
        let services = ctx.data::<Services>()?;
        let lease = ids::decode::<LeaseId>(&lease_id, "leaseId").gql()?;
        Ok(meters::of_lease(&services.db, &tenant(ctx)?, lease)
            .await
            .gql()?
            .into_iter()
            .map(MeterReading)
            .collect())
    }

    /// What a billing run would issue; nothing is written (operators).
    async fn billing_run_preview(
        &self,
        ctx: &Context<'_>,
        input: BillingRunInput,
    ) -> async_graphql::Result<BillingRunPreview> {
        let services = ctx.data::<Services>()?;
        let request = input.request().gql()?;
        let preview = runs::preview(&services.db, &tenant(ctx)?, request)
            .await
            .gql()?;
        Ok(BillingRunPreview::from(&preview))
    }

    /// Invoices, newest first, filtered on the server: an operator's all, an enterprise user's
    /// own firm's.
    #[graphql(complexity = "connection_cost(first, child_complexity)")]
    #[allow(clippy::too_many_arguments)]
    async fn invoices(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        status: Option<InvoiceStatus>,
        cluster_id: Option<ID>,
        firm_id: Option<ID>,
        period_from: Option<Day>,
        period_to: Option<Day>,
        search: Option<String>,
    ) -> async_graphql::Result<Conn<Invoice>> {
        let services = ctx.data::<Services>()?;
        let tenant_ctx = tenant(ctx)?;
        let filter = InvoiceFilter {
            status: status.map(Into::into),
            cluster_id: cluster_id
                .as_ref()
                .map(|id| ids::decode::<ClusterId>(id, "clusterId"))
                .transpose()
                .gql()?,
            firm_id: firm_id
                .as_ref()
                .map(|id| ids::decode::<FirmId>(id, "firmId"))
                .transpose()
                .gql()?,
            period_from: period_from.map(|d| d.0),
            period_to: period_to.map(|d| d.0),
            search,
        };
        let columns = Invoice::columns_for(&item_fields(ctx));
        paginate(ctx, first, after, |page| async move {
            let page = invoices::list(&services.db, &tenant_ctx, filter, page, columns).await?;
            Ok(page.map(|(model, cluster_name)| Invoice {
                model,
                cluster_name,
            }))
        })
        .await
    }
}
