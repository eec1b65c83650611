//! The SLA clock: when a response and a resolution are due, computed from an object's event
//! log by one pure function, [`due_times`].
//!
//! A target is an amount of minutes on a clock: `Always` counts every minute (P1 around the
//! clock, and the calendar-day resolution targets of P3 and P4), `Working` counts only minutes
//! inside the operator's working hours on days that are not holidays, in Asia/Ho_Chi_Minh. A
//! "working day" is 9½ working hours, the length of a weekday's window. The clock pauses while
//! the object waits on its requester, is deferred or on hold, and between a resolution and a
//! reopening; on a change of priority the targets are recomputed from the filing time with the
//! new priority (the latest event's priority is the one that counts).

use std::collections::BTreeSet;

use chrono::{DateTime, Datelike, Duration, NaiveDate, TimeZone, Utc, Weekday};
use chrono_tz::Asia::Ho_Chi_Minh;
use serde::{Deserialize, Serialize};

use crate::maintenance::{Priority, RequestStatus, WorkOrderStatus};

/// Which minutes a target counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Clock {
    /// Every minute, day and night.
    Always,
    /// Minutes within working hours, holidays excluded.
    Working,
}

/// An amount of time on a clock.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Target {
    pub minutes: i64,
    pub clock: Clock,
}

/// The response and resolution targets of one priority.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PriorityTargets {
    pub response: Target,
    pub resolution: Target,
}

/// The targets of P1 to P4, in that order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Targets(pub [PriorityTargets; 4]);

/// Minutes of a working day (a weekday's 07:30–17:00).
pub const WORKING_DAY_MINUTES: i64 = 570;

impl Default for Targets {
    /// P1 1 h / 24 h around the clock; P2 4 working hours / 3 working days; P3 1 working day /
    /// 8 days; P4 2 working days / 30 days.
    fn default() -> Self {
        let t = |minutes, clock| Target { minutes, clock };
        let day = 24 * 60;
        Self([
            PriorityTargets {
                response: t(60, Clock::Always),
                resolution: t(day, Clock::Always),
            },
            PriorityTargets {
                response: t(4 * 60, Clock::Working),
                resolution: t(3 * WORKING_DAY_MINUTES, Clock::Working),
            },
            PriorityTargets {
                response: t(WORKING_DAY_MINUTES, Clock::Working),
                resolution: t(8 * day, Clock::Always),
            },
            PriorityTargets {
                response: t(2 * WORKING_DAY_MINUTES, Clock::Working),
                resolution: t(30 * day, Clock::Always),
            },
        ])
    }
}

impl Targets {
    /// The targets of `priority`.
    pub fn of(&self, priority: Priority) -> PriorityTargets {
        self.0[match priority {
            Priority::P1 => 0,
            Priority::P2 => 1,
            Priority::P3 => 2,
            Priority::P4 => 3,
        }]
    }
}

/// The working window of each weekday, Monday first, in minutes after local midnight.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkingHours(pub [Option<(u16, u16)>; 7]);

impl Default for WorkingHours {
    /// Monday to Friday 07:30–17:00, Saturday 07:30–11:30.
    fn default() -> Self {
        let weekday = Some((450, 1020));
        Self([
            weekday,
            weekday,
            weekday,
            weekday,
            weekday,
            Some((450, 690)),
            None,
        ])
    }
}

/// The days and hours the `Working` clock counts.
#[derive(Clone, Debug, Default)]
pub struct Calendar {
    pub hours: WorkingHours,
    pub holidays: BTreeSet<NaiveDate>,
}

/// What the clock does from an event on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    /// Waiting for the operator's first response; the resolution clock runs too.
    AwaitingResponse,
    /// Responded; the resolution clock runs.
    Running,
    /// Both clocks stand still.
    Paused,
    /// Resolved, closed, rejected or cancelled: the clocks stop.
    Stopped,
}

impl From<RequestStatus> for Phase {
    fn from(status: RequestStatus) -> Self {
        use RequestStatus as S;
        match status {
            S::Submitted => Self::AwaitingResponse,
            S::Acknowledged | S::InProgress => Self::Running,
            S::WaitingOnRequester | S::Deferred => Self::Paused,
            S::Resolved | S::Closed | S::Rejected | S::Cancelled => Self::Stopped,
        }
    }
}

impl From<WorkOrderStatus> for Phase {
    fn from(status: WorkOrderStatus) -> Self {
        use WorkOrderStatus as W;
        match status {
            W::Open => Self::AwaitingResponse,
            W::InProgress => Self::Running,
            W::OnHold => Self::Paused,
            W::Done | W::Verified | W::Cancelled => Self::Stopped,
        }
    }
}

/// One event of the log: from `at` on, the object is in `phase` at `priority`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Step {
    pub at: DateTime<Utc>,
    pub phase: Phase,
    pub priority: Priority,
}

