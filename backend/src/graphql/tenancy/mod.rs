//! Tenants, members and firms in the API.

pub mod mutations;
pub mod queries;
pub mod types;
