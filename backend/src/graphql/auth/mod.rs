//! Sign-in, the viewer, and invitations in the API.

pub mod mutations;
pub mod queries;
pub mod types;
