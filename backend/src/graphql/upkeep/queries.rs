//! Upkeep queries: the register, schedules, a rule's next dates.

use async_graphql::{Context, ID, Object};

use crate::graphql::Services;
use crate::graphql::context::tenant;
use crate::graphql::errors::GqlResult;
use crate::graphql::ids;
use crate::graphql::scalars::Day;
use crate::graphql::upkeep::types::{Asset, AssetCategory, UpkeepSchedule};
use crate::ids::{AssetId, ClusterId};
use crate::upkeep::recurrence::Recurrence;
use crate::upkeep::{assets, schedules};

#[derive(Default)]
pub struct UpkeepQueries;

#[Object]
impl UpkeepQueries {
    /// The upkeep register, optionally of one cluster or category, by cluster and code
    /// (operators).
    async fn assets(
        &self,
        ctx: &Context<'_>,
        cluster_id: Option<ID>,
        category: Option<AssetCategory>,
    ) -> async_graphql::Result<Vec<Asset>> {
        let services = ctx.data::<Services>()?;
        let cluster = ids::decode_opt::<ClusterId>(cluster_id.as_ref(), "clusterId").gql()?;
        let rows = assets::list(
            &services.db,
            &tenant(ctx)?,
            cluster,
            category.map(Into::into),
        )
        .await
        .gql()?;
        Ok(rows.into_iter().map(|model| Asset { model }).collect())
    }

    /// Preventive schedules, optionally of one cluster or asset, by title (operators).
    async fn upkeep_schedules(
        &self,
        ctx: &Context<'_>,
        cluster_id: Option<ID>,
        asset_id: Option<ID>,
    ) -> async_graphql::Result<Vec<UpkeepSchedule>> {
        let services = ctx.data::<Services>()?;
        let cluster = ids::decode_opt::<ClusterId>(cluster_id.as_ref(), "clusterId").gql()?;
        let asset = ids::decode_opt::<AssetId>(asset_id.as_ref(), "assetId").gql()?;
        let rows = schedules::list(&services.db, &tenant(ctx)?, cluster, asset)
            .await
            .gql()?;
        Ok(rows
            .into_iter()
            .map(|model| UpkeepSchedule { model })
            .collect())
    }

    /// The first due dates of a rule anchored on `startsOn` (for the rule editor), at most
    /// `count` (up to 50). An invalid rule, one that fires more than daily, or lead days longer
    /// than the interval is VALIDATION on `rule` or `leadDays`.
    async fn upkeep_rule_preview(
        &self,
        rule: String,
        starts_on: Day,
        #[graphql(default)] lead_days: i32,
        #[graphql(default = 6)] count: u32,
    ) -> async_graphql::Result<Vec<Day>> {
        let r = Recurrence::parse(&rule, starts_on.0, lead_days, "rule", "leadDays").gql()?;
        Ok(r.between(
            starts_on.0,
            starts_on.0 + chrono::Duration::days(36_600),
            count.min(50) as usize,
        )
        .into_iter()
        .map(Day)
        .collect())
    }
}
