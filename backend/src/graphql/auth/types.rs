//! GraphQL types of the sign-in domain.

use async_graphql::{Context, Enum, ID, Object, SimpleObject};
use chrono::{DateTime, Utc};

use crate::access::TenantCtx;
use crate::auth::invitations;
use crate::error::AppResult;
use crate::graphql::Services;
use crate::graphql::errors::GqlResult;
use crate::graphql::ids;
use crate::graphql::node::NodeType;
use crate::graphql::tenancy::types::{Firm, Locale, Membership, Role, Tenant, UserSummary};
use crate::ids::{InvitationId, MembershipId, UserId};
use crate::tenancy::entities::user;
use crate::tenancy::users::{self, MembershipView, UserWithMemberships};

/// The signed-in user and the membership they currently act under.
pub struct Viewer {
    pub user: user::Model,
    pub role: crate::access::Role,
    pub current: Option<MembershipId>,
    /// Every membership, loaded when a field asks for one (`me { email }` needs none).
    memberships: tokio::sync::OnceCell<Vec<MembershipView>>,
}

impl Viewer {
    /// Builds the viewer for a user acting as `role` under `current`.
    pub fn new(
        all: UserWithMemberships,
        role: crate::access::Role,
        current: Option<MembershipId>,
    ) -> Self {
        Self {
            user: all.user,
            role,
            current,
            memberships: tokio::sync::OnceCell::new_with(Some(all.memberships)),
        }
    }

    /// The viewer of a user row alone; memberships are read if a field needs them.
    pub fn of_account(
        user: user::Model,
        role: crate::access::Role,
        current: Option<MembershipId>,
    ) -> Self {
        Self {
            user,
            role,
            current,
            memberships: tokio::sync::OnceCell::new(),
        }
    }

