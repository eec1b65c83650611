//! Clusters, plots, leases, occupancy and the province view in the API.

pub mod mutations;
pub mod queries;
pub mod types;
