//! Effluent against the discharge permit: a permit's limits per parameter, a plant's sampling
//! results, and the mutations that set the one and record the other.

use async_graphql::{Context, ID, InputObject, Object, SimpleObject};

use crate::error::AppResult;
use crate::graphql::Services;
use crate::graphql::context::tenant;
use crate::graphql::errors::GqlResult;
use crate::graphql::ids;
use crate::graphql::scalars::Day;
use crate::ids::{AssetId, AssetPermitId, EffluentSampleId, WorkOrderId};
use crate::upkeep::effluent::{self, LimitInput, SampleInput};
use crate::upkeep::entities::{discharge_limit, effluent_sample};

/// What a discharge permit allows of one parameter of the treated wastewater.
#[derive(SimpleObject, Clone)]
pub struct DischargeLimit {
    /// The parameter's short code, upper case (`PH`, `COD`, `BOD5`, `TSS`, `NH4`).
    pub code: String,
    /// Its name, e.g. "Nhu cầu oxy hóa học (COD)".
    pub name: String,
    /// Its unit, e.g. mg/l, MPN/100ml; none for pH.
    pub unit: Option<String>,
    /// The least allowed value; null: no lower limit.
    pub min: Option<f64>,
    /// The greatest allowed value; null: no upper limit.
    pub max: Option<f64>,
}

impl From<&discharge_limit::Model> for DischargeLimit {
    fn from(l: &discharge_limit::Model) -> Self {
        Self {
            code: l.code.clone(),
            name: l.name.clone(),
            unit: l.unit.clone(),
            min: l.min_value,
            max: l.max_value,
        }
    }
}

/// One measured value of a sample, with the limit that judged it.
#[derive(SimpleObject)]
pub struct EffluentValue {
    /// The parameter's code.
    pub code: String,
    /// The parameter's name.
    pub name: String,
    /// Its unit.
    pub unit: Option<String>,
    /// What the laboratory measured.
    pub value: f64,
    /// The permit's least allowed value on the sampling day.
    pub min: Option<f64>,
    /// The permit's greatest allowed value on the sampling day.
    pub max: Option<f64>,
    /// True when the value is beyond the limit.
    pub over: bool,
}

/// A sampling result of a wastewater plant, judged against the discharge permit in force on
/// the day it was sampled.
#[derive(SimpleObject)]
pub struct EffluentSample {
    /// Identifies the result.
    pub id: ID,
    /// The plant.
    pub asset_id: ID,
    /// The day the sample was taken.
    pub sampled_on: Day,
    /// The laboratory's report number.
    pub report_number: String,
    /// False when any value is beyond its limit.
    pub compliant: bool,
    /// The measured values, in the permit's order.
    pub values: Vec<EffluentValue>,
    /// The P1 work order an over-limit result opened.
    pub work_order_id: Option<ID>,
}

impl From<&effluent_sample::Model> for EffluentSample {
    fn from(s: &effluent_sample::Model) -> Self {
        Self {
            id: ids::of::<EffluentSampleId>(s.id),
            asset_id: ids::of::<AssetId>(s.asset_id),
            sampled_on: Day(s.sampled_on),
            report_number: s.report_number.clone(),
            compliant: s.compliant,
            values: effluent::measured_of(s)
                .into_iter()
                .map(|m| EffluentValue {
                    code: m.code,
                    name: m.name,
                    unit: m.unit,
                    value: m.value,
                    min: m.min,
                    max: m.max,
                    over: m.over,
                })
                .collect(),
            work_order_id: s.work_order_id.map(ids::of::<WorkOrderId>),
        }
    }
}

/// One limit of a discharge permit.
#[derive(InputObject)]
pub struct DischargeLimitFields {
    /// The parameter's short code (`PH`, `COD`, …), unique in the list; compared ignoring case.
    pub code: String,
    /// Its name.
    pub name: String,
    /// Its unit (mg/l, MPN/100ml); empty for pH.
    pub unit: Option<String>,
    /// The least allowed value (pH has one).
    pub min: Option<f64>,
    /// The greatest allowed value; at least one of min and max, min not above max.
    pub max: Option<f64>,
}

