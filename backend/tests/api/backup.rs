//! `clusterkeep backup` and `restore`: a backup taken while the server runs restores into a
//! fresh database and data folder, and the restored product serves the same data; bad input is
//! refused with a message that says why, and nothing is written.

use std::fs;
use std::path::Path;

use clusterkeep::backup::{self, Target};
use clusterkeep::db::throwaway;

use crate::helpers::{Backend, DEMO_PASSWORD, Options, TestApp, spawn_app};
use crate::on_both_databases;

/// A fresh, empty database of the same kind (and cluster) as the app's, and its data folder.
async fn fresh_target(app: &TestApp, folder: &Path) -> Target {
    let database_url = if app.database_url.starts_with("sqlite:") {
        format!(
            "sqlite://{}?mode=rwc",
            folder.join("clusterkeep.db").display()
        )
    } else {
        let (base, _) = app.database_url.rsplit_once('/').unwrap();
        throwaway::create_database(&format!("{base}/postgres"))
            .await
            .unwrap()
    };
    Target {
        database_url,
        data_dir: folder.to_path_buf(),
    }
}

fn source(app: &TestApp) -> Target {
    Target {
        database_url: app.database_url.clone(),
        data_dir: app.data_dir().to_path_buf(),
    }
}

fn error_of<T: std::fmt::Debug>(result: anyhow::Result<T>) -> String {
    format!("{:#}", result.expect_err("refused"))
}

fn entries(folder: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(folder)
        .map(|dir| {
            dir.map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

on_both_databases!(
    a_backup_taken_while_the_server_runs_restores_into_a_fresh_database_with_every_row_and_file,
    |backend: Backend| async move {
        let Some(app) = spawn_app(backend, Options::default()).await else {
            return;
        };
        fs::create_dir_all(app.data_dir().join("uploads/2026")).unwrap();
        fs::write(
            app.data_dir().join("uploads/2026/site-plan.pdf"),
            b"%PDF plan",
        )
        .unwrap();
        // A photo uploaded on a maintenance request: stored under the data folder's `files`.
        let (kcc, _) = app.login_as("accounting@kcc.example").await;
        let filed = crate::maintenance_files::file_with(
            &app,
            &kcc,
            None,
            &[("cong.png", crate::maintenance_files::photo(64, 48))],
        )
        .await;
        assert!(filed.get("errors").is_none(), "{filed}");
        let before = app.snapshot().await;
        let work = tempfile::tempdir().unwrap();
        let dest = work.path().join("backup-1");

        let manifest = backup::backup(&source(&app), &dest).await.unwrap();
        assert_eq!(manifest.files.len(), 3, "{:?}", manifest.files);
        assert!(
            manifest
                .files
                .contains(&"uploads/2026/site-plan.pdf".to_owned())
        );
        let uploads: Vec<&String> = manifest
            .files
            .iter()
            .filter(|f| f.starts_with("files/maintenance/"))
            .collect();
        assert_eq!(uploads.len(), 2, "the photo and its thumbnail");
        let restored_dir = work.path().join("restored");
        let target = fresh_target(&app, &restored_dir).await;
        backup::restore(&target, &dest, false).await.unwrap();

        assert_eq!(
            fs::read(restored_dir.join("uploads/2026/site-plan.pdf")).unwrap(),
            b"%PDF plan"
        );
        for upload in uploads {
            assert_eq!(
                fs::read(restored_dir.join(upload)).unwrap(),
                fs::read(app.data_dir().join(upload)).unwrap()
            );
        }
        let restored = spawn_app(
            backend,
            Options {
                database_url: Some(target.database_url.clone()),
                no_demo: true,
                ..Options::default()
            },
        )
        .await
        .unwrap();
        assert_eq!(restored.snapshot().await, before, "every table, every row");
        let signed_in = restored.login("ops@dongsoc.example", DEMO_PASSWORD).await;
        assert!(
            signed_in.data("/login/accessToken").is_string(),
            "{:?}",
            signed_in.0
        );
        let (token, _) = restored.login_as("ops@dongsoc.example").await;
        let firms = restored
            .graphql(
                Some(&token),
                "{ firms(first: 5) { totalCount } }",
                serde_json::json!({}),
            )
            .await
            .ok();
        assert!(firms.data("/firms/totalCount").as_i64().unwrap() > 0);
    }
);

on_both_databases!(
    restore_refuses_a_missing_or_unfinished_backup_and_an_existing_database_and_writes_nothing,
    |backend: Backend| async move {
        let Some(app) = spawn_app(backend, Options::default()).await else {
            return;
        };
        let work = tempfile::tempdir().unwrap();
        let fresh_dir = work.path().join("fresh");
        let fresh = fresh_target(&app, &fresh_dir).await;

        let missing = error_of(backup::restore(&fresh, &work.path().join("nope"), false).await);
        assert!(missing.contains("no backup folder"), "{missing}");

        let unfinished = work.path().join("unfinished");
        fs::create_dir(&unfinished).unwrap();
        fs::write(unfinished.join("database.sqlite"), b"half").unwrap();
        let refused = error_of(backup::restore(&fresh, &unfinished, false).await);
        assert!(refused.contains("not a finished backup"), "{refused}");
        assert!(!fresh_dir.exists(), "nothing was written for a bad backup");

        // A good backup, restored over the running app's own database.
        let dest = work.path().join("good");
        backup::backup(&source(&app), &dest).await.unwrap();
        let before = app.snapshot().await;
        let existing = error_of(backup::restore(&source(&app), &dest, false).await);
        assert!(existing.contains("already"), "{existing}");
        assert!(existing.contains("--force"), "{existing}");
        assert_eq!(app.snapshot().await, before);

        // A backup of the other kind of database.
        let other = if backend == Backend::Sqlite {
            Target {
                database_url: "postgres://nobody@127.0.0.1:1/none".into(),
                data_dir: fresh_dir.clone(),
            }
        } else {
            Target {
                database_url: format!("sqlite://{}?mode=rwc", fresh_dir.join("x.db").display()),
                data_dir: fresh_dir.clone(),
            }
        };
        let kind = error_of(backup::restore(&other, &dest, false).await);
        assert!(kind.contains("same kind of database"), "{kind}");
        assert!(!fresh_dir.exists(), "nothing was written");
    }
);

on_both_databases!(
    backup_refuses_a_folder_that_is_not_empty_and_leaves_it_as_it_was,
    |backend: Backend| async move {
        let Some(app) = spawn_app(backend, Options::default()).await else {
            return;
        };
        let work = tempfile::tempdir().unwrap();
        fs::write(work.path().join("notes.txt"), b"mine").unwrap();
        let refused = error_of(backup::backup(&source(&app), work.path()).await);
        assert!(refused.contains("not an empty folder"), "{refused}");
        assert_eq!(entries(work.path()), ["notes.txt"]);
    }
);

#[tokio::test]
async fn a_sqlite_backup_of_a_database_that_does_not_exist_is_refused_without_creating_it() {
    let work = tempfile::tempdir().unwrap();
    let target = Target {
        database_url: format!(
            "sqlite://{}?mode=rwc",
            work.path().join("data/clusterkeep.db").display()
        ),
        data_dir: work.path().join("data"),
    };
    let refused = error_of(backup::backup(&target, &work.path().join("backup")).await);
    assert!(refused.contains("no database at"), "{refused}");
    assert!(
        entries(work.path()).is_empty(),
        "neither the database nor the backup folder was created"
    );
}
