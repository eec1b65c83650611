//! The authority's view of a cluster's upkeep and effluent: figures only.

use async_graphql::SimpleObject;

use crate::graphql::scalars::Day;
use crate::upkeep::province::ClusterUpkeep;

/// A cluster's upkeep as the province's authority sees it: its plant in the register, the
/// newest effluent result against the discharge permit, urgent work open, and upkeep done
/// against plan. No money, no firm.
#[derive(SimpleObject, Clone, Default)]
pub struct ProvinceUpkeep {
    /// Whether the operator's register holds a wastewater treatment plant.
    pub plant_registered: bool,
    /// The registered plants' design capacity, m³/day.
    pub capacity_m3_per_day: Option<i64>,
    /// When the plant's discharge permit in force expires (the newest one's when none is).
    pub discharge_permit_expires_on: Option<Day>,
    /// The day of the newest effluent sample.
    pub last_sample_on: Option<Day>,
    /// Whether the newest sample of every plant met the discharge permit; null without any.
    pub last_sample_compliant: Option<bool>,
    /// P1 (urgent) work orders not yet done, verified or cancelled.
    pub open_p1_work_orders: i32,
    /// Upkeep occurrences due in the last 12 months (skipped ones excepted).
    pub occurrences_due: i32,
    /// Of those, the ones whose work order was done or verified.
    pub occurrences_done: i32,
    /// Done against due, in percent (0–100); null when nothing was due.
    pub done_percent: Option<f64>,
}

impl From<&ClusterUpkeep> for ProvinceUpkeep {
    fn from(u: &ClusterUpkeep) -> Self {
        let count = |n: i64| i32::try_from(n).unwrap_or(i32::MAX);
        Self {
            plant_registered: u.plant_registered,
            capacity_m3_per_day: u.capacity_m3_day,
            discharge_permit_expires_on: u.permit_expires_on.map(Day),
            last_sample_on: u.last_sample_on.map(Day),
            last_sample_compliant: u.last_sample_compliant,
            open_p1_work_orders: count(u.open_p1),
            occurrences_due: count(u.occurrences_due),
            occurrences_done: count(u.occurrences_done),
            done_percent: (u.occurrences_due > 0).then(|| {
                (u.occurrences_done as f64 * 1000.0 / u.occurrences_due as f64).round() / 10.0
            }),
        }
    }
}
