//! Reminders in the API: settings, pauses, the log, the next sweep's forecast, an invoice's
//! reminders.

pub mod mutations;
pub mod queries;
pub mod types;
