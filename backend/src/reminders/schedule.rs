//! Pure date arithmetic of reminders, in Asia/Ho_Chi_Minh: which step of a ladder is due on a
//! day, the send window and when it next opens, the first working day of a month.

use crate::error::{Reason, reason};
use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveTime, TimeZone, Utc, Weekday};
use chrono_tz::Asia::Ho_Chi_Minh;

/// The calendar day in Vietnam at `now`.
pub fn local_day(now: DateTime<Utc>) -> NaiveDate {
    now.with_timezone(&Ho_Chi_Minh).date_naive()
}

/// Tomorrow at 08:00 in Vietnam (the forecast's default moment).
pub fn tomorrow_morning() -> DateTime<Utc> {
    let day = local_day(Utc::now()) + Duration::days(1);
    at(day, NaiveTime::from_hms_opt(8, 0, 0).unwrap_or_default())
}

/// Days after the due date an overdue reminder goes, then every `repeat_days` after the last
/// step until the invoice is settled (0: no repeats).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ladder {
    pub days: Vec<u32>,
    pub repeat_days: u32,
}

impl Default for Ladder {
    fn default() -> Self {
        Self {
            days: vec![1, 7, 15, 30],
            repeat_days: 30,
        }
    }
}

impl Ladder {
    /// Checks a ladder as typed: positive, distinct days (sorted here), at most a year apart.
    pub fn parse(days: &[i32], repeat_days: i32) -> Result<Self, (&'static str, Reason)> {
        if days.is_empty() {
            return Err((
                "ladderDays",
                reason!("ladder_empty", "give at least one day"),
            ));
        }
        if days.len() > 12 {
            return Err(("ladderDays", reason!("ladder_too_long", "at most 12 steps")));
        }
        let mut sorted = Vec::with_capacity(days.len());
        for day in days {
            match u32::try_from(*day) {
                Ok(d) if (1..=365).contains(&d) => sorted.push(d),
                _ => {
                    return Err((
                        "ladderDays",
                        reason!(
                            "ladder_day_out_of_range",
                            "{day} is not a day after the due date between 1 and 365",
                            day = day
                        ),
                    ));
                }
            }
        }
        sorted.sort_unstable();
        if let Some(pair) = sorted.windows(2).find(|w| w[0] == w[1]) {
            return Err((
                "ladderDays",
                reason!(
                    "ladder_day_twice",
                    "day {day} is given twice",
                    day = pair[0]
                ),
            ));
        }
        let repeat_days = match u32::try_from(repeat_days) {
            Ok(r) if r <= 90 => r,
            _ => {
                return Err((
                    "repeatDays",
                    reason!("repeat_days_range", "between 0 (no repeats) and 90 days"),
                ));
            }
        };
        Ok(Self {
            days: sorted,
            repeat_days,
        })
    }

    /// The step due `overdue` days after the due date: the latest one reached, so a sweep
    /// after downtime sends the current step and not the ones it missed.
    pub fn step(&self, overdue: i64) -> Option<u32> {
        let overdue = u32::try_from(overdue).ok()?;
        let last = *self.days.last()?;
        if overdue > last && self.repeat_days > 0 {
            return Some(last + (overdue - last) / self.repeat_days * self.repeat_days);
        }
        self.days.iter().rev().copied().find(|d| *d <= overdue)
    }

    /// The longest wait between two steps (how far back a sweep looks for claims).
    pub fn longest_gap(&self) -> u32 {
        let mut gap = self
            .days
            .first()
            .copied()
            .unwrap_or(1)
            .max(self.repeat_days);
        for pair in self.days.windows(2) {
            gap = gap.max(pair[1] - pair[0]);
        }
        gap
    }

    /// `1,7,15,30` as stored.
    pub fn days_text(&self) -> String {
        let parts: Vec<String> = self.days.iter().map(u32::to_string).collect();
        parts.join(",")
    }
}

/// When reminders may leave the outbox, in Vietnam time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SendWindow {
    /// At any time.
    Always,
    /// From `start` to `end` on the given weekdays (Monday first).
    Hours {
        start: NaiveTime,
        end: NaiveTime,
        days: [bool; 7],
    },
}

impl Default for SendWindow {
    fn default() -> Self {
        Self::Hours {
            start: NaiveTime::from_hms_opt(8, 0, 0).unwrap_or_default(),
            end: NaiveTime::from_hms_opt(17, 30, 0).unwrap_or_default(),
            days: [true, true, true, true, true, true, false],
        }
    }
}

const DAY_NAMES: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

