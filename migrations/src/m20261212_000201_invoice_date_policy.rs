//! `billing_settings.invoice_date_policy`: which day a billing run dates its invoices,
//! `RUN_DATE` (what every run did so far, kept for existing operators) or `PERIOD_END`
//! (Decree 123/2020 art. 9(2): a service invoice is dated when the service is complete; audit
//! C7). `down` drops the column.

use crate::columns::{a, text};
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261212_000201_invoice_date_policy"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(a("billing_settings"))
                    .add_column(
                        text(a("invoice_date_policy"))
                            .default("RUN_DATE")
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
                    .table(a("billing_settings"))
                    .drop_column(a("invoice_date_policy"))
                    .to_owned(),
            )
            .await
    }
}