    async fn memberships_loaded(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<&[MembershipView]> {
        let all = self
            .memberships
            .get_or_try_init(|| async {
                let services = ctx.data::<Services>()?;
                users::memberships(&services.db, self.user_id()).await.gql()
            })
            .await?;
        Ok(all)
    }

    async fn current_view(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Option<&MembershipView>> {
        let Some(current) = self.current else {
            return Ok(None);
        };
        Ok(self
            .memberships_loaded(ctx)
            .await?
            .iter()
            .find(|m| m.membership.id == current.0))
    }

    /// The user's id.
    pub fn user_id(&self) -> UserId {
        UserId(self.user.id)
    }
}

/// The signed-in user and the membership they currently act under.
#[Object(name = "Viewer")]
impl Viewer {
    /// Global ID of the user.
    pub async fn id(&self) -> ID {
        ids::of::<UserId>(self.user.id)
    }
    /// Sign-in email.
    async fn email(&self) -> &str {
        &self.user.email
    }
    /// Name shown in the product.
    async fn display_name(&self) -> &str {
        &self.user.display_name
    }
    /// Preferred language.
    async fn locale(&self) -> Locale {
        self.user.locale.into()
    }
    /// Whether the user is the platform admin.
    async fn is_platform_admin(&self) -> bool {
        self.user.is_platform_admin
    }
    /// The role of the current membership (PLATFORM_ADMIN when signed in as platform admin).
    async fn role(&self) -> Role {
        self.role.into()
    }
    /// The tenant of the current membership; null for the platform admin.
    async fn tenant(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Tenant>> {
        Ok(self
            .current_view(ctx)
            .await?
            .map(|m| Tenant(m.tenant.clone())))
    }
    /// The firm of the current membership, for enterprise users.
    async fn firm(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Firm>> {
        Ok(self
            .current_view(ctx)
            .await?
            .and_then(|m| m.firm.clone())
            .map(Firm))
    }
    /// Global ID of the current membership.
    async fn membership_id(&self) -> Option<ID> {
        self.current.map(|m| ids::of::<MembershipId>(m.0))
    }
    /// Every membership the user can switch to.
    async fn memberships(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<Membership>> {
        Ok(self
            .memberships_loaded(ctx)
            .await?
            .iter()
            .map(|m| Membership {
                membership: m.membership.clone(),
                tenant: m.tenant.clone(),
                firm: m.firm.clone(),
                user: self.user.clone(),
            })
            .collect())
    }
}

/// Tokens after sign-in, refresh, invitation acceptance or membership switch. The web app
/// keeps the access token in memory and the refresh token stays in an httpOnly cookie.
#[derive(SimpleObject)]
pub struct AuthPayload {
    /// Bearer token for the `Authorization` header; short-lived.
    pub access_token: String,
    /// The refresh token, for clients that keep it themselves: exchange it with
    /// `refresh(refreshToken:)` for new tokens; single use (rotated). Only returned to a
    /// request that asked for it: `login` or `acceptInvitation` with `tokenDelivery: BODY`,
    /// or `refresh` or `switchMembership` given a `refreshToken` argument. Otherwise (browsers)
    /// it travels only in the httpOnly `ck_refresh` cookie, which scripts cannot read, and this
    /// is null.
    pub refresh_token: Option<String>,
    /// Seconds until the access token expires.
    pub expires_in: i64,
    /// Who is signed in, and as what.
    pub viewer: Viewer,
}

/// How a new refresh token reaches the client.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Default)]
pub enum TokenDelivery {
    /// In the httpOnly `ck_refresh` cookie only (browsers; scripts cannot read it).
    #[default]
    Cookie,
    /// In `AuthPayload.refreshToken` only, and no cookie (programs that keep the token).
    Body,
}

impl From<TokenDelivery> for crate::graphql::context::Delivery {
    fn from(delivery: TokenDelivery) -> Self {
        match delivery {
            TokenDelivery::Cookie => Self::Cookie,
            TokenDelivery::Body => Self::Body,
        }
    }
}

/// Where an invitation stands.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "crate::auth::invitations::InvitationStatus")]
pub enum InvitationStatus {
    /// Sent, not yet accepted, still valid.
    Pending,
    /// Accepted: the person is a member.
    Accepted,
    /// Withdrawn by an operator admin (or replaced by a newer invitation).
    Revoked,
    /// Not accepted in time.
    Expired,
}

/// An invitation to join the tenant in a role.
pub struct Invitation(pub invitations::InvitationView);

/// An invitation to join the tenant in a role, sent by email with a single-use link
/// (operator admins).
#[Object(name = "Invitation")]
impl Invitation {
    /// Global ID.
    pub async fn id(&self) -> ID {
        ids::of::<InvitationId>(self.0.model.id)
    }
    /// The invited address.
    async fn email(&self) -> &str {
        &self.0.model.email
    }
    /// The role the person will hold.
    async fn role(&self) -> Role {
        self.0.model.role.into()
    }
    /// For enterprise invitations, the firm the person will act for.
    async fn firm(&self) -> Option<Firm> {
        self.0.firm.clone().map(Firm)
    }
    /// Where the invitation stands now.
    async fn status(&self) -> InvitationStatus {
        invitations::status(&self.0.model).into()
    }
    /// Language of the invitation email.
    async fn locale(&self) -> Locale {
        self.0.model.locale.into()
    }
    /// When the link stops working.
    async fn expires_at(&self) -> DateTime<Utc> {
        self.0.model.expires_at
    }
    /// When the invitation was sent.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.model.created_at
    }
    /// Who sent it.
    async fn invited_by(&self) -> Option<UserSummary> {
        self.0.invited_by.as_ref().map(UserSummary::from)
    }
}

/// What the accept-invitation page may show before sign-in.
#[derive(SimpleObject)]
pub struct InvitationPreview {
    /// The invited address.
    pub email: String,
    /// The role offered.
    pub role: Role,
    /// The inviting organisation.
    pub tenant_name: String,
    /// For enterprise invitations, the firm.
    pub firm_name: Option<String>,
    /// When the link stops working.
    pub expires_at: DateTime<Utc>,
    /// True when the address already has an account: accepting asks for its password
    /// instead of setting a new one.
    pub existing_account: bool,
}

impl NodeType for Invitation {
    type Id = InvitationId;

    async fn load(services: &Services, ctx: &TenantCtx, id: InvitationId) -> AppResult<Self> {
        Ok(Self(services.auth.invitation(ctx, id).await?))
    }
}
