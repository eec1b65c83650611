//! Who may do what. The verified [`TenantCtx`] every data access takes, the [`Role`]s, and the
//! named [`Policy`] each service states when it opens a tenant transaction
//! ([`crate::db::Db::tenant`]), so that every permission is decided once, in one table.
//!
//! This module sits below the database layer: `db` and every domain import it; it imports
//! neither.

mod policy;
mod role;

pub use policy::{Policy, Reach};
pub use role::Role;

use crate::error::{AppError, AppResult, reason};
use crate::ids::{FirmId, MembershipId, TenantId, UserId};

/// A verified tenant context: the only key to tenant data (see [`crate::db::Db::tenant`]).
///
/// It is made from a verified session by the sign-in layer ([`TenantCtx::verified`]), or
/// explicitly for work the system does on a tenant's behalf ([`TenantCtx::for_system_work`]).
#[derive(Clone, Copy, Debug)]
pub struct TenantCtx {
    tenant_id: TenantId,
    user_id: UserId,
    membership_id: Option<MembershipId>,
    role: Role,
    firm_id: Option<FirmId>,
    /// The work only reads (a GraphQL query): its transactions are opened read-only.
    read_only: bool,
}

impl TenantCtx {
    /// The context of a verified membership. Only the sign-in layer calls this, after it has
    /// checked the access token's signature and claims.
    pub(crate) fn verified(
        tenant_id: TenantId,
        user_id: UserId,
        membership_id: MembershipId,
        role: Role,
        firm_id: Option<FirmId>,
    ) -> Self {
        Self {
            tenant_id,
            user_id,
            membership_id: Some(membership_id),
            role,
            firm_id,
            read_only: false,
        }
    }

    /// A context for work the system does for a tenant (demo seeding, scheduled jobs), acting
    /// as `acting_user` with operator-admin rights.
    pub fn for_system_work(tenant_id: TenantId, acting_user: UserId) -> Self {
        Self {
            tenant_id,
            user_id: acting_user,
            membership_id: None,
            role: Role::OperatorAdmin,
            firm_id: None,
            read_only: false,
        }
    }

    /// The same context for work that only reads (a GraphQL query operation, which must not
    /// change anything): every transaction it opens is read-only, so on SQLite it never waits
    /// for the write lock, and a write attempted in it fails instead of happening.
    pub fn reading_only(self) -> Self {
        Self {
            read_only: true,
            ..self
        }
    }

    /// Whether the work only reads.
    pub fn is_read_only(&self) -> bool {
        self.read_only
    }

    /// The tenant every access through this context is for.
    pub fn tenant_id(&self) -> TenantId {
        self.tenant_id
    }

    /// The acting user (recorded in audit entries).
    pub fn user_id(&self) -> UserId {
        self.user_id
    }

    /// The membership the user acts under (none for system work).
    pub fn membership_id(&self) -> Option<MembershipId> {
        self.membership_id
    }

    /// The role of that membership.
    pub fn role(&self) -> Role {
        self.role
    }

    /// The firm an enterprise user acts for.
    pub fn firm_id(&self) -> Option<FirmId> {
        self.firm_id
    }

    /// What `policy` lets this caller reach, or FORBIDDEN.
    pub fn require(&self, policy: Policy) -> AppResult<Reach> {
        self.reach(policy).ok_or_else(|| {
            AppError::Forbidden(reason!(
                "role_may_not",
                "the {role} role may not do this",
                role = self.role.as_str()
            ))
        })
    }

    /// What `policy` lets this caller reach, if anything.
    pub fn reach(&self, policy: Policy) -> Option<Reach> {
        policy.reach(self.role, self.firm_id)
    }

    /// Whether `policy` allows this caller anything at all.
    pub fn allows(&self, policy: Policy) -> bool {
        self.reach(policy).is_some()
    }
}
