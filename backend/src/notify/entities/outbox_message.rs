//! `outbox_messages`: every email, written in the transaction of the event that caused it and
//! delivered afterwards by the delivery worker.

use sea_orm::entity::prelude::*;

use crate::notify::MailStatus;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "outbox_messages")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The tenant the message is about; none for platform messages (password resets).
    pub tenant_id: Option<Uuid>,
    pub recipient: String,
    pub subject: String,
    #[sea_orm(column_type = "Text")]
    pub body_text: String,
    #[sea_orm(column_type = "Text")]
    pub body_html: String,
    pub template: String,
    pub status: MailStatus,
    pub attempts: i32,
    pub next_attempt_at: DateTimeUtc,
    pub locked_until: Option<DateTimeUtc>,
    #[sea_orm(column_type = "Text", nullable)]
    pub last_error: Option<String>,
    pub created_at: DateTimeUtc,
    pub sent_at: Option<DateTimeUtc>,
    /// The reminder (ledger row) this message delivers, if it is one.
    pub reminder_id: Option<Uuid>,
    /// What the message is about (an invoice, a lease…): settling it cancels the message.
    pub subject_id: Option<Uuid>,
    /// A stable `Message-ID`, so a rare repeat after a crash is recognisable.
    pub message_id: Option<String>,
    /// The one-click unsubscribe address (RFC 8058), for kinds a recipient may refuse.
    pub list_unsubscribe: Option<String>,
    /// A VietQR payload to attach as an inline image.
    #[sea_orm(column_type = "Text", nullable)]
    pub qr_payload: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

impl crate::db::TenantOwned for Entity {
    fn tenant_column() -> Column {
        Column::TenantId
    }
}
