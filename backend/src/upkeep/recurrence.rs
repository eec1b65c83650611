//! Recurrence rules (RFC 5545 `RRULE`, through the `rrule` crate), anchored on a fixed date: the
//! pure arithmetic behind schedules. A rule is checked once, when a schedule is saved: it must
//! parse, fire at most once a day, and leave room for the lead days between two occurrences.

use chrono::{Datelike, NaiveDate, TimeZone};
use rrule::{Frequency, RRule, RRuleSet, Tz, Unvalidated};

use crate::error::{AppError, AppResult, FieldError};

/// How many occurrences are looked at to find the shortest gap between two.
const GAP_SAMPLE: usize = 60;

/// A checked rule with its anchor.
#[derive(Clone, Debug)]
pub struct Recurrence {
    rule: String,
    set: RRuleSet,
}

/// The rule text as stored: upper case, without an `RRULE:` prefix or spaces.
fn normalise(raw: &str) -> String {
    let text: String = raw.chars().filter(|c| !c.is_whitespace()).collect();
    let text = text.to_uppercase();
    text.strip_prefix("RRULE:").unwrap_or(&text).to_owned()
}

impl Recurrence {
    /// Parses `raw` (e.g. `FREQ=MONTHLY;BYMONTHDAY=5`) anchored on `starts_on`, and checks it
    /// against `lead_days`. Problems are reported on `path` (the rule) and `lead_path`.
    pub fn parse(
        raw: &str,
        starts_on: NaiveDate,
        lead_days: i32,
        path: &str,
        lead_path: &str,
    ) -> AppResult<Self> {
        let rule = normalise(raw);
        let invalid = |message: String| AppError::invalid(path, message);
        if rule.is_empty() || rule.len() > 300 {
            return Err(invalid(
                "write a recurrence rule, e.g. FREQ=MONTHLY;BYMONTHDAY=5".into(),
            ));
        }
        if rule.contains("DTSTART") || rule.contains('\n') {
            return Err(invalid(
                "the rule is anchored on the start date; leave DTSTART out".into(),
            ));
        }
        let parsed: RRule<Unvalidated> = rule
            .parse()
            .map_err(|e| invalid(format!("not a valid RFC 5545 rule: {e}")))?;
        if matches!(
            parsed.get_freq(),
            Frequency::Hourly | Frequency::Minutely | Frequency::Secondly
        ) {
            return Err(invalid("upkeep repeats at most once a day".into()));
        }
        let start = Tz::UTC
            .with_ymd_and_hms(
                starts_on.year(),
                starts_on.month(),
                starts_on.day(),
                0,
                0,
                0,
            )
            .single()
            .ok_or_else(|| AppError::invalid(path, "the start date is out of range"))?;
        let set = parsed
            .build(start)
            .map_err(|e| invalid(format!("not a valid RFC 5545 rule: {e}")))?;
        let recurrence = Self { rule, set };
        let sample: Vec<NaiveDate> = recurrence.dates_raw().take(GAP_SAMPLE).collect();
        if sample.is_empty() {
            return Err(invalid("the rule never fires".into()));
        }
        if sample.windows(2).any(|w| w[1] <= w[0]) {
            return Err(invalid("upkeep repeats at most once a day".into()));
        }
        if lead_days < 0 {
            return Err(AppError::invalid(lead_path, "lead days cannot be negative"));
        }
        if let Some(gap) = sample.windows(2).map(|w| (w[1] - w[0]).num_days()).min()
            && i64::from(lead_days) > gap
        {
            return Err(AppError::Validation(vec![FieldError::new(
                lead_path,
                format!(
                    "{lead_days} lead days are longer than the {gap} days between two \
                         occurrences"
                ),
            )]));
        }
        Ok(recurrence)
    }

    /// The rule as stored.
    pub fn rule(&self) -> &str {
        &self.rule
    }

    fn dates_raw(&self) -> impl Iterator<Item = NaiveDate> + '_ {
        (&self.set).into_iter().map(|d| d.date_naive())
    }

    /// The due dates from `from` up to and including `until`, at most `limit`.
    pub fn between(&self, from: NaiveDate, until: NaiveDate, limit: usize) -> Vec<NaiveDate> {
        self.dates_raw()
            .skip_while(|d| *d < from)
            .take_while(|d| *d <= until)
            .take(limit)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn path_of(e: AppError) -> String {
        match e {
            AppError::Validation(f) => f[0].path.clone(),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_monthly_rule_fires_on_its_day() {
        let r = Recurrence::parse(
            "rrule:FREQ=MONTHLY;BYMONTHDAY=5",
            day(2027, 1, 1),
            5,
            "r",
            "l",
        )
        .unwrap();
        assert_eq!(r.rule(), "FREQ=MONTHLY;BYMONTHDAY=5");
        assert_eq!(
            r.between(day(2027, 1, 1), day(2027, 3, 31), 10),
            vec![day(2027, 1, 5), day(2027, 2, 5), day(2027, 3, 5)]
        );
    }

    #[test]
    fn every_three_months_from_the_anchor() {
        let r =
            Recurrence::parse("FREQ=MONTHLY;INTERVAL=3", day(2027, 3, 1), 30, "r", "l").unwrap();
        assert_eq!(
            r.between(day(2027, 1, 1), day(2027, 12, 31), 10),
            vec![
                day(2027, 3, 1),
                day(2027, 6, 1),
                day(2027, 9, 1),
                day(2027, 12, 1)
            ]
        );
    }

    #[test]
    fn bad_rules_are_refused_on_their_field() {
        for bad in [
            "",
            "FREQ=SOMETIMES",
            "BYMONTHDAY=5",
            "FREQ=HOURLY",
            "FREQ=DAILY;BYHOUR=1,2",
        ] {
            let e = Recurrence::parse(bad, day(2027, 1, 1), 0, "input.rule", "input.leadDays");
            assert_eq!(path_of(e.unwrap_err()), "input.rule", "{bad}");
        }
    }

    #[test]
    fn lead_days_longer_than_the_interval_are_refused() {
        let e = Recurrence::parse(
            "FREQ=WEEKLY",
            day(2027, 1, 1),
            8,
            "input.rule",
            "input.leadDays",
        );
        assert_eq!(path_of(e.unwrap_err()), "input.leadDays");
        assert!(Recurrence::parse("FREQ=WEEKLY", day(2027, 1, 1), 7, "r", "l").is_ok());
    }
}
