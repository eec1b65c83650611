//! What the province's authority sees of upkeep, per cluster: the wastewater plant in the
//! register (capacity, discharge permit expiry), the newest effluent result and whether it met
//! the permit, the open P1 work orders, and upkeep done against plan over the last 12 months.
//! Counts, dates and verdicts only: no money, no firm, no title.

use std::collections::HashMap;

use chrono::{Duration, NaiveDate};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

use crate::access::TenantCtx;
use crate::db::Db;
use crate::error::AppResult;
use crate::estate::occupancy::province_operators;
use crate::maintenance::entities::work_order;
use crate::maintenance::{Priority, WorkOrderStatus};
use crate::upkeep::effluent::{in_force, is_plant, newest_per_plant};
use crate::upkeep::entities::{asset, asset_permit, effluent_sample, occurrence, schedule};
use crate::upkeep::{AssetCategory, OccurrenceStatus, PermitKind};

/// One cluster's upkeep figures.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ClusterUpkeep {
    /// A plant is in the register.
    pub plant_registered: bool,
    /// The register's plants' design capacity, m³/day.
    pub capacity_m3_day: Option<i64>,
    /// When the plants' discharge permit in force expires (the earliest, if several); of the
    /// newest one when none is in force.
    pub permit_expires_on: Option<NaiveDate>,
    /// The day of the newest effluent sample of any plant.
    pub last_sample_on: Option<NaiveDate>,
    /// Whether every plant's newest sample met its permit; none without samples.
    pub last_sample_compliant: Option<bool>,
    /// P1 work orders not yet done, verified or cancelled.
    pub open_p1: i64,
    /// Occurrences due in the 12 months up to the day (skipped ones excepted).
    pub occurrences_due: i64,
    /// Of those, the ones whose work order was done or verified.
    pub occurrences_done: i64,
}

/// Upkeep figures of every operator's cluster in the authority's province on `on`, by
/// cluster (authority viewers; FORBIDDEN for others).
pub async fn province(
    db: &Db,
    ctx: &TenantCtx,
    on: NaiveDate,
) -> AppResult<HashMap<Uuid, ClusterUpkeep>> {
    let (_, operators) = province_operators(db, ctx).await?;
    let tenants: Vec<Uuid> = operators.keys().copied().collect();
    let mut out: HashMap<Uuid, ClusterUpkeep> = HashMap::new();
    if tenants.is_empty() {
        return Ok(out);
    }
    // System read: the province view spans operators by design, and returns figures only.
    let txn = db.system().await?;
    let conn = txn.conn();
    let plants: Vec<asset::Model> = asset::Entity::find()
        .filter(asset::Column::TenantId.is_in(tenants.iter().copied()))
        .filter(asset::Column::Category.eq(AssetCategory::Wastewater))
        .all(conn)
        .await?
        .into_iter()
        .filter(is_plant)
        .collect();
    let mut permits: HashMap<Uuid, Vec<asset_permit::Model>> = HashMap::new();
    if !plants.is_empty() {
        for p in asset_permit::Entity::find()
            .filter(asset_permit::Column::AssetId.is_in(plants.iter().map(|a| a.id)))
            .filter(asset_permit::Column::Kind.eq(PermitKind::Discharge))
            .all(conn)
            .await?
        {
            permits.entry(p.asset_id).or_default().push(p);
        }
    }
    for plant in &plants {
        let row = out.entry(plant.cluster_id).or_default();
        row.plant_registered = true;
        if let Some(q) = plant.quantity {
            row.capacity_m3_day = Some(row.capacity_m3_day.unwrap_or(0) + q);
        }
        let own = permits.get(&plant.id).map(Vec::as_slice).unwrap_or(&[]);
        let expiry = match in_force(own, on) {
            Some(p) => p.expires_on,
            None => own
                .iter()
                .max_by_key(|p| p.issued_on)
                .and_then(|p| p.expires_on),
        };
        if let Some(e) = expiry {
            row.permit_expires_on = Some(row.permit_expires_on.map_or(e, |x| x.min(e)));
        }
    }
    let samples = effluent_sample::Entity::find()
        .filter(effluent_sample::Column::TenantId.is_in(tenants.iter().copied()))
        .filter(effluent_sample::Column::SampledOn.lte(on))
        .order_by_desc(effluent_sample::Column::SampledOn)
        .order_by_desc(effluent_sample::Column::CreatedAt)
        .all(conn)
        .await?;
    for s in newest_per_plant(samples).into_values() {
        let row = out.entry(s.cluster_id).or_default();
        row.last_sample_on = Some(
            row.last_sample_on
                .map_or(s.sampled_on, |d| d.max(s.sampled_on)),
        );
        row.last_sample_compliant = Some(row.last_sample_compliant.unwrap_or(true) && s.compliant);
    }
    let open = [
        WorkOrderStatus::Open,
        WorkOrderStatus::InProgress,
        WorkOrderStatus::OnHold,
    ];
    for w in work_order::Entity::find()
        .filter(work_order::Column::TenantId.is_in(tenants.iter().copied()))
        .filter(work_order::Column::Priority.eq(Priority::P1))
        .filter(work_order::Column::Status.is_in(open))
        .all(conn)
        .await?
    {
        if let Some(cluster) = w.cluster_id {
            out.entry(cluster).or_default().open_p1 += 1;
        }
    }
    let schedules: HashMap<Uuid, Uuid> = schedule::Entity::find()
        .filter(schedule::Column::TenantId.is_in(tenants.iter().copied()))
        .all(conn)
        .await?
        .into_iter()
        .map(|s| (s.id, s.cluster_id))
        .collect();
    let due = occurrence::Entity::find()
        .filter(occurrence::Column::TenantId.is_in(tenants.iter().copied()))
        .filter(occurrence::Column::DueOn.gt(on - Duration::days(365)))
        .filter(occurrence::Column::DueOn.lte(on))
        .filter(occurrence::Column::Status.ne(OccurrenceStatus::Skipped))
        .all(conn)
        .await?;
    let orders: Vec<Uuid> = due.iter().filter_map(|o| o.work_order_id).collect();
    let finished: std::collections::HashSet<Uuid> = if orders.is_empty() {
        Default::default()
    } else {
        work_order::Entity::find()
            .filter(work_order::Column::Id.is_in(orders))
            .filter(
                work_order::Column::Status
                    .is_in([WorkOrderStatus::Done, WorkOrderStatus::Verified]),
            )
            .all(conn)
            .await?
            .into_iter()
            .map(|w| w.id)
            .collect()
    };
    txn.commit().await?;
    for o in due {
        let Some(cluster) = schedules.get(&o.schedule_id) else {
            continue;
        };
        let row = out.entry(*cluster).or_default();
        row.occurrences_due += 1;
        if o.work_order_id.is_some_and(|w| finished.contains(&w)) {
            row.occurrences_done += 1;
        }
    }
    Ok(out)
}