/// The limits of a discharge permit, replacing those it had.
#[derive(InputObject)]
pub struct DischargeLimitsFields {
    /// The discharge permit of a wastewater plant.
    pub permit_id: ID,
    /// Every limit, in the order to show them.
    pub limits: Vec<DischargeLimitFields>,
}

/// One measured value.
#[derive(InputObject)]
pub struct EffluentValueFields {
    /// The parameter's code, as the permit names it.
    pub code: String,
    /// What the laboratory measured.
    pub value: f64,
}

/// A sampling result of a plant.
#[derive(InputObject)]
pub struct EffluentSampleFields {
    /// The plant (a wastewater asset counted in m³/day, with a discharge permit).
    pub asset_id: ID,
    /// The day the sample was taken (not in the future).
    pub sampled_on: Day,
    /// The laboratory's report number.
    pub report_number: String,
    /// The measured values, each of a parameter the permit limits.
    pub values: Vec<EffluentValueFields>,
}

impl EffluentSampleFields {
    fn parse(self) -> AppResult<SampleInput> {
        Ok(SampleInput {
            asset_id: ids::decode::<AssetId>(&self.asset_id, "input.assetId")?,
            sampled_on: self.sampled_on.0,
            report_number: self.report_number,
            values: self.values.into_iter().map(|v| (v.code, v.value)).collect(),
        })
    }
}

/// What recording a sample did.
#[derive(SimpleObject)]
pub struct RecordEffluentSamplePayload {
    /// The result, judged.
    pub sample: EffluentSample,
    /// The P1 work order it opened when over a limit.
    pub work_order_id: Option<ID>,
}

#[derive(Default)]
pub struct EffluentMutations;

#[Object]
impl EffluentMutations {
    /// Sets the limits of a plant's discharge permit, replacing those it had (operators).
    /// Another tenant's permit is NOT_FOUND; a permit that is not a wastewater plant's
    /// discharge permit is VALIDATION on `input.permitId`; a minimum above the maximum is
    /// VALIDATION on `input.limits.{i}.max`.
    async fn set_discharge_limits(
        &self,
        ctx: &Context<'_>,
        input: DischargeLimitsFields,
    ) -> async_graphql::Result<Vec<DischargeLimit>> {
        let services = ctx.data::<Services>()?;
        let permit = ids::decode::<AssetPermitId>(&input.permit_id, "input.permitId").gql()?;
        let limits = effluent::parse_limits(
            input
                .limits
                .into_iter()
                .map(|l| LimitInput {
                    code: l.code,
                    name: l.name,
                    unit: l.unit,
                    min: l.min,
                    max: l.max,
                })
                .collect(),
        )
        .gql()?;
        let rows = effluent::set_limits(&services.db, &tenant(ctx)?, permit, limits)
            .await
            .gql()?;
        Ok(rows.iter().map(DischargeLimit::from).collect())
    }

    /// Records a sampling result of a plant, judged against the discharge permit in force on
    /// the sampling day (operators). A value beyond its limit flags the cluster and opens one
    /// P1 work order on the plant. Another tenant's asset is NOT_FOUND; a work that is not a
    /// plant or has no discharge permit (`input.assetId`), no permit in force or a date in the
    /// future (`input.sampledOn`), a parameter the permit does not limit
    /// (`input.values.{i}.code`) are VALIDATION.
    async fn record_effluent_sample(
        &self,
        ctx: &Context<'_>,
        input: EffluentSampleFields,
    ) -> async_graphql::Result<RecordEffluentSamplePayload> {
        let services = ctx.data::<Services>()?;
        let input = input.parse().gql()?;
        let done = effluent::record(&services.db, &tenant(ctx)?, input)
            .await
            .gql()?;
        Ok(RecordEffluentSamplePayload {
            sample: EffluentSample::from(&done.sample),
            work_order_id: done.work_order.map(|w| ids::of::<WorkOrderId>(w.id)),
        })
    }
}
