//! Recurrence rules (RFC 5545 `RRULE`, through the `rrule` crate), anchored on a fixed date: the
//! pure arithmetic behind schedules. A rule is checked once, when a schedule is saved: it must
//! parse, fire at most once a day, and leave room for the lead days between two occurrences.
//!
//! A schedule anchored after the last completion uses the rule as an interval only
//! ([`Step`]: `FREQ` and `INTERVAL`): the next due date is one step after the day the previous
//! occurrence was done. Adding months keeps the day of the month, or the month's last day when
//! it is shorter (31/01 + 1 month = 28/02).

use chrono::{Datelike, NaiveDate, TimeZone};
use rrule::{Frequency, RRule, RRuleSet, Tz, Unvalidated};

use crate::error::{AppError, AppResult, FieldError, Reason, reason};

/// How many occurrences are looked at to find the shortest gap between two.
const GAP_SAMPLE: usize = 60;

/// A checked rule with its anchor.
#[derive(Clone, Debug)]
pub struct Recurrence {
    rule: String,
    set: RRuleSet,
    step: Option<Step>,
}

/// A plain interval: what a rule of only `FREQ` and `INTERVAL` (and `WKST`) means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Days(u32),
    Months(u32),
}

impl Step {
    /// The interval of a normalised rule when it has no other parts (`BY…`, `COUNT`,
    /// `UNTIL`), none otherwise.
    fn of(rule: &str) -> Option<Self> {
        let mut freq = None;
        let mut interval = 1u32;
        for part in rule.split(';').filter(|p| !p.is_empty()) {
            let (key, value) = part.split_once('=')?;
            match key {
                "FREQ" => freq = Some(value),
                "INTERVAL" => interval = value.parse().ok().filter(|n| *n >= 1)?,
                "WKST" => {}
                _ => return None,
            }
        }
        match freq? {
            "DAILY" => Some(Self::Days(interval)),
            "WEEKLY" => interval.checked_mul(7).map(Self::Days),
            "MONTHLY" => Some(Self::Months(interval)),
            "YEARLY" => interval.checked_mul(12).map(Self::Months),
            _ => None,
        }
    }

    /// The fewest days one step can take (a month from 28/02 is 28 days).
    pub fn min_days(self) -> i64 {
        match self {
            Self::Days(n) => i64::from(n),
            Self::Months(n) => 28 + 30 * (i64::from(n) - 1),
        }
    }

    /// The day one step after `day` (none past the calendar's end).
    pub fn after(self, day: NaiveDate) -> Option<NaiveDate> {
        match self {
            Self::Days(n) => day.checked_add_days(chrono::Days::new(u64::from(n))),
            Self::Months(n) => day.checked_add_months(chrono::Months::new(n)),
        }
    }
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
        let invalid = |reason: Reason| AppError::invalid(path, reason);
        if rule.is_empty() || rule.len() > 300 {
            return Err(invalid(reason!(
                "rule_expected",
                "write a recurrence rule, e.g. FREQ=MONTHLY;BYMONTHDAY=5"
            )));
        }
        if rule.contains("DTSTART") || rule.contains('\n') {
            return Err(invalid(reason!(
                "rule_without_dtstart",
                "the rule is anchored on the start date; leave DTSTART out"
            )));
        }
        let parsed: RRule<Unvalidated> = rule.parse().map_err(|e| {
            invalid(reason!(
                "rule_invalid",
                "not a valid RFC 5545 rule: {detail}",
                detail = format!("{e}")
            ))
        })?;
        if matches!(
            parsed.get_freq(),
            Frequency::Hourly | Frequency::Minutely | Frequency::Secondly
        ) {
            return Err(invalid(reason!(
                "rule_too_frequent",
                "upkeep repeats at most once a day"
            )));
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
            .ok_or_else(|| {
                AppError::invalid(
                    path,
                    reason!("start_date_out_range", "the start date is out of range"),
                )
            })?;
        let set = parsed.build(start).map_err(|e| {
            invalid(reason!(
                "rule_invalid",
                "not a valid RFC 5545 rule: {detail}",
                detail = format!("{e}")
            ))
        })?;
        let step = Step::of(&rule);
        let recurrence = Self { rule, set, step };
        let sample: Vec<NaiveDate> = recurrence.dates_raw().take(GAP_SAMPLE).collect();
        if sample.is_empty() {
            return Err(invalid(reason!("rule_never_fires", "the rule never fires")));
        }
        if sample.windows(2).any(|w| w[1] <= w[0]) {
            return Err(invalid(reason!(
                "rule_too_frequent",
                "upkeep repeats at most once a day"
            )));
        }
        if lead_days < 0 {
            return Err(AppError::invalid(
                lead_path,
                reason!("lead_days_negative", "lead days cannot be negative"),
            ));
        }
        if let Some(gap) = sample.windows(2).map(|w| (w[1] - w[0]).num_days()).min()
            && i64::from(lead_days) > gap
        {
            return Err(AppError::Validation(vec![FieldError::new(
                lead_path,
                reason!(
                    "lead_days_longer_than_gap",
                    "{lead_days} lead days are longer than the {gap} days between two occurrences",
                    lead_days = lead_days,
                    gap = gap
                ),
            )]));
        }
        Ok(recurrence)
    }

