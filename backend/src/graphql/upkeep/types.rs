//! Upkeep types: assets (a Node, with permits and history), schedules (a Node, with their
//! occurrences and next dates) and the enums they use.

use async_graphql::{Context, Enum, ID, Object, SimpleObject};
use chrono::{DateTime, Utc};

use crate::access::TenantCtx;
use crate::error::AppResult;
use crate::graphql::Services;
use crate::graphql::context::tenant;
use crate::graphql::errors::GqlResult;
use crate::graphql::ids;
use crate::graphql::maintenance::enums::{FundingSource, WorkOrderStatus};
use crate::graphql::node::NodeType;
use crate::graphql::receivables::fund::FundEntry;
use crate::graphql::scalars::Day;
use crate::graphql::upkeep::effluent::{DischargeLimit, EffluentSample};
use crate::ids::{
    AssetId, AssetPermitId, ClusterId, PlotId, UpkeepOccurrenceId, UpkeepScheduleId, UserId,
    WorkOrderId,
};
use crate::maintenance::work_orders::short;
use crate::upkeep::entities::{asset, asset_permit, occurrence, schedule};
use crate::upkeep::{ChecklistTemplateItem, assets, effluent, schedules};
use crate::values::today;

/// The kinds of shared technical infrastructure of an industrial cluster (Decree
/// 32/2024/NĐ-CP art. 2).
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "crate::upkeep::AssetCategory")]
pub enum AssetCategory {
    /// Internal roads and pavements.
    InternalRoads,
    /// Rainwater collection and drainage.
    Drainage,
    /// Water supply.
    WaterSupply,
    /// Wastewater collection and treatment.
    Wastewater,
    /// Power supply and public lighting.
    PowerLighting,
    /// Fire protection.
    FireProtection,
    /// Trees and green areas.
    Greenery,
    /// Fences and gates.
    FencesGates,
    /// Anything else (solid waste, communications, a zone).
    Other,
}

/// What a permit allows.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "crate::upkeep::PermitKind")]
pub enum PermitKind {
    /// The environmental permit to discharge treated wastewater.
    Discharge,
    /// The fire safety design approval and acceptance.
    FireSafety,
    /// Any other permit or licence.
    Other,
}

/// Where an occurrence of a schedule stands.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "crate::upkeep::OccurrenceStatus")]
pub enum OccurrenceStatus {
    /// Generated ahead; its work order opens at the due date less the lead days.
    Planned,
    /// Its work order is open.
    Open,
    /// Skipped on purpose, with a reason.
    Skipped,
    /// Its time passed while nothing ran; a later occurrence was opened instead.
    Missed,
}

/// What a schedule's due dates are counted from.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "crate::upkeep::ScheduleAnchor")]
pub enum ScheduleAnchor {
    /// Fixed dates: the rule anchored on the start date.
    Fixed,
    /// After the last completion: each due date is the rule's interval (FREQ and INTERVAL only)
    /// after the day the previous occurrence's work order was done; one occurrence ahead at a
    /// time, the first on the start date.
    AfterCompletion,
}

/// The kind of answer a checklist item takes.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "crate::upkeep::ChecklistKind")]
pub enum ChecklistKind {
    /// Yes or no.
    YesNo,
    /// Pass or fail.
    PassFail,
    /// A number with a unit, accepted within a range.
    Number,
    /// Free text.
    Text,
    /// A photo of what was inspected (answered with `answerChecklistPhoto`).
    Photo,
}

/// Which account pays a cost: the maintenance fund (fed by the maintenance fee) or the
/// wastewater account (fed by the wastewater price).
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "crate::receivables::FundAccount")]
pub enum FundAccount {
    /// The cluster's maintenance fund.
    MaintenanceFund,
    /// The wastewater account: the plant's operation and upkeep.
    Wastewater,
}

/// A permit of an asset (discharge permit, fire safety acceptance).
#[derive(SimpleObject)]
pub struct AssetPermit {
    /// Identifies the permit.
    pub id: ID,
    /// What it allows.
    pub kind: PermitKind,
    /// Its number.
    pub number: String,
    /// Who issued it.
    pub issuer: Option<String>,
    /// The day it was issued.
    pub issued_on: Day,
    /// The day it expires; null when it does not.
    pub expires_on: Option<Day>,
    /// True when it has expired by today.
    pub expired: bool,
    /// For a plant's discharge permit: what it allows of each parameter.
    pub limits: Vec<DischargeLimit>,
}

