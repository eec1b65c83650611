//! Upkeep inputs, and their parsing into the domain's.

use async_graphql::{ID, InputObject};

use crate::error::{AppResult, Problems, reason};
use crate::graphql::ids;
use crate::graphql::maintenance::enums::FundingSource;
use crate::graphql::scalars::Day;
use crate::graphql::upkeep::types::{
    AssetCategory, ChecklistKind, FundAccount, PermitKind, ScheduleAnchor,
};
use crate::ids::{AssetId, ClusterId, PlotId, UserId};
use crate::upkeep::ChecklistTemplateItem;
use crate::upkeep::assets::{AssetInput, AssetRecord, PermitInput};
use crate::upkeep::schedules::{ScheduleInput, ScheduleRecord};

/// An asset of the upkeep register.
#[derive(InputObject)]
pub struct AssetFields {
    /// The cluster it belongs to.
    pub cluster_id: ID,
    /// The zone or larger work it belongs to, in the same cluster; null: the cluster.
    pub parent_id: Option<ID>,
    /// Its code, unique in the cluster (up to 40 characters).
    pub code: String,
    /// Its name.
    pub name: String,
    /// Its kind of infrastructure.
    pub category: AssetCategory,
    /// The plot it stands on, in the same cluster.
    pub plot_id: Option<ID>,
    /// Where it is, in words.
    pub location: Option<String>,
    /// How much of it (metres, lights, m³/day), 0 or more; needs `unit`.
    pub quantity: Option<i64>,
    /// The unit of the quantity.
    pub unit: Option<String>,
    /// The day it was commissioned.
    pub commissioned_on: Option<Day>,
    /// Its expected life, 1 to 200 years.
    pub expected_life_years: Option<i32>,
    /// Its condition, 1 (failed) to 5 (as new).
    pub condition: Option<i32>,
    /// What replacing it would cost, đồng (0 or more).
    pub replacement_value: Option<i64>,
    /// The day its warranty ends (not before commissioning).
    pub warranty_until: Option<Day>,
    /// Notes.
    pub notes: Option<String>,
}

impl AssetFields {
    /// The checked domain record: every problem at once, under `input.`.
    pub fn parse(self) -> AppResult<AssetRecord> {
        let mut problems = Problems::new();
        let cluster = problems.check(ids::decode::<ClusterId>(
            &self.cluster_id,
            "input.clusterId",
        ));
        let parent = self
            .parent_id
            .as_ref()
            .and_then(|id| problems.check(ids::decode::<AssetId>(id, "input.parentId")));
        let plot = self
            .plot_id
            .as_ref()
            .and_then(|id| problems.check(ids::decode::<PlotId>(id, "input.plotId")));
        let input = cluster.map(|cluster_id| AssetInput {
            cluster_id,
            parent_id: parent,
            code: self.code,
            name: self.name,
            category: self.category.into(),
            plot_id: plot,
            location: self.location,
            quantity: self.quantity,
            unit: self.unit,
            commissioned_on: self.commissioned_on.map(|d| d.0),
            expected_life_years: self.expected_life_years,
            condition: self.condition,
            replacement_value: self.replacement_value,
            warranty_until: self.warranty_until.map(|d| d.0),
            notes: self.notes,
        });
        let record = input.and_then(|i| problems.check(AssetRecord::parse(i, "input")));
        problems.finish()?;
        record.ok_or_else(|| {
            crate::error::AppError::invalid("input", reason!("no_asset", "no asset"))
        })
    }
}

/// A permit of an asset.
#[derive(InputObject)]
pub struct PermitFields {
    /// The asset.
    pub asset_id: ID,
    /// What it allows.
    pub kind: PermitKind,
    /// Its number.
    pub number: String,
    /// Who issued it.
    pub issuer: Option<String>,
    /// The day it was issued.
    pub issued_on: Day,
    /// The day it expires (not before it was issued); null when it does not.
    pub expires_on: Option<Day>,
}

impl PermitFields {
    /// The asset and the domain input.
    pub fn parse(self) -> AppResult<(AssetId, PermitInput)> {
        let asset = ids::decode::<AssetId>(&self.asset_id, "input.assetId")?;
        Ok((
            asset,
            PermitInput {
                kind: self.kind.into(),
                number: self.number,
                issuer: self.issuer,
                issued_on: self.issued_on.0,
                expires_on: self.expires_on.map(|d| d.0),
            },
        ))
    }
}

/// One item of a checklist template.
#[derive(InputObject)]
pub struct ChecklistTemplateItemFields {
    /// What to check.
    pub label: String,
    /// The kind of answer.
    pub kind: ChecklistKind,
    /// For a number: its unit (required).
    pub unit: Option<String>,
    /// For a number: the least accepted value.
    pub min: Option<f64>,
    /// For a number: the greatest accepted value.
    pub max: Option<f64>,
}