/// When things are due, and whether they are late.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Due {
    pub response_due_at: Option<DateTime<Utc>>,
    pub resolution_due_at: Option<DateTime<Utc>>,
    pub responded_at: Option<DateTime<Utc>>,
    /// When the clocks stopped for good (none while the object is open or paused).
    pub resolved_at: Option<DateTime<Utc>>,
    /// The clock stands still now; the resolution due time assumes it resumes now.
    pub paused: bool,
    /// A response or resolution still owed is past its due time at `now`.
    pub overdue: bool,
}

/// The due times of an object whose event log (oldest first, the filing first) is `steps`, at
/// `now`. Pure: the same log, targets, calendar and `now` give the same answer.
pub fn due_times(
    steps: &[Step],
    targets: &Targets,
    calendar: &Calendar,
    now: DateTime<Utc>,
) -> Due {
    let Some(first) = steps.first() else {
        return Due::default();
    };
    let last = steps[steps.len() - 1];
    let goals = targets.of(last.priority);
    let responded_at = steps
        .iter()
        .find(|s| s.phase != Phase::AwaitingResponse)
        .map(|s| s.at);
    // Intervals the clocks stand still: paused, and resolved-then-reopened; an open pause
    // runs until now.
    let mut pauses: Vec<(DateTime<Utc>, DateTime<Utc>)> = Vec::new();
    for (i, step) in steps.iter().enumerate() {
        let still = matches!(step.phase, Phase::Paused | Phase::Stopped);
        if !still {
            continue;
        }
        match steps.get(i + 1) {
            Some(next) => pauses.push((step.at, next.at.max(step.at))),
            None if step.phase == Phase::Paused => pauses.push((step.at, now.max(step.at))),
            None => {}
        }
    }
    let response_due_at = advance(first.at, goals.response, calendar, &pauses);
    let resolution_due_at = advance(first.at, goals.resolution, calendar, &pauses);
    let resolved_at = (last.phase == Phase::Stopped).then_some(last.at);
    let late = |due: Option<DateTime<Utc>>| due.is_some_and(|d| d < now);
    let overdue = resolved_at.is_none()
        && ((responded_at.is_none() && late(response_due_at)) || late(resolution_due_at));
    Due {
        response_due_at,
        resolution_due_at,
        responded_at,
        resolved_at,
        paused: last.phase == Phase::Paused,
        overdue,
    }
}

/// Days the search for a due time gives up after (a calendar without working hours).
const HORIZON_DAYS: i64 = 3 * 366;

/// The instant `target` of clock time has passed since `start`, not counting `pauses`.
fn advance(
    start: DateTime<Utc>,
    target: Target,
    calendar: &Calendar,
    pauses: &[(DateTime<Utc>, DateTime<Utc>)],
) -> Option<DateTime<Utc>> {
    let mut remaining = Duration::minutes(target.minutes.max(0));
    let first_day = start.with_timezone(&Ho_Chi_Minh).date_naive();
    for offset in 0..HORIZON_DAYS {
        let day = first_day + Duration::days(offset);
        let Some((from, to)) = window(day, target.clock, calendar) else {
            continue;
        };
        let from = from.max(start);
        if from >= to {
            continue;
        }
        for (s, e) in without(from, to, pauses) {
            let length = e - s;
            if length >= remaining {
                return Some(s + remaining);
            }
            remaining -= length;
        }
    }
    None
}

/// The part of `day` (local) a clock counts, in UTC.
fn window(
    day: NaiveDate,
    clock: Clock,
    calendar: &Calendar,
) -> Option<(DateTime<Utc>, DateTime<Utc>)> {
    let at = |minutes: u32| {
        let midnight = day.and_hms_opt(0, 0, 0)?;
        Ho_Chi_Minh
            .from_local_datetime(&(midnight + Duration::minutes(i64::from(minutes))))
            .single()
            .map(|t| t.with_timezone(&Utc))
    };
    match clock {
        Clock::Always => Some((at(0)?, at(24 * 60)?)),
        Clock::Working => {
            if calendar.holidays.contains(&day) {
                return None;
            }
            let index = day.weekday().num_days_from_monday() as usize;
            let (open, close) = calendar.hours.0[index]?;
            (open < close).then_some(())?;
            Some((at(u32::from(open))?, at(u32::from(close))?))
        }
    }
}

/// `[from, to)` less the `pauses`, as the pieces left, in order.
fn without(
    from: DateTime<Utc>,
    to: DateTime<Utc>,
    pauses: &[(DateTime<Utc>, DateTime<Utc>)],
) -> Vec<(DateTime<Utc>, DateTime<Utc>)> {
    let mut pieces = vec![(from, to)];
    for &(ps, pe) in pauses {
        pieces = pieces
            .into_iter()
            .flat_map(|(s, e)| {
                let mut out = Vec::new();
                if pe <= s || ps >= e {
                    out.push((s, e));
                } else {
                    if ps > s {
                        out.push((s, ps));
                    }
                    if pe < e {
                        out.push((pe, e));
                    }
                }
                out
            })
            .collect();
    }
    pieces
}

