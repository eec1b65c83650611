//! The reminders' tables.

pub mod reminder_hold;
pub mod reminder_refusal;
pub mod reminder_send;
pub mod reminder_setting;
