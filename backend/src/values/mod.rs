//! Value types shared by every domain, parsed once at the edge and trusted past it: money in
//! whole đồng, areas, tax codes, email addresses, required text, billing periods, and today's
//! date in Vietnam.

mod period;

pub use period::{Period, PeriodKind};

use crate::error::{AppError, AppResult};

/// An area in whole square metres, strictly positive.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct AreaM2(i64);

impl AreaM2 {
    /// More than 0 m².
    pub fn parse(value: i64, path: &str) -> AppResult<Self> {
        match value {
            1..=MAX_AREA_M2 => Ok(Self(value)),
            ..1 => Err(AppError::invalid(path, "the area must be more than 0 m²")),
            _ => Err(AppError::invalid(path, "at most 1,000,000,000 m²")),
        }
    }

    /// The area in m².
    pub fn get(self) -> i64 {
        self.0
    }
}

/// The largest amount any input may carry: a million billion đồng, far beyond any real
/// invoice, and small enough that sums of millions of them cannot overflow an `i64`.
pub const MAX_VND: i64 = 1_000_000_000_000_000;

/// The largest area any input may carry: 1,000 km², larger than any industrial cluster.
pub const MAX_AREA_M2: i64 = 1_000_000_000;

/// An amount of money in whole đồng, zero or more.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Vnd(i64);

impl Vnd {
    /// Zero or more đồng.
    pub fn parse(value: i64, path: &str) -> AppResult<Self> {
        match value {
            0..=MAX_VND => Ok(Self(value)),
            ..0 => Err(AppError::invalid(path, "the amount cannot be negative")),
            _ => Err(AppError::invalid(
                path,
                "at most 1,000,000,000,000,000 đồng",
            )),
        }
    }

    /// More than zero đồng: a payment, an expense, a planned amount, a tariff rate.
    pub fn positive(value: i64, path: &str) -> AppResult<Self> {
        match value {
            1..=MAX_VND => Ok(Self(value)),
            ..1 => Err(AppError::invalid(path, "a positive amount of đồng")),
            _ => Err(AppError::invalid(
                path,
                "at most 1,000,000,000,000,000 đồng",
            )),
        }
    }

    /// The amount in đồng.
    pub fn get(self) -> i64 {
        self.0
    }
}

/// A Vietnamese tax code (mã số thuế): 10 digits, or 10 digits, `-` and 3 digits for a branch.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TaxCode(String);

impl TaxCode {
    /// 10 digits, or 10 digits, `-` and 3 digits.
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

    /// The code as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The first day any date may be (earlier is a typing mistake, not a lease or an invoice).
pub const FIRST_DAY: (i32, u32, u32) = (1900, 1, 1);
/// The last day any date may be. Later dates are refused: SQLite compares dates as text, and
/// `+10000-01-01` sorts before `2026-…`, which would break the no-overlap rule of leases.
pub const LAST_DAY: (i32, u32, u32) = (2200, 12, 31);

/// Whether `day` lies within [`FIRST_DAY`] and [`LAST_DAY`].
pub fn day_in_range(day: chrono::NaiveDate) -> bool {
    use chrono::Datelike;
    let key = (day.year(), day.month(), day.day());
    FIRST_DAY <= key && key <= LAST_DAY
}

/// `day`, or VALIDATION under `path` when it lies outside 1900–2200.
pub fn check_day(day: chrono::NaiveDate, path: &str) -> AppResult<chrono::NaiveDate> {
    if day_in_range(day) {
        Ok(day)
    } else {
        Err(AppError::invalid(path, "a date between 1900 and 2200"))
    }
}

/// Today's date in Vietnam (Asia/Ho_Chi_Minh), where every date of the product lives.
pub fn today() -> chrono::NaiveDate {
    chrono::Utc::now()
        .with_timezone(&chrono_tz::Asia::Ho_Chi_Minh)
        .date_naive()
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

    /// The address.
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
        assert!(Vnd::positive(0, "v").is_err());
        assert!(Vnd::parse(MAX_VND + 1, "v").is_err());
        assert!(AreaM2::parse(MAX_AREA_M2 + 1, "a").is_err());
        assert!(AreaM2::parse(MAX_AREA_M2, "a").is_ok());
        assert_eq!(Vnd::positive(1, "v").map(Vnd::get).ok(), Some(1));
    }
}