/// Vietnam's public holidays of `year` as preloaded (2026 and 2027; the operator edits them,
/// and adds later years, in the SLA settings). Tết and the compensating days follow the
/// government's usual pattern; check each year's announcement.
pub fn vietnam_holidays(year: i32) -> Vec<(NaiveDate, &'static str)> {
    let d = |m, d| NaiveDate::from_ymd_opt(year, m, d);
    let span = |m, from, to, name| (from..=to).filter_map(move |day| d(m, day).map(|x| (x, name)));
    let mut days: Vec<(NaiveDate, &'static str)> = Vec::new();
    match year {
        2026 => {
            days.extend(d(1, 1).map(|x| (x, "Tết Dương lịch")));
            days.extend(span(2, 14, 22, "Tết Nguyên đán"));
            days.extend(d(4, 27).map(|x| (x, "Giỗ Tổ Hùng Vương (nghỉ bù)")));
            days.extend(d(4, 30).map(|x| (x, "Ngày Giải phóng miền Nam")));
            days.extend(d(5, 1).map(|x| (x, "Quốc tế Lao động")));
            days.extend(span(9, 1, 2, "Quốc khánh"));
        }
        2027 => {
            days.extend(d(1, 1).map(|x| (x, "Tết Dương lịch")));
            days.extend(span(2, 4, 10, "Tết Nguyên đán"));
            days.extend(d(4, 16).map(|x| (x, "Giỗ Tổ Hùng Vương")));
            days.extend(d(4, 30).map(|x| (x, "Ngày Giải phóng miền Nam")));
            days.extend(d(5, 3).map(|x| (x, "Quốc tế Lao động (nghỉ bù)")));
            days.extend(span(9, 2, 3, "Quốc khánh"));
        }
        _ => {}
    }
    days
}

/// Whether `day` is a Sunday (used by the demo to keep filings on working days).
pub fn is_sunday(day: NaiveDate) -> bool {
    day.weekday() == Weekday::Sun
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A local (Vietnam) time.
    fn vn(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
        Ho_Chi_Minh
            .with_ymd_and_hms(y, m, d, h, min, 0)
            .single()
            .unwrap()
            .with_timezone(&Utc)
    }

    fn calendar() -> Calendar {
        Calendar {
            hours: WorkingHours::default(),
            holidays: vietnam_holidays(2026).into_iter().map(|(d, _)| d).collect(),
        }
    }

    fn filed(at: DateTime<Utc>, priority: Priority) -> Vec<Step> {
        vec![Step {
            at,
            phase: Phase::AwaitingResponse,
            priority,
        }]
    }

    #[test]
    fn a_p2_response_filed_on_friday_afternoon_runs_into_saturday_morning() {
        // Friday 6 March 2026, 15:00: 2 h on Friday, 2 h from 07:30 on Saturday.
        let due = due_times(
            &filed(vn(2026, 3, 6, 15, 0), Priority::P2),
            &Targets::default(),
            &calendar(),
            vn(2026, 3, 6, 15, 0),
        );
        assert_eq!(due.response_due_at, Some(vn(2026, 3, 7, 9, 30)));
    }

    #[test]
    fn a_p2_response_filed_on_saturday_skips_sunday() {
        // Saturday 10:00: 1½ h on Saturday, Sunday closed, 2½ h from Monday 07:30.
        let due = due_times(
            &filed(vn(2026, 3, 7, 10, 0), Priority::P2),
            &Targets::default(),
            &calendar(),
            vn(2026, 3, 7, 10, 0),
        );
        assert_eq!(due.response_due_at, Some(vn(2026, 3, 9, 10, 0)));
        // 3 working days = 28½ working hours: Sat 1½, Mon 9½, Tue 9½, Wed 8 → Wed 15:30.
        assert_eq!(due.resolution_due_at, Some(vn(2026, 3, 11, 15, 30)));
    }

    #[test]
    fn holidays_do_not_count_as_working_time() {
        // Wednesday 29 April 2026, 16:00: 1 h on Wednesday, 30/4 and 1/5 are holidays, 3 h on
        // Saturday 2 May from 07:30.
        let due = due_times(
            &filed(vn(2026, 4, 29, 16, 0), Priority::P2),
            &Targets::default(),
            &calendar(),
            vn(2026, 4, 29, 16, 0),
        );
        assert_eq!(due.response_due_at, Some(vn(2026, 5, 2, 10, 30)));
        // Without the holidays it would be Thursday 10:30.
        let plain = Calendar::default();
        let due = due_times(
            &filed(vn(2026, 4, 29, 16, 0), Priority::P2),
            &Targets::default(),
            &plain,
            vn(2026, 4, 29, 16, 0),
        );
        assert_eq!(due.response_due_at, Some(vn(2026, 4, 30, 10, 30)));
    }

    #[test]
    fn tet_holds_a_p3_response_for_the_whole_break() {
        // Friday 13 Feb 2026, 16:00: 1 h that day, Tết from 14 to 22 Feb, 8½ h from Monday 23.
        let due = due_times(
            &filed(vn(2026, 2, 13, 16, 0), Priority::P3),
            &Targets::default(),
            &calendar(),
            vn(2026, 2, 13, 16, 0),
        );
        assert_eq!(due.response_due_at, Some(vn(2026, 2, 23, 16, 0)));
    }

    #[test]
    fn p1_runs_around_the_clock() {
        let due = due_times(
            &filed(vn(2026, 3, 8, 23, 30), Priority::P1),
            &Targets::default(),
            &calendar(),
            vn(2026, 3, 8, 23, 30),
        );
        assert_eq!(due.response_due_at, Some(vn(2026, 3, 9, 0, 30)));
        assert_eq!(due.resolution_due_at, Some(vn(2026, 3, 9, 23, 30)));
    }

    #[test]
    fn a_pause_moves_the_resolution_by_its_length() {
        // P3: 8 calendar days from Monday 2 March 08:00; waiting on the requester Tuesday 08:00
        // to Thursday 08:00 adds 2 days.
        let mut steps = filed(vn(2026, 3, 2, 8, 0), Priority::P3);
        let step = |at, phase| Step {
            at,
            phase,
            priority: Priority::P3,
        };
        steps.push(step(vn(2026, 3, 2, 9, 0), Phase::Running));
        steps.push(step(vn(2026, 3, 3, 8, 0), Phase::Paused));
        steps.push(step(vn(2026, 3, 5, 8, 0), Phase::Running));
        let now = vn(2026, 3, 6, 8, 0);
        let due = due_times(&steps, &Targets::default(), &calendar(), now);
        assert_eq!(due.resolution_due_at, Some(vn(2026, 3, 12, 8, 0)));
        assert_eq!(due.responded_at, Some(vn(2026, 3, 2, 9, 0)));
        assert!(!due.overdue && !due.paused);
        // Still paused: the due time moves with now.
        steps.truncate(3);
        let due = due_times(&steps, &Targets::default(), &calendar(), now);
        assert!(due.paused);
        assert_eq!(due.resolution_due_at, Some(vn(2026, 3, 13, 8, 0)));
    }

    #[test]
    fn a_priority_change_recomputes_from_the_filing() {
        let mut steps = filed(vn(2026, 3, 2, 8, 0), Priority::P4);
        steps.push(Step {
            at: vn(2026, 3, 2, 8, 30),
            phase: Phase::Running,
            priority: Priority::P1,
        });
        let now = vn(2026, 3, 3, 9, 0);
        let due = due_times(&steps, &Targets::default(), &calendar(), now);
        assert_eq!(due.response_due_at, Some(vn(2026, 3, 2, 9, 0)));
        assert_eq!(due.resolution_due_at, Some(vn(2026, 3, 3, 8, 0)));
        assert!(due.overdue);
    }

    #[test]
    fn a_resolved_object_is_never_overdue_and_a_late_response_is() {
        let mut steps = filed(vn(2026, 3, 2, 8, 0), Priority::P1);
        let late = due_times(
            &steps,
            &Targets::default(),
            &calendar(),
            vn(2026, 3, 2, 9, 1),
        );
        assert!(late.overdue);
        steps.push(Step {
            at: vn(2026, 3, 2, 8, 10),
            phase: Phase::Stopped,
            priority: Priority::P1,
        });
        let done = due_times(
            &steps,
            &Targets::default(),
            &calendar(),
            vn(2026, 3, 9, 0, 0),
        );
        assert!(!done.overdue);
        assert_eq!(done.resolved_at, Some(vn(2026, 3, 2, 8, 10)));
    }

    #[test]
    fn a_calendar_without_working_hours_has_no_due_time() {
        let closed = Calendar {
            hours: WorkingHours([None; 7]),
            holidays: BTreeSet::new(),
        };
        let due = due_times(
            &filed(vn(2026, 3, 2, 8, 0), Priority::P2),
            &Targets::default(),
            &closed,
            vn(2026, 3, 2, 8, 0),
        );
        assert_eq!(due.response_due_at, None);
    }

    #[test]
    fn both_preloaded_years_have_tet() {
        for year in [2026, 2027] {
            assert!(
                vietnam_holidays(year)
                    .iter()
                    .any(|(_, name)| *name == "Tết Nguyên đán")
            );
        }
    }
}
