//! Billing in the API: settings, tariffs, meter readings, billing runs, invoices, payments and
//! the maintenance fund.

pub mod mutations;
pub mod queries;
pub mod receivables;
pub mod types;
