//! Tables of the notification domain.

pub mod outbox_message;
