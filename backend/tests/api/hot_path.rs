//! The hot path's promises: what `me` costs, and that on SQLite reads run beside a writer.

use std::time::Duration;

use sea_orm::ConnectionTrait;
use serde_json::json;

use crate::helpers::{Backend, app};
use crate::on_both_databases;

on_both_databases!(
    me_reads_the_user_row_alone_and_memberships_only_when_asked,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (admin, _) = app.login_as("ops@dongsoc.example").await;
        let db = &app.services.db;

        let before = db.statements_executed();
        let me = app
            .graphql(
                Some(&admin),
                "{ me { id email displayName isPlatformAdmin membershipId role } }",
                json!({}),
            )
            .await
            .ok();
        // One statement, outside any transaction: the user row. The rest is in the token.
        assert_eq!(db.statements_executed() - before, 1, "statements for me");
        assert_eq!(me.data("/me/email"), "ops@dongsoc.example");
        assert!(me.data("/me/membershipId").is_string());

        let before = db.statements_executed();
        let me = app
            .graphql(
                Some(&admin),
                "{ me { email tenant { name } firm { name } memberships { id tenant { name } } } }",
                json!({}),
            )
            .await
            .ok();
        // The user row, then memberships and their tenants once for all three fields (an
        // operator has no firm to read), plus the system scope's setting on PostgreSQL.
        assert_eq!(
            db.statements_executed() - before,
            3,
            "statements for me with memberships"
        );
        let tenant = me.data("/me/tenant/name").as_str().unwrap().to_owned();
        assert!(!tenant.is_empty());
        assert_eq!(me.data("/me/firm"), &serde_json::Value::Null);
        assert_eq!(me.data("/me/memberships/0/tenant/name"), tenant.as_str());
    }
);

on_both_databases!(
    a_read_runs_while_a_writer_holds_its_transaction_open,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (admin, _) = app.login_as("ops@dongsoc.example").await;
        let db = &app.services.db;
        // A writer in the middle of its transaction: on SQLite it holds the database's one
        // write lock until it ends.
        let writer = db.system().await.unwrap();
        writer
            .conn()
            .execute_unprepared("UPDATE users SET display_name = display_name WHERE 1 = 0")
            .await
            .unwrap();
        // A query's reads do not queue behind it (before, they waited for the lock up to the
        // 30 s busy timeout and then failed).
        let read = tokio::time::timeout(
            Duration::from_secs(10),
            app.graphql(
                Some(&admin),
                "{ me { email } clusters(first: 5) { nodes { name } } invoices(first: 5) { nodes { id } } }",
                json!({}),
            ),
        )
        .await
        .expect("the read waited for the writer");
        let read = read.ok();
        assert!(!read.data("/clusters/nodes").as_array().unwrap().is_empty());
        writer.commit().await.unwrap();

        // The connections reads use refuse writes, so a read path that writes fails loudly.
        if backend == Backend::Sqlite {
            let refused = db
                .shared_reader()
                .execute_unprepared("UPDATE users SET display_name = display_name")
                .await;
            assert!(refused.is_err(), "a read connection accepted a write");
        }
    }
);

/// Replicas of a new version start together: their migrations run one after the other, and
/// every table is created once (without the lock, both try to create the same tables).
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn replicas_starting_together_migrate_one_at_a_time() {
    let Some(app) = app(Backend::Postgres).await else {
        return;
    };
    let (base, _) = app.database_url.rsplit_once('/').unwrap();
    let url = clusterkeep::db::throwaway::create_database(&format!("{base}/postgres"))
        .await
        .unwrap();
    let mut replicas = Vec::new();
    for _ in 0..3 {
        replicas.push(clusterkeep::db::Db::connect(&url).await.unwrap());
    }
    let runs = replicas.iter().map(|db| db.migrate());
    for result in futures_util::future::join_all(runs).await {
        result.expect("every replica's migration succeeds");
    }
    let applied = replicas[0]
        .raw()
        .query_one_raw(sea_orm::Statement::from_string(
            sea_orm::DbBackend::Postgres,
            "SELECT COUNT(*) AS n, COUNT(DISTINCT version) AS d FROM seaql_migrations",
        ))
        .await
        .unwrap()
        .unwrap();
    let (n, d): (i64, i64) = (
        applied.try_get("", "n").unwrap(),
        applied.try_get("", "d").unwrap(),
    );
    assert!(n > 10);
    assert_eq!(n, d, "each migration recorded once");
}
