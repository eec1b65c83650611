//! Tenants (operator and authority organisations), users, their memberships and roles, and
//! firms (the enterprises that lease plots; the estate issue grows them).

pub mod entities;
pub mod firms;
pub mod members;
pub mod tenants;
pub mod users;

use sea_orm::sea_query::StringLen;
use sea_orm::{DeriveActiveEnum, EnumIter};
use serde::{Deserialize, Serialize};

pub use crate::access::Role;
use crate::error::{AppError, AppResult};

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

/// A syntactically valid email address, trimmed and lower-cased.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Email(String);

impl Email {
    /// Parses `raw`, reporting a problem under `path`.
    pub fn parse(raw: &str, path: &str) -> AppResult<Self> {
        let value = raw.trim().to_lowercase();
        let valid = value.len() <= 254
            && value.parse::<lettre::Address>().is_ok_and(|address| {
                address.domain().contains('.') || address.domain() == "localhost"
            });
        if valid {
            Ok(Self(value))
        } else {
            Err(AppError::invalid(path, "enter a valid email address"))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Email {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// A required, trimmed, non-empty piece of text of bounded length.
pub fn required_text(raw: &str, path: &str, max_chars: usize) -> AppResult<String> {
    let value = raw.trim();
    if value.is_empty() {
        return Err(AppError::invalid(path, "this field is required"));
    }
    if value.chars().count() > max_chars {
        return Err(AppError::invalid(
            path,
            format!("use at most {max_chars} characters"),
        ));
    }
    Ok(value.to_owned())
}