    /// The rule as stored.
    pub fn rule(&self) -> &str {
        &self.rule
    }

    /// The rule's plain interval, when it is one (`FREQ` and `INTERVAL` only).
    pub fn step(&self) -> Option<Step> {
        self.step
    }

    /// Checks that the rule can count from the last completion: an interval only. `BYDAY`,
    /// `BYMONTHDAY`, `COUNT`, `UNTIL` and the like name fixed dates, which a completion day
    /// cannot follow.
    pub fn interval_only(&self, path: &str) -> AppResult<Step> {
        self.step.ok_or_else(|| {
            AppError::invalid(
                path,
                reason!(
                    "counted_after_last_completion",
                    "counted after the last completion, a rule is an interval only (FREQ and \
                 INTERVAL, e.g. FREQ=MONTHLY;INTERVAL=3); BYDAY, BYMONTHDAY, COUNT and UNTIL \
                 need fixed dates"
                ),
            )
        })
    }

    /// Due dates one step apart from `first` (each occurrence done on its due date), from
    /// `from` up to and including `until`, at most `limit`. Empty for a rule with no step.
    pub fn chained(
        &self,
        first: NaiveDate,
        from: NaiveDate,
        until: NaiveDate,
        limit: usize,
    ) -> Vec<NaiveDate> {
        let Some(step) = self.step else {
            return Vec::new();
        };
        std::iter::successors(Some(first), |d| step.after(*d))
            .skip_while(|d| *d < from)
            .take_while(|d| *d <= until)
            .take(limit)
            .collect()
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
    fn only_plain_intervals_have_a_step() {
        let step = |rule: &str| {
            Recurrence::parse(rule, day(2027, 1, 31), 0, "r", "l")
                .unwrap()
                .step()
        };
        assert_eq!(step("FREQ=WEEKLY;INTERVAL=2"), Some(Step::Days(14)));
        assert_eq!(step("FREQ=YEARLY"), Some(Step::Months(12)));
        assert_eq!(
            step("FREQ=MONTHLY;INTERVAL=3;WKST=MO"),
            Some(Step::Months(3))
        );
        assert_eq!(step("FREQ=MONTHLY;BYMONTHDAY=5"), None);
        assert_eq!(step("FREQ=DAILY;COUNT=3"), None);
        assert_eq!(step("FREQ=WEEKLY;UNTIL=20280101T000000Z"), None);
        let r = Recurrence::parse("FREQ=MONTHLY", day(2027, 1, 31), 0, "r", "l").unwrap();
        assert_eq!(
            r.chained(day(2027, 1, 31), day(2027, 2, 1), day(2027, 12, 31), 3),
            vec![day(2027, 2, 28), day(2027, 3, 28), day(2027, 4, 28)],
            "a month after the 31st is the month's last day, and counting goes on from it"
        );
        let e = Recurrence::parse("FREQ=MONTHLY;COUNT=4", day(2027, 1, 1), 0, "r", "l")
            .unwrap()
            .interval_only("input.rule");
        assert_eq!(path_of(e.unwrap_err()), "input.rule");
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
