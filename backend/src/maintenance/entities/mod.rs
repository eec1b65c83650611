//! Tables of the maintenance domain.

pub mod chargeback;
pub mod checklist_item;
pub mod comment;
pub mod cost_line;
pub mod file;
pub mod holiday;
pub mod request;
pub mod request_event;
pub mod setting;
pub mod work_order;
pub mod work_order_event;
pub mod work_order_request;
