//! Effluent against the discharge permit. The operator enters, on the discharge permit of a
//! wastewater plant, the limit of each parameter (pH 5.5–9, COD at most 75 mg/l, …); each
//! sampling result of the plant is judged against the limits of the permit in force on the day
//! it was sampled. A value beyond its limit makes the result not compliant, which flags the
//! plant's cluster until a later result is compliant, and opens one P1 work order on the
//! plant in the same transaction.
//!
//! The limits are rows (one per permit and parameter, unique in the database, each under the
//! tenant's row-level security) because samples are checked against them one parameter at a
//! time and the permit's set is replaced as a whole. The measured values are a JSON snapshot on
//! the sample (value and the limit that judged it), because they are only read with their
//! sample and must not change when a permit's limits are edited later.

use std::collections::{HashMap, HashSet};

use chrono::{NaiveDate, Utc};
use sea_orm::{ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter, QueryOrder};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::access::{Policy, TenantCtx};
use crate::audit;
use crate::db::{Db, TenantTxn};
use crate::error::{AppError, AppResult, Problems, reason};
use crate::ids::{AssetId, AssetPermitId, ClusterId};
use crate::maintenance::entities::work_order;
use crate::maintenance::work_orders::append_event;
use crate::maintenance::{EventReason, Priority, Why};
use crate::upkeep::entities::{asset, asset_permit, discharge_limit, effluent_sample};
use crate::upkeep::inspections::within;
use crate::upkeep::{AssetCategory, PermitKind};
use crate::values::{check_day, required_text, today};

/// Whether an asset is a treatment plant: a wastewater work counted in m³ per day (the
/// collection network, counted in metres, is not).
pub fn is_plant(a: &asset::Model) -> bool {
    a.category == AssetCategory::Wastewater
        && a.unit.as_deref().is_some_and(|u| {
            let u = u.trim().to_lowercase();
            u.starts_with("m³/") || u.starts_with("m3/")
        })
}

/// One limit as typed.
#[derive(Clone, Debug)]
pub struct LimitInput {
    pub code: String,
    pub name: String,
    pub unit: Option<String>,
    pub min: Option<f64>,
    pub max: Option<f64>,
}

/// A checked limit.
#[derive(Clone, Debug, PartialEq)]
pub struct Limit {
    pub code: String,
    pub name: String,
    pub unit: Option<String>,
    pub min: Option<f64>,
    pub max: Option<f64>,
}

/// A parameter's code as compared: trimmed, upper case (`cod` and `COD` are one parameter).
fn code_key(raw: &str) -> String {
    raw.trim().to_uppercase()
}

/// Checks a permit's limits (paths `input.limits.{i}.…`): every problem at once. A limit
/// needs a code unique in the list, a name, and a minimum or a maximum, the minimum not above
/// the maximum.
pub fn parse_limits(input: Vec<LimitInput>) -> AppResult<Vec<Limit>> {
    let mut problems = Problems::new();
    let mut seen = HashSet::new();
    let mut out = Vec::with_capacity(input.len());
    if input.len() > 50 {
        problems.add(
            "input.limits",
            reason!("most_parameters", "at most 50 parameters"),
        );
    }
    for (i, l) in input.into_iter().enumerate() {
        let at = |f: &str| format!("input.limits.{i}.{f}");
        let code = problems.check(required_text(&l.code, &at("code"), 20).map(|c| code_key(&c)));
        if let Some(c) = &code
            && !seen.insert(c.clone())
        {
            problems.add(
                at("code"),
                reason!(
                    "parameter_already_list",
                    "this parameter is already in the list"
                ),
            );
        }
        let name = problems.check(required_text(&l.name, &at("name"), 100));
        let unit = l
            .unit
            .map(|u| u.trim().to_owned())
            .filter(|u| !u.is_empty());
        if let Some(u) = &unit {
            problems.check(required_text(u, &at("unit"), 20));
        }
        for (v, f) in [(l.min, "min"), (l.max, "max")] {
            if v.is_some_and(|v| !v.is_finite()) {
                problems.add(at(f), reason!("a_number", "a number"));
            }
        }
        match (l.min, l.max) {
            (None, None) => problems.add(
                at("max"),
                reason!(
                    "give_maximum_minimum_both",
                    "give a maximum, a minimum or both"
                ),
            ),
            (Some(lo), Some(hi)) if lo > hi => problems.add(
                at("max"),
                reason!(
                    "maximum_below_minimum",
                    "the maximum must not be below the minimum"
                ),
            ),
            _ => {}
        }
        out.push(Limit {
            code: code.unwrap_or_default(),
            name: name.unwrap_or_default(),
            unit,
            min: l.min,
            max: l.max,
        });
    }
    problems.finish()?;
    Ok(out)
}

