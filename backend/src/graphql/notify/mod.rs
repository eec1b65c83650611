//! The mail log in the API.

pub mod mutations;
pub mod queries;
pub mod types;
