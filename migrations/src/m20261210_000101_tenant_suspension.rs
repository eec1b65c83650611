//! Suspending an operator tenant (issue 15): the platform admin can suspend an operator, whose
//! users then cannot sign in, while every row it owns is kept; reactivating lifts it. The
//! reason is kept beside the moment, for the operator's support conversation.

use crate::columns::{a, optional_moment, optional_text};
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261210_000101_tenant_suspension"
    }
}

const TABLE: &str = "tenants";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite adds a single column per ALTER TABLE.
        for column in [
            optional_moment(a("suspended_at")),
            optional_text(a("suspension_reason")),
        ] {
            manager
                .alter_table(Table::alter().table(a(TABLE)).add_column(column).to_owned())
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in ["suspension_reason", "suspended_at"] {
            manager
                .alter_table(
                    Table::alter()
                        .table(a(TABLE))
                        .drop_column(a(column))
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