/// A discharge permit of a plant of the caller's tenant: NOT_FOUND when not visible,
/// VALIDATION on `input.permitId` when it is another kind or on another work.
async fn discharge_permit(
    txn: &TenantTxn,
    id: AssetPermitId,
) -> AppResult<(asset_permit::Model, asset::Model)> {
    let permit = txn
        .scoped_by_id::<asset_permit::Entity>(id)
        .one(txn.conn())
        .await?
        .ok_or(AppError::NotFound)?;
    let plant = txn
        .scoped_by_id::<asset::Entity>(permit.asset_id)
        .one(txn.conn())
        .await?
        .ok_or(AppError::NotFound)?;
    if permit.kind != PermitKind::Discharge || plant.category != AssetCategory::Wastewater {
        return Err(AppError::invalid(
            "input.permitId",
            reason!(
                "limits_belong_discharge_permit",
                "limits belong on the discharge permit of a wastewater plant"
            ),
        ));
    }
    Ok((permit, plant))
}

/// Replaces the limits of a discharge permit (operators). Another tenant's permit is
/// NOT_FOUND; a permit that is not a wastewater plant's discharge permit is VALIDATION.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn set_limits(
    db: &Db,
    ctx: &TenantCtx,
    permit: AssetPermitId,
    limits: Vec<Limit>,
) -> AppResult<Vec<discharge_limit::Model>> {
    ctx.require(Policy::ManageUpkeep)?;
    let txn = db.tenant(ctx, Policy::ManageUpkeep).await?;
    let (permit, _) = discharge_permit(&txn, permit).await?;
    let before = limits_of(&txn, &[permit.id]).await?.remove(&permit.id);
    discharge_limit::Entity::delete_many()
        .filter(discharge_limit::Column::TenantId.eq(txn.tenant_id().0))
        .filter(discharge_limit::Column::PermitId.eq(permit.id))
        .exec(txn.conn())
        .await?;
    let now = Utc::now();
    let rows: Vec<discharge_limit::Model> = limits
        .into_iter()
        .enumerate()
        .map(|(i, l)| discharge_limit::Model {
            id: Uuid::now_v7(),
            tenant_id: txn.tenant_id().0,
            created_at: now,
            permit_id: permit.id,
            position: i as i32 + 1,
            code: l.code,
            name: l.name,
            unit: l.unit,
            min_value: l.min,
            max_value: l.max,
        })
        .collect();
    if !rows.is_empty() {
        discharge_limit::Entity::insert_many(rows.iter().cloned().map(|r| r.into_active_model()))
            .exec_without_returning(txn.conn())
            .await?;
    }
    audit::record(
        &txn,
        ctx,
        "AssetPermit",
        permit.id,
        "limits set",
        Some(&before.unwrap_or_default()),
        Some(&rows),
    )
    .await?;
    txn.commit().await?;
    Ok(rows)
}

/// The limits of the given permits, by permit, in the permit's order.
pub async fn limits_of(
    txn: &TenantTxn,
    permits: &[Uuid],
) -> AppResult<HashMap<Uuid, Vec<discharge_limit::Model>>> {
    let mut out: HashMap<Uuid, Vec<discharge_limit::Model>> = HashMap::new();
    if permits.is_empty() {
        return Ok(out);
    }
    for l in txn
        .scoped::<discharge_limit::Entity>()
        .filter(discharge_limit::Column::PermitId.is_in(permits.iter().copied()))
        .order_by_asc(discharge_limit::Column::Position)
        .all(txn.conn())
        .await?
    {
        out.entry(l.permit_id).or_default().push(l);
    }
    Ok(out)
}

/// The limits of a permit (operators; NOT_FOUND when not visible).
pub async fn limits(
    db: &Db,
    ctx: &TenantCtx,
    permit: AssetPermitId,
) -> AppResult<Vec<discharge_limit::Model>> {
    let txn = db.lookup(ctx, Policy::ManageUpkeep).await?;
    let rows = limits_of(&txn, &[permit.0]).await?.remove(&permit.0);
    txn.commit().await?;
    Ok(rows.unwrap_or_default())
}

