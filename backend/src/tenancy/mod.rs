//! Tenants (operator and authority organisations), users, their memberships and roles, and
//! firms (the enterprises that lease plots; the estate issue grows them).

pub mod entities;
pub mod firms;
pub mod languages;
pub mod members;
pub mod tenants;
pub mod users;

use sea_orm::sea_query::StringLen;
use sea_orm::{DeriveActiveEnum, EnumIter};
use serde::{Deserialize, Serialize};

pub use crate::access::Role;

/// The kind of organisation a tenant is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, EnumIter, DeriveActiveEnum, Serialize, Deserialize)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum TenantKind {
    /// An infrastructure investor running one or more clusters.
    #[sea_orm(string_value = "OPERATOR")]
    Operator,
    /// A provincial authority that reads aggregate statistics.
    #[sea_orm(string_value = "AUTHORITY")]
    Authority,
}

/// The language a user reads the product and emails in.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, EnumIter, DeriveActiveEnum, Serialize, Deserialize, Default,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Locale {
    #[default]
    #[sea_orm(string_value = "vi")]
    Vi,
    #[sea_orm(string_value = "en")]
    En,
}

/// Where a firm's capital comes from (the province's rent support needs 100% domestic).
#[derive(Clone, Copy, Debug, PartialEq, Eq, EnumIter, DeriveActiveEnum, Serialize, Deserialize)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum CapitalOrigin {
    /// 100% domestic capital.
    #[sea_orm(string_value = "DOMESTIC")]
    Domestic,
    #[sea_orm(string_value = "FOREIGN")]
    Foreign,
    #[sea_orm(string_value = "JOINT_VENTURE")]
    JointVenture,
}

/// Whether a firm still operates in the cluster.
#[derive(Clone, Copy, Debug, PartialEq, Eq, EnumIter, DeriveActiveEnum, Serialize, Deserialize)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum FirmStatus {
    #[sea_orm(string_value = "ACTIVE")]
    Active,
    #[sea_orm(string_value = "INACTIVE")]
    Inactive,
}
