//! The Relay `Node` interface: `node(id:)` resolves any object the caller may see. Another
//! tenant's object, a forbidden one, and a missing one all answer NOT_FOUND.
//!
//! Each Node type says which typed id names it and how to load one ([`NodeType`], next to the
//! type); adding a type means a variant below and a line in [`NodeQuery::node`].

use async_graphql::{Context, ID, Interface, Object};
use uuid::Uuid;

use crate::access::TenantCtx;
use crate::error::{AppError, AppResult};
use crate::graphql::Services;
use crate::graphql::auth::types::Invitation;
use crate::graphql::billing::invoices::Invoice;
use crate::graphql::context::session;
use crate::graphql::errors::{GqlResult, to_gql};
use crate::graphql::estate::types::{Cluster, Lease, Plot};
use crate::graphql::ids::{self, GlobalId};
use crate::graphql::maintenance::types::{MaintenanceRequest, WorkOrder};
use crate::graphql::notify::types::MailMessage;
use crate::graphql::receivables::types::{BankLine, Payment};
use crate::graphql::tenancy::types::{Firm, Membership, Tenant};
use crate::graphql::upkeep::types::{Asset, UpkeepSchedule};
use crate::ids::TenantId;
use crate::tenancy::tenants;

/// An object with a globally unique, opaque ID.
#[derive(Interface)]
#[graphql(field(name = "id", ty = "ID", desc = "The opaque global ID."))]
pub enum Node {
    Tenant(Tenant),
    Firm(Firm),
    Membership(Membership),
    Invitation(Invitation),
    MailMessage(MailMessage),
    Cluster(Cluster),
    Plot(Plot),
    Lease(Lease),
    Invoice(Invoice),
    Payment(Payment),
    BankLine(BankLine),
    MaintenanceRequest(MaintenanceRequest),
    WorkOrder(WorkOrder),
    Asset(Asset),
    UpkeepSchedule(UpkeepSchedule),
}

/// A Node type that lives inside a tenant: the typed id that names it, and how to load the
/// one a tenant context may see (NOT_FOUND otherwise).
pub(crate) trait NodeType: Sized + Into<Node> {
    type Id: GlobalId;

    async fn load(services: &Services, ctx: &TenantCtx, id: Self::Id) -> AppResult<Self>;

    /// [`NodeType::load`] for a query that asks `fields` of the object: a type with a wide
    /// row reads only the columns they need.
    async fn load_fields(
        services: &Services,
        ctx: &TenantCtx,
        id: Self::Id,
        fields: &[String],
    ) -> AppResult<Self> {
        let _ = fields;
        Self::load(services, ctx, id).await
    }
}

async fn load<T: NodeType>(
    services: &Services,
    ctx: &TenantCtx,
    uuid: Uuid,
    fields: &[String],
) -> async_graphql::Result<Node> {
    T::load_fields(services, ctx, T::Id::from(uuid), fields)
        .await
        .map(Into::into)
        .gql()
}

/// Loads the object of the first listed type whose global ID type is `$name`.
macro_rules! load_first_of {
    ($name:expr, $services:expr, $ctx:expr, $uuid:expr, $fields:expr; $($ty:ty),+ $(,)?) => {{
        $(if $name == <<$ty as NodeType>::Id as GlobalId>::TYPE {
            return load::<$ty>($services, $ctx, $uuid, $fields).await;
        })+
    }};
}

#[derive(Default)]
pub struct NodeQuery;

#[Object]
impl NodeQuery {
    /// Fetches any object by its global ID. NOT_FOUND when it does not exist or the caller may
    /// not see it.
    async fn node(&self, ctx: &Context<'_>, id: ID) -> async_graphql::Result<Node> {
        let services = ctx.data::<Services>()?;
        let session = session(ctx)?;
        let (type_name, uuid) = ids::parse(&id).ok_or_else(|| to_gql(AppError::NotFound))?;
        if type_name == TenantId::TYPE {
            let tenant = tenants::visible(&services.db, session, TenantId(uuid))
                .await
                .gql()?;
            return Ok(Node::Tenant(Tenant(tenant)));
        }
        // Every other type lives inside a tenant: without a tenant membership, nothing is visible.
        let tenant_ctx = session.tenant().map_err(|_| to_gql(AppError::NotFound))?;
        // What the query asks of the object, its type's fragments included (a field another
        // type's fragment names only makes the load read more).
        let fields: Vec<String> = ctx
            .field()
            .selection_set()
            .map(|field| field.name().to_owned())
            .collect();
        load_first_of!(type_name.as_str(), services, &tenant_ctx, uuid, &fields;
            Firm, Membership, Invitation, MailMessage, Cluster, Plot, Lease, Invoice, Payment,
            BankLine, MaintenanceRequest, WorkOrder, Asset, UpkeepSchedule,
        );
        Err(to_gql(AppError::NotFound))
    }
}
