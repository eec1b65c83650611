//! The upkeep tables.

pub mod asset;
pub mod asset_permit;
pub mod calendar_feed;
pub mod checklist_photo;
pub mod discharge_limit;
pub mod effluent_sample;
pub mod occurrence;
pub mod schedule;