/// One measured value with the limit that judged it (stored on the sample as JSON).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Measured {
    pub code: String,
    pub name: String,
    pub unit: Option<String>,
    pub value: f64,
    pub min: Option<f64>,
    pub max: Option<f64>,
    /// Beyond the limit.
    pub over: bool,
}

/// A sampling result as typed.
#[derive(Clone, Debug)]
pub struct SampleInput {
    pub asset_id: AssetId,
    pub sampled_on: NaiveDate,
    pub report_number: String,
    /// (parameter code, measured value).
    pub values: Vec<(String, f64)>,
}

/// The permit in force on `day` among a plant's discharge permits: issued on or before it,
/// not expired before it; the latest issued wins.
pub fn in_force(permits: &[asset_permit::Model], day: NaiveDate) -> Option<&asset_permit::Model> {
    permits
        .iter()
        .filter(|p| p.kind == PermitKind::Discharge)
        .filter(|p| p.issued_on <= day && p.expires_on.is_none_or(|e| e >= day))
        .max_by_key(|p| (p.issued_on, p.created_at))
}

/// What recording a sample did.
#[derive(Clone, Debug)]
pub struct Recorded {
    pub sample: effluent_sample::Model,
    pub work_order: Option<work_order::Model>,
}

/// Records a sampling result of a plant (operators), judged against the limits of the
/// discharge permit in force on the day it was sampled. A value beyond its limit opens one P1
/// work order on the plant, in the same transaction. Another tenant's asset is NOT_FOUND; a
/// work that is not a plant, a plant without a discharge permit in force, a parameter the
/// permit does not limit and a date in the future are VALIDATION, and nothing is written.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn record(db: &Db, ctx: &TenantCtx, input: SampleInput) -> AppResult<Recorded> {
    ctx.require(Policy::ManageUpkeep)?;
    let mut problems = Problems::new();
    let report = problems.check(required_text(
        &input.report_number,
        "input.reportNumber",
        100,
    ));
    if problems
        .check(check_day(input.sampled_on, "input.sampledOn"))
        .is_some()
        && input.sampled_on > today()
    {
        problems.add(
            "input.sampledOn",
            reason!(
                "sample_dated_future",
                "a sample cannot be dated in the future"
            ),
        );
    }
    if input.values.is_empty() {
        problems.add(
            "input.values",
            reason!(
                "give_least_measured_value",
                "give at least one measured value"
            ),
        );
    }
    let mut seen = HashSet::new();
    for (i, (code, value)) in input.values.iter().enumerate() {
        if !value.is_finite() {
            problems.add(
                format!("input.values.{i}.value"),
                reason!("a_number", "a number"),
            );
        }
        if !seen.insert(code_key(code)) {
            problems.add(
                format!("input.values.{i}.code"),
                reason!(
                    "parameter_already_measured_above",
                    "this parameter is already measured above"
                ),
            );
        }
    }
    problems.finish()?;
    let txn = db.tenant(ctx, Policy::ManageUpkeep).await?;
    let plant = txn
        .scoped_by_id::<asset::Entity>(input.asset_id)
        .one(txn.conn())
        .await?
        .ok_or(AppError::NotFound)?;
    if !is_plant(&plant) {
        return Err(AppError::invalid(
            "input.assetId",
            reason!(
                "samples_recorded_wastewater_treatment",
                "samples are recorded for a wastewater treatment plant (counted in m³/day)"
            ),
        ));
    }
    let permits = txn
        .scoped::<asset_permit::Entity>()
        .filter(asset_permit::Column::AssetId.eq(plant.id))
        .filter(asset_permit::Column::Kind.eq(PermitKind::Discharge))
        .all(txn.conn())
        .await?;
    if permits.is_empty() {
        return Err(AppError::invalid(
            "input.assetId",
            reason!(
                "plant_discharge_permit_judge",
                "the plant has no discharge permit to judge a sample by"
            ),
        ));
    }
    let Some(permit) = in_force(&permits, input.sampled_on) else {
        return Err(AppError::invalid(
            "input.sampledOn",
            reason!(
                "discharge_permit_plant_force",
                "no discharge permit of the plant was in force on that day"
            ),
        ));
    };
    let limits: HashMap<String, discharge_limit::Model> = limits_of(&txn, &[permit.id])
        .await?
        .remove(&permit.id)
        .unwrap_or_default()
        .into_iter()
        .map(|l| (code_key(&l.code), l))
        .collect();
    let mut problems = Problems::new();
    let mut measured = Vec::with_capacity(input.values.len());
    for (i, (code, value)) in input.values.iter().enumerate() {
        match limits.get(&code_key(code)) {
            None => problems.add(
                format!("input.values.{i}.code"),
                reason!(
                    "permit_sets_no_limit",
                    "permit {number} sets no limit for {parameter}",
                    number = permit.number,
                    parameter = code.trim()
                ),
            ),
            Some(l) => measured.push(Measured {
                code: l.code.clone(),
                name: l.name.clone(),
                unit: l.unit.clone(),
                value: *value,
                min: l.min_value,
                max: l.max_value,
                over: !within(*value, l.min_value, l.max_value),
            }),
        }
    }
    problems.finish()?;
    let compliant = measured.iter().all(|m| !m.over);
    let now = Utc::now();
    let work_order = if compliant {
        None
    } else {
        let over: Vec<String> = measured
            .iter()
            .filter(|m| m.over)
            .map(|m| {
                let unit = m
                    .unit
                    .as_deref()
                    .map(|u| format!(" {u}"))
                    .unwrap_or_default();
                let limit = match (m.min, m.max) {
                    (Some(lo), Some(hi)) => format!("{lo}–{hi}"),
                    (Some(lo), None) => format!("≥ {lo}"),
                    (None, Some(hi)) => format!("≤ {hi}"),
                    (None, None) => String::new(),
                };
                format!("{} = {}{unit} (giới hạn {limit})", m.name, m.value)
            })
            .collect();
        let wo = work_order::Model {
            cluster_id: Some(plant.cluster_id),
            asset_id: Some(plant.id),
            ..work_order::Model::opened(
                txn.tenant_id().0,
                Some(ctx.user_id().0),
                format!("Nước thải vượt giới hạn xả thải: {}", plant.name),
                format!(
                    "Mẫu ngày {} (phiếu {}), giấy phép {}: {}.",
                    input.sampled_on.format("%d/%m/%Y"),
                    report.clone().unwrap_or_default(),
                    permit.number,
                    over.join("; ")
                ),
                Priority::P1,
            )
        };
        work_order::Entity::insert(wo.clone().into_active_model())
            .exec_without_returning(txn.conn())
            .await?;
        append_event(
            &txn,
            ctx,
            &wo,
            None,
            Why::code(EventReason::EffluentOverLimit).detail(input.sampled_on),
        )
        .await?;
        audit::created(&txn, ctx, "WorkOrder", wo.id, &wo).await?;
        Some(wo)
    };
    let sample = effluent_sample::Model {
        id: Uuid::now_v7(),
        tenant_id: txn.tenant_id().0,
        created_at: now,
        asset_id: plant.id,
        cluster_id: plant.cluster_id,
        permit_id: permit.id,
        sampled_on: input.sampled_on,
        report_number: report.unwrap_or_default(),
        compliant,
        measured: serde_json::to_string(&measured).map_err(anyhow::Error::from)?,
        work_order_id: work_order.as_ref().map(|w| w.id),
        created_by: Some(ctx.user_id().0),
    };
    effluent_sample::Entity::insert(sample.clone().into_active_model())
        .exec_without_returning(txn.conn())
        .await?;
    audit::created(&txn, ctx, "EffluentSample", sample.id, &sample).await?;
    txn.commit().await?;
    Ok(Recorded { sample, work_order })
}

