//! A billing run writes hundreds of thousands of invoice lines, invoices and support claims in
//! one transaction, and PostgreSQL checks every foreign key of every row as it goes: measured
//! on the 100,000-lease benchmark, the checks alone cost more than the COPY of the rows
//! (issue 16). On these three tables the reference to the tenant is checked twice: once by
//! `tenant_id → tenants`, and again by the composite reference every row also carries,
//! `(tenant_id, invoice_id) → invoices (tenant_id, id)` for a line and
//! `(tenant_id, cluster_id) → clusters (tenant_id, id)` for an invoice and
//! `(tenant_id, invoice_id) → invoices (tenant_id, id)` for a claim, whose target row has a
//! checked tenant of its own. The composite reference alone already says the row's tenant
//! exists and is its parent's, so the first check is dropped; nothing a row may hold changes.
//!
//! What the dropped references also did, `ON DELETE CASCADE` from a tenant, is not used: no
//! code deletes a tenant (one with invoices could not be deleted anyway: invoices `RESTRICT`
//! the deletion of their clusters, firms and leases).
//!
//! PostgreSQL only: SQLite cannot drop a constraint without rebuilding the table, and it checks
//! references cheaply in-process. `down` puts the references back.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DbBackend;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261214_000101_bulk_tenant_references"
    }
}

const TABLES: [&str; 3] = ["invoice_lines", "invoices", "support_claims"];

/// Alters each table's tenant reference on PostgreSQL with `change` (which follows
/// `ALTER TABLE <table> `); nothing on SQLite.
async fn alter_each(manager: &SchemaManager<'_>, change: &str) -> Result<(), DbErr> {
    if manager.get_database_backend() != DbBackend::Postgres {
        return Ok(());
    }
    for table in TABLES {
        let change = change.replace("{table}", table);
        manager
            .get_connection()
            .execute_unprepared(&format!("ALTER TABLE {table} {change}"))
            .await?;
    }
    Ok(())
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        alter_each(manager, "DROP CONSTRAINT {table}_tenant_fk").await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        alter_each(
            manager,
            "ADD CONSTRAINT {table}_tenant_fk \
             FOREIGN KEY (tenant_id) REFERENCES tenants (id) ON DELETE CASCADE",
        )
        .await
    }
}
