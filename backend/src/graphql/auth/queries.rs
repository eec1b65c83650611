//! Queries: the viewer, invitations.

use async_graphql::{Context, Object};

use crate::auth::Session;
use crate::graphql::Services;
use crate::graphql::auth::types::{Invitation, InvitationPreview, InvitationStatus, Viewer};
use crate::graphql::connection::{Conn, connection_cost, paginate};
use crate::graphql::context::{session, tenant};
use crate::graphql::errors::GqlResult;
use crate::tenancy::users;

/// The viewer of a verified session: its user row now, its memberships when a field asks.
pub async fn viewer_of(services: &Services, session: &Session) -> async_graphql::Result<Viewer> {
    let user = users::account(&services.db, session.user_id())
        .await
        .gql()?;
    Ok(Viewer::of_account(
        user,
        session.role(),
        session.membership_id(),
    ))
}

#[derive(Default)]
pub struct AuthQueries;

#[Object]
impl AuthQueries {
    /// The signed-in user and current membership. UNAUTHENTICATED without a valid token.
    async fn me(&self, ctx: &Context<'_>) -> async_graphql::Result<Viewer> {
        let services = ctx.data::<Services>()?;
        viewer_of(services, session(ctx)?).await
    }

    /// Invitations of the current tenant, newest first (operator admin).
    #[graphql(complexity = "connection_cost(first, child_complexity)")]
    async fn invitations(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        status: Option<InvitationStatus>,
    ) -> async_graphql::Result<Conn<Invitation>> {
        let services = ctx.data::<Services>()?;
        let tenant_ctx = tenant(ctx)?;
        paginate(ctx, first, after, |page| async move {
            Ok(services
                .auth
                .invitations(&tenant_ctx, status.map(Into::into), page)
                .await?
                .map(Invitation))
        })
        .await
    }

    /// Public: what an invitation link is for. NOT_FOUND when the token is unknown, used,
    /// revoked or expired.
    async fn invitation_preview(
        &self,
        ctx: &Context<'_>,
        token: String,
    ) -> async_graphql::Result<InvitationPreview> {
        let services = ctx.data::<Services>()?;
        let preview = services.auth.preview_invitation(&token).await.gql()?;
        Ok(InvitationPreview {
            email: preview.invitation.email,
            role: preview.invitation.role.into(),
            tenant_name: preview.tenant_name,
            firm_name: preview.firm_name,
            expires_at: preview.invitation.expires_at,
            existing_account: preview.existing_account,
        })
    }
}
