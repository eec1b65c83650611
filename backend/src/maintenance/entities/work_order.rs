//! `work_orders`: the operator's job.

use crate::maintenance::{FundingSource, HoldReason, Priority, WorkOrderStatus};
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "work_orders")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub tenant_id: Uuid,
    pub created_at: DateTimeUtc,
    pub cluster_id: Option<Uuid>,
    /// The firm a chargeback bills (from the linked request, or chosen).
    pub firm_id: Option<Uuid>,
    pub title: String,
    pub description: String,
    pub priority: Priority,
    pub status: WorkOrderStatus,
    pub hold_reason: Option<HoldReason>,
    pub assignee_user_id: Option<Uuid>,
    pub contractor_name: Option<String>,
    pub contractor_phone: Option<String>,
    pub contractor_email: Option<String>,
    pub funding_source: FundingSource,
    pub no_cost: bool,
    pub cost_total: i64,
    pub verified_at: Option<DateTimeUtc>,
    pub verified_by: Option<Uuid>,
    pub created_by: Option<Uuid>,
    pub updated_at: DateTimeUtc,
    /// The asset of the upkeep register this work is on.
    pub asset_id: Option<Uuid>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

impl crate::db::TenantOwned for Entity {
    fn tenant_column() -> Column {
        Column::TenantId
    }
}

impl Model {
    /// A new OPEN work order of `tenant_id`, created now by `created_by` (none: the system),
    /// with nothing assigned, costed or verified yet and paid from the fund. Callers set what
    /// else they know (cluster, asset, firm, assignee, funding) over it.
    pub fn opened(
        tenant_id: Uuid,
        created_by: Option<Uuid>,
        title: String,
        description: String,
        priority: Priority,
    ) -> Self {
        let now = chrono::Utc::now();
        Self {
            id: Uuid::now_v7(),
            tenant_id,
            created_at: now,
            cluster_id: None,
            firm_id: None,
            title,
            description,
            priority,
            status: WorkOrderStatus::Open,
            hold_reason: None,
            assignee_user_id: None,
            contractor_name: None,
            contractor_phone: None,
            contractor_email: None,
            funding_source: FundingSource::Fund,
            no_cost: false,
            cost_total: 0,
            verified_at: None,
            verified_by: None,
            created_by,
            updated_at: now,
            asset_id: None,
        }
    }
}
