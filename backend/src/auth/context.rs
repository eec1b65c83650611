//! The verified identity of a request, and the tenant context that data access requires.

use crate::error::{AppError, AppResult};
use crate::ids::{FirmId, MembershipId, TenantId, UserId};
use crate::tenancy::Role;

/// Who is calling, as proven by a verified access token.
#[derive(Clone, Debug)]
pub struct Session {
    pub(super) user_id: UserId,
    pub(super) role: Role,
    pub(super) membership: Option<MembershipScope>,
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

    /// Whether this is a platform-admin session.
    pub fn is_platform_admin(&self) -> bool {
        self.role == Role::PlatformAdmin
    }

    /// The tenant context, for sessions that act for a tenant.
    pub fn tenant(&self) -> AppResult<TenantCtx> {
        let membership = self
            .membership
            .ok_or_else(|| AppError::Forbidden("this needs a tenant membership".into()))?;
        Ok(TenantCtx {
            tenant_id: membership.tenant_id,
            user_id: self.user_id,
            membership_id: Some(membership.id),
            role: self.role,
            firm_id: membership.firm_id,
        })
    }

    /// The tenant context, if the current role is one of `roles`; FORBIDDEN otherwise.
    pub fn tenant_as(&self, roles: &[Role]) -> AppResult<TenantCtx> {
        let ctx = self.tenant()?;
        ctx.require(roles)?;
        Ok(ctx)
    }

    /// Fails with FORBIDDEN unless this is a platform-admin session.
    pub fn require_platform_admin(&self) -> AppResult<()> {
        if self.is_platform_admin() {
            Ok(())
        } else {
            Err(AppError::Forbidden(
                "only the platform admin may do this".into(),
            ))
        }
    }
}

/// A verified tenant context: the only key to tenant data (see [`crate::db::Db::tenant`]).
///
/// It can only be made from a verified [`Session`], or explicitly for work the system does on
/// a tenant's behalf ([`TenantCtx::for_system_work`]).
#[derive(Clone, Copy, Debug)]
pub struct TenantCtx {
    tenant_id: TenantId,
    user_id: UserId,
    membership_id: Option<MembershipId>,
    role: Role,
    firm_id: Option<FirmId>,
}

impl TenantCtx {
    /// A context for work the system does for a tenant (demo seeding, scheduled jobs), acting
    /// as `acting_user` with operator-admin rights.
    pub fn for_system_work(tenant_id: TenantId, acting_user: UserId) -> Self {
        Self {
            tenant_id,
            user_id: acting_user,
            membership_id: None,
            role: Role::OperatorAdmin,
            firm_id: None,
        }
    }

    pub fn tenant_id(&self) -> TenantId {
        self.tenant_id
    }

    pub fn user_id(&self) -> UserId {
        self.user_id
    }

    pub fn membership_id(&self) -> Option<MembershipId> {
        self.membership_id
    }

    pub fn role(&self) -> Role {
        self.role
    }

    /// The firm an enterprise user acts for.
    pub fn firm_id(&self) -> Option<FirmId> {
        self.firm_id
    }

    /// Fails with FORBIDDEN unless the role is one of `roles`.
    pub fn require(&self, roles: &[Role]) -> AppResult<()> {
        if roles.contains(&self.role) {
            Ok(())
        } else {
            Err(AppError::Forbidden(format!(
                "the {} role may not do this",
                self.role.as_str()
            )))
        }
    }

    /// Whether the caller works for the operator (admin or staff).
    pub fn is_operator(&self) -> bool {
        matches!(self.role, Role::OperatorAdmin | Role::OperatorStaff)
    }
}
