//! `invoice_lines`: one line of an invoice.

use sea_orm::entity::prelude::*;

use crate::billing::LineKind;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "invoice_lines")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub tenant_id: Uuid,
    pub created_at: DateTimeUtc,
    pub invoice_id: Uuid,
    pub position: i32,
    pub kind: LineKind,
    pub description_vi: String,
    pub description_en: String,
    /// Quantity in thousandths.
    pub quantity_milli: i64,
    pub unit: String,
    pub unit_price: i64,
    pub amount: i64,
    /// None: not subject to VAT.
    pub vat_bp: Option<i32>,
    pub vat_amount: i64,
    pub tariff_id: Option<Uuid>,
    /// On a credit note: the line of the corrected invoice this line takes off.
    pub corrects_line_id: Option<Uuid>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

impl crate::db::TenantOwned for Entity {
    fn tenant_column() -> Column {
        Column::TenantId
    }
}
