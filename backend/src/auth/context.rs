//! The verified identity of a request, from which the tenant context that data access
//! requires ([`TenantCtx`]) is made.

use crate::access::{Role, TenantCtx};
use crate::error::{AppError, AppResult, reason};
use crate::ids::{FirmId, MembershipId, TenantId, UserId};

/// Who is calling, as proven by a verified access token.
#[derive(Clone, Debug)]
pub struct Session {
    pub(super) user_id: UserId,
    pub(super) role: Role,
    pub(super) membership: Option<MembershipScope>,
    /// The refresh family (sign-in) the access token belongs to.
    pub(super) family: Option<uuid::Uuid>,
}

/// The membership a session acts under.
#[derive(Clone, Copy, Debug)]
pub(super) struct MembershipScope {
    pub(super) id: MembershipId,
    pub(super) tenant_id: TenantId,
    pub(super) firm_id: Option<FirmId>,
}

impl Session {
    /// The signed-in user.
    pub fn user_id(&self) -> UserId {
        self.user_id
    }

    /// The current role (`PlatformAdmin` when signed in as the platform admin).
    pub fn role(&self) -> Role {
        self.role
    }

    /// The current membership, if the session acts for a tenant.
    pub fn membership_id(&self) -> Option<MembershipId> {
        self.membership.map(|m| m.id)
    }

    /// The refresh family (the sign-in) this session belongs to; none for tokens issued before
    /// tokens named it.
    pub fn family(&self) -> Option<uuid::Uuid> {
        self.family
    }

    /// Whether this is a platform-admin session.
    pub fn is_platform_admin(&self) -> bool {
        self.role == Role::PlatformAdmin
    }

    /// The tenant context, for sessions that act for a tenant.
    pub fn tenant(&self) -> AppResult<TenantCtx> {
        let membership = self.membership.ok_or_else(|| {
            AppError::Forbidden(reason!(
                "needs_membership",
                "this needs a tenant membership"
            ))
        })?;
        Ok(TenantCtx::verified(
            membership.tenant_id,
            self.user_id,
            membership.id,
            self.role,
            membership.firm_id,
        ))
    }

    /// Fails with FORBIDDEN unless this is a platform-admin session.
    pub fn require_platform_admin(&self) -> AppResult<()> {
        if self.is_platform_admin() {
            Ok(())
        } else {
            Err(AppError::Forbidden(reason!(
                "platform_admin_only",
                "only the platform admin may do this"
            )))
        }
    }
}
