//! Invoice line quantities in ten-thousandths instead of thousandths: four decimals, the most
//! the tax authority's XML takes for `SLuong` (Decision 1450/QĐ-TCT, number 19,4), so that a
//! prorated quantity × its unit price gives the line's amount (audit B4; the run now computes
//! every amount that way).
//!
//! The column is renamed and existing quantities multiplied by 10, so issued lines keep their
//! value. `down` divides back (rounding half away from zero) and renames.

use crate::rls::SCOPE_SETTING;
use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend};

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261212_000101_line_quantity_e4"
    }
}

/// Runs `statement` on every row, as a system transaction on PostgreSQL (where the migrating
/// role is itself subject to row-level security).
async fn every_row(manager: &SchemaManager<'_>, statement: &str) -> Result<(), DbErr> {
    let db = manager.get_connection();
    if manager.get_database_backend() == DbBackend::Postgres {
        db.execute_unprepared(&format!(
            "SELECT set_config('{SCOPE_SETTING}', 'system', true);\n{statement};"
        ))
        .await?;
    } else {
        db.execute_unprepared(statement).await?;
    }
    Ok(())
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .get_connection()
            .execute_unprepared(
                "ALTER TABLE invoice_lines RENAME COLUMN quantity_milli TO quantity_e4",
            )
            .await?;
        every_row(
            manager,
            "UPDATE invoice_lines SET quantity_e4 = quantity_e4 * 10",
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        every_row(
            manager,
            "UPDATE invoice_lines SET quantity_e4 = CASE WHEN quantity_e4 >= 0 \
             THEN (quantity_e4 + 5) / 10 ELSE (quantity_e4 - 5) / 10 END",
        )
        .await?;
        manager
            .get_connection()
            .execute_unprepared(
                "ALTER TABLE invoice_lines RENAME COLUMN quantity_e4 TO quantity_milli",
            )
            .await
            .map(|_| ())
    }
}
