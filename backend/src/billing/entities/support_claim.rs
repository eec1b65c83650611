//! `support_claims`: what one issued invoice's rent owes a firm under one support programme
//! (audit A7): the rent billed for the days the programme covers and the support on it.

use sea_orm::entity::prelude::*;

use crate::billing::SupportMechanism;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "support_claims")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub tenant_id: Uuid,
    pub created_at: DateTimeUtc,
    pub programme_id: Uuid,
    /// The invoice whose rent it is (its replacement, once replaced).
    pub invoice_id: Uuid,
    pub lease_id: Uuid,
    pub firm_id: Uuid,
    /// The days of rent the programme covers on that invoice, inclusive.
    pub covered_from: Date,
    pub covered_to: Date,
    /// The rent for those days, before VAT, đồng.
    pub rent: i64,
    /// The programme's rate when the invoice was issued, basis points.
    pub rate_bp: i32,
    /// The support: `rent × rate_bp / 10000`, rounded; đồng.
    pub amount: i64,
    /// How it was given: a discount line on the invoice, or a claim on the budget.
    pub mechanism: SupportMechanism,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

impl crate::db::TenantOwned for Entity {
    fn tenant_column() -> Column {
        Column::TenantId
    }
}
