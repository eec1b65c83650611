//! The maintenance API: requests, work orders, their SLA, costs, settings and statistics.

pub mod enums;
pub mod files;
pub mod inputs;
pub mod mutations;
pub mod queries;
pub mod settings;
pub mod types;

use crate::graphql::Services;
use crate::maintenance::notices::Notices;

/// Where maintenance mail goes and the links it carries.
pub(crate) fn notices(services: &Services) -> Notices<'_> {
    Notices {
        outbox: &services.outbox,
        web: services.auth.link(""),
    }
}
