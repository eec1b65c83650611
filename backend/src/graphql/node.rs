//! The Relay `Node` interface: `node(id:)` resolves any object the caller may see. Another
//! tenant's object, a forbidden one, and a missing one all answer NOT_FOUND.

use async_graphql::{Context, ID, Interface, Object};

use crate::billing::{invoices, payments};
use crate::error::AppError;
use crate::estate::{clusters, leases, occupancy, plots, today};
use crate::graphql::Services;
use crate::graphql::auth::types::Invitation;
use crate::graphql::billing::queries::with_cluster_names;
use crate::graphql::billing::types::{Invoice, Payment};
use crate::graphql::context::session;
use crate::graphql::errors::{GqlResult, to_gql};
use crate::graphql::estate::types::{Cluster, ClusterSummary, Lease, Occupancy, Plot};
use crate::graphql::ids;
use crate::graphql::notify::types::MailMessage;
use crate::graphql::tenancy::types::{Firm, Membership, Tenant};
use crate::ids::{FirmId, InvitationId, MailId, MembershipId, TenantId};
use crate::notify::outbox;
use crate::tenancy::{firms, members, tenants};

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
    BankLine(crate::graphql::billing::receivables::BankLine),
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
        let (type_name, uuid) = ids::decode(&id).gql()?;
        let db = &services.db;
        if type_name == "Tenant" {
            return Ok(Node::Tenant(Tenant(
                tenants::visible(db, session, TenantId(uuid)).await.gql()?,
            )));
        }
        // Every other type lives inside a tenant: without a tenant membership, nothing is visible.
        let tenant_ctx = session.tenant().map_err(|_| to_gql(AppError::NotFound))?;
        let node = match type_name.as_str() {
            "Firm" => Node::Firm(Firm(firms::get(db, &tenant_ctx, FirmId(uuid)).await.gql()?)),
            "Membership" => {
                let member = members::get(db, &tenant_ctx, MembershipId(uuid))
                    .await
                    .gql()?;
                let tenant = tenants::current(db, &tenant_ctx).await.gql()?;
                Node::Membership(Membership {
                    membership: member.membership,
                    tenant,
                    firm: member.firm,
                    user: member.user,
                })
            }
            "Invitation" => Node::Invitation(Invitation(
                services
                    .auth
                    .invitation(&tenant_ctx, InvitationId(uuid))
                    .await
                    .gql()?,
            )),
            "MailMessage" => Node::MailMessage(MailMessage(
                outbox::get(db, &tenant_ctx, MailId(uuid)).await.gql()?,
            )),
            "Cluster" => {
                let model = clusters::get(db, &tenant_ctx, uuid).await.gql()?;
                let on = today();
                let figures =
                    occupancy::of_clusters(db, &tenant_ctx, std::slice::from_ref(&model), on)
                        .await
                        .gql()?;
                let figures = figures.get(&model.id).cloned().unwrap_or_default();
                Node::Cluster(Cluster {
                    occupancy: Occupancy::new(on, &figures),
                    model,
                })
            }
            "Plot" => {
                let model = plots::get(db, &tenant_ctx, uuid).await.gql()?;
                let cluster = clusters::get(db, &tenant_ctx, model.cluster_id)
                    .await
                    .gql()?;
                Node::Plot(Plot {
                    cluster: ClusterSummary::from(&cluster),
                    model,
                    status: None,
                })
            }
            "Lease" => Node::Lease(Lease(leases::get(db, &tenant_ctx, uuid).await.gql()?)),
            "Invoice" => {
                let model = invoices::get(db, &tenant_ctx, uuid).await.gql()?;
                Node::Invoice(
                    with_cluster_names(services, &tenant_ctx, vec![model])
                        .await
                        .gql()?
                        .remove(0),
                )
            }
            "Payment" => Node::Payment(Payment {
                model: payments::get(db, &tenant_ctx, uuid).await.gql()?,
                replayed: false,
            }),
            "BankLine" => Node::BankLine(crate::graphql::billing::receivables::BankLine(
                crate::billing::bank::get(db, &tenant_ctx, uuid)
                    .await
                    .gql()?,
            )),
            _ => return Err(to_gql(AppError::NotFound)),
        };
        Ok(node)
    }
}
