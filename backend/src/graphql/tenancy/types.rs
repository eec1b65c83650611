//! GraphQL types of the tenancy domain.

use async_graphql::{Enum, ID, Object, SimpleObject};
use chrono::{DateTime, Utc};

use crate::access::TenantCtx;
use crate::error::AppResult;
use crate::graphql::Services;
use crate::graphql::ids;
use crate::graphql::limits::ROW_QUERY;
use crate::graphql::node::NodeType;
use crate::ids::{FirmId, MembershipId, TenantId};
use crate::tenancy::entities::{firm, membership, tenant, user};

/// What a user may do in a tenant.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "crate::access::Role")]
pub enum Role {
    /// Creates operator tenants; sees no operator's business data.
    PlatformAdmin,
    /// Runs an operator tenant (infrastructure investor) and invites its users.
    OperatorAdmin,
    /// Works in an operator tenant.
    OperatorStaff,
    /// Acts for one firm that leases plots (secondary investor).
    Enterprise,
    /// Reads the province's aggregate statistics (Department of Industry and Trade).
    AuthorityViewer,
}

/// The kind of organisation a tenant is.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "crate::tenancy::TenantKind")]
pub enum TenantKind {
    /// An infrastructure investor running clusters.
    Operator,
    /// A provincial authority.
    Authority,
}

/// A language of the product and its emails.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "crate::tenancy::Locale")]
pub enum Locale {
    /// Tiếng Việt.
    Vi,
    /// English.
    En,
}

/// An organisation with its own isolated space: an operator or a provincial authority.
pub struct Tenant(pub tenant::Model);

/// An organisation with its own isolated space: an operator (infrastructure investor) or a
/// provincial authority. Members see their own; the platform admin sees every tenant.
#[Object(name = "Tenant")]
impl Tenant {
    /// Global ID.
    pub async fn id(&self) -> ID {
        ids::of::<TenantId>(self.0.id)
    }
    /// The organisation's name.
    async fn name(&self) -> &str {
        &self.0.name
    }
    /// Operator or authority.
    async fn kind(&self) -> TenantKind {
        self.0.kind.into()
    }
    /// The province, as text (administrative units change).
    async fn province(&self) -> &str {
        &self.0.province
    }
    /// When the tenant was created.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
    /// Since when the platform admin has suspended the tenant (its users cannot sign in; its
    /// data is kept); null while it is active.
    async fn suspended_at(&self) -> Option<DateTime<Utc>> {
        self.0.suspended_at
    }
    /// Why the tenant was suspended, as the platform admin wrote it; null while it is active.
    async fn suspension_reason(&self) -> Option<&str> {
        self.0.suspension_reason.as_deref()
    }
}

/// An enterprise that leases plots from the operator (a secondary investor).
pub struct Firm(pub firm::Model);

/// An enterprise that leases plots from the operator (a secondary investor, doanh nghiệp
/// thứ cấp). Operators see the whole register; an enterprise user only their own firm.
#[Object(name = "Firm")]
impl Firm {
    /// Global ID.
    pub async fn id(&self) -> ID {
        ids::of::<FirmId>(self.0.id)
    }
    /// The firm's registered name.
    async fn name(&self) -> &str {
        &self.0.name
    }
    /// Tax code (mã số thuế): 10 digits, or 10 + "-" + 3 for a branch.
    async fn tax_code(&self) -> Option<&str> {
        self.0.tax_code.as_deref()
    }
    /// Registered address, as text.
    async fn address(&self) -> Option<&str> {
        self.0.address.as_deref()
    }
    /// Where the capital comes from.
    async fn capital_origin(&self) -> CapitalOrigin {
        self.0.capital_origin.into()
    }
    /// Small or medium enterprise.
    async fn is_sme(&self) -> bool {
        self.0.is_sme
    }
    /// Industry (VSIC code).
    async fn vsic_code(&self) -> Option<&str> {
        self.0.vsic_code.as_deref()
    }
    /// Declared workforce.
    async fn workforce(&self) -> i32 {
        self.0.workforce
    }
    /// Where invoices and reminders go.
    async fn billing_emails(&self) -> Vec<String> {
        self.0
            .billing_emails
            .split(',')
            .filter(|e| !e.is_empty())
            .map(str::to_owned)
            .collect()
    }
    /// Whether it still operates.
    async fn status(&self) -> FirmStatus {
        self.0.status.into()
    }
    /// Who changed what, newest first (operators).
    #[graphql(complexity = "ROW_QUERY + child_complexity")]
    async fn audit_trail(
        &self,
        ctx: &async_graphql::Context<'_>,
    ) -> async_graphql::Result<Vec<crate::graphql::estate::types::AuditEntry>> {
        crate::graphql::estate::types::audit_trail(ctx, "Firm", self.0.id).await
    }
}

