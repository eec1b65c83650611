//! SQLite: `VACUUM INTO` copies a consistent database while the server keeps writing, and a
//! restore puts a checked copy in place with one rename.

use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use sea_orm::{ConnectionTrait, Database, DatabaseConnection};

/// The file a `sqlite:` URL names.
pub fn database_path(url: &str) -> anyhow::Result<PathBuf> {
    let rest = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))
        .context("not a sqlite: URL")?;
    let path = rest.split('?').next().unwrap_or(rest);
    if path.is_empty() || path == ":memory:" {
        bail!("an in-memory SQLite database cannot be backed up or restored");
    }
    Ok(PathBuf::from(path))
}

/// The database file and the journal files SQLite keeps beside it.
pub fn companion_files(database: &Path) -> Vec<PathBuf> {
    let mut files = vec![database.to_path_buf()];
    for suffix in ["-wal", "-shm", "-journal"] {
        let mut name = database.as_os_str().to_owned();
        name.push(suffix);
        files.push(PathBuf::from(name));
    }
    files
}

async fn open_read_only(path: &Path) -> anyhow::Result<DatabaseConnection> {
    Database::connect(format!("sqlite://{}?mode=ro", path.display()))
        .await
        .with_context(|| format!("opening {}", path.display()))
}

fn quoted(path: &Path) -> anyhow::Result<String> {
    let text = path.to_str().context("the backup path is not UTF-8")?;
    Ok(format!("'{}'", text.replace('\'', "''")))
}

/// Writes a consistent copy of the database `url` names to `dump`.
pub async fn backup(url: &str, dump: &Path) -> anyhow::Result<()> {
    let db = open_read_only(&database_path(url)?).await?;
    db.execute_unprepared(&format!("VACUUM INTO {}", quoted(dump)?))
        .await
        .context("VACUUM INTO")?;
    db.close().await?;
    Ok(())
}

/// Puts the database in `dump` where `url` points; an existing database only with `force`.
pub async fn restore(dump: &Path, url: &str, force: bool) -> anyhow::Result<()> {
    let target = database_path(url)?;
    if target.exists() && !force {
        bail!(
            "there is already a database at {}: restore into a fresh data folder, or stop the server and pass --force to replace it",
            target.display()
        );
    }
    let check = open_read_only(dump).await?;
    let verdict = check
        .query_one_raw(sea_orm::Statement::from_string(
            sea_orm::DbBackend::Sqlite,
            "PRAGMA quick_check",
        ))
        .await
        .with_context(|| format!("{} is not a SQLite database", dump.display()))?
        .and_then(|row| row.try_get_by_index::<String>(0).ok());
    check.close().await?;
    if verdict.as_deref() != Some("ok") {
        bail!(
            "{} failed SQLite's integrity check: {verdict:?}",
            dump.display()
        );
    }
    let folder = target
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(folder).with_context(|| format!("creating {}", folder.display()))?;
    let partial = folder.join(format!(".restoring-{}", uuid::Uuid::new_v4().simple()));
    std::fs::copy(dump, &partial).context("copying the database")?;
    for stale in companion_files(&target) {
        if stale.exists() {
            std::fs::remove_file(&stale)
                .with_context(|| format!("removing {}", stale.display()))?;
        }
    }
    std::fs::rename(&partial, &target)
        .with_context(|| format!("moving the database to {}", target.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_database_file_comes_from_the_url() {
        assert_eq!(
            database_path("sqlite://./data/clusterkeep.db?mode=rwc").unwrap(),
            PathBuf::from("./data/clusterkeep.db")
        );
        assert_eq!(
            database_path("sqlite:/srv/ck.db").unwrap(),
            PathBuf::from("/srv/ck.db")
        );
        assert!(database_path("sqlite::memory:").is_err());
    }
}
