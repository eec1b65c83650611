//! PostgreSQL's row-level security is a second wall: even a query that forgets the tenant
//! filter sees only the current tenant's rows.

use clusterkeep::access::{Policy, TenantCtx};
use clusterkeep::ids::{TenantId, UserId};
use sea_orm::{ConnectionTrait, SelectorTrait, Statement};

use crate::helpers::{Backend, app};

async fn count(conn: &impl ConnectionTrait, sql: &str) -> i64 {
    let row = conn
        .query_one_raw(Statement::from_string(
            conn.get_database_backend(),
            sql.to_owned(),
        ))
        .await
        .unwrap()
        .unwrap();
    row.try_get("", "n").unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_query_without_a_tenant_filter_still_sees_only_its_tenants_rows() {
    let Some(app) = app(Backend::Postgres).await else {
        return;
    };
    let db = &app.services.db;
    let system = db.system().await.unwrap();
    let all_memberships = count(system.conn(), "SELECT COUNT(*) AS n FROM memberships").await;
    let all_firms = count(system.conn(), "SELECT COUNT(*) AS n FROM firms").await;
    let tenants = system
        .conn()
        .query_all_raw(Statement::from_string(
            sea_orm::DbBackend::Postgres,
            "SELECT id, (SELECT COUNT(*) FROM memberships m WHERE m.tenant_id = t.id) AS members, \
             (SELECT COUNT(*) FROM firms f WHERE f.tenant_id = t.id) AS firms FROM tenants t"
                .to_owned(),
        ))
        .await
        .unwrap();
    system.commit().await.unwrap();
    assert!(all_memberships >= 5 && all_firms >= 3);

    let mut seen_tenants = 0;
    for row in tenants {
        let id: uuid::Uuid = row.try_get("", "id").unwrap();
        let members: i64 = row.try_get("", "members").unwrap();
        let firms: i64 = row.try_get("", "firms").unwrap();
        let ctx = TenantCtx::for_system_work(TenantId(id), UserId(uuid::Uuid::nil()));
        let txn = db.tenant(&ctx, Policy::ReadTenant).await.unwrap();
        // No WHERE clause at all: only row-level security narrows these.
        assert_eq!(
            count(txn.conn(), "SELECT COUNT(*) AS n FROM memberships").await,
            members
        );
        assert_eq!(
            count(txn.conn(), "SELECT COUNT(*) AS n FROM firms").await,
            firms
        );
        assert_eq!(
            count(txn.conn(), "SELECT COUNT(*) AS n FROM tenants").await,
            1
        );
        txn.commit().await.unwrap();
        seen_tenants += 1;
    }
    assert!(seen_tenants >= 3);

    // Outside any declared scope, the owner itself sees nothing (FORCE ROW LEVEL SECURITY).
    let bare = db.raw();
    use sea_orm::TransactionTrait;
    let txn = bare.begin().await.unwrap();
    txn.execute_unprepared("SET LOCAL ROLE clusterkeep_app")
        .await
        .unwrap();
    assert_eq!(
        count(&txn, "SELECT COUNT(*) AS n FROM memberships").await,
        0
    );
    txn.commit().await.unwrap();
}

/// The one-round-trip read (`Db::read_once`) and the two-trip read of a page (`Db::read_many`)
/// are the same wall: a statement without any tenant filter sees only the caller's tenant's
/// rows, and the transaction it runs in writes nothing.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_one_trip_read_without_a_tenant_filter_still_sees_only_its_tenants_rows() {
    let Some(app) = app(Backend::Postgres).await else {
        return;
    };
    let db = &app.services.db;
    let system = db.system().await.unwrap();
    let tenants = system
        .conn()
        .query_all_raw(Statement::from_string(
            sea_orm::DbBackend::Postgres,
            "SELECT id, (SELECT COUNT(*) FROM firms f WHERE f.tenant_id = t.id) AS firms FROM tenants t"
                .to_owned(),
        ))
        .await
        .unwrap();
    let all_firms = count(system.conn(), "SELECT COUNT(*) AS n FROM firms").await;
    system.commit().await.unwrap();
    type Id = sea_orm::SelectGetableTuple<uuid::Uuid>;
    let ids = |backend: sea_orm::DbBackend, _tenant: uuid::Uuid| {
        Statement::from_string(backend, "SELECT id FROM firms".to_owned())
    };
    // Several rounds, tenants interleaved: each connection prepares the statement once, then
    // runs it for whichever tenant asks (PostgreSQL plans it generically after five runs; the
    // tenant is a setting read as it runs, never part of the plan).
    let mut seen_tenants = 0;
    for _round in 0..6 {
        for row in &tenants {
            let id: uuid::Uuid = row.try_get("", "id").unwrap();
            let firms: i64 = row.try_get("", "firms").unwrap();
            assert!(firms < all_firms);
            let ctx = TenantCtx::for_system_work(TenantId(id), UserId(uuid::Uuid::nil()));
            let reach = ctx.require(Policy::ReadTenant).unwrap();
            let (before, prepared) = (db.statements_executed(), db.preparations());
            let seen = db
                .read_once(&ctx, reach, ids, Id::from_raw_query_result)
                .await
                .unwrap();
            let preparations = db.preparations() - prepared;
            assert!(preparations <= 1);
            assert_eq!(
                db.statements_executed() - before - preparations,
                1,
                "one round trip, and one to prepare on a fresh connection"
            );
            assert_eq!(seen.len() as i64, firms, "only tenant {id}'s firms");
            seen_tenants += 1;
        }
    }
    assert!(seen_tenants >= 18);
    assert!(
        db.preparations() > 0,
        "the first read of a connection prepared it"
    );
    // The two-trip read of a page (`Db::read_many`, values bound, rows in binary) is the same
    // wall.
    for row in &tenants {
        let id: uuid::Uuid = row.try_get("", "id").unwrap();
        let firms: i64 = row.try_get("", "firms").unwrap();
        let ctx = TenantCtx::for_system_work(TenantId(id), UserId(uuid::Uuid::nil()));
        let reach = ctx.require(Policy::ReadTenant).unwrap();
        let seen = db
            .read_many(&ctx, reach, ids, Id::from_raw_query_result)
            .await
            .unwrap();
        assert_eq!(seen.len() as i64, firms, "only tenant {id}'s firms");
    }

    // Read only: a write smuggled into the statement is refused and nothing is written.
    let first: uuid::Uuid = tenants[0].try_get("", "id").unwrap();
    let ctx = TenantCtx::for_system_work(TenantId(first), UserId(uuid::Uuid::nil()));
    let reach = ctx.require(Policy::ReadTenant).unwrap();
    let write = |backend: sea_orm::DbBackend, tenant: uuid::Uuid| {
        Statement::from_string(
            backend,
            format!(
                "INSERT INTO firms (id, tenant_id, name, created_at) \
                 VALUES (gen_random_uuid(), '{tenant}', 'smuggled', now()) RETURNING id"
            ),
        )
    };
    for (read, refused) in [
        (
            "read_once",
            db.read_once(&ctx, reach, write, Id::from_raw_query_result)
                .await,
        ),
        (
            "read_many",
            db.read_many(&ctx, reach, write, Id::from_raw_query_result)
                .await,
        ),
    ] {
        assert!(
            refused.is_err(),
            "{read}: a read-only transaction refuses an insert"
        );
    }
    let system = db.system().await.unwrap();
    assert_eq!(
        count(system.conn(), "SELECT COUNT(*) AS n FROM firms").await,
        all_firms
    );
    system.commit().await.unwrap();
    // The connections that failed are not handed out again half-way through a transaction.
    for _ in 0..4 {
        let again = db
            .read_once(&ctx, reach, ids, Id::from_raw_query_result)
            .await
            .unwrap();
        assert!(!again.is_empty());
        let again = db
            .read_many(&ctx, reach, ids, Id::from_raw_query_result)
            .await
            .unwrap();
        assert!(!again.is_empty());
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_tenant_transaction_cannot_insert_a_row_for_another_tenant() {
    let Some(app) = app(Backend::Postgres).await else {
        return;
    };
    let db = &app.services.db;
    let system = db.system().await.unwrap();
    let ids = system
        .conn()
        .query_all_raw(Statement::from_string(
            sea_orm::DbBackend::Postgres,
            "SELECT id FROM tenants ORDER BY name".to_owned(),
        ))
        .await
        .unwrap();
    system.commit().await.unwrap();
    let first: uuid::Uuid = ids[0].try_get("", "id").unwrap();
    let second: uuid::Uuid = ids[1].try_get("", "id").unwrap();
    let txn = db
        .tenant(
            &TenantCtx::for_system_work(TenantId(first), UserId(uuid::Uuid::nil())),
            Policy::ReadTenant,
        )
        .await
        .unwrap();
    let result = txn
        .conn()
        .execute_unprepared(&format!(
            "INSERT INTO firms (id, tenant_id, name, created_at) VALUES (gen_random_uuid(), '{second}', 'smuggled', now())"
        ))
        .await;
    assert!(
        result.is_err(),
        "row-level security must refuse a row of another tenant"
    );
}

/// Read from the catalogue, so a new table cannot forget it: every table with a `tenant_id`
/// column has row-level security enabled and forced, and a policy.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_table_with_a_tenant_id_has_forced_row_level_security() {
    let Some(app) = app(Backend::Postgres).await else {
        return;
    };
    let system = app.services.db.system().await.unwrap();
    let rows = system
        .conn()
        .query_all_raw(Statement::from_string(
            sea_orm::DbBackend::Postgres,
            "SELECT c.relname AS name, c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced, \
             (SELECT COUNT(*) FROM pg_policy p WHERE p.polrelid = c.oid) AS policies \
             FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace \
             WHERE n.nspname = current_schema() AND c.relkind = 'r' AND EXISTS ( \
               SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id' \
               AND NOT a.attisdropped) \
             ORDER BY c.relname"
                .to_owned(),
        ))
        .await
        .unwrap();
    system.commit().await.unwrap();
    assert!(rows.len() >= 20, "only {} tenant tables found", rows.len());
    let mut unprotected = Vec::new();
    for row in rows {
        let name: String = row.try_get("", "name").unwrap();
        let enabled: bool = row.try_get("", "enabled").unwrap();
        let forced: bool = row.try_get("", "forced").unwrap();
        let policies: i64 = row.try_get("", "policies").unwrap();
        if !(enabled && forced && policies > 0) {
            unprotected.push(name);
        }
    }
    assert!(
        unprotected.is_empty(),
        "tables with a tenant_id but no forced row-level security: {unprotected:?} \
         (call rls::protect_tenant_table in their migration)"
    );
}
