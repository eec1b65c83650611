//! The invoice list's order as an index: a page of the newest invoices is a range of it, not a
//! sort of every invoice of the tenant (issue 16).

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::ConnectionTrait;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // Raw SQL: the column order and directions are the list's `ORDER BY`, which both
        // databases write the same way.
        manager
            .get_connection()
            .execute_unprepared(
                "CREATE INDEX invoices_tenant_id_newest_idx \
                 ON invoices (tenant_id, issued_on DESC, number DESC, id DESC)",
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .get_connection()
            .execute_unprepared("DROP INDEX invoices_tenant_id_newest_idx")
            .await?;
        Ok(())
    }
}
