//! The estate: clusters, plots, leases, occupancy, and the province's aggregate view. Firms
//! (the lessees) live in [`crate::tenancy`] because memberships point at them.

pub mod clusters;
pub mod csv_files;
pub mod entities;
pub mod leases;
pub mod occupancy;
pub mod plots;

use sea_orm::sea_query::StringLen;
use sea_orm::{DeriveActiveEnum, EnumIter};
use serde::{Deserialize, Serialize};

/// Where a cluster is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq, EnumIter, DeriveActiveEnum, Serialize, Deserialize)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ClusterStatus {
    #[sea_orm(string_value = "PLANNED")]
    Planned,
    #[sea_orm(string_value = "UNDER_CONSTRUCTION")]
    UnderConstruction,
    #[sea_orm(string_value = "OPERATING")]
    Operating,
}

/// The state of a cluster's wastewater treatment plant.
#[derive(Clone, Copy, Debug, PartialEq, Eq, EnumIter, DeriveActiveEnum, Serialize, Deserialize)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum WwtpStatus {
    #[sea_orm(string_value = "OPERATING")]
    Operating,
    #[sea_orm(string_value = "UNDER_CONSTRUCTION")]
    UnderConstruction,
    /// No plant, although the rules require one: shown, never hidden.
    #[sea_orm(string_value = "NONE")]
    None,
}

/// How a lease's rent is paid.
#[derive(Clone, Copy, Debug, PartialEq, Eq, EnumIter, DeriveActiveEnum, Serialize, Deserialize)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum RentSchedule {
    #[sea_orm(string_value = "MONTHLY")]
    Monthly,
    #[sea_orm(string_value = "QUARTERLY")]
    Quarterly,
    #[sea_orm(string_value = "YEARLY")]
    Yearly,
    /// The whole term paid at the start.
    #[sea_orm(string_value = "UPFRONT")]
    Upfront,
}

/// Where a lease is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq, EnumIter, DeriveActiveEnum, Serialize, Deserialize)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum LeaseStatus {
    #[sea_orm(string_value = "DRAFT")]
    Draft,
    #[sea_orm(string_value = "ACTIVE")]
    Active,
    #[sea_orm(string_value = "TERMINATED")]
    Terminated,
    #[sea_orm(string_value = "EXPIRED")]
    Expired,
}
