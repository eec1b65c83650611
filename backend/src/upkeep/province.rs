//! What the province's authority sees of upkeep, per cluster: the wastewater plant in the
//! register (capacity, discharge permit expiry), the newest effluent result and whether it met
//! the permit, the inflow from the firms' metered wastewater against the plant's capacity, the
//! open P1 work orders, and upkeep done against plan over the last 12 months. Counts, volumes,
//! dates and verdicts only: no money, no firm, no title.

use std::collections::HashMap;

use chrono::{Duration, Months, NaiveDate};
use sea_orm::sea_query::{Expr, Query};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

use crate::access::TenantCtx;
use crate::billing::entities::meter_reading;
use crate::billing::money::{days_in_month, first_of_month};
use crate::db::Db;
use crate::error::AppResult;
use crate::estate::entities::lease;
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
    /// The newest month (its first day) with metered wastewater in the three months up to the
    /// day, and the firms' daily discharge over it, m³/day (the month's total ÷ its days).
    pub inflow: Option<(NaiveDate, i64)>,
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
    for (cluster, inflow) in inflows(conn, &tenants, on).await? {
        out.entry(cluster).or_default().inflow = Some(inflow);
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

/// Per cluster, the newest month with metered wastewater among the three up to `on`, and the
/// firms' mean daily discharge over it (current readings only: a corrected one counts once).
async fn inflows(
    conn: &impl ConnectionTrait,
    tenants: &[Uuid],
    on: NaiveDate,
) -> AppResult<HashMap<Uuid, (NaiveDate, i64)>> {
    use sea_orm::sea_query::ExprTrait;
    let first = first_of_month(on) - Months::new(3);
    let monthly = Query::select()
        .expr_as(
            Expr::col((lease::Entity, lease::Column::ClusterId)),
            "cluster_id",
        )
        .expr_as(
            Expr::col((meter_reading::Entity, meter_reading::Column::Period)),
            "period",
        )
        .expr_as(
            Expr::col((meter_reading::Entity, meter_reading::Column::ConsumptionM3))
                .sum()
                .cast_as("BIGINT"),
            "m3",
        )
        .from(meter_reading::Entity)
        .inner_join(
            lease::Entity,
            Expr::col((lease::Entity, lease::Column::Id))
                .equals((meter_reading::Entity, meter_reading::Column::LeaseId)),
        )
        .and_where(
            Expr::col((meter_reading::Entity, meter_reading::Column::TenantId))
                .is_in(tenants.iter().copied()),
        )
        .and_where(
            Expr::col((meter_reading::Entity, meter_reading::Column::SupersededAt)).is_null(),
        )
        .and_where(Expr::col((meter_reading::Entity, meter_reading::Column::Period)).gte(first))
        .and_where(Expr::col((meter_reading::Entity, meter_reading::Column::Period)).lte(on))
        .group_by_col((lease::Entity, lease::Column::ClusterId))
        .group_by_col((meter_reading::Entity, meter_reading::Column::Period))
        .to_owned();
    let mut out: HashMap<Uuid, (NaiveDate, i64)> = HashMap::new();
    for row in conn.query_all(&monthly).await? {
        let cluster: Uuid = row.try_get("", "cluster_id")?;
        let period: NaiveDate = row.try_get("", "period")?;
        let m3: i64 = row.try_get("", "m3")?;
        if out.get(&cluster).is_none_or(|(newest, _)| *newest < period) {
            let days = days_in_month(period);
            out.insert(cluster, (period, (m3 + days / 2) / days));
        }
    }
    Ok(out)
}
