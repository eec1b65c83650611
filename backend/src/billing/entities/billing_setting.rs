//! `billing_settings`: one operator's billing settings.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "billing_settings")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub tenant_id: Uuid,
    pub created_at: DateTimeUtc,
    /// Template symbol, `1` for a VAT invoice.
    pub invoice_template: String,
    /// Series without the year, e.g. `C` + `T` + two letters: `CTAA` becomes `C26TAA` in 2026.
    pub invoice_series: String,
    pub due_days: i32,
    /// Annual late-payment interest in basis points.
    pub late_interest_bp: i32,
    pub late_interest_basis: String,
    /// The operator confirmed a commercial-law basis for a default rate above 20% a year.
    pub late_interest_commercial: bool,
    /// VAT on rent in basis points.
    pub rent_vat_bp: i32,
    /// Which day a billing run dates its invoices.
    pub invoice_date_policy: crate::billing::InvoiceDatePolicy,
    /// Late interest as a line of the VAT invoice (outside VAT, KKKNT) instead of a notice of
    /// its own: off unless the operator insists.
    pub interest_on_invoice: bool,
    pub seller_name: String,
    pub seller_address: String,
    pub seller_tax_code: String,
    pub bank_bin: String,
    pub bank_account: String,
    pub bank_account_name: String,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

impl crate::db::TenantOwned for Entity {
    fn tenant_column() -> Column {
        Column::TenantId
    }
}
