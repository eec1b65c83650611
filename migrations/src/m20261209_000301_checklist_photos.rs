//! Photos answering an inspection's checklist (issue 13): a checklist item of kind PHOTO is
//! answered by taking a picture of what was inspected. One row per stored photo, naming its item
//! and work order and where its bytes and thumbnail live in the object store. Tenant-owned,
//! with row-level security.

use crate::columns::{a, big, idx, key, optional_text, owned, refers, text, uuid_col};
use crate::rls;
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261209_000301_checklist_photos"
    }
}

const TABLE: &str = "checklist_photos";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // The key a tenant-scoped reference to a checklist item needs.
        key(manager, "work_order_checklist_items", &["tenant_id", "id"]).await?;
        manager
            .create_table(
                owned(TABLE)
                    .col(uuid_col(a("checklist_item_id")))
                    .col(uuid_col(a("work_order_id")))
                    .col(ColumnDef::new(a("uploaded_by")).uuid().null())
                    .col(text(a("file_name")))
                    .col(text(a("content_type")))
                    .col(big(a("size_bytes")))
                    .col(text(a("storage_key")))
                    .col(optional_text(a("thumbnail_key")))
                    .foreign_key(&mut refers(
                        TABLE,
                        "checklist_item_id",
                        "work_order_checklist_items",
                    ))
                    .foreign_key(&mut refers(TABLE, "work_order_id", "work_orders"))
                    .to_owned(),
            )
            .await?;
        idx(
            manager,
            TABLE,
            &["tenant_id", "checklist_item_id", "created_at"],
        )
        .await?;
        rls::protect_tenant_table(manager, TABLE, "tenant_id").await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        rls::unprotect_tenant_table(manager, TABLE).await?;
        manager
            .drop_table(Table::drop().table(a(TABLE)).to_owned())
            .await?;
        manager
            .drop_index(
                Index::drop()
                    .name("work_order_checklist_items_tenant_id_id_key")
                    .table(a("work_order_checklist_items"))
                    .to_owned(),
            )
            .await
    }
}
