//! Billing periods: a calendar month or quarter.

use chrono::{Datelike, Months, NaiveDate};
use sea_orm::sea_query::StringLen;
use sea_orm::{DeriveActiveEnum, EnumIter};
use serde::{Deserialize, Serialize};

use crate::error::{AppError, AppResult, reason};

/// How long a billing period is.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum PeriodKind {
    #[sea_orm(string_value = "MONTH")]
    Month,
    #[sea_orm(string_value = "QUARTER")]
    Quarter,
}

/// A billing period: a calendar month or quarter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Period {
    pub kind: PeriodKind,
    pub start: NaiveDate,
    pub end: NaiveDate,
}

impl Period {
    /// The period of `kind` starting on `start`, which must be the first day of a month (of a
    /// quarter's first month for quarters).
    pub fn parse(kind: PeriodKind, start: NaiveDate, path: &str) -> AppResult<Self> {
        if start.day() != 1 {
            return Err(AppError::invalid(
                path,
                reason!(
                    "period_starts_first_month",
                    "a period starts on the first of a month"
                ),
            ));
        }
        let months = match kind {
            PeriodKind::Month => 1,
            PeriodKind::Quarter => {
                if !(start.month() - 1).is_multiple_of(3) {
                    return Err(AppError::invalid(
                        path,
                        reason!(
                            "quarter_starts_january_april",
                            "a quarter starts in January, April, July or October"
                        ),
                    ));
                }
                3
            }
        };
        let end = start
            .checked_add_months(Months::new(months))
            .and_then(|next| next.pred_opt())
            .ok_or_else(|| {
                AppError::invalid(path, reason!("date_out_range", "date out of range"))
            })?;
        Ok(Self { kind, start, end })
    }

    pub fn contains(&self, day: NaiveDate) -> bool {
        self.start <= day && day <= self.end
    }

    /// `10/2026` or `Q4/2026`.
    pub fn label(&self) -> String {
        match self.kind {
            PeriodKind::Month => format!("{:02}/{}", self.start.month(), self.start.year()),
            PeriodKind::Quarter => {
                format!(
                    "Q{}/{}",
                    (self.start.month() - 1) / 3 + 1,
                    self.start.year()
                )
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn periods_start_on_the_first_and_quarters_on_a_quarter() {
        let q = Period::parse(PeriodKind::Quarter, d("2026-10-01"), "p").unwrap();
        assert_eq!(q.end, d("2026-12-31"));
        assert_eq!(q.label(), "Q4/2026");
        assert!(Period::parse(PeriodKind::Quarter, d("2026-11-01"), "p").is_err());
        assert!(Period::parse(PeriodKind::Month, d("2026-11-02"), "p").is_err());
        assert_eq!(
            Period::parse(PeriodKind::Month, d("2028-02-01"), "p")
                .unwrap()
                .end,
            d("2028-02-29")
        );
    }
}
