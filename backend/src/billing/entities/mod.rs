//! Tables of the billing domain.

pub mod bank_line;
pub mod billing_run;
pub mod billing_setting;
pub mod fund_entry;
pub mod invoice;
pub mod invoice_counter;
pub mod invoice_line;
pub mod meter_reading;
pub mod payment;
pub mod payment_allocation;
pub mod tariff;
pub mod upkeep_plan;