/// The values of a sample.
pub fn measured_of(s: &effluent_sample::Model) -> Vec<Measured> {
    serde_json::from_str(&s.measured).unwrap_or_default()
}

/// A plant's samples, newest first (operators; NOT_FOUND when the asset is not visible).
pub async fn samples(
    db: &Db,
    ctx: &TenantCtx,
    asset: AssetId,
) -> AppResult<Vec<effluent_sample::Model>> {
    let txn = db.lookup(ctx, Policy::ManageUpkeep).await?;
    let rows = txn
        .scoped::<effluent_sample::Entity>()
        .filter(effluent_sample::Column::AssetId.eq(asset))
        .order_by_desc(effluent_sample::Column::SampledOn)
        .order_by_desc(effluent_sample::Column::CreatedAt)
        .all(txn.conn())
        .await?;
    txn.commit().await?;
    Ok(rows)
}

/// The newest sample of each plant among `rows` (ordered newest first).
pub fn newest_per_plant(
    rows: impl IntoIterator<Item = effluent_sample::Model>,
) -> HashMap<Uuid, effluent_sample::Model> {
    let mut out = HashMap::new();
    for s in rows {
        out.entry(s.asset_id).or_insert(s);
    }
    out
}

/// The plants whose newest sample is over a limit, with their cluster: what flags a cluster.
/// One statement over the tenant's samples of the last two years (a plant unsampled for longer
/// has a bigger problem than a stale flag).
pub async fn flagged_plants(txn: &TenantTxn) -> AppResult<HashMap<Uuid, ClusterId>> {
    flagged_in(txn, None).await
}

