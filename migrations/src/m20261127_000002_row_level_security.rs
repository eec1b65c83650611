//! Row-level security for the foundation tables (PostgreSQL only; see [`crate::rls`]).

use crate::rls;
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261127_000002_row_level_security"
    }
}

/// Tables tenant transactions may use although they are not tenant-owned: users are global
/// (one person, memberships in several tenants). Sign-in state (tokens, throttling, resets)
/// is only touched by system transactions, so the application role gets no grant on it.
const SHARED_TABLES: [&str; 1] = ["users"];

/// Tenant-owned tables and the column holding their tenant.
const TENANT_TABLES: [(&str, &str); 5] = [
    ("tenants", "id"),
    ("firms", "tenant_id"),
    ("memberships", "tenant_id"),
    ("invitations", "tenant_id"),
    ("outbox_messages", "tenant_id"),
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        rls::create_app_role(manager).await?;
        for table in SHARED_TABLES {
            rls::grant_shared_table(manager, table).await?;
        }
        for (table, column) in TENANT_TABLES {
            rls::protect_tenant_table(manager, table, column).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (table, _) in TENANT_TABLES {
            rls::unprotect_tenant_table(manager, table).await?;
        }
        Ok(())
    }
}
