//! Effluent against the discharge permit: the limits a discharge permit sets per parameter
//! (one row each, unique per permit and parameter code), and the sampling results of a plant,
//! each with the permit it was judged against, its verdict, the measured values (a snapshot of
//! value and limit per parameter, read only with the sample) and the P1 work order an
//! over-limit result opened.

use crate::columns::{a, date, idx, key, optional_text, owned, refers, text, uuid_col};
use crate::rls;
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261209_000201_effluent"
    }
}

const TABLES: [&str; 2] = ["discharge_limits", "effluent_samples"];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // What the tenant-bound references below point at.
        key(manager, "asset_permits", &["tenant_id", "id"]).await?;
        manager
            .create_table(
                owned("discharge_limits")
                    .col(uuid_col(a("permit_id")))
                    .col(ColumnDef::new(a("position")).integer().not_null())
                    .col(text(a("code")))
                    .col(text(a("name")))
                    .col(optional_text(a("unit")))
                    .col(ColumnDef::new(a("min_value")).double().null())
                    .col(ColumnDef::new(a("max_value")).double().null())
                    .foreign_key(&mut refers(
                        "discharge_limits",
                        "permit_id",
                        "asset_permits",
                    ))
                    .to_owned(),
            )
            .await?;
        // One limit per parameter of a permit.
        key(
            manager,
            "discharge_limits",
            &["tenant_id", "permit_id", "code"],
        )
        .await?;

        manager
            .create_table(
                owned("effluent_samples")
                    .col(uuid_col(a("asset_id")))
                    .col(uuid_col(a("cluster_id")))
                    .col(uuid_col(a("permit_id")))
                    .col(date(a("sampled_on")))
                    .col(text(a("report_number")))
                    .col(ColumnDef::new(a("compliant")).boolean().not_null())
                    .col(ColumnDef::new(a("measured")).text().not_null())
                    .col(ColumnDef::new(a("work_order_id")).uuid().null())
                    .col(ColumnDef::new(a("created_by")).uuid().null())
                    .foreign_key(&mut refers("effluent_samples", "asset_id", "assets"))
                    .foreign_key(&mut refers("effluent_samples", "cluster_id", "clusters"))
                    .foreign_key(&mut refers(
                        "effluent_samples",
                        "permit_id",
                        "asset_permits",
                    ))
                    .to_owned(),
            )
            .await?;
        idx(
            manager,
            "effluent_samples",
            &["tenant_id", "asset_id", "sampled_on"],
        )
        .await?;
        idx(
            manager,
            "effluent_samples",
            &["tenant_id", "cluster_id", "sampled_on"],
        )
        .await?;

        for table in TABLES {
            rls::protect_tenant_table(manager, table, "tenant_id").await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in TABLES.iter().rev() {
            rls::unprotect_tenant_table(manager, table).await?;
        }
        for table in TABLES.iter().rev() {
            manager
                .drop_table(Table::drop().table(a(table)).to_owned())
                .await?;
        }
        manager
            .drop_index(
                Index::drop()
                    .name("asset_permits_tenant_id_id_key")
                    .table(a("asset_permits"))
                    .to_owned(),
            )
            .await?;
        Ok(())
    }
}
