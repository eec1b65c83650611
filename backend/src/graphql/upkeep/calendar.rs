//! The compliance calendar API: a cluster's month, its private ICS feed (create, list,
//! revoke) and the compliance template pack.

use async_graphql::{Context, Enum, ID, Object, SimpleObject};
use chrono::{DateTime, Datelike, Months, Utc};

use crate::graphql::Services;
use crate::graphql::context::tenant;
use crate::graphql::errors::GqlResult;
use crate::graphql::ids;
use crate::graphql::scalars::Day;
use crate::graphql::upkeep::types::{PermitKind, UpkeepSchedule};
use crate::ids::{
    AssetId, CalendarFeedId, ClusterId, UpkeepOccurrenceId, UpkeepScheduleId, WorkOrderId,
};
use crate::upkeep::calendar::{self, CalendarItem as Item};
use crate::upkeep::entities::calendar_feed;
use crate::upkeep::{feeds, templates};
use crate::values::today;

/// What a calendar item is.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "crate::upkeep::calendar::ItemKind")]
pub enum CalendarItemKind {
    /// An occurrence of a preventive schedule.
    Upkeep,
    /// A report deadline (a schedule of a Circular 14/2024 report template).
    ReportDeadline,
    /// A permit expires.
    PermitExpiry,
}

/// Where an occurrence stands, seen from the calendar.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "crate::upkeep::calendar::ItemStatus")]
pub enum CalendarItemStatus {
    /// Ahead: generated but not open, or only foreseen by the rule.
    Planned,
    /// Its work order is open or being worked.
    Open,
    /// Its work order is done (or verified).
    Done,
    /// Its work order was cancelled.
    Cancelled,
    /// Skipped on purpose.
    Skipped,
    /// Its time passed while nothing ran.
    Missed,
}

/// One thing due on a day of a cluster's compliance calendar.
#[derive(SimpleObject)]
pub struct CalendarItem {
    /// Stable across reads and the ICS feed (its event UID).
    pub uid: String,
    /// What it is.
    pub kind: CalendarItemKind,
    /// The day it is due (or the permit expires).
    pub day: Day,
    /// The schedule's title, or the permit's number.
    pub title: String,
    /// For an occurrence, where it stands; null for a permit.
    pub status: Option<CalendarItemStatus>,
    /// True when only the rule foresees it: the generator has not planned it yet.
    pub forecast: bool,
    /// The schedule it comes from.
    pub schedule_id: Option<ID>,
    /// The stored occurrence, if generated.
    pub occurrence_id: Option<ID>,
    /// The work order it opened.
    pub work_order_id: Option<ID>,
    /// The asset it concerns.
    pub asset_id: Option<ID>,
    /// The asset's code and name.
    pub asset_name: Option<String>,
    /// For a permit expiry: what the permit allows.
    pub permit_kind: Option<PermitKind>,
    /// The legal basis of the schedule.
    pub legal_basis: Option<String>,
}

impl From<Item> for CalendarItem {
    fn from(i: Item) -> Self {
        Self {
            uid: i.uid,
            kind: i.kind.into(),
            day: Day(i.day),
            title: i.title,
            status: i.status.map(Into::into),
            forecast: i.forecast,
            schedule_id: i.schedule_id.map(ids::of::<UpkeepScheduleId>),
            occurrence_id: i.occurrence_id.map(ids::of::<UpkeepOccurrenceId>),
            work_order_id: i.work_order_id.map(ids::of::<WorkOrderId>),
            asset_id: i.asset_id.map(ids::of::<AssetId>),
            asset_name: i.asset_name,
            permit_kind: i.permit_kind.map(Into::into),
            legal_basis: i.legal_basis,
        }
    }
}

/// A month of a cluster's compliance calendar.
#[derive(SimpleObject)]
pub struct ComplianceMonth {
    /// The cluster.
    pub cluster_id: ID,
    /// The month's first day.
    pub first_day: Day,
    /// The month's last day.
    pub last_day: Day,
    /// Everything due in the month, by day (permits, then reports, then upkeep) and title.
    pub items: Vec<CalendarItem>,
}

/// A private ICS feed of a cluster (its URL is shown only when created).
#[derive(SimpleObject)]
pub struct CalendarFeed {
    /// Identifies the feed.
    pub id: ID,
    /// The cluster it shows.
    pub cluster_id: ID,
    /// When it was created.
    pub created_at: DateTime<Utc>,
    /// When it was revoked; null while it works.
    pub revoked_at: Option<DateTime<Utc>>,
}

impl From<&calendar_feed::Model> for CalendarFeed {
    fn from(f: &calendar_feed::Model) -> Self {
        Self {
            id: ids::of::<CalendarFeedId>(f.id),
            cluster_id: ids::of::<ClusterId>(f.cluster_id),
            created_at: f.created_at,
            revoked_at: f.revoked_at,
        }
    }
}

/// A new feed with its secret URL.
#[derive(SimpleObject)]
pub struct CalendarFeedCreated {
    /// The feed.
    pub feed: CalendarFeed,
    /// The secret URL to subscribe to (`…/calendar/<token>.ics`). It is shown only now: only a
    /// hash of the token is kept.
    pub url: String,
}

