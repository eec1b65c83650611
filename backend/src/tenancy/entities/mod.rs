//! Tables of the tenancy domain.

pub mod firm;
pub mod membership;
pub mod tenant;
pub mod user;
