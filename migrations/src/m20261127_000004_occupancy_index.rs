//! An index for occupancy: the leases holding plots in given clusters on a date are found by
//! cluster, status and start date without reading the tenant's other leases.

use crate::columns::index;
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261127_000004_occupancy_index"
    }
}

const NAME: &str = "leases_tenant_id_cluster_id_status_starts_on_idx";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_index(index(
                NAME,
                Alias::new("leases"),
                &["tenant_id", "cluster_id", "status", "starts_on"],
            ))
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name(NAME)
                    .table(Alias::new("leases"))
                    .to_owned(),
            )
            .await
    }
}
