//! The compliance calendar: a template key on a schedule (so applying the compliance template
//! pack twice creates each standard schedule once, even when two operators apply it at the same
//! moment) and the private ICS feeds of a cluster, each found by the SHA-256 of its secret token
//! and ended by revoking it.

use crate::columns::{
    a, key, moment, optional_moment, optional_text, owned, refers, text, unique_index, uuid_col,
};
use crate::rls;
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261209_000101_compliance_calendar"
    }
}

const SCHEDULES: &str = "upkeep_schedules";
const FEEDS: &str = "calendar_feeds";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(a(SCHEDULES))
                    .add_column(optional_text(a("template_key")))
                    .to_owned(),
            )
            .await?;
        // Null keys (schedules made by hand) never collide; a template's key is unique per
        // cluster, so a second apply inserts nothing.
        key(
            manager,
            SCHEDULES,
            &["tenant_id", "cluster_id", "template_key"],
        )
        .await?;

        manager
            .create_table(
                owned(FEEDS)
                    .col(uuid_col(a("cluster_id")))
                    .col(text(a("token_hash")))
                    .col(ColumnDef::new(a("created_by")).uuid().null())
                    .col(optional_moment(a("revoked_at")))
                    .col(moment(a("updated_at")))
                    .foreign_key(&mut refers(FEEDS, "cluster_id", "clusters"))
                    .to_owned(),
            )
            .await?;
        key(manager, FEEDS, &["tenant_id", "id"]).await?;
        manager
            .create_index(unique_index(
                "calendar_feeds_token_hash_key",
                a(FEEDS),
                &["token_hash"],
            ))
            .await?;
        rls::protect_tenant_table(manager, FEEDS, "tenant_id").await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        rls::unprotect_tenant_table(manager, FEEDS).await?;
        manager
            .drop_table(Table::drop().table(a(FEEDS)).to_owned())
            .await?;
        manager
            .drop_index(
                Index::drop()
                    .name("upkeep_schedules_tenant_id_cluster_id_template_key_key")
                    .table(a(SCHEDULES))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(a(SCHEDULES))
                    .drop_column(a("template_key"))
                    .to_owned(),
            )
            .await
    }
}
