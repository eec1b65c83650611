//! Upkeep queries: the register, schedules, a rule's next dates.

use async_graphql::{Context, ID, Object};

use crate::error::reason;
use crate::graphql::Services;
use crate::graphql::context::tenant;
use crate::graphql::errors::GqlResult;
use crate::graphql::ids;
use crate::graphql::scalars::Day;
use crate::graphql::upkeep::types::{Asset, AssetCategory, ScheduleAnchor, UpkeepSchedule};
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
    /// `count` (up to 50). After the last completion (`anchor`), the dates if each occurrence
    /// is done on its due date. An invalid rule, one that fires more than daily, lead days
    /// longer than the interval, or a rule that is not an interval after the last completion
    /// is VALIDATION on `rule` or `leadDays`.
    async fn upkeep_rule_preview(
        &self,
        #[graphql(desc = "The RFC 5545 rule, e.g. `FREQ=MONTHLY;BYMONTHDAY=5`.")] rule: String,
        #[graphql(desc = "The date the rule is anchored on.")] starts_on: Day,
        #[graphql(default, desc = "Days before each due date its work order opens.")]
        lead_days: i32,
        #[graphql(default = 6, desc = "How many dates, up to 50.")] count: u32,
        #[graphql(desc = "What the dates are counted from; FIXED when omitted.")] anchor: Option<
            ScheduleAnchor,
        >,
    ) -> async_graphql::Result<Vec<Day>> {
        let r = Recurrence::parse(&rule, starts_on.0, lead_days, "rule", "leadDays").gql()?;
        let until = starts_on.0 + chrono::Duration::days(36_600);
        let limit = count.min(50) as usize;
        let dates = match anchor.map(Into::into) {
            Some(crate::upkeep::ScheduleAnchor::AfterCompletion) => {
                let step = r.interval_only("rule").gql()?;
                if i64::from(lead_days) > step.min_days() {
                    return Err(crate::error::AppError::invalid(
                        "leadDays",
                        reason!(
                            "lead_days_longer_interval",
                            "the lead days are longer than one interval can last"
                        ),
                    ))
                    .gql();
                }
                r.chained(starts_on.0, starts_on.0, until, limit)
            }
            _ => r.between(starts_on.0, until, limit),
        };
        Ok(dates.into_iter().map(Day).collect())
    }
}
