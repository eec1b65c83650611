//! Mutations: sign-in and out, refresh, switching membership, invitations, passwords, profile.

use async_graphql::{Context, ID, InputObject, Object};

use crate::auth::IssuedTokens;
use crate::auth::invitations::NewInvitation;
use crate::graphql::Services;
use crate::graphql::auth::types::{AuthPayload, Invitation, Viewer};
use crate::graphql::context::{refresh_token, session, set_refresh_cookie, tenant};
use crate::graphql::errors::GqlResult;
use crate::graphql::ids;
use crate::graphql::tenancy::types::{Locale, Role};
use crate::ids::{FirmId, InvitationId, MembershipId};
use crate::tenancy::users::{self, ProfileChange};

/// An invitation to send.
#[derive(InputObject)]
pub struct InviteUserInput {
    /// The address to invite.
    pub email: String,
    /// OPERATOR_ADMIN, OPERATOR_STAFF or ENTERPRISE.
    pub role: Role,
    /// Required for ENTERPRISE invitations: the firm the user will act for.
    pub firm_id: Option<ID>,
    /// Language of the invitation email (default Vietnamese).
    pub locale: Option<Locale>,
}

/// Changes to the signed-in user's profile.
#[derive(InputObject)]
pub struct UpdateProfileInput {
    /// Name shown in the product.
    pub display_name: Option<String>,
    /// Preferred language.
    pub locale: Option<Locale>,
}

/// Turns issued tokens into the payload, setting the refresh cookie.
async fn payload(ctx: &Context<'_>, tokens: IssuedTokens) -> async_graphql::Result<AuthPayload> {
    let services = ctx.data::<Services>()?;
    let all = users::with_memberships(&services.db, tokens.user_id)
        .await
        .gql()?;
    set_refresh_cookie(
        ctx,
        Some(&tokens.refresh_token),
        services.auth.refresh_days * 86_400,
    );
    Ok(AuthPayload {
        access_token: tokens.access_token,
        refresh_token: tokens.refresh_token,
        expires_in: tokens.expires_in,
        viewer: Viewer::new(all, tokens.role, tokens.membership_id),
    })
}

#[derive(Default)]
pub struct AuthMutations;

#[Object]
impl AuthMutations {
    /// Sign in. Also sets the refresh cookie. Errors: UNAUTHENTICATED (wrong email or
    /// password), RATE_LIMITED (too many failures: wait 15 minutes).
    async fn login(
        &self,
        ctx: &Context<'_>,
        email: String,
        password: String,
    ) -> async_graphql::Result<AuthPayload> {
        let services = ctx.data::<Services>()?;
        let tokens = services.auth.login(&email, &password).await.gql()?;
        payload(ctx, tokens).await
    }

    /// Exchange a refresh token (the argument, or the httpOnly cookie when omitted) for new
    /// tokens. The presented token is used up; presenting it again ends the session.
    async fn refresh(
        &self,
        ctx: &Context<'_>,
        refresh_token: Option<String>,
    ) -> async_graphql::Result<AuthPayload> {
        let services = ctx.data::<Services>()?;
        let presented = self::refresh_token(ctx, refresh_token)?;
        let tokens = services.auth.refresh(&presented).await.gql()?;
        payload(ctx, tokens).await
    }

    /// End the session of the refresh token (argument or cookie) and clear the cookie.
    async fn logout(
        &self,
        ctx: &Context<'_>,
        refresh_token: Option<String>,
    ) -> async_graphql::Result<bool> {
        let services = ctx.data::<Services>()?;
        if let Ok(presented) = self::refresh_token(ctx, refresh_token) {
            services.auth.logout(&presented).await.gql()?;
        }
        set_refresh_cookie(ctx, None, 0);
        Ok(true)
    }

