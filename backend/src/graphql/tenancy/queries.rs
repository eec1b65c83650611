//! Queries: members, firms, tenants.

use async_graphql::{Context, Object};

use crate::graphql::Services;
use crate::graphql::connection::{Conn, connection_cost, paginate};
use crate::graphql::context::{session, tenant};
use crate::graphql::errors::GqlResult;
use crate::graphql::tenancy::types::{Membership, Tenant};
use crate::tenancy::{members, tenants};

#[derive(Default)]
pub struct TenancyQueries;

#[Object]
impl TenancyQueries {
    /// Members of the current tenant, oldest first (operator admin).
    #[graphql(complexity = "connection_cost(first, child_complexity)")]
    async fn members(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
    ) -> async_graphql::Result<Conn<Membership>> {
        let services = ctx.data::<Services>()?;
        let tenant_ctx = tenant(ctx)?;
        let tenant = tenants::current(&services.db, &tenant_ctx).await.gql()?;
        paginate(ctx, first, after, |page| async move {
            let page = members::list(&services.db, &tenant_ctx, page).await?;
            Ok(page.map(|m| Membership {
                membership: m.membership,
                tenant: tenant.clone(),
                firm: m.firm,
                user: m.user,
            }))
        })
        .await
    }

    /// Operator tenants, by name (platform admin).
    #[graphql(complexity = "connection_cost(first, child_complexity)")]
    async fn tenants(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
    ) -> async_graphql::Result<Conn<Tenant>> {
        let services = ctx.data::<Services>()?;
        let session = session(ctx)?;
        paginate(ctx, first, after, |page| async move {
            Ok(tenants::list_operators(&services.db, session, page)
                .await?
                .map(Tenant))
        })
        .await
    }
}
