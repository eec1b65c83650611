//! The upkeep API: the asset register and its permits, preventive schedules and occurrences,
//! and the compliance calendar.

pub mod calendar;
pub mod inputs;
pub mod mutations;
pub mod queries;
pub mod types;
