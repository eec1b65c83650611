//! The roles a user can hold.

use sea_orm::sea_query::StringLen;
use sea_orm::{DeriveActiveEnum, EnumIter};
use serde::{Deserialize, Serialize};

/// What a user may do in a tenant.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Role {
    /// Creates operator tenants; sees no operator's business data. Not a membership role.
    #[sea_orm(string_value = "PLATFORM_ADMIN")]
    PlatformAdmin,
    /// Runs an operator tenant, invites users.
    #[sea_orm(string_value = "OPERATOR_ADMIN")]
    OperatorAdmin,
    /// Works in an operator tenant.
    #[sea_orm(string_value = "OPERATOR_STAFF")]
    OperatorStaff,
    /// Acts for one firm that leases from the operator.
    #[sea_orm(string_value = "ENTERPRISE")]
    Enterprise,
    /// Reads the province's aggregate statistics (Department of Industry and Trade).
    #[sea_orm(string_value = "AUTHORITY_VIEWER")]
    AuthorityViewer,
}

impl Role {
    /// The role's wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::PlatformAdmin => "PLATFORM_ADMIN",
            Self::OperatorAdmin => "OPERATOR_ADMIN",
            Self::OperatorStaff => "OPERATOR_STAFF",
            Self::Enterprise => "ENTERPRISE",
            Self::AuthorityViewer => "AUTHORITY_VIEWER",
        }
    }
}
