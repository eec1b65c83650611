//! Cursor connections (Relay): `first`/`after`, `pageInfo`, `edges`, `nodes`, `totalCount`.

use std::future::Future;

use async_graphql::connection::{Connection, Edge, EmptyFields, OpaqueCursor, query};
use async_graphql::{Context, Enum, InputObject, InputType, OutputType, SimpleObject};

use crate::db::{Direction, Page, PageRequest, Sort};
use crate::error::{AppError, AppResult, reason};
use crate::graphql::errors::to_gql;
use crate::graphql::estate::types::{ClusterOrderField, LeaseOrderField, PlotOrderField};
use crate::graphql::tenancy::types::FirmOrderField;

/// Page size when `first` is not given.
pub const DEFAULT_PAGE: usize = 50;
/// Largest page a client may ask for.
pub const MAX_PAGE: usize = 100;

/// Fields every connection has besides edges.
#[derive(SimpleObject)]
pub struct Counted {
    /// How many items the whole list has, across all pages.
    pub total_count: i64,
}

/// A connection of `T`, with opaque cursors.
pub type Conn<T> = Connection<OpaqueCursor<u64>, T, Counted, EmptyFields>;

/// Gives each connection type its description: async-graphql's `Connection` carries none, and
/// `override_output_type_description` is the one place a generated type's description is set.
/// A new `Conn<T>` needs its line here (the schema test names the one missing).
pub fn describe<Q, M, S>(
    builder: async_graphql::SchemaBuilder<Q, M, S>,
) -> async_graphql::SchemaBuilder<Q, M, S> {
    use crate::graphql as g;
    builder
        .override_output_type_description::<Conn<g::maintenance::types::MaintenanceRequest>>(
            "Maintenance requests, a page at a time: `nodes` (or `edges` with their cursors), `pageInfo` \
             (pass `endCursor` as `after` for the next page) and `totalCount` over all pages.",
        )
        .override_output_type_description::<Conn<g::maintenance::types::WorkOrder>>(
            "Work orders, a page at a time: `nodes` (or `edges` with their cursors), `pageInfo` \
             (pass `endCursor` as `after` for the next page) and `totalCount` over all pages.",
        )
        .override_output_type_description::<Conn<g::receivables::types::BankLine>>(
            "Imported bank lines, a page at a time: `nodes` (or `edges` with their cursors), `pageInfo` \
             (pass `endCursor` as `after` for the next page) and `totalCount` over all pages.",
        )
        .override_output_type_description::<Conn<g::estate::types::Cluster>>(
            "Clusters, a page at a time: `nodes` (or `edges` with their cursors), `pageInfo` \
             (pass `endCursor` as `after` for the next page) and `totalCount` over all pages.",
        )
        .override_output_type_description::<Conn<g::tenancy::types::Firm>>(
            "Firms, a page at a time: `nodes` (or `edges` with their cursors), `pageInfo` \
             (pass `endCursor` as `after` for the next page) and `totalCount` over all pages.",
        )
        .override_output_type_description::<Conn<g::auth::types::Invitation>>(
            "Invitations, a page at a time: `nodes` (or `edges` with their cursors), `pageInfo` \
             (pass `endCursor` as `after` for the next page) and `totalCount` over all pages.",
        )
        .override_output_type_description::<Conn<g::billing::invoices::Invoice>>(
            "Invoices and credit notes, a page at a time: `nodes` (or `edges` with their cursors), `pageInfo` \
             (pass `endCursor` as `after` for the next page) and `totalCount` over all pages.",
        )
        .override_output_type_description::<Conn<g::estate::types::Lease>>(
            "Leases, a page at a time: `nodes` (or `edges` with their cursors), `pageInfo` \
             (pass `endCursor` as `after` for the next page) and `totalCount` over all pages.",
        )
        .override_output_type_description::<Conn<g::notify::types::MailMessage>>(
            "Outgoing emails, a page at a time: `nodes` (or `edges` with their cursors), `pageInfo` \
             (pass `endCursor` as `after` for the next page) and `totalCount` over all pages.",
        )
        .override_output_type_description::<Conn<g::reminders::types::Reminder>>(
            "Reminders sent, a page at a time: `nodes` (or `edges` with their cursors), `pageInfo` \
             (pass `endCursor` as `after` for the next page) and `totalCount` over all pages.",
        )
        .override_output_type_description::<Conn<g::tenancy::types::Membership>>(
            "Members, a page at a time: `nodes` (or `edges` with their cursors), `pageInfo` \
             (pass `endCursor` as `after` for the next page) and `totalCount` over all pages.",
        )
        .override_output_type_description::<Conn<g::receivables::types::Payment>>(
            "Payments, a page at a time: `nodes` (or `edges` with their cursors), `pageInfo` \
             (pass `endCursor` as `after` for the next page) and `totalCount` over all pages.",
        )
        .override_output_type_description::<Conn<g::estate::types::Plot>>(
            "Plots, a page at a time: `nodes` (or `edges` with their cursors), `pageInfo` \
             (pass `endCursor` as `after` for the next page) and `totalCount` over all pages.",
        )
        .override_output_type_description::<Conn<g::tenancy::types::Tenant>>(
            "Tenants, a page at a time: `nodes` (or `edges` with their cursors), `pageInfo` \
             (pass `endCursor` as `after` for the next page) and `totalCount` over all pages.",
        )
}

