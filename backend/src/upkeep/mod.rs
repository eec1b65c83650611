//! Upkeep of a cluster's shared infrastructure: the register of works (assets) with their
//! permits, preventive schedules repeating by an RFC 5545 rule, and the occurrences generated
//! from them, which open maintenance work orders ahead of their due date.
//!
//! - [`assets`]: the register (cluster → zone → asset), its permits and history.
//! - [`csv_files`]: the register in and out as a spreadsheet (a dry run first).
//! - [`effluent`]: a plant's discharge limits and sampling results judged against them.
//! - [`recurrence`]: the pure rule arithmetic (parse, check, expand).
//! - [`schedules`]: schedules and their occurrences, skipping one.
//! - [`generator`]: the idempotent sweep that materialises occurrences and opens work orders.
//! - [`follow_on`]: the next occurrence of a schedule anchored after the last completion.
//! - [`inspections`]: answering an inspection's checklist (range checks) and the corrective
//!   work order a failed answer opens.
//! - [`photos`]: a checklist item answered with a photo, and who may see it.
//! - [`calendar`]: the compliance calendar: everything due per cluster and day.
//! - [`ics`]: the calendar as iCalendar text; [`feeds`]: its private, revocable feed URLs.
//! - [`templates`]: the compliance template pack (standard schedules with their legal basis).
//! - [`province`]: the authority's per-cluster figures (plant, effluent, P1 work, done vs plan).

pub mod assets;
pub mod calendar;
pub mod csv_files;
pub mod effluent;
pub mod entities;
pub mod feeds;
pub mod follow_on;
pub mod generator;
pub mod ics;
pub mod inspections;
pub mod photos;
pub mod province;
pub mod recurrence;
pub mod schedules;
pub mod templates;

use sea_orm::sea_query::StringLen;
use sea_orm::{DeriveActiveEnum, EnumIter};
use serde::{Deserialize, Serialize};

crate::maintenance::db_enum!(
    /// The kinds of shared technical infrastructure of an industrial cluster, after Decree
    /// 32/2024/NĐ-CP art. 2.
    AssetCategory {
        /// Internal roads and pavements.
        InternalRoads = "INTERNAL_ROADS",
        /// Rainwater collection and drainage.
        Drainage = "DRAINAGE",
        /// Water supply.
        WaterSupply = "WATER_SUPPLY",
        /// Wastewater collection and treatment.
        Wastewater = "WASTEWATER",
        /// Power supply and public lighting.
        PowerLighting = "POWER_LIGHTING",
        /// Fire protection.
        FireProtection = "FIRE_PROTECTION",
        /// Trees and green areas.
        Greenery = "GREENERY",
        /// Fences and gates.
        FencesGates = "FENCES_GATES",
        /// Anything else (solid waste, communications, a zone).
        Other = "OTHER",
    }
);

impl AssetCategory {
    /// Every category, in the decree's order.
    pub const ALL: [Self; 9] = [
        Self::InternalRoads,
        Self::Drainage,
        Self::WaterSupply,
        Self::Wastewater,
        Self::PowerLighting,
        Self::FireProtection,
        Self::Greenery,
        Self::FencesGates,
        Self::Other,
    ];

    /// Reads a wire name (a spreadsheet cell).
    pub fn parse(raw: &str) -> Option<Self> {
        let raw = raw.trim().to_uppercase();
        Self::ALL.into_iter().find(|c| c.as_str() == raw)
    }
}

crate::maintenance::db_enum!(
    /// What a permit allows.
    PermitKind {
        /// The environmental permit to discharge treated wastewater.
        Discharge = "DISCHARGE",
        /// The fire safety design approval and acceptance.
        FireSafety = "FIRE_SAFETY",
        /// Any other permit or licence.
        Other = "OTHER",
    }
);

crate::maintenance::db_enum!(
    /// Where an occurrence of a schedule stands.
    OccurrenceStatus {
        /// Generated ahead; its work order opens at the due date less the lead days.
        Planned = "PLANNED",
        /// Its work order is open.
        Open = "OPEN",
        /// Skipped on purpose, with a reason.
        Skipped = "SKIPPED",
        /// Its time passed while nothing ran (a later occurrence was opened instead).
        Missed = "MISSED",
    }
);

crate::maintenance::db_enum!(
    /// What a schedule's due dates are counted from.
    ScheduleAnchor {
        /// Fixed dates: the rule anchored on the start date, whatever happened before.
        Fixed = "FIXED",
        /// After the last completion: each due date is the rule's interval after the day the
        /// previous occurrence's work order was done, so only one occurrence lies ahead.
        AfterCompletion = "AFTER_COMPLETION",
    }
);

crate::maintenance::db_enum!(
    /// The kind of answer a checklist item takes.
    ChecklistKind {
        /// Yes or no.
        YesNo = "YES_NO",
        /// Pass or fail.
        PassFail = "PASS_FAIL",
        /// A number with a unit, accepted within a range.
        Number = "NUMBER",
        /// Free text.
        Text = "TEXT",
        /// A photo of what was inspected, taken with the phone's camera.
        Photo = "PHOTO",
    }
);

/// One item of a schedule's checklist template, copied into each work order it opens.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ChecklistTemplateItem {
    pub label: String,
    pub kind: ChecklistKind,
    /// For a number: its unit.
    pub unit: Option<String>,
    /// For a number: the least accepted value.
    pub min: Option<f64>,
    /// For a number: the greatest accepted value.
    pub max: Option<f64>,
}

impl ChecklistTemplateItem {
    /// An item answered by `kind` alone (no unit, no range).
    pub fn of(label: &str, kind: ChecklistKind) -> Self {
        Self {
            label: label.to_owned(),
            kind,
            unit: None,
            min: None,
            max: None,
        }
    }

    /// A number in `unit`, accepted within `min`–`max` (an open end accepts anything).
    pub fn number(label: &str, unit: &str, min: Option<f64>, max: Option<f64>) -> Self {
        Self {
            label: label.to_owned(),
            kind: ChecklistKind::Number,
            unit: Some(unit.to_owned()),
            min,
            max,
        }
    }
}
