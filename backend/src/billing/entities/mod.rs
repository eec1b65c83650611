//! Tables of the billing domain.

pub mod billing_run;
pub mod billing_setting;
pub mod invoice;
pub mod invoice_counter;
pub mod invoice_line;
pub mod meter_reading;
pub mod support_claim;
pub mod support_programme;
pub mod tariff;
