//! Billing in the API: settings, tariffs, meter readings, billing runs, invoices and credit
//! notes, the province's rent support programmes. What follows an invoice (payments, the fund,
//! bank lines) is in [`super::receivables`].

pub mod invoices;
pub mod mutations;
pub mod queries;
pub mod support;
pub mod types;