/// What a page costs against the request's complexity limit: its items' cost times the page
/// size asked for, so 30 aliased pages of 100 invoices with their lines cost what they load.
pub fn connection_cost(first: Option<i32>, child_complexity: usize) -> usize {
    let size = first.map_or(DEFAULT_PAGE, |f| f.clamp(0, MAX_PAGE as i32) as usize);
    child_complexity.saturating_mul(size.max(1))
}

/// The fields a query asks of a connection's items, in `nodes` and in `edges { node }`,
/// fragments included: what a list may limit its reading to.
pub fn item_fields(ctx: &Context<'_>) -> Vec<String> {
    let look = ctx.look_ahead();
    let nodes = look.field("nodes").selection_fields();
    let edges = look.field("edges").field("node").selection_fields();
    nodes
        .iter()
        .chain(&edges)
        .flat_map(|item| item.selection_set())
        .map(|field| field.name().to_owned())
        .collect()
}

/// The largest offset a cursor may carry: no list of a tenant comes near ten million rows.
const MAX_OFFSET: u64 = 10_000_000;

/// Runs `fetch` for the page `first`/`after` describe and wraps the result as a connection.
pub async fn paginate<T, F, Fut>(
    ctx: &Context<'_>,
    first: Option<i32>,
    after: Option<String>,
    fetch: F,
) -> async_graphql::Result<Conn<T>>
where
    T: OutputType,
    F: FnOnce(PageRequest) -> Fut,
    Fut: Future<Output = AppResult<Page<T>>>,
{
    if let Some(first) = first
        && !(0..=MAX_PAGE as i32).contains(&first)
    {
        return Err(to_gql(AppError::invalid(
            "first",
            reason!("page_size", "ask for 0 to {max} items", max = MAX_PAGE),
        )));
    }
    // Counting a whole list is a second statement, often the dearer one: only when asked.
    let count = ctx.look_ahead().field("totalCount").exists();
    query(
        after,
        None,
        first,
        None,
        |after: Option<OpaqueCursor<u64>>, _before, first, _last| async move {
            // A cursor is an offset we handed out; one beyond any list is not ours (and an
            // offset past i64 would not even bind as an SQL parameter).
            let offset = match after {
                None => 0,
                Some(c) if c.0 < MAX_OFFSET => c.0 + 1,
                Some(_) => {
                    return Err(to_gql(AppError::invalid(
                        "after",
                        reason!("not_a_cursor", "not a cursor of this list"),
                    )));
                }
            };
            let limit = first.unwrap_or(DEFAULT_PAGE).min(MAX_PAGE) as u64;
            let page = fetch(PageRequest {
                offset,
                limit,
                count,
            })
            .await
            .map_err(to_gql)?;
            let returned = page.items.len() as u64;
            let mut connection = Connection::with_additional_fields(
                offset > 0,
                offset + returned < page.total,
                Counted {
                    total_count: i64::try_from(page.total).unwrap_or(i64::MAX),
                },
            );
            connection.edges.extend(
                page.items
                    .into_iter()
                    .enumerate()
                    .map(|(i, node)| Edge::new(OpaqueCursor(offset + i as u64), node)),
            );
            Ok::<_, async_graphql::Error>(connection)
        },
    )
    .await
}

/// Which way a list runs.
#[derive(Enum, Clone, Copy, Default, PartialEq, Eq)]
pub enum SortDirection {
    #[default]
    /// Smallest, earliest or A first.
    Asc,
    /// Largest, latest or Z first.
    Desc,
}

/// How to sort a list: a field and a direction (ASC unless given). Rows with equal values keep
/// a stable order, so pages neither overlap nor skip.
#[derive(InputObject)]
#[graphql(
    concrete(name = "ClusterOrder", params(ClusterOrderField)),
    concrete(name = "PlotOrder", params(PlotOrderField)),
    concrete(name = "FirmOrder", params(FirmOrderField)),
    concrete(name = "LeaseOrder", params(LeaseOrderField))
)]
pub struct OrderBy<F: InputType> {
    /// What to sort by.
    pub field: F,
    /// ASC (the default) or DESC.
    #[graphql(default)]
    pub direction: SortDirection,
}

impl<F: InputType> OrderBy<F> {
    /// The domain's sort for this order.
    pub fn sort<D>(self) -> Sort<D>
    where
        F: Into<D>,
    {
        Sort {
            field: self.field.into(),
            direction: match self.direction {
                SortDirection::Asc => Direction::Ascending,
                SortDirection::Desc => Direction::Descending,
            },
        }
    }
}
