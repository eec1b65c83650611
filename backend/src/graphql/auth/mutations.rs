//! Mutations: sign-in and out, refresh, switching membership, invitations, passwords, profile.

use async_graphql::{Context, ID, InputObject, Object};

use crate::auth::IssuedTokens;
use crate::auth::invitations::NewInvitation;
use crate::graphql::Services;
use crate::graphql::auth::types::{AuthPayload, Invitation, TokenDelivery, Viewer};
use crate::graphql::context::{
    Delivery, client_address, refresh_token, session, set_refresh_cookie, tenant,
};
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

/// Turns issued tokens into the payload, handing the refresh token over the way `delivery`
/// says: in the httpOnly cookie (browsers) or in the body (programs), never both.
async fn payload(
    ctx: &Context<'_>,
    tokens: IssuedTokens,
    delivery: Delivery,
) -> async_graphql::Result<AuthPayload> {
    let services = ctx.data::<Services>()?;
    let all = users::with_memberships(&services.db, tokens.user_id)
        .await
        .gql()?;
    let refresh_token = match delivery {
        Delivery::Cookie => {
            set_refresh_cookie(
                ctx,
                Some(&tokens.refresh_token),
                services.auth.refresh_days() * 86_400,
            );
            None
        }
        Delivery::Body => Some(tokens.refresh_token),
    };
    Ok(AuthPayload {
        access_token: tokens.access_token,
        refresh_token,
        expires_in: tokens.expires_in,
        viewer: Viewer::new(all, tokens.role, tokens.membership_id),
    })
}

/// Whether an error is FORBIDDEN (a cross-site use of the cookie), which must not be ignored.
fn is_forbidden(error: &async_graphql::Error) -> bool {
    error
        .extensions
        .as_ref()
        .and_then(|e| e.get("code"))
        .is_some_and(|code| *code == async_graphql::Value::from("FORBIDDEN"))
}

#[derive(Default)]
pub struct AuthMutations;

#[Object]
impl AuthMutations {
    /// Sign in. The refresh token goes in the httpOnly cookie, or with
    /// `tokenDelivery: BODY` in `refreshToken` instead. At most one `login` per HTTP request.
    /// Errors: UNAUTHENTICATED (wrong email or password), RATE_LIMITED (too many attempts for
    /// this account or from this client address: wait 15 minutes).
    async fn login(
        &self,
        ctx: &Context<'_>,
        email: String,
        password: String,
        #[graphql(default)] token_delivery: TokenDelivery,
    ) -> async_graphql::Result<AuthPayload> {
        let services = ctx.data::<Services>()?;
        let tokens = services
            .auth
            .login(&email, &password, client_address(ctx))
            .await
            .gql()?;
        payload(ctx, tokens, token_delivery.into()).await
    }

    /// Exchange a refresh token for new tokens. Given as the argument, the new refresh token
    /// comes back in `refreshToken`; omitted, the httpOnly cookie is used and renewed (and
    /// `refreshToken` is null). The presented token is used up; presenting it again ends the
    /// session. FORBIDDEN when the cookie comes with a request from another site.
    async fn refresh(
        &self,
        ctx: &Context<'_>,
        refresh_token: Option<String>,
    ) -> async_graphql::Result<AuthPayload> {
        let services = ctx.data::<Services>()?;
        let (presented, delivery) = self::refresh_token(ctx, refresh_token)?;
        let tokens = services.auth.refresh(&presented).await.gql()?;
        payload(ctx, tokens, delivery).await
    }

    /// End the session of the refresh token (argument or cookie) and clear the cookie; its
    /// access tokens stop working too. FORBIDDEN when the cookie comes with a request from
    /// another site.
    async fn logout(
        &self,
        ctx: &Context<'_>,
        refresh_token: Option<String>,
    ) -> async_graphql::Result<bool> {
        let services = ctx.data::<Services>()?;
        match self::refresh_token(ctx, refresh_token) {
            Ok((presented, _)) => services.auth.logout(&presented).await.gql()?,
            Err(error) if is_forbidden(&error) => return Err(error),
            Err(_) => {}
        }
        set_refresh_cookie(ctx, None, 0);
        Ok(true)
    }

    /// Switch to another membership of the signed-in user; returns tokens for it and ends the
    /// current session (the `refreshToken` argument's, or the cookie's). The new refresh token
    /// comes back the way the current one came: in `refreshToken` when given as the argument,
    /// otherwise in the cookie.
    async fn switch_membership(
        &self,
        ctx: &Context<'_>,
        membership_id: ID,
        refresh_token: Option<String>,
    ) -> async_graphql::Result<AuthPayload> {
        let services = ctx.data::<Services>()?;
        let session = session(ctx)?;
        let target = ids::decode::<MembershipId>(&membership_id, "membershipId").gql()?;
        let (current, delivery) = match self::refresh_token(ctx, refresh_token) {
            Ok((token, delivery)) => (Some(token), delivery),
            Err(error) if is_forbidden(&error) => return Err(error),
            Err(_) => (None, Delivery::Cookie),
        };
        let tokens = services
            .auth
            .switch_membership(session, target, current.as_deref())
            .await
            .gql()?;
        payload(ctx, tokens, delivery).await
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
    /// its password); signs the user in. The refresh token goes in the httpOnly cookie, or
    /// with `tokenDelivery: BODY` in `refreshToken` instead.
    async fn accept_invitation(
        &self,
        ctx: &Context<'_>,
        token: String,
        password: String,
        display_name: Option<String>,
        #[graphql(default)] token_delivery: TokenDelivery,
    ) -> async_graphql::Result<AuthPayload> {
        let services = ctx.data::<Services>()?;
        let tokens = services
            .auth
            .accept_invitation(&token, &password, display_name.as_deref())
            .await
            .gql()?;
        payload(ctx, tokens, token_delivery.into()).await
    }

    /// Email a password reset link. Returns true whether or not the email is known (the link
    /// is sent within a second when it is). RATE_LIMITED after a few requests for one address
    /// or many from one client address within an hour.
    async fn request_password_reset(
        &self,
        ctx: &Context<'_>,
        email: String,
    ) -> async_graphql::Result<bool> {
        let services = ctx.data::<Services>()?;
        services
            .auth
            .request_password_reset(&email, client_address(ctx))
            .await
            .gql()?;
        Ok(true)
    }

    /// Set a new password with a reset link's token; every other link of the account dies and
    /// every session of the account ends.
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

    /// Change the signed-in user's password. Every other session of the user ends and every
    /// pending reset link dies; this session stays signed in.
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