    /// Switch to another membership of the signed-in user; returns tokens for it.
    async fn switch_membership(
        &self,
        ctx: &Context<'_>,
        membership_id: ID,
        refresh_token: Option<String>,
    ) -> async_graphql::Result<AuthPayload> {
        let services = ctx.data::<Services>()?;
        let session = session(ctx)?;
        let target = ids::decode::<MembershipId>(&membership_id, "membershipId").gql()?;
        let current = self::refresh_token(ctx, refresh_token).ok();
        let tokens = services
            .auth
            .switch_membership(session, target, current.as_deref())
            .await
            .gql()?;
        payload(ctx, tokens).await
    }

    /// Invite a person to the current tenant; the email goes out with a single-use link
    /// valid for 7 days (operator admin).
    async fn invite_user(
        &self,
        ctx: &Context<'_>,
        input: InviteUserInput,
    ) -> async_graphql::Result<Invitation> {
        let services = ctx.data::<Services>()?;
        let tenant_ctx = tenant(ctx)?;
        let firm_id = input
            .firm_id
            .as_ref()
            .map(|id| ids::decode::<FirmId>(id, "input.firmId"))
            .transpose()
            .gql()?;
        let new = NewInvitation::parse(
            &input.email,
            input.role.into(),
            firm_id,
            input.locale.map(Into::into),
        )
        .gql()?;
        Ok(Invitation(
            services.auth.invite(&tenant_ctx, new).await.gql()?,
        ))
    }

    /// Withdraw a pending invitation (operator admin).
    async fn revoke_invitation(
        &self,
        ctx: &Context<'_>,
        id: ID,
    ) -> async_graphql::Result<Invitation> {
        let services = ctx.data::<Services>()?;
        let tenant_ctx = tenant(ctx)?;
        let id = ids::decode::<InvitationId>(&id, "id").gql()?;
        Ok(Invitation(
            services
                .auth
                .revoke_invitation(&tenant_ctx, id)
                .await
                .gql()?,
        ))
    }

    /// Accept an invitation by setting a password (or, for an existing account, entering
    /// its password); signs the user in.
    async fn accept_invitation(
        &self,
        ctx: &Context<'_>,
        token: String,
        password: String,
        display_name: Option<String>,
    ) -> async_graphql::Result<AuthPayload> {
        let services = ctx.data::<Services>()?;
        let tokens = services
            .auth
            .accept_invitation(&token, &password, display_name.as_deref())
            .await
            .gql()?;
        payload(ctx, tokens).await
    }

    /// Email a password reset link. Always returns true, whether or not the email is known.
    async fn request_password_reset(
        &self,
        ctx: &Context<'_>,
        email: String,
    ) -> async_graphql::Result<bool> {
        let services = ctx.data::<Services>()?;
        services.auth.request_password_reset(&email).await.gql()?;
        Ok(true)
    }

    /// Set a new password with a reset link's token; every session of the account ends.
    async fn reset_password(
        &self,
        ctx: &Context<'_>,
        token: String,
        password: String,
    ) -> async_graphql::Result<bool> {
        let services = ctx.data::<Services>()?;
        services
            .auth
            .reset_password(&token, &password)
            .await
            .gql()?;
        Ok(true)
    }

    /// Change the signed-in user's name or language.
    async fn update_profile(
        &self,
        ctx: &Context<'_>,
        input: UpdateProfileInput,
    ) -> async_graphql::Result<Viewer> {
        let services = ctx.data::<Services>()?;
        let session = session(ctx)?;
        let change =
            ProfileChange::parse(input.display_name.as_deref(), input.locale.map(Into::into))
                .gql()?;
        users::update_profile(&services.db, session.user_id(), change)
            .await
            .gql()?;
        crate::graphql::auth::queries::viewer_of(services, session).await
    }

    /// Change the signed-in user's password.
    async fn change_password(
        &self,
        ctx: &Context<'_>,
        current_password: String,
        new_password: String,
    ) -> async_graphql::Result<bool> {
        let services = ctx.data::<Services>()?;
        let session = session(ctx)?;
        services
            .auth
            .change_password(session, &current_password, &new_password)
            .await
            .gql()?;
        Ok(true)
    }
}