impl SendWindow {
    /// `always`, or `HH:MM-HH:MM Mon-Sat` (days as a range or a comma list).
    pub fn parse(text: &str) -> Result<Self, String> {
        let text = text.trim();
        if text.eq_ignore_ascii_case("always") {
            return Ok(Self::Always);
        }
        let (hours, days) = text.split_once(' ').unwrap_or((text, "Mon-Sat"));
        let (start, end) = hours
            .split_once('-')
            .ok_or_else(|| format!("{text:?}: expected HH:MM-HH:MM and days, or \"always\""))?;
        let time = |t: &str| {
            NaiveTime::parse_from_str(t.trim(), "%H:%M")
                .map_err(|_| format!("{t:?} is not a time HH:MM"))
        };
        Self::hours(time(start)?, time(end)?, &parse_days(days)?).map_err(|r| r.english())
    }

    /// A window from its parts: it must end after it starts and open on at least one day.
    pub fn hours(start: NaiveTime, end: NaiveTime, days: &[Weekday]) -> Result<Self, Reason> {
        if end <= start {
            return Err(reason!(
                "send_window_order",
                "the send window must end after it starts"
            ));
        }
        if days.is_empty() {
            return Err(reason!(
                "send_window_no_day",
                "the send window must open on at least one day"
            ));
        }
        let mut open = [false; 7];
        for day in days {
            open[day.num_days_from_monday() as usize] = true;
        }
        Ok(Self::Hours {
            start,
            end,
            days: open,
        })
    }

    /// As stored and typed: `08:00-17:30 Mon,Tue,…` or `always`.
    pub fn to_text(&self) -> String {
        match self {
            Self::Always => "always".into(),
            Self::Hours { start, end, days } => {
                let names: Vec<&str> = (0..7).filter(|i| days[*i]).map(|i| DAY_NAMES[i]).collect();
                format!(
                    "{}-{} {}",
                    start.format("%H:%M"),
                    end.format("%H:%M"),
                    names.join(",")
                )
            }
        }
    }

    /// The earliest moment at or after `now` inside the window.
    pub fn next_open(&self, now: DateTime<Utc>) -> DateTime<Utc> {
        let Self::Hours { start, end, days } = self else {
            return now;
        };
        let local = now.with_timezone(&Ho_Chi_Minh);
        for offset in 0..8 {
            let day = local.date_naive() + Duration::days(offset);
            if !days[day.weekday().num_days_from_monday() as usize] {
                continue;
            }
            let opens = at(day, *start);
            let closes = at(day, *end);
            if now < opens {
                return opens;
            }
            if now < closes {
                return now;
            }
        }
        now
    }
}

fn at(day: NaiveDate, time: NaiveTime) -> DateTime<Utc> {
    Ho_Chi_Minh
        .from_local_datetime(&day.and_time(time))
        .single()
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_else(|| day.and_time(time).and_utc())
}

fn parse_days(text: &str) -> Result<Vec<Weekday>, String> {
    let index = |name: &str| {
        DAY_NAMES
            .iter()
            .position(|d| d.eq_ignore_ascii_case(name.trim()))
            .ok_or_else(|| format!("{name:?} is not a day (Mon … Sun)"))
    };
    let mut days = Vec::new();
    for part in text.split(',').filter(|p| !p.trim().is_empty()) {
        let (from, to) = match part.split_once('-') {
            Some((a, b)) => (index(a)?, index(b)?),
            None => (index(part)?, index(part)?),
        };
        if to < from {
            return Err(format!("{part:?}: a day range runs Monday to Sunday"));
        }
        for i in from..=to {
            days.push(Weekday::try_from(i as u8).map_err(|_| "day".to_owned())?);
        }
    }
    Ok(days)
}

/// The first Monday-to-Friday day of the month of `day`.
pub fn first_working_day(day: NaiveDate) -> NaiveDate {
    let mut first = day.with_day(1).unwrap_or(day);
    while matches!(first.weekday(), Weekday::Sat | Weekday::Sun) {
        first += Duration::days(1);
    }
    first
}

/// The last day of the month of `day`.
pub fn last_of_month(day: NaiveDate) -> NaiveDate {
    let next = day
        .with_day(1)
        .and_then(|d| d.checked_add_months(chrono::Months::new(1)))
        .unwrap_or(day);
    next - Duration::days(1)
}

