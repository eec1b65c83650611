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
    /// The newest month (its first day) of metered wastewater in the three months up to the
    /// day; null when the firms' discharge is not metered.
    pub inflow_month: Option<Day>,
    /// The firms' metered wastewater over that month, per day (m³/day): the plant's inflow.
    pub inflow_m3_per_day: Option<i64>,
    /// That inflow over the plants' capacity (the register's, else the cluster's declared
    /// one), in basis points (10,000 = the plant is full); null without both.
    pub inflow_of_capacity_bp: Option<i64>,
    /// P1 (urgent) work orders not yet done, verified or cancelled.
    pub open_p1_work_orders: i32,
    /// Upkeep occurrences due in the last 12 months (skipped ones excepted).
    pub occurrences_due: i32,
    /// Of those, the ones whose work order was done or verified.
    pub occurrences_done: i32,
    /// Done against due, in basis points (10,000 = all); null when nothing was due.
    pub done_rate_bp: Option<i64>,
}

impl ProvinceUpkeep {
    /// The figures of `u`, with `declared_capacity` (the cluster's own record of its plant)
    /// standing in for the register's capacity when no plant is registered.
    pub fn new(u: &ClusterUpkeep, declared_capacity: Option<i64>) -> Self {
        let count = |n: i64| i32::try_from(n).unwrap_or(i32::MAX);
        Self {
            plant_registered: u.plant_registered,
            capacity_m3_per_day: u.capacity_m3_day,
            discharge_permit_expires_on: u.permit_expires_on.map(Day),
            last_sample_on: u.last_sample_on.map(Day),
            last_sample_compliant: u.last_sample_compliant,
            inflow_month: u.inflow.map(|(month, _)| Day(month)),
            inflow_m3_per_day: u.inflow.map(|(_, m3)| m3),
            inflow_of_capacity_bp: u
                .inflow
                .zip(u.capacity_m3_day.or(declared_capacity))
                .filter(|(_, capacity)| *capacity > 0)
                .map(|((_, m3), capacity)| (m3 * 10_000 + capacity / 2) / capacity),
            open_p1_work_orders: count(u.open_p1),
            occurrences_due: count(u.occurrences_due),
            occurrences_done: count(u.occurrences_done),
            done_rate_bp: (u.occurrences_due > 0)
                .then(|| (u.occurrences_done * 10_000 + u.occurrences_due / 2) / u.occurrences_due),
        }
    }
}
