//! `upkeep_schedules`: preventive upkeep of an asset or a cluster, repeating by an RFC 5545 rule.

use sea_orm::entity::prelude::*;

use crate::maintenance::FundingSource;
use crate::receivables::FundAccount;
use crate::upkeep::ScheduleAnchor;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "upkeep_schedules")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub tenant_id: Uuid,
    pub created_at: DateTimeUtc,
    pub cluster_id: Uuid,
    pub asset_id: Option<Uuid>,
    pub title: String,
    /// The checklist template, JSON (`Vec<ChecklistTemplateItem>`).
    pub checklist: String,
    /// The RRULE part, e.g. `FREQ=MONTHLY;BYMONTHDAY=5`.
    pub rule: String,
    /// The fixed date the rule is anchored on (DTSTART).
    pub starts_on: Date,
    pub lead_days: i32,
    /// Đồng per occurrence.
    pub estimated_cost: i64,
    pub funding_source: FundingSource,
    pub account: FundAccount,
    pub assignee_user_id: Option<Uuid>,
    pub legal_basis: Option<String>,
    pub active: bool,
    pub updated_at: DateTimeUtc,
    /// Whether due dates are fixed or counted from the last completion.
    pub anchor: ScheduleAnchor,
    /// The compliance template it was made from (e.g. `FIRE_EQUIPMENT_MONTHLY`), unique per
    /// cluster; none for a schedule made by hand.
    pub template_key: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

impl crate::db::TenantOwned for Entity {
    fn tenant_column() -> Column {
        Column::TenantId
    }
}
