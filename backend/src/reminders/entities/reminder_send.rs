//! `reminder_sends`: the send ledger. One row per reminder ever claimed; its natural key
//! (tenant, kind, subject, step, anchor date) is unique, so a reminder is claimed once.

use sea_orm::entity::prelude::*;

use crate::reminders::{Kind, SendStatus};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "reminder_sends")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub tenant_id: Uuid,
    pub created_at: DateTimeUtc,
    pub kind: Kind,
    /// The invoice, firm or lease it is about.
    pub subject_id: Uuid,
    /// `-3`, `0`, `+7`, `2026-12` …: which step of the kind.
    pub step: String,
    /// The date the step counts from (the due date, the lease's end …): a moved due date
    /// re-arms the steps.
    pub anchor_on: Date,
    pub firm_id: Option<Uuid>,
    pub cluster_id: Option<Uuid>,
    pub status: SendStatus,
    /// How many messages it wrote.
    pub recipients: i32,
    /// The amount it asked for, if any.
    pub amount: Option<i64>,
    /// The sweep's clock when it was claimed.
    pub due_at: DateTimeUtc,
    /// When its messages may leave (the send window).
    pub not_before: DateTimeUtc,
    /// One line for the log: the invoice number, the lease, the month.
    pub summary: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

impl crate::db::TenantOwned for Entity {
    fn tenant_column() -> Column {
        Column::TenantId
    }
}
