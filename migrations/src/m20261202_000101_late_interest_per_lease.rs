//! Late-payment interest belongs to the lease contract: each lease may carry its own annual
//! rate (none: the operator's default from the billing settings), and a rate above the Civil
//! Code's 20% a year (art. 468) is kept only when the operator confirms a commercial-law basis,
//! on the lease or in the settings.

use crate::columns::a;
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261202_000101_late_interest_per_lease"
    }
}

fn commercial() -> ColumnDef {
    ColumnDef::new(a("late_interest_commercial"))
        .boolean()
        .not_null()
        .default(false)
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite alters one column at a time.
        manager
            .alter_table(
                Table::alter()
                    .table(a("leases"))
                    .add_column(ColumnDef::new(a("late_interest_bp")).integer().null())
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(a("leases"))
                    .add_column(commercial())
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(a("billing_settings"))
                    .add_column(commercial())
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (table, column) in [
            ("billing_settings", "late_interest_commercial"),
            ("leases", "late_interest_commercial"),
            ("leases", "late_interest_bp"),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(a(table))
                        .drop_column(a(column))
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
