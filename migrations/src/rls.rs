//! Row-level security on PostgreSQL: the second wall between tenants.
//!
//! The application filters every query by the verified tenant. In case a query forgets to,
//! PostgreSQL refuses to return other tenants' rows anyway:
//! - tenant-scoped transactions run as [`APP_ROLE`], which does not own the tables, with the
//!   tenant in the transaction-local setting [`TENANT_SETTING`];
//! - the owner (the role that runs migrations) is also subject to the policies
//!   (`FORCE ROW LEVEL SECURITY`) and sees every row only inside a transaction that declared
//!   itself a system transaction through [`SCOPE_SETTING`].
//!
//! Every migration that creates a tenant-owned table calls [`protect_tenant_table`].

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend};

/// The role tenant-scoped transactions switch to (`SET LOCAL ROLE`).
pub const APP_ROLE: &str = "clusterkeep_app";
/// Transaction-local setting that holds the current tenant's id.
pub const TENANT_SETTING: &str = "clusterkeep.tenant_id";
/// Transaction-local setting that is `system` in system transactions.
pub const SCOPE_SETTING: &str = "clusterkeep.scope";

fn is_postgres(manager: &SchemaManager) -> bool {
    manager.get_database_backend() == DbBackend::Postgres
}

/// Creates the application role (once per cluster) and lets the migrating role switch to it.
pub async fn create_app_role(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    if !is_postgres(manager) {
        return Ok(());
    }
    let db = manager.get_connection();
    db.execute_unprepared(&format!(
        "DO $$ BEGIN
           IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{APP_ROLE}') THEN
             CREATE ROLE {APP_ROLE} NOLOGIN;
           END IF;
         EXCEPTION WHEN duplicate_object OR unique_violation THEN
           NULL; -- another database of the same cluster created it meanwhile
         END $$;
         GRANT {APP_ROLE} TO CURRENT_USER;
         GRANT USAGE ON SCHEMA public TO {APP_ROLE};"
    ))
    .await?;
    Ok(())
}

/// Grants the application role access to a table that is not tenant-owned (users, tokens).
pub async fn grant_shared_table(manager: &SchemaManager<'_>, table: &str) -> Result<(), DbErr> {
    if !is_postgres(manager) {
        return Ok(());
    }
    manager
        .get_connection()
        .execute_unprepared(&format!(
            "GRANT SELECT, INSERT, UPDATE, DELETE ON {table} TO {APP_ROLE};"
        ))
        .await?;
    Ok(())
}

/// Enables and forces row-level security on a tenant-owned table whose tenant is in
/// `tenant_column`.
pub async fn protect_tenant_table(
    manager: &SchemaManager<'_>,
    table: &str,
    tenant_column: &str,
) -> Result<(), DbErr> {
    if !is_postgres(manager) {
        return Ok(());
    }
    manager
        .get_connection()
        .execute_unprepared(&format!(
            "GRANT SELECT, INSERT, UPDATE, DELETE ON {table} TO {APP_ROLE};
             ALTER TABLE {table} ENABLE ROW LEVEL SECURITY;
             ALTER TABLE {table} FORCE ROW LEVEL SECURITY;
             CREATE POLICY {table}_tenant_isolation ON {table}
               USING ({tenant_column} = NULLIF(current_setting('{TENANT_SETTING}', true), '')::uuid)
               WITH CHECK ({tenant_column} = NULLIF(current_setting('{TENANT_SETTING}', true), '')::uuid);
             CREATE POLICY {table}_system_access ON {table} TO CURRENT_USER
               USING (current_setting('{SCOPE_SETTING}', true) = 'system')
               WITH CHECK (current_setting('{SCOPE_SETTING}', true) = 'system');"
        ))
        .await?;
    Ok(())
}

/// Undoes [`protect_tenant_table`].
pub async fn unprotect_tenant_table(manager: &SchemaManager<'_>, table: &str) -> Result<(), DbErr> {
    if !is_postgres(manager) {
        return Ok(());
    }
    manager
        .get_connection()
        .execute_unprepared(&format!(
            "DROP POLICY IF EXISTS {table}_tenant_isolation ON {table};
             DROP POLICY IF EXISTS {table}_system_access ON {table};
             ALTER TABLE {table} NO FORCE ROW LEVEL SECURITY;
             ALTER TABLE {table} DISABLE ROW LEVEL SECURITY;
             REVOKE ALL ON {table} FROM {APP_ROLE};"
        ))
        .await?;
    Ok(())
}
