//! `work_order_checklist_items`: a step of a work order's checklist.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "work_order_checklist_items")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub tenant_id: Uuid,
    pub created_at: DateTimeUtc,
    pub work_order_id: Uuid,
    pub position: i32,
    pub label: String,
    pub done: bool,
    /// The kind of answer, for an item copied from an upkeep schedule (none: a plain step).
    pub kind: Option<crate::upkeep::ChecklistKind>,
    /// For a number: its unit and accepted range.
    pub unit: Option<String>,
    pub min_value: Option<f64>,
    pub max_value: Option<f64>,
    /// The answer given: yes/no, pass/fail, the number or the text.
    pub answer: Option<String>,
    /// Whether the answer passed (none: not answered, or an answer without a verdict).
    pub passed: Option<bool>,
    /// The corrective work order a failed answer opened.
    pub corrective_work_order_id: Option<Uuid>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

impl crate::db::TenantOwned for Entity {
    fn tenant_column() -> Column {
        Column::TenantId
    }
}
