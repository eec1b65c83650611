//! A schedule's anchor: fixed dates (as before, the default) or after the last completion.

use crate::columns::a;
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261208_000201_schedule_anchor"
    }
}

const TABLE: &str = "upkeep_schedules";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(a(TABLE))
                    .add_column(
                        ColumnDef::new(a("anchor"))
                            .string()
                            .not_null()
                            .default("FIXED")
                            .to_owned(),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(a(TABLE))
                    .drop_column(a("anchor"))
                    .to_owned(),
            )
            .await
    }
}
