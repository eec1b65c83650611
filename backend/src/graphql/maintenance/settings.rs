//! An operator's maintenance settings as the API shows and takes them: SLA targets per
//! priority, working hours and holidays, and the approval threshold.

use async_graphql::{Enum, InputObject, SimpleObject};

use crate::graphql::maintenance::enums::MaintenancePriority;
use crate::graphql::scalars::Day;
use crate::maintenance::{settings, sla};

/// Which minutes an SLA target counts.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "crate::maintenance::sla::Clock")]
pub enum SlaClock {
    /// Every minute, day and night.
    Always,
    /// Minutes inside working hours, holidays excluded (a working day is 570 minutes).
    Working,
}

/// The response and resolution targets of one priority.
#[derive(SimpleObject, InputObject, Clone)]
#[graphql(input_name = "SlaTargetInput")]
pub struct SlaTarget {
    /// The priority.
    pub priority: MaintenancePriority,
    /// Minutes to respond.
    pub response_minutes: i64,
    /// Which minutes the response target counts.
    pub response_clock: SlaClock,
    /// Minutes to resolve.
    pub resolution_minutes: i64,
    /// Which minutes the resolution target counts.
    pub resolution_clock: SlaClock,
}

/// The working window of one weekday.
#[derive(SimpleObject, InputObject, Clone)]
#[graphql(input_name = "WorkingDayInput")]
pub struct WorkingDay {
    /// 1 = Monday … 7 = Sunday.
    pub weekday: i32,
    /// Opening, minutes after midnight (450 = 07:30); null: closed all day.
    pub opens_at_minute: Option<i32>,
    /// Closing, minutes after midnight (1020 = 17:00).
    pub closes_at_minute: Option<i32>,
}

/// A day off in the SLA calendar.
#[derive(SimpleObject, InputObject, Clone)]
#[graphql(input_name = "HolidayInput")]
pub struct Holiday {
    /// The day.
    pub day: Day,
    /// Its name, e.g. "Tết Nguyên đán".
    pub name: String,
}

/// An operator's maintenance settings in effect.
#[derive(SimpleObject)]
pub struct MaintenanceSettings {
    /// Targets for P1 to P4.
    pub targets: Vec<SlaTarget>,
    /// Working hours, Monday to Sunday, in Asia/Ho_Chi_Minh.
    pub working_hours: Vec<WorkingDay>,
    /// Every holiday in effect (the preloaded Vietnamese public holidays of 2026 and 2027
    /// unless the operator replaced a year), by day.
    pub holidays: Vec<Holiday>,
    /// Work orders costing more than this (đồng) need an operator admin to verify them.
    pub approval_threshold: i64,
}

impl From<settings::Settings> for MaintenanceSettings {
    fn from(s: settings::Settings) -> Self {
        use crate::maintenance::Priority as P;
        let targets = [P::P1, P::P2, P::P3, P::P4]
            .into_iter()
            .map(|p| {
                let t = s.targets.of(p);
                SlaTarget {
                    priority: p.into(),
                    response_minutes: t.response.minutes,
                    response_clock: t.response.clock.into(),
                    resolution_minutes: t.resolution.minutes,
                    resolution_clock: t.resolution.clock.into(),
                }
            })
            .collect();
        let working_hours = s
            .hours
            .0
            .iter()
            .enumerate()
            .map(|(i, w)| WorkingDay {
                weekday: i as i32 + 1,
                opens_at_minute: w.map(|(o, _)| i32::from(o)),
                closes_at_minute: w.map(|(_, c)| i32::from(c)),
            })
            .collect();
        Self {
            targets,
            working_hours,
            holidays: s
                .holidays
                .into_iter()
                .map(|(day, name)| Holiday {
                    day: Day(day),
                    name,
                })
                .collect(),
            approval_threshold: s.approval_threshold,
        }
    }
}

impl SlaTarget {
    /// The domain target pair.
    pub fn to_domain(&self) -> sla::PriorityTargets {
        sla::PriorityTargets {
            response: sla::Target {
                minutes: self.response_minutes,
                clock: self.response_clock.into(),
            },
            resolution: sla::Target {
                minutes: self.resolution_minutes,
                clock: self.resolution_clock.into(),
            },
        }
    }
}
