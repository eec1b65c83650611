//! Tables of the estate domain.

pub mod cluster;
pub mod lease;
pub mod lease_plot;
pub mod plot;
