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
    /// Quantity in ten-thousandths (`money::QUANTITY_SCALE`).
    pub quantity_e4: i64,
    pub unit: String,
    pub unit_price: i64,
    pub amount: i64,
    /// Taken off the amount before VAT: the land rent paid to the State on a rent line
    /// (Circular 219/2013 art. 7(10)(a.3)); 0 otherwise. VAT is on `amount - vat_deduction`.
    pub vat_deduction: i64,
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
