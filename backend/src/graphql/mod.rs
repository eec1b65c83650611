//! The GraphQL API: schema assembly, global IDs, the error-code mapping, limits. Resolvers are
//! thin: they parse input, call the domain services and shape the output.

pub mod auth;
pub mod billing;
pub mod connection;
pub mod context;
pub mod documents;
pub mod errors;
pub mod estate;
pub mod ids;
pub mod limits;
pub mod maintenance;
pub mod node;
pub mod notify;
pub mod reason;
pub mod receivables;
pub mod reminders;
pub mod scalars;
pub mod tenancy;
pub mod upkeep;

use async_graphql::{EmptySubscription, MergedObject, Schema};

use crate::auth::Auth;
use crate::db::Db;
use crate::notify::Outbox;

/// The services resolvers call, shared by every request.
#[derive(Clone)]
pub struct Services {
    pub db: Db,
    pub auth: Auth,
    pub outbox: Outbox,
    pub reminders: crate::reminders::Reminders,
    /// Where uploaded files are kept, with the upload limits.
    pub files: crate::storage::FileStore,
}

/// Every query.
#[derive(MergedObject, Default)]
pub struct Query(
    node::NodeQuery,
    auth::queries::AuthQueries,
    tenancy::queries::TenancyQueries,
    estate::queries::EstateQueries,
    billing::queries::BillingQueries,
    billing::support::SupportQueries,
    receivables::queries::ReceivablesQueries,
    notify::queries::NotifyQueries,
    maintenance::queries::MaintenanceQueries,
    upkeep::queries::UpkeepQueries,
    upkeep::calendar::CalendarQueries,
    receivables::statement::FundStatementQueries,
    receivables::today::OperatorTodoQueries,
    reminders::queries::ReminderQueries,
);

/// Every mutation.
#[derive(MergedObject, Default)]
pub struct Mutation(
    auth::mutations::AuthMutations,
    tenancy::mutations::TenancyMutations,
    estate::mutations::EstateMutations,
    billing::mutations::BillingMutations,
    billing::support::SupportMutations,
    receivables::mutations::ReceivablesMutations,
    notify::mutations::NotifyMutations,
    maintenance::mutations::MaintenanceMutations,
    maintenance::files::MaintenanceFileMutations,
    upkeep::mutations::UpkeepMutations,
    upkeep::calendar::CalendarMutations,
    upkeep::effluent::EffluentMutations,
    reminders::mutations::ReminderMutations,
);

/// The schema type.
pub type AppSchema = Schema<Query, Mutation, EmptySubscription>;

/// Builds the schema with its limits; introspection and field suggestions ("Did you mean …")
/// are off in production, so the schema is not given away.
pub fn build_schema(
    services: Option<Services>,
    limits: limits::Limits,
    production: bool,
) -> AppSchema {
    let mut builder = Schema::build(Query::default(), Mutation::default(), EmptySubscription)
        .limit_depth(limits.max_depth)
        .limit_complexity(limits.max_complexity)
        .register_output_type::<node::Node>();
    builder = connection::describe(builder);
    if let Some(services) = services {
        builder = builder.data(services);
    }
    if production {
        builder = builder.disable_introspection().disable_suggestions();
    }
    builder.finish()
}

/// The SDL of the schema, as checked in at `backend/schema.graphql`.
pub fn sdl() -> String {
    let schema = build_schema(
        None,
        limits::Limits {
            max_depth: 100,
            max_complexity: 100_000,
            max_aliases: 100,
            max_batch: 100,
        },
        false,
    );
    schema.sdl_with_options(
        async_graphql::SDLExportOptions::new()
            .sorted_fields()
            .sorted_enum_items(),
    )
}
