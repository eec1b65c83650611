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

use crate::error::{AppError, AppResult};

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

/// An area in whole square metres, strictly positive.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct AreaM2(i64);

impl AreaM2 {
    pub fn parse(value: i64, path: &str) -> AppResult<Self> {
        if value > 0 {
            Ok(Self(value))
        } else {
            Err(AppError::invalid(path, "the area must be more than 0 m²"))
        }
    }

    pub fn get(self) -> i64 {
        self.0
    }
}

/// An amount of money in whole đồng, zero or more.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Vnd(i64);

impl Vnd {
    pub fn parse(value: i64, path: &str) -> AppResult<Self> {
        if value >= 0 {
            Ok(Self(value))
        } else {
            Err(AppError::invalid(path, "the amount cannot be negative"))
        }
    }

    pub fn get(self) -> i64 {
        self.0
    }
}

/// A Vietnamese tax code (mã số thuế): 10 digits, or 10 digits, `-` and 3 digits for a branch.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TaxCode(String);

impl TaxCode {
    pub fn parse(raw: &str, path: &str) -> AppResult<Self> {
        let value = raw.trim();
        let (main, branch) = match value.split_once('-') {
            Some((main, branch)) => (main, Some(branch)),
            None => (value, None),
        };
        let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
        if digits(main, 10) && branch.is_none_or(|b| digits(b, 3)) {
            Ok(Self(value.to_owned()))
        } else {
            Err(AppError::invalid(
                path,
                "a tax code has 10 digits, or 10 digits, \"-\" and 3 digits for a branch",
            ))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Today's date in Vietnam (Asia/Ho_Chi_Minh), where every date of the product lives.
pub fn today() -> chrono::NaiveDate {
    chrono::Utc::now()
        .with_timezone(&chrono_tz::Asia::Ho_Chi_Minh)
        .date_naive()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tax_codes_have_ten_digits_and_an_optional_three_digit_branch() {
        assert!(TaxCode::parse("2500100001", "t").is_ok());
        assert!(TaxCode::parse(" 0101234567-001 ", "t").is_ok());
        for bad in [
            "250010000",
            "25001000012",
            "2500100001-01",
            "25001OOOO1",
            "2500100001-",
            "",
        ] {
            assert!(TaxCode::parse(bad, "t").is_err(), "{bad}");
        }
    }

    #[test]
    fn areas_are_positive_and_money_is_not_negative() {
        assert!(AreaM2::parse(0, "a").is_err());
        assert!(AreaM2::parse(-5, "a").is_err());
        assert_eq!(AreaM2::parse(5_000, "a").map(AreaM2::get).ok(), Some(5_000));
        assert!(Vnd::parse(-1, "v").is_err());
        assert!(Vnd::parse(0, "v").is_ok());
    }
}