/// [`flagged_plants`], of one cluster or of the whole tenant.
async fn flagged_in(
    txn: &TenantTxn,
    cluster: Option<ClusterId>,
) -> AppResult<HashMap<Uuid, ClusterId>> {
    let since = today() - chrono::Duration::days(730);
    let mut query = txn
        .scoped::<effluent_sample::Entity>()
        .filter(effluent_sample::Column::SampledOn.gte(since));
    if let Some(c) = cluster {
        query = query.filter(effluent_sample::Column::ClusterId.eq(c.0));
    }
    let rows = query
        .order_by_desc(effluent_sample::Column::SampledOn)
        .order_by_desc(effluent_sample::Column::CreatedAt)
        .all(txn.conn())
        .await?;
    Ok(newest_per_plant(rows)
        .into_values()
        .filter(|s| !s.compliant)
        .map(|s| (s.asset_id, ClusterId(s.cluster_id)))
        .collect())
}

/// Whether a cluster's newest effluent result of any plant is over a limit (operators).
pub async fn cluster_flagged(db: &Db, ctx: &TenantCtx, cluster: ClusterId) -> AppResult<bool> {
    let txn = db.lookup(ctx, Policy::ManageUpkeep).await?;
    let flagged = flagged_in(&txn, Some(cluster)).await?;
    txn.commit().await?;
    Ok(!flagged.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limit(code: &str, min: Option<f64>, max: Option<f64>) -> LimitInput {
        LimitInput {
            code: code.into(),
            name: code.into(),
            unit: None,
            min,
            max,
        }
    }

    fn paths(e: AppError) -> Vec<String> {
        match e {
            AppError::Validation(f) => f.into_iter().map(|f| f.path).collect(),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn limits_need_a_bound_in_order_and_unique_codes() {
        let ok = parse_limits(vec![
            limit("ph", Some(5.5), Some(9.0)),
            limit("COD", None, Some(75.0)),
        ])
        .unwrap();
        assert_eq!(ok[0].code, "PH");
        assert_eq!(
            paths(
                parse_limits(vec![
                    limit("PH", Some(9.0), Some(5.5)),
                    limit("ph", None, None)
                ])
                .unwrap_err()
            ),
            vec![
                "input.limits.0.max",
                "input.limits.1.code",
                "input.limits.1.max"
            ]
        );
    }

    #[test]
    fn a_value_is_beyond_outside_either_bound_only() {
        assert!(!within(9.5, Some(5.5), Some(9.0)));
        assert!(!within(5.0, Some(5.5), Some(9.0)));
        assert!(within(9.0, Some(5.5), Some(9.0)));
        assert!(within(75.0, None, Some(75.0)));
        assert!(!within(75.1, None, Some(75.0)));
    }

    #[test]
    fn the_permit_in_force_is_the_latest_issued_covering_the_day() {
        let d = |y, m| NaiveDate::from_ymd_opt(y, m, 1).unwrap();
        let permit = |issued, expires| asset_permit::Model {
            id: Uuid::now_v7(),
            tenant_id: Uuid::nil(),
            created_at: Utc::now(),
            asset_id: Uuid::nil(),
            kind: PermitKind::Discharge,
            number: String::new(),
            issuer: None,
            issued_on: issued,
            expires_on: expires,
        };
        let old = permit(d(2020, 1), Some(d(2025, 1)));
        let new = permit(d(2024, 6), None);
        let both = [old.clone(), new.clone()];
        assert_eq!(in_force(&both, d(2023, 1)).map(|p| p.id), Some(old.id));
        assert_eq!(in_force(&both, d(2024, 7)).map(|p| p.id), Some(new.id));
        assert_eq!(in_force(&both, d(2019, 1)), None);
    }
}
