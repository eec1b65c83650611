//! `fund_entries`: a movement of a cluster's maintenance fund.

use sea_orm::entity::prelude::*;

use crate::receivables::{FundAccount, FundEntryKind};
use crate::upkeep::AssetCategory;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "fund_entries")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub tenant_id: Uuid,
    pub created_at: DateTimeUtc,
    pub cluster_id: Uuid,
    pub entry_on: Date,
    pub kind: FundEntryKind,
    /// Signed: in is positive, spending negative.
    pub amount: i64,
    pub description: String,
    pub allocation_id: Option<Uuid>,
    pub invoice_id: Option<Uuid>,
    pub recorded_by: Option<Uuid>,
    /// The verified work order this expense pays for (at most one entry each).
    pub work_order_id: Option<Uuid>,
    /// The supporting document, e.g. the contractor's invoice number.
    pub document_ref: Option<String>,
    /// The account the movement counts in.
    pub account: FundAccount,
    /// For spending: the supporting document's number (contract, supplier invoice,
    /// acceptance record) and date.
    pub document_number: Option<String>,
    pub document_date: Option<Date>,
    /// For spending: what kind of infrastructure it kept.
    pub category: Option<AssetCategory>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

impl crate::db::TenantOwned for Entity {
    fn tenant_column() -> Column {
        Column::TenantId
    }
}
