//! Mutations: creating operator tenants.

use async_graphql::{Context, InputObject, Object};

use crate::access::Role;
use crate::auth::invitations::NewInvitation;
use crate::graphql::Services;
use crate::graphql::context::session;
use crate::graphql::errors::GqlResult;
use crate::graphql::tenancy::types::Tenant;
use crate::tenancy::Locale;
use crate::tenancy::tenants::NewOperator;
use crate::values::Email;

/// A new operator tenant and the email of its first admin.
#[derive(InputObject)]
pub struct CreateTenantInput {
    /// The operator's name, e.g. "Công ty CP Hạ tầng CCN Đồng Sóc".
    pub name: String,
    /// The province, as text.
    pub province: String,
    /// The first operator admin, who receives an invitation.
    pub admin_email: String,
}

#[derive(Default)]
pub struct TenancyMutations;

#[Object]
impl TenancyMutations {
    /// Creates an operator tenant and invites its first admin (platform admin).
    async fn create_tenant(
        &self,
        ctx: &Context<'_>,
        input: CreateTenantInput,
    ) -> async_graphql::Result<Tenant> {
        let services = ctx.data::<Services>()?;
        let session = session(ctx)?;
        session.require_platform_admin().gql()?;
        let mut problems = crate::error::Problems::new();
        let operator = problems.check(NewOperator::parse(&input.name, &input.province));
        let admin_email = problems.check(Email::parse(&input.admin_email, "input.adminEmail"));
        problems.finish().gql()?;
        let (Some(operator), Some(email)) = (operator, admin_email) else {
            return Err(crate::graphql::errors::to_gql(
                crate::error::AppError::invalid("input", "incomplete"),
            ));
        };
        let invitation = NewInvitation {
            email,
            role: Role::OperatorAdmin,
            firm_id: None,
            locale: Locale::Vi,
        };
        let tenant = services
            .auth
            .create_operator(session, operator, invitation)
            .await
            .gql()?;
        Ok(Tenant(tenant))
    }
}
