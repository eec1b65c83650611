//! The upkeep API: the asset register and its permits, preventive schedules and occurrences,
//! and the compliance calendar.

pub mod calendar;
pub mod effluent;
pub mod inputs;
pub mod mutations;
pub mod province;
pub mod queries;
pub mod types;
