//! Photos and files attached to maintenance requests (issue 12): one row per stored file, naming
//! its request, what it is (after the server checked its content) and where its bytes and, for
//! an image, its thumbnail live in the object store. Tenant-owned, with row-level security.

use crate::columns::{a, big, idx, optional_text, owned, refers, text, uuid_col};
use crate::rls;
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261207_000101_maintenance_files"
    }
}

const TABLE: &str = "maintenance_files";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                owned(TABLE)
                    .col(uuid_col(a("request_id")))
                    .col(ColumnDef::new(a("uploaded_by")).uuid().null())
                    .col(text(a("file_name")))
                    .col(text(a("content_type")))
                    .col(big(a("size_bytes")))
                    .col(text(a("storage_key")))
                    .col(optional_text(a("thumbnail_key")))
                    .foreign_key(&mut refers(TABLE, "request_id", "maintenance_requests"))
                    .to_owned(),
            )
            .await?;
        idx(manager, TABLE, &["tenant_id", "request_id", "created_at"]).await?;
        rls::protect_tenant_table(manager, TABLE, "tenant_id").await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        rls::unprotect_tenant_table(manager, TABLE).await?;
        manager
            .drop_table(Table::drop().table(a(TABLE)).to_owned())
            .await
    }
}
