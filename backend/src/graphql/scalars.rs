//! The API's own scalars. `NaiveDate` is a calendar date `YYYY-MM-DD` between 1900 and 2200,
//! checked when it is parsed, so no resolver, service or query ever sees a date out of range
//! (a year 262142 once panicked the billing period arithmetic, and a year past 9999 compares
//! wrongly as text on SQLite).

use std::ops::Deref;

use async_graphql::{InputValueError, InputValueResult, Scalar, ScalarType, Value};
use chrono::NaiveDate;

use crate::values::day_in_range;

/// A calendar date, `YYYY-MM-DD`, between 1900-01-01 and 2200-12-31.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(pub NaiveDate);

/// A calendar date, `YYYY-MM-DD`, between 1900-01-01 and 2200-12-31; a date outside that range
/// or in another form is a VALIDATION error on the field.
#[Scalar(name = "NaiveDate")]
impl ScalarType for Day {
    fn parse(value: Value) -> InputValueResult<Self> {
        let Value::String(text) = &value else {
            return Err(InputValueError::expected_type(value));
        };
        let day: NaiveDate = text
            .parse()
            .map_err(|_| InputValueError::custom("a date as YYYY-MM-DD"))?;
        if !day_in_range(day) {
            return Err(InputValueError::custom("a date between 1900 and 2200"));
        }
        Ok(Self(day))
    }

    fn to_value(&self) -> Value {
        Value::String(self.0.format("%Y-%m-%d").to_string())
    }
}

impl From<NaiveDate> for Day {
    fn from(day: NaiveDate) -> Self {
        Self(day)
    }
}

impl From<Day> for NaiveDate {
    fn from(day: Day) -> Self {
        day.0
    }
}

impl Deref for Day {
    type Target = NaiveDate;

    fn deref(&self) -> &NaiveDate {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_outside_1900_to_2200_are_refused_when_parsed() {
        let parse = |s: &str| <Day as ScalarType>::parse(Value::String(s.to_owned()));
        assert!(parse("2026-11-30").is_ok());
        assert!(parse("1900-01-01").is_ok());
        assert!(parse("2200-12-31").is_ok());
        for bad in [
            "1899-12-31",
            "2201-01-01",
            "+10000-01-01",
            "+262142-12-01",
            "30/11/2026",
            "",
        ] {
            assert!(parse(bad).is_err(), "{bad}");
        }
        assert!(<Day as ScalarType>::parse(Value::Number(3.into())).is_err());
    }
}
