//! Tables of the receivables domain.

pub mod bank_line;
pub mod fund_entry;
pub mod payment;
pub mod payment_allocation;
pub mod refund;
pub mod upkeep_plan;
