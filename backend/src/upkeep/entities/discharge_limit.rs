//! `discharge_limits`: what a discharge permit allows of one parameter of the treated
//! wastewater (pH 5.5–9, COD at most 75 mg/l, …).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "discharge_limits")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub tenant_id: Uuid,
    pub created_at: DateTimeUtc,
    pub permit_id: Uuid,
    /// Its place in the permit's list, from 1.
    pub position: i32,
    /// The parameter's short code (`PH`, `COD`, `NH4`), unique per permit.
    pub code: String,
    pub name: String,
    pub unit: Option<String>,
    /// The least allowed value (pH has one); none: no lower limit.
    pub min_value: Option<f64>,
    /// The greatest allowed value; none: no upper limit.
    pub max_value: Option<f64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

impl crate::db::TenantOwned for Entity {
    fn tenant_column() -> Column {
        Column::TenantId
    }
}