/// What the firms list can be sorted by.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "crate::tenancy::firms::FirmSort")]
pub enum FirmOrderField {
    Name,
    TaxCode,
    Workforce,
    /// When the firm was entered.
    Registered,
}

/// Where a firm's capital comes from.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "crate::tenancy::CapitalOrigin")]
pub enum CapitalOrigin {
    /// 100% domestic capital.
    Domestic,
    /// 100% foreign capital.
    Foreign,
    /// Domestic and foreign capital together.
    JointVenture,
}

/// Whether a firm still operates.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "crate::tenancy::FirmStatus")]
pub enum FirmStatus {
    /// Operating.
    Active,
    /// No longer operating; kept for its leases and invoices.
    Inactive,
}

/// A person, as others in the tenant see them.
#[derive(SimpleObject)]
pub struct UserSummary {
    /// Sign-in email.
    pub email: String,
    /// Name shown in the product.
    pub display_name: String,
}

impl From<&user::Model> for UserSummary {
    fn from(user: &user::Model) -> Self {
        Self {
            email: user.email.clone(),
            display_name: user.display_name.clone(),
        }
    }
}

/// A user's role in one tenant.
pub struct Membership {
    pub membership: membership::Model,
    pub tenant: tenant::Model,
    pub firm: Option<firm::Model>,
    pub user: user::Model,
}

/// A user's role in one tenant; an enterprise membership also names the firm the user acts
/// for. A user with several memberships switches between them.
#[Object(name = "Membership")]
impl Membership {
    /// Global ID.
    pub async fn id(&self) -> ID {
        ids::of::<MembershipId>(self.membership.id)
    }
    /// The role held.
    async fn role(&self) -> Role {
        self.membership.role.into()
    }
    /// The tenant the role is held in.
    async fn tenant(&self) -> Tenant {
        Tenant(self.tenant.clone())
    }
    /// For enterprise users, the firm they act for.
    async fn firm(&self) -> Option<Firm> {
        self.firm.clone().map(Firm)
    }
    /// The member.
    async fn user(&self) -> UserSummary {
        UserSummary::from(&self.user)
    }
    /// When the membership began.
    async fn created_at(&self) -> DateTime<Utc> {
        self.membership.created_at
    }
}

impl NodeType for Firm {
    type Id = FirmId;

    async fn load(services: &Services, ctx: &TenantCtx, id: FirmId) -> AppResult<Self> {
        Ok(Self(
            crate::tenancy::firms::get(&services.db, ctx, id).await?,
        ))
    }
}

impl NodeType for Membership {
    type Id = MembershipId;

    async fn load(services: &Services, ctx: &TenantCtx, id: MembershipId) -> AppResult<Self> {
        let member = crate::tenancy::members::get(&services.db, ctx, id).await?;
        let tenant = crate::tenancy::tenants::current(&services.db, ctx).await?;
        Ok(Self {
            membership: member.membership,
            tenant,
            firm: member.firm,
            user: member.user,
        })
    }
}
