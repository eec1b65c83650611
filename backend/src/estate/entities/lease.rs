//! `leases`: a firm's contract for one or more plots of a cluster.

use sea_orm::entity::prelude::*;

use crate::estate::{LeaseStatus, RentSchedule};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "leases")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub tenant_id: Uuid,
    pub firm_id: Uuid,
    pub cluster_id: Uuid,
    pub starts_on: Date,
    pub ends_on: Date,
    /// Rent in đồng per m² per year.
    pub rent_per_m2_year: i64,
    pub rent_schedule: RentSchedule,
    /// A maintenance fee fixed by the contract (đồng per m² per month); none: the cluster tariff.
    pub maintenance_fee_per_m2_month: Option<i64>,
    pub deposit: i64,
    /// Rent escalation in basis points (1000 = 10%) every `escalation_every_years`.
    pub escalation_bp: i32,
    pub escalation_every_years: Option<i32>,
    /// The contract's late-payment interest, basis points a year (1000 = 10%); none: the
    /// operator's default from the billing settings.
    pub late_interest_bp: Option<i32>,
    /// The operator confirmed a commercial-law basis for a rate above the Civil Code's 20%.
    pub late_interest_commercial: bool,
    /// The land rent the operator pays the State for the leased land, đồng per m² a year,
    /// deducted from the rent's VAT base (Circular 219/2013 art. 7(10)(a.3)); none: no deduction.
    pub deductible_land_price_per_m2_year: Option<i64>,
    /// The State's land lease decision that price comes from (number and date).
    pub deductible_land_basis: Option<String>,
    pub status: LeaseStatus,
    pub terminated_on: Option<Date>,
    pub termination_reason: Option<String>,
    pub renewed_from_id: Option<Uuid>,
    pub created_at: DateTimeUtc,
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
