//! Scheduled reminders: the send ledger whose natural key makes each reminder queue exactly
//! once however many servers sweep, the operator's (and a cluster's) reminder settings, firm
//! pauses and exclusions, refused kinds (one-click unsubscribe), and on the outbox: when a
//! message may go (the send window), which reminder and subject it belongs to (so a payment
//! cancels it), its Message-ID, its List-Unsubscribe address and its VietQR payload.

use crate::columns::{
    a, date, idx, key, moment, optional_date, optional_moment, optional_text, owned, refers, text,
    uuid_col,
};
use crate::rls;
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261204_000301_reminders"
    }
}

const TABLES: [&str; 4] = [
    "reminder_sends",
    "reminder_settings",
    "reminder_holds",
    "reminder_refusals",
];

/// New outbox columns, all optional (every other message leaves them empty).
const OUTBOX_COLUMNS: [(&str, bool); 5] = [
    ("reminder_id", true),
    ("subject_id", true),
    ("message_id", false),
    ("list_unsubscribe", false),
    ("qr_payload", false),
];

fn optional_uuid(name: &str) -> ColumnDef {
    ColumnDef::new(a(name)).uuid().null().to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                owned("reminder_sends")
                    .col(text(a("kind")))
                    .col(uuid_col(a("subject_id")))
                    .col(text(a("step")))
                    .col(date(a("anchor_on")))
                    .col(optional_uuid("firm_id"))
                    .col(optional_uuid("cluster_id"))
                    .col(text(a("status")))
                    .col(ColumnDef::new(a("recipients")).integer().not_null())
                    .col(ColumnDef::new(a("amount")).big_integer().null())
                    .col(moment(a("due_at")))
                    .col(moment(a("not_before")))
                    .col(optional_text(a("summary")))
                    .to_owned(),
            )
            .await?;
        // The natural key: one reminder per kind, subject, step and anchor date, ever.
        key(
            manager,
            "reminder_sends",
            &["tenant_id", "kind", "subject_id", "step", "anchor_on"],
        )
        .await?;
        idx(manager, "reminder_sends", &["tenant_id", "created_at"]).await?;
        idx(manager, "reminder_sends", &["subject_id"]).await?;

        manager
            .create_table(
                owned("reminder_settings")
                    .col(text(a("scope")))
                    .col(optional_uuid("cluster_id"))
                    .col(optional_text(a("disabled_kinds")))
                    .col(optional_text(a("ladder_days")))
                    .col(ColumnDef::new(a("repeat_days")).integer().null())
                    .col(optional_text(a("send_window")))
                    .col(optional_text(a("cc")))
                    .col(ColumnDef::new(a("templates")).text().null())
                    .col(moment(a("updated_at")))
                    .foreign_key(&mut refers("reminder_settings", "cluster_id", "clusters"))
                    .to_owned(),
            )
            .await?;
        key(manager, "reminder_settings", &["tenant_id", "scope"]).await?;

        manager
            .create_table(
                owned("reminder_holds")
                    .col(uuid_col(a("firm_id")))
                    .col(text(a("kind")))
                    .col(text(a("reason")))
                    .col(optional_date(a("ends_on")))
                    .col(optional_moment(a("ended_at")))
                    .col(optional_uuid("created_by"))
                    .foreign_key(&mut refers("reminder_holds", "firm_id", "firms"))
                    .to_owned(),
            )
            .await?;
        idx(manager, "reminder_holds", &["tenant_id", "firm_id"]).await?;

        manager
            .create_table(
                owned("reminder_refusals")
                    .col(text(a("recipient")))
                    .col(text(a("kind")))
                    .col(optional_uuid("firm_id"))
                    .to_owned(),
            )
            .await?;
        key(
            manager,
            "reminder_refusals",
            &["tenant_id", "recipient", "kind"],
        )
        .await?;

        // One column per statement: SQLite alters one column at a time.
        for (column, is_uuid) in OUTBOX_COLUMNS {
            let def = if is_uuid {
                optional_uuid(column)
            } else {
                ColumnDef::new(a(column)).text().null().to_owned()
            };
            manager
                .alter_table(
                    Table::alter()
                        .table(a("outbox_messages"))
                        .add_column(def)
                        .to_owned(),
                )
                .await?;
        }
        idx(manager, "outbox_messages", &["subject_id", "status"]).await?;
        idx(manager, "outbox_messages", &["list_unsubscribe"]).await?;

        for table in TABLES {
            rls::protect_tenant_table(manager, table, "tenant_id").await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for name in [
            "outbox_messages_list_unsubscribe_idx",
            "outbox_messages_subject_id_status_idx",
        ] {
            manager
                .drop_index(
                    Index::drop()
                        .name(name)
                        .table(a("outbox_messages"))
                        .to_owned(),
                )
                .await?;
        }
        for (column, _) in OUTBOX_COLUMNS.iter().rev() {
            manager
                .alter_table(
                    Table::alter()
                        .table(a("outbox_messages"))
                        .drop_column(a(column))
                        .to_owned(),
                )
                .await?;
        }
        for table in TABLES.iter().rev() {
            rls::unprotect_tenant_table(manager, table).await?;
            manager
                .drop_table(Table::drop().table(a(table)).to_owned())
                .await?;
        }
        Ok(())
    }
}