/// Which of `steps` (days before the end, e.g. 90, 60, 30) is due with `left` days to go: the
/// nearest one reached.
pub fn before_step(steps: &[u32], left: i64) -> Option<u32> {
    let left = u32::try_from(left).ok().filter(|l| *l > 0)?;
    steps.iter().copied().filter(|s| *s >= left).min()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(text: &str) -> DateTime<Utc> {
        text.parse().unwrap_or_default()
    }

    #[test]
    fn the_ladder_sends_the_latest_step_reached_and_repeats_after_the_last() {
        let ladder = Ladder::default();
        assert_eq!(ladder.step(0), None);
        assert_eq!(ladder.step(1), Some(1));
        assert_eq!(ladder.step(6), Some(1));
        assert_eq!(ladder.step(7), Some(7));
        assert_eq!(ladder.step(29), Some(15));
        assert_eq!(ladder.step(30), Some(30));
        assert_eq!(ladder.step(59), Some(30));
        assert_eq!(ladder.step(60), Some(60));
        assert_eq!(ladder.step(95), Some(90));
        assert_eq!(ladder.longest_gap(), 30);
    }

    #[test]
    fn a_ladder_refuses_duplicate_negative_and_empty_days() {
        assert!(Ladder::parse(&[7, 1, 7], 30).is_err());
        assert!(Ladder::parse(&[-1, 7], 30).is_err());
        assert!(Ladder::parse(&[], 30).is_err());
        assert!(Ladder::parse(&[1], -5).is_err());
        assert_eq!(Ladder::parse(&[15, 1], 0).map(|l| l.days), Ok(vec![1, 15]));
    }

    #[test]
    fn the_window_opens_at_eight_and_closes_at_half_past_five_vietnam_time() {
        let window = SendWindow::default();
        // 17:29 Friday in Hanoi is inside; 17:30 waits until 08:00 Saturday.
        let inside = utc("2026-12-04T10:29:00Z");
        assert_eq!(window.next_open(inside), inside);
        assert_eq!(
            window.next_open(utc("2026-12-04T10:30:00Z")),
            utc("2026-12-05T01:00:00Z")
        );
        // 07:59 Monday waits one minute.
        assert_eq!(
            window.next_open(utc("2026-12-07T00:59:00Z")),
            utc("2026-12-07T01:00:00Z")
        );
        // Saturday evening and Sunday wait for Monday 08:00.
        assert_eq!(
            window.next_open(utc("2026-12-05T15:00:00Z")),
            utc("2026-12-07T01:00:00Z")
        );
        assert_eq!(
            window.next_open(utc("2026-12-06T05:00:00Z")),
            utc("2026-12-07T01:00:00Z")
        );
        assert_eq!(SendWindow::Always.next_open(inside), inside);
    }

    #[test]
    fn windows_parse_and_print_and_refuse_an_end_before_the_start() {
        let window = SendWindow::parse("08:00-17:30 Mon-Sat");
        assert_eq!(window, Ok(SendWindow::default()));
        assert_eq!(
            SendWindow::default().to_text(),
            "08:00-17:30 Mon,Tue,Wed,Thu,Fri,Sat"
        );
        assert_eq!(
            SendWindow::parse(&SendWindow::default().to_text()),
            Ok(SendWindow::default())
        );
        assert!(SendWindow::parse("17:30-08:00 Mon-Fri").is_err());
        assert!(SendWindow::parse("8h-17h").is_err());
        assert_eq!(SendWindow::parse("always"), Ok(SendWindow::Always));
    }

    #[test]
    fn vietnam_midnight_is_five_pm_utc() {
        assert_eq!(
            local_day(utc("2026-12-14T16:59:59Z")),
            NaiveDate::from_ymd_opt(2026, 12, 14).unwrap_or_default()
        );
        assert_eq!(
            local_day(utc("2026-12-14T17:00:00Z")),
            NaiveDate::from_ymd_opt(2026, 12, 15).unwrap_or_default()
        );
    }

    #[test]
    fn months_start_on_their_first_weekday_and_steps_before_an_end_pick_the_nearest() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap_or_default();
        assert_eq!(first_working_day(d(2026, 11, 20)), d(2026, 11, 2));
        assert_eq!(first_working_day(d(2026, 12, 20)), d(2026, 12, 1));
        assert_eq!(last_of_month(d(2026, 2, 3)), d(2026, 2, 28));
        assert_eq!(before_step(&[90, 60, 30], 91), None);
        assert_eq!(before_step(&[90, 60, 30], 90), Some(90));
        assert_eq!(before_step(&[90, 60, 30], 45), Some(60));
        assert_eq!(before_step(&[90, 60, 30], 1), Some(30));
        assert_eq!(before_step(&[90, 60, 30], 0), None);
    }
}
