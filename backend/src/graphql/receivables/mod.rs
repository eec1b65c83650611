//! The receivables API: payments, the maintenance fund, bank lines, statements, aging.

pub mod amount_due;
pub mod fund;
pub mod mutations;
pub mod queries;
pub mod statement;
pub mod today;
pub mod types;
