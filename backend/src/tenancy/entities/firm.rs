//! `firms`: enterprises that lease plots from an operator.

use sea_orm::entity::prelude::*;

use crate::tenancy::{CapitalOrigin, FirmStatus};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "firms")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub tenant_id: Uuid,
    pub name: String,
    pub tax_code: Option<String>,
    pub created_at: DateTimeUtc,
    pub address: Option<String>,
    pub capital_origin: CapitalOrigin,
    /// Small or medium enterprise.
    pub is_sme: bool,
    /// Industry code (VSIC).
    pub vsic_code: Option<String>,
    pub workforce: i32,
    /// Billing contacts, comma-separated addresses.
    pub billing_emails: String,
    pub status: FirmStatus,
    pub updated_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

impl Model {
    /// The firm's valid billing addresses, in the order kept (invoices, receipts, reminders).
    pub fn billing_addresses(&self) -> Vec<crate::values::Email> {
        crate::values::Email::list(&self.billing_emails)
    }
}

impl crate::db::TenantOwned for Entity {
    fn tenant_column() -> Column {
        Column::TenantId
    }
}

impl crate::db::Named for Entity {
    fn id_column() -> Column {
        Column::Id
    }
    fn name_column() -> Column {
        Column::Name
    }
}