impl From<&asset_permit::Model> for AssetPermit {
    fn from(p: &asset_permit::Model) -> Self {
        Self {
            id: ids::of::<AssetPermitId>(p.id),
            kind: p.kind.into(),
            number: p.number.clone(),
            issuer: p.issuer.clone(),
            issued_on: Day(p.issued_on),
            expires_on: p.expires_on.map(Day),
            expired: p.expires_on.is_some_and(|d| d < today()),
            limits: Vec::new(),
        }
    }
}

/// A work order done on an asset, as its history shows it.
#[derive(SimpleObject)]
pub struct AssetWorkOrder {
    /// The work order's global ID.
    pub id: ID,
    /// Its short reference, e.g. `WO-3F2A1B`.
    pub reference: String,
    /// What was to be done.
    pub title: String,
    /// Where it stands.
    pub status: WorkOrderStatus,
    /// When it was created.
    pub created_at: DateTime<Utc>,
    /// Đồng of its cost lines.
    pub cost_total: i64,
}

pub struct Asset {
    pub model: asset::Model,
}

/// A shared work of a cluster (a road, a drain, a light line, a plant) or a zone holding some:
/// the upkeep register (operators).
#[Object]
impl Asset {
    /// Global ID.
    pub async fn id(&self) -> ID {
        ids::of::<AssetId>(self.model.id)
    }
    /// The cluster it belongs to.
    async fn cluster_id(&self) -> ID {
        ids::of::<ClusterId>(self.model.cluster_id)
    }
    /// The zone or larger work it belongs to; null: directly the cluster.
    async fn parent_id(&self) -> Option<ID> {
        self.model.parent_id.map(ids::of::<AssetId>)
    }
    /// Its code, unique in the cluster, e.g. `D-01`.
    async fn code(&self) -> &str {
        &self.model.code
    }
    /// Its name, e.g. "Đường trục chính N1".
    async fn name(&self) -> &str {
        &self.model.name
    }
    /// Its kind of infrastructure.
    async fn category(&self) -> AssetCategory {
        self.model.category.into()
    }
    /// The plot it stands on, if any.
    async fn plot_id(&self) -> Option<ID> {
        self.model.plot_id.map(ids::of::<PlotId>)
    }
    /// Where it is, in words.
    async fn location(&self) -> Option<&str> {
        self.model.location.as_deref()
    }
    /// How much of it: metres of road, number of lights, m³/day of a plant.
    async fn quantity(&self) -> Option<i64> {
        self.model.quantity
    }
    /// The unit of the quantity.
    async fn unit(&self) -> Option<&str> {
        self.model.unit.as_deref()
    }
    /// The day it was commissioned.
    async fn commissioned_on(&self) -> Option<Day> {
        self.model.commissioned_on.map(Day)
    }
    /// Its expected life, years.
    async fn expected_life_years(&self) -> Option<i32> {
        self.model.expected_life_years
    }
    /// Its condition, 1 (failed) to 5 (as new).
    async fn condition(&self) -> Option<i32> {
        self.model.condition
    }
    /// What replacing it would cost, đồng.
    async fn replacement_value(&self) -> Option<i64> {
        self.model.replacement_value
    }
    /// The day its warranty ends.
    async fn warranty_until(&self) -> Option<Day> {
        self.model.warranty_until.map(Day)
    }
    /// Notes.
    async fn notes(&self) -> Option<&str> {
        self.model.notes.as_deref()
    }
    /// Its permits, by issue date.
    async fn permits(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<AssetPermit>> {
        let d = self.details(ctx).await?;
        Ok(d.permits
            .iter()
            .map(|p| AssetPermit {
                limits: d
                    .limits
                    .get(&p.id)
                    .map(|l| l.iter().map(DischargeLimit::from).collect())
                    .unwrap_or_default(),
                ..AssetPermit::from(p)
            })
            .collect())
    }
    /// Whether it is a wastewater treatment plant (a wastewater work counted in m³/day), whose
    /// effluent is sampled against its discharge permit.
    async fn is_plant(&self) -> bool {
        effluent::is_plant(&self.model)
    }
    /// A plant's effluent sampling results, newest first.
    async fn effluent_samples(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Vec<EffluentSample>> {
        let services = ctx.data::<Services>()?;
        let rows = effluent::samples(&services.db, &tenant(ctx)?, AssetId(self.model.id))
            .await
            .gql()?;
        Ok(rows.iter().map(EffluentSample::from).collect())
    }
    /// The assets below it, by code.
    async fn children(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<Asset>> {
        let d = self.details(ctx).await?;
        Ok(d.children
            .into_iter()
            .map(|model| Asset { model })
            .collect())
    }
    /// Its history: the work orders done on it, newest first.
    async fn work_orders(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<AssetWorkOrder>> {
        let d = self.details(ctx).await?;
        Ok(d.work_orders
            .iter()
            .map(|w| AssetWorkOrder {
                id: ids::of::<WorkOrderId>(w.id),
                reference: short(w.id),
                title: w.title.clone(),
                status: w.status.into(),
                created_at: w.created_at,
                cost_total: w.cost_total,
            })
            .collect())
    }
    /// What its work orders cost the fund: the movements that paid them, newest first.
    async fn costs(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<FundEntry>> {
        let d = self.details(ctx).await?;
        Ok(d.costs.iter().map(FundEntry::from).collect())
    }
}

impl Asset {
    async fn details(&self, ctx: &Context<'_>) -> async_graphql::Result<assets::AssetDetails> {
        let services = ctx.data::<Services>()?;
        assets::details(&services.db, &tenant(ctx)?, AssetId(self.model.id))
            .await
            .gql()
    }
}

impl NodeType for Asset {
    type Id = AssetId;

    async fn load(services: &Services, ctx: &TenantCtx, id: AssetId) -> AppResult<Self> {
        Ok(Self {
            model: assets::get(&services.db, ctx, id).await?,
        })
    }
}

/// One item of a schedule's checklist template.
#[derive(SimpleObject)]
pub struct ChecklistTemplateItemView {
    /// What to check.
    pub label: String,
    /// The kind of answer.
    pub kind: ChecklistKind,
    /// For a number: its unit.
    pub unit: Option<String>,
    /// For a number: the least accepted value.
    pub min: Option<f64>,
    /// For a number: the greatest accepted value.
    pub max: Option<f64>,
}

impl From<ChecklistTemplateItem> for ChecklistTemplateItemView {
    fn from(i: ChecklistTemplateItem) -> Self {
        Self {
            label: i.label,
            kind: i.kind.into(),
            unit: i.unit,
            min: i.min,
            max: i.max,
        }
    }
}

/// One due date of a schedule.
#[derive(SimpleObject)]
pub struct UpkeepOccurrence {
    /// Identifies the occurrence.
    pub id: ID,
    /// The day it is due.
    pub due_on: Day,
    /// Where it stands.
    pub status: OccurrenceStatus,
    /// The work order it opened.
    pub work_order_id: Option<ID>,
    /// Why it was skipped or missed.
    pub reason: Option<String>,
}

impl From<&occurrence::Model> for UpkeepOccurrence {
    fn from(o: &occurrence::Model) -> Self {
        Self {
            id: ids::of::<UpkeepOccurrenceId>(o.id),
            due_on: Day(o.due_on),
            status: o.status.into(),
            work_order_id: o.work_order_id.map(ids::of::<WorkOrderId>),
            reason: o.reason.clone(),
        }
    }
}

pub struct UpkeepSchedule {
    pub model: schedule::Model,
}

/// Preventive upkeep of an asset or a cluster, repeating by an RFC 5545 rule anchored on a
/// fixed start date, or by an interval counted from the last completion (operators).
#[Object]
impl UpkeepSchedule {
    /// Global ID.
    pub async fn id(&self) -> ID {
        ids::of::<UpkeepScheduleId>(self.model.id)
    }
    /// The cluster it belongs to.
    async fn cluster_id(&self) -> ID {
        ids::of::<ClusterId>(self.model.cluster_id)
    }
    /// The asset it keeps; null: the cluster as a whole.
    async fn asset_id(&self) -> Option<ID> {
        self.model.asset_id.map(ids::of::<AssetId>)
    }
    /// What is done, in a line.
    async fn title(&self) -> &str {
        &self.model.title
    }
    /// The checklist copied into each work order it opens.
    async fn checklist(&self) -> Vec<ChecklistTemplateItemView> {
        schedules::checklist_of(&self.model)
            .into_iter()
            .map(Into::into)
            .collect()
    }
    /// The RFC 5545 recurrence rule, e.g. `FREQ=MONTHLY;BYMONTHDAY=5`.
    async fn rule(&self) -> &str {
        &self.model.rule
    }
    /// The date the rule is anchored on (after the last completion: the first due date).
    async fn starts_on(&self) -> Day {
        Day(self.model.starts_on)
    }
    /// Whether its due dates are fixed or counted from the last completion.
    async fn anchor(&self) -> ScheduleAnchor {
        self.model.anchor.into()
    }
    /// Days before the due date its work order opens.
    async fn lead_days(&self) -> i32 {
        self.model.lead_days
    }
    /// Đồng each occurrence is expected to cost (it feeds the 12-month plan).
    async fn estimated_cost(&self) -> i64 {
        self.model.estimated_cost
    }
    /// Who pays the work orders it opens.
    async fn funding_source(&self) -> FundingSource {
        self.model.funding_source.into()
    }
    /// The account its costs are planned on.
    async fn account(&self) -> FundAccount {
        self.model.account.into()
    }
    /// Who its work orders are assigned to.
    async fn assignee_user_id(&self) -> Option<ID> {
        self.model.assignee_user_id.map(ids::of::<UserId>)
    }
    /// The legal basis, e.g. "TCVN 3890:2023, kiểm tra định kỳ".
    async fn legal_basis(&self) -> Option<&str> {
        self.model.legal_basis.as_deref()
    }
    /// False when paused: nothing is generated.
    async fn active(&self) -> bool {
        self.model.active
    }
    /// The compliance template it was made from (e.g. `FIRE_EQUIPMENT_MONTHLY`); null when
    /// made by hand.
    async fn template_key(&self) -> Option<&str> {
        self.model.template_key.as_deref()
    }
    /// The next due dates from today, at most `count` (up to 50). After the last completion
    /// they are a forecast: one interval apart from the newest occurrence, as if each were done
    /// on its due date.
    async fn next_dates(
        &self,
        ctx: &Context<'_>,
        #[graphql(default = 5)] count: u32,
    ) -> async_graphql::Result<Vec<Day>> {
        let latest = if self.model.anchor == crate::upkeep::ScheduleAnchor::AfterCompletion {
            let services = ctx.data::<Services>()?;
            let id = UpkeepScheduleId(self.model.id);
            schedules::occurrences(&services.db, &tenant(ctx)?, id)
                .await
                .gql()?
                .iter()
                .map(|o| o.due_on)
                .max()
        } else {
            None
        };
        let from = today();
        let dates = schedules::dates_of(
            &self.model,
            latest,
            from,
            from + chrono::Duration::days(3_660),
            count.min(50) as usize,
        )
        .gql()?;
        Ok(dates.into_iter().map(Day).collect())
    }
    /// Its occurrences generated so far, by due date.
    async fn occurrences(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<UpkeepOccurrence>> {
        let services = ctx.data::<Services>()?;
        let rows =
            schedules::occurrences(&services.db, &tenant(ctx)?, UpkeepScheduleId(self.model.id))
                .await
                .gql()?;
        Ok(rows.iter().map(UpkeepOccurrence::from).collect())
    }
}

impl NodeType for UpkeepSchedule {
    type Id = UpkeepScheduleId;

    async fn load(services: &Services, ctx: &TenantCtx, id: UpkeepScheduleId) -> AppResult<Self> {
        Ok(Self {
            model: schedules::get(&services.db, ctx, id).await?,
        })
    }
}
