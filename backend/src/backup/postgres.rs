//! PostgreSQL: `pg_dump --format=custom` and `pg_restore` (infra/README.md has the same
//! procedure by hand). The dump must be taken by a role that bypasses row-level security (a
//! superuser, or one given `BYPASSRLS`): the tables force it even on their owner, and pg_dump
//! refuses rather than write a dump missing rows.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, bail};
use sea_orm::{ConnectionTrait, Database};

/// Where the client programs are looked for, before `PATH` (the server's major version first:
/// Debian's `/usr/bin` wrappers may pick another).
const BIN_DIRS: [&str; 3] = [
    "/usr/lib/postgresql/15/bin",
    "/usr/lib/postgresql/16/bin",
    "/usr/lib/postgresql/17/bin",
];

fn tool(name: &str) -> anyhow::Result<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    BIN_DIRS
        .iter()
        .map(PathBuf::from)
        .chain(std::env::split_paths(&path))
        .map(|dir| dir.join(name))
        .find(|candidate| candidate.is_file())
        .with_context(|| {
            format!(
                "{name} was not found (apt-get install postgresql-client-15): install it, or run the pg_dump/pg_restore procedure in infra/README.md yourself"
            )
        })
}

fn run(command: &mut Command, what: &str) -> anyhow::Result<()> {
    let output = command
        .output()
        .with_context(|| format!("starting {what}"))?;
    if !output.status.success() {
        bail!(
            "{what} failed: {}",
            String::from_utf8_lossy(&output.stderr).trim()
        );
    }
    Ok(())
}

/// Dumps the database `url` names into `dump`.
pub fn backup(url: &str, dump: &Path) -> anyhow::Result<()> {
    run(
        Command::new(tool("pg_dump")?)
            .args(["--format=custom", "--file"])
            .arg(dump)
            .arg("--dbname")
            .arg(url),
        "pg_dump",
    )
}

/// Restores `dump` into the database `url` names, in one transaction (all or nothing). A
/// database that already has tables is refused unless `force` (then they are replaced).
pub async fn restore(dump: &Path, url: &str, force: bool) -> anyhow::Result<()> {
    let pg_restore = tool("pg_restore")?;
    let db = Database::connect(url)
        .await
        .context("connecting to the database to restore into")?;
    let tables = db
        .query_one_raw(sea_orm::Statement::from_string(
            sea_orm::DbBackend::Postgres,
            "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'",
        ))
        .await?
        .and_then(|row| row.try_get_by_index::<i64>(0).ok())
        .unwrap_or(0);
    if tables > 0 && !force {
        db.close().await?;
        bail!(
            "the database to restore into already has {tables} tables: restore into a fresh database (createdb), or stop the servers and pass --force to replace them"
        );
    }
    // The role tenant transactions switch to is the cluster's, not the database's: a fresh
    // cluster lacks it, and the dump's grants name it.
    let manager = migration::SchemaManager::new(&db);
    migration::rls::create_app_role(&manager)
        .await
        .context("creating the application role")?;
    db.close().await?;
    let mut command = Command::new(pg_restore);
    command.args(["--no-owner", "--exit-on-error", "--single-transaction"]);
    if force {
        command.args(["--clean", "--if-exists"]);
    }
    run(command.arg("--dbname").arg(url).arg(dump), "pg_restore")
}
