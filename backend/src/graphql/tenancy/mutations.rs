//! Mutations: creating operator tenants; removing members and changing their role.

use async_graphql::{Context, ID, InputObject, Object};

use crate::access::Role;
use crate::auth::invitations::NewInvitation;
use crate::error::reason;
use crate::graphql::Services;
use crate::graphql::context::{session, tenant};
use crate::graphql::errors::GqlResult;
use crate::graphql::ids;
use crate::graphql::node::NodeType;
use crate::graphql::tenancy::types::{Membership, Role as RoleKind, Tenant};
use crate::ids::{MembershipId, TenantId};
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

/// An operator tenant's corrected name and province.
#[derive(InputObject)]
pub struct UpdateTenantInput {
    /// The operator's name.
    pub name: String,
    /// The province, as text.
    pub province: String,
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
                crate::error::AppError::invalid("input", reason!("incomplete", "incomplete")),
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

    /// Corrects an operator tenant's name and province (platform admin). NOT_FOUND for an
    /// unknown tenant or an authority; VALIDATION with field paths under `input.`.
    async fn update_tenant(
        &self,
        ctx: &Context<'_>,
        id: ID,
        input: UpdateTenantInput,
    ) -> async_graphql::Result<Tenant> {
        let services = ctx.data::<Services>()?;
        let session = session(ctx)?;
        session.require_platform_admin().gql()?;
        let id = ids::decode::<TenantId>(&id, "id").gql()?;
        let changed = NewOperator::parse(&input.name, &input.province).gql()?;
        let tenant = services
            .auth
            .update_operator(session, id, changed)
            .await
            .gql()?;
        Ok(Tenant(tenant))
    }

    /// Suspends an operator tenant (platform admin): its users cannot sign in, and the sessions
    /// they hold end at once; its data is kept. Suspending a suspended tenant changes nothing.
    /// VALIDATION on `reason` when it is empty; NOT_FOUND for an unknown tenant or an authority.
    async fn suspend_tenant(
        &self,
        ctx: &Context<'_>,
        id: ID,
        #[graphql(desc = "Why, for the record and the operator's support conversation.")]
        reason: String,
    ) -> async_graphql::Result<Tenant> {
        let services = ctx.data::<Services>()?;
        let session = session(ctx)?;
        session.require_platform_admin().gql()?;
        let id = ids::decode::<TenantId>(&id, "id").gql()?;
        let tenant = services
            .auth
            .suspend_operator(session, id, &reason)
            .await
            .gql()?;
        Ok(Tenant(tenant))
    }

    /// Lifts a tenant's suspension (platform admin): its users can sign in again.
    async fn reactivate_tenant(&self, ctx: &Context<'_>, id: ID) -> async_graphql::Result<Tenant> {
        let services = ctx.data::<Services>()?;
        let session = session(ctx)?;
        session.require_platform_admin().gql()?;
        let id = ids::decode::<TenantId>(&id, "id").gql()?;
        let tenant = services.auth.reactivate_operator(session, id).await.gql()?;
        Ok(Tenant(tenant))
    }

    /// Removes a member from the current tenant (operator admin). Their sessions in this
    /// tenant end at once: refresh tokens stop working and so do their access tokens. Returns
    /// the removed membership's ID. NOT_FOUND for a membership of another tenant; CONFLICT for
    /// the tenant's last operator admin.
    async fn remove_member(
        &self,
        ctx: &Context<'_>,
        membership_id: ID,
    ) -> async_graphql::Result<ID> {
        let services = ctx.data::<Services>()?;
        let tenant_ctx = tenant(ctx)?;
        let id = ids::decode::<MembershipId>(&membership_id, "membershipId").gql()?;
        services.auth.remove_member(&tenant_ctx, id).await.gql()?;
        Ok(membership_id)
    }

    /// Moves a member between OPERATOR_ADMIN and OPERATOR_STAFF (operator admin). Their
    /// sessions in this tenant end at once, so the new role applies from their next sign-in.
    /// VALIDATION for another role or a member who is not operator admin or staff; CONFLICT
    /// when it would leave the tenant without an operator admin.
    async fn change_member_role(
        &self,
        ctx: &Context<'_>,
        membership_id: ID,
        role: RoleKind,
    ) -> async_graphql::Result<Membership> {
        let services = ctx.data::<Services>()?;
        let tenant_ctx = tenant(ctx)?;
        let id = ids::decode::<MembershipId>(&membership_id, "membershipId").gql()?;
        services
            .auth
            .change_member_role(&tenant_ctx, id, role.into())
            .await
            .gql()?;
        Membership::load(services, &tenant_ctx, id).await.gql()
    }
}