/// What applying the compliance template pack did.
#[derive(SimpleObject)]
pub struct ComplianceTemplatesApplied {
    /// The schedules it created.
    pub created: Vec<UpkeepSchedule>,
    /// The template keys the cluster already had a schedule of.
    pub already_present: Vec<String>,
    /// The template keys left out: the cluster has no wastewater asset.
    pub not_applicable: Vec<String>,
}

#[derive(Default)]
pub struct CalendarQueries;

#[Object]
impl CalendarQueries {
    /// A month of a cluster's compliance calendar (operators): schedule occurrences (stored,
    /// and foreseen by the rule beyond them), permit expiries and report deadlines. Another
    /// tenant's cluster is NOT_FOUND; a year outside 2000–2100 or a month outside 1–12 is
    /// VALIDATION on `year` or `month`.
    async fn compliance_month(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The cluster.")] cluster_id: ID,
        #[graphql(desc = "The year, 2000–2100.")] year: i32,
        #[graphql(desc = "The month, 1–12.")] month: i32,
    ) -> async_graphql::Result<ComplianceMonth> {
        let services = ctx.data::<Services>()?;
        let cluster = ids::decode::<ClusterId>(&cluster_id, "clusterId").gql()?;
        let (first, last, items) =
            calendar::month(&services.db, &tenant(ctx)?, cluster, year, month)
                .await
                .gql()?;
        Ok(ComplianceMonth {
            cluster_id,
            first_day: Day(first),
            last_day: Day(last),
            items: items.into_iter().map(Into::into).collect(),
        })
    }

    /// The live ICS feeds of a cluster (operator admins); at most one after any change.
    async fn calendar_feeds(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The cluster.")] cluster_id: ID,
    ) -> async_graphql::Result<Vec<CalendarFeed>> {
        let services = ctx.data::<Services>()?;
        let cluster = ids::decode::<ClusterId>(&cluster_id, "clusterId").gql()?;
        let rows = feeds::live(&services.db, &tenant(ctx)?, cluster)
            .await
            .gql()?;
        Ok(rows.iter().map(CalendarFeed::from).collect())
    }

    /// The template keys of the compliance pack, in the order they are applied.
    async fn compliance_template_keys(&self) -> Vec<String> {
        templates::keys().into_iter().map(str::to_owned).collect()
    }
}

#[derive(Default)]
pub struct CalendarMutations;

#[Object]
impl CalendarMutations {
    /// Creates a private ICS feed of a cluster's compliance calendar and revokes the live one
    /// before it (operator admins). The URL is in the answer only. Another tenant's cluster is
    /// NOT_FOUND.
    async fn create_calendar_feed(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The cluster.")] cluster_id: ID,
    ) -> async_graphql::Result<CalendarFeedCreated> {
        let services = ctx.data::<Services>()?;
        let cluster = ids::decode::<ClusterId>(&cluster_id, "clusterId").gql()?;
        let (feed, token) = feeds::create(&services.db, &tenant(ctx)?, cluster)
            .await
            .gql()?;
        Ok(CalendarFeedCreated {
            feed: CalendarFeed::from(&feed),
            url: services.auth.link(&feeds::path_of(&token)),
        })
    }

    /// Revokes an ICS feed (operator admins): its URL answers 404 from now on. Another
    /// tenant's feed is NOT_FOUND; one already revoked CONFLICT.
    async fn revoke_calendar_feed(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The feed.")] id: ID,
    ) -> async_graphql::Result<CalendarFeed> {
        let services = ctx.data::<Services>()?;
        let id = ids::decode::<CalendarFeedId>(&id, "id").gql()?;
        let feed = feeds::revoke(&services.db, &tenant(ctx)?, id).await.gql()?;
        Ok(CalendarFeed::from(&feed))
    }

    /// Applies the compliance template pack to a cluster (operators): the standard schedules it
    /// lacks (wastewater daily log, effluent sampling and monitoring calibration when it has a
    /// wastewater asset; fire equipment checks; road and drain inspections; the Circular
    /// 14/2024 report deadlines), each with its legal basis and checklist. Applying again
    /// creates nothing. Another tenant's cluster is NOT_FOUND.
    async fn apply_compliance_templates(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The cluster.")] cluster_id: ID,
        #[graphql(desc = "The day the schedules start; the first of next month when omitted.")]
        starts_on: Option<Day>,
    ) -> async_graphql::Result<ComplianceTemplatesApplied> {
        let services = ctx.data::<Services>()?;
        let cluster = ids::decode::<ClusterId>(&cluster_id, "clusterId").gql()?;
        let starts_on = match starts_on {
            Some(d) => d.0,
            None => {
                let now = today();
                now.with_day(1)
                    .and_then(|d| d.checked_add_months(Months::new(1)))
                    .unwrap_or(now)
            }
        };
        let applied = templates::apply(&services.db, &tenant(ctx)?, cluster, starts_on)
            .await
            .gql()?;
        for model in &applied.created {
            super::mutations::generate_now(services, model).await;
        }
        Ok(ComplianceTemplatesApplied {
            created: applied
                .created
                .into_iter()
                .map(|model| UpkeepSchedule { model })
                .collect(),
            already_present: applied.already_present,
            not_applicable: applied.not_applicable,
        })
    }
}
