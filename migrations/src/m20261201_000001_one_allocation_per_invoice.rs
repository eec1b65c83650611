//! A payment allocates to an invoice at most once: a second allocation of the same payment to
//! the same invoice is how money was counted twice (security review H2), so the database
//! refuses it as well as the service.

use crate::columns::unique_index;
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261201_000001_one_allocation_per_invoice"
    }
}

const NAME: &str = "payment_allocations_payment_id_invoice_id_key";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_index(unique_index(
                NAME,
                Alias::new("payment_allocations"),
                &["payment_id", "invoice_id"],
            ))
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name(NAME)
                    .table(Alias::new("payment_allocations"))
                    .to_owned(),
            )
            .await
    }
}