/// A preventive schedule.
#[derive(InputObject)]
pub struct ScheduleFields {
    /// The cluster; the asset's when omitted.
    pub cluster_id: Option<ID>,
    /// The asset it keeps; null: the cluster as a whole.
    pub asset_id: Option<ID>,
    /// What is done, in a line.
    pub title: String,
    /// The checklist copied into each work order.
    #[graphql(default)]
    pub checklist: Vec<ChecklistTemplateItemFields>,
    /// An RFC 5545 rule, at most daily, e.g. `FREQ=MONTHLY;BYMONTHDAY=5`.
    pub rule: String,
    /// The date the rule is anchored on; after the last completion, the first due date.
    pub starts_on: Day,
    /// FIXED when omitted. AFTER_COMPLETION needs an interval-only rule (FREQ and INTERVAL):
    /// another is VALIDATION on `input.rule`.
    pub anchor: Option<ScheduleAnchor>,
    /// Days before the due date its work order opens (not more than the days between two
    /// occurrences).
    #[graphql(default)]
    pub lead_days: i32,
    /// Đồng each occurrence is expected to cost.
    #[graphql(default)]
    pub estimated_cost: i64,
    /// Who pays the work orders; FUND when omitted.
    pub funding_source: Option<FundingSource>,
    /// The account its costs are planned on; the maintenance fund when omitted.
    pub account: Option<FundAccount>,
    /// Who its work orders are assigned to (one of the operator's staff).
    pub assignee_user_id: Option<ID>,
    /// The legal basis.
    pub legal_basis: Option<String>,
    /// False to pause it; true when omitted.
    pub active: Option<bool>,
}

impl ScheduleFields {
    /// The checked domain record: every problem at once, under `input.`.
    pub fn parse(self) -> AppResult<ScheduleRecord> {
        let mut problems = Problems::new();
        let cluster_id = self
            .cluster_id
            .as_ref()
            .and_then(|id| problems.check(ids::decode::<ClusterId>(id, "input.clusterId")));
        let asset_id = self
            .asset_id
            .as_ref()
            .and_then(|id| problems.check(ids::decode::<AssetId>(id, "input.assetId")));
        let assignee = self
            .assignee_user_id
            .as_ref()
            .and_then(|id| problems.check(ids::decode::<UserId>(id, "input.assigneeUserId")));
        problems.finish()?;
        ScheduleRecord::parse(ScheduleInput {
            cluster_id,
            asset_id,
            title: self.title,
            checklist: self
                .checklist
                .into_iter()
                .map(|i| ChecklistTemplateItem {
                    label: i.label,
                    kind: i.kind.into(),
                    unit: i.unit,
                    min: i.min,
                    max: i.max,
                })
                .collect(),
            rule: self.rule,
            starts_on: self.starts_on.0,
            lead_days: self.lead_days,
            estimated_cost: self.estimated_cost,
            funding_source: self
                .funding_source
                .map(Into::into)
                .unwrap_or(crate::maintenance::FundingSource::Fund),
            account: self
                .account
                .map(Into::into)
                .unwrap_or(crate::receivables::FundAccount::MaintenanceFund),
            assignee_user_id: assignee,
            legal_basis: self.legal_basis,
            active: self.active.unwrap_or(true),
            anchor: self
                .anchor
                .map(Into::into)
                .unwrap_or(crate::upkeep::ScheduleAnchor::Fixed),
        })
    }
}

/// A photo answering a checklist item of kind PHOTO, sent as a GraphQL multipart request.
#[derive(InputObject)]
pub struct AnswerChecklistPhotoInput {
    /// The checklist item (of kind PHOTO, on an open inspection).
    pub item_id: ID,
    /// The photo: JPEG, PNG or WebP, at most 10 MB. It is stored re-encoded, without its EXIF
    /// data, with a thumbnail.
    pub photo: async_graphql::Upload,
    /// The verdict: false when the picture shows a problem (a photo gives none by itself).
    pub passed: Option<bool>,
    /// Open a corrective work order (only with `passed: false`; VALIDATION otherwise).
    #[graphql(default)]
    pub open_corrective: bool,
}

/// An answer to a checklist item of an inspection.
#[derive(InputObject)]
pub struct AnswerChecklistItemInput {
    /// The checklist item (one copied from a schedule, with a kind).
    pub item_id: ID,
    /// YES or NO, PASS or FAIL, a number (within its accepted range to pass), or text.
    pub answer: String,
    /// The verdict; for pass/fail and numbers it follows from the answer when omitted. A number
    /// outside its range marked as passing is VALIDATION on `input.passed`.
    pub passed: Option<bool>,
    /// Open a corrective work order for a failed answer (VALIDATION otherwise).
    #[graphql(default)]
    pub open_corrective: bool,
}
