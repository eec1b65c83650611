//! `clusterkeep backup <dest>` and `clusterkeep restore <src>`: the database and the data
//! folder's own files (the development signing key, and any file a later feature keeps there)
//! in one folder.
//!
//! A backup folder holds `database.sqlite` (SQLite's `VACUUM INTO`: a consistent copy taken
//! while the server runs) or `database.pgdump` (`pg_dump --format=custom`), the data folder's
//! other files under `files/`, and `manifest.json`, written last, so a folder without it is not
//! a finished backup. Restore checks everything before it writes anything: a missing or
//! unfinished backup, a database of the other kind, or a target that already holds a database
//! or a file is refused with a message saying what to do, unless forced.

mod files;
mod postgres;
mod sqlite;

use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use serde::{Deserialize, Serialize};

use crate::config::Config;
use DatabaseKind as Kind;

/// The file that marks a finished backup.
const MANIFEST: &str = "manifest.json";
/// The folder the data folder's files are copied to.
const FILES: &str = "files";
/// This layout's version.
const FORMAT: u32 = 1;

/// Which database a backup holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DatabaseKind {
    Sqlite,
    Postgres,
}

impl DatabaseKind {
    fn of(url: &str) -> anyhow::Result<Self> {
        if url.starts_with("sqlite:") {
            Ok(Self::Sqlite)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Ok(Self::Postgres)
        } else {
            bail!("DATABASE_URL must start with sqlite: or postgres://")
        }
    }

    fn dump_name(self) -> &'static str {
        match self {
            Self::Sqlite => "database.sqlite",
            Self::Postgres => "database.pgdump",
        }
    }
}

/// What `manifest.json` says about a backup.
#[derive(Debug, Serialize, Deserialize)]
pub struct Manifest {
    pub format: u32,
    pub database: DatabaseKind,
    /// When the backup was taken (RFC 3339, UTC).
    pub created_at: String,
    /// The server version that took it.
    pub version: String,
    /// The data folder's files, relative to `files/`.
    pub files: Vec<String>,
}

/// Where a backup or restore reads and writes.
#[derive(Clone, Debug)]
pub struct Target {
    /// `sqlite://…` or `postgres://…`.
    pub database_url: String,
    /// The data folder (`CLUSTERKEEP_DATA_DIR`).
    pub data_dir: PathBuf,
}

impl Target {
    /// The configured database and data folder.
    pub fn of(config: &Config) -> Self {
        Self {
            database_url: config.effective_database_url(),
            data_dir: config.database.data_dir.clone(),
        }
    }
}

/// Backs up `target` into the new folder `dest`; on failure `dest` is removed again.
pub async fn backup(target: &Target, dest: &Path) -> anyhow::Result<Manifest> {
    let kind = DatabaseKind::of(&target.database_url)?;
    let occupied = match dest.read_dir() {
        Ok(mut entries) => entries.next().is_some(),
        Err(_) => dest.exists(),
    };
    if occupied {
        bail!(
            "{} already exists and is not an empty folder: back up into a new folder",
            dest.display()
        );
    }
    let database_file = match kind {
        Kind::Sqlite => Some(sqlite::database_path(&target.database_url)?),
        Kind::Postgres => None,
    };
    if let Some(path) = &database_file
        && !path.is_file()
    {
        bail!(
            "there is no database at {}: nothing to back up",
            path.display()
        );
    }
    std::fs::create_dir_all(dest).with_context(|| format!("creating {}", dest.display()))?;
    let result = write_backup(target, kind, database_file.as_deref(), dest).await;
    if result.is_err() {
        let _ = std::fs::remove_dir_all(dest);
    }
    result
}

async fn write_backup(
    target: &Target,
    kind: Kind,
    database_file: Option<&Path>,
    dest: &Path,
) -> anyhow::Result<Manifest> {
    let dump = dest.join(kind.dump_name());
    match kind {
        Kind::Sqlite => sqlite::backup(&target.database_url, &dump).await?,
        Kind::Postgres => postgres::backup(&target.database_url, &dump)?,
    }
    // The database travels as the dump; a backup folder inside the data folder is not copied
    // into itself.
    let mut skip = database_file
        .map(sqlite::companion_files)
        .unwrap_or_default();
    skip.push(dest.to_path_buf());
    let files = files::copy_tree(&target.data_dir, &dest.join(FILES), &skip)?;
    let manifest = Manifest {
        format: FORMAT,
        database: kind,
        created_at: chrono::Utc::now().to_rfc3339(),
        version: env!("CARGO_PKG_VERSION").to_owned(),
        files,
    };
    let text = serde_json::to_string_pretty(&manifest)?;
    std::fs::write(dest.join(MANIFEST), text).context("writing the manifest")?;
    Ok(manifest)
}

/// Restores the backup in `src` into `target`. Without `force`, a target that already has a
/// database (or any of the backup's files) is refused and nothing is written.
pub async fn restore(target: &Target, src: &Path, force: bool) -> anyhow::Result<Manifest> {
    let manifest = read_manifest(src)?;
    let kind = DatabaseKind::of(&target.database_url)?;
    if manifest.database != kind {
        bail!(
            "{} holds a {:?} backup but DATABASE_URL is {:?}: restore it into the same kind of database",
            src.display(),
            manifest.database,
            kind
        );
    }
    let dump = src.join(kind.dump_name());
    if !dump.is_file() {
        bail!("{} is missing from the backup", dump.display());
    }
    let files_dir = src.join(FILES);
    let clashes = files::existing(&files_dir, &manifest.files, &target.data_dir)?;
    if !force && !clashes.is_empty() {
        bail!(
            "the data folder {} already has {}: restore into a fresh data folder, or pass --force to replace them",
            target.data_dir.display(),
            clashes.join(", ")
        );
    }
    match kind {
        Kind::Sqlite => sqlite::restore(&dump, &target.database_url, force).await?,
        Kind::Postgres => postgres::restore(&dump, &target.database_url, force).await?,
    }
    files::copy_listed(&files_dir, &manifest.files, &target.data_dir)?;
    Ok(manifest)
}

fn read_manifest(src: &Path) -> anyhow::Result<Manifest> {
    if !src.is_dir() {
        bail!("there is no backup folder at {}", src.display());
    }
    let path = src.join(MANIFEST);
    let text = std::fs::read_to_string(&path).map_err(|_| {
        anyhow::anyhow!(
            "{} has no {MANIFEST}: it is not a finished backup (was the backup interrupted?)",
            src.display()
        )
    })?;
    let manifest: Manifest = serde_json::from_str(&text)
        .with_context(|| format!("{} is not a backup manifest", path.display()))?;
    if manifest.format != FORMAT {
        bail!(
            "{} is a backup of format {} but this server reads format {FORMAT}",
            src.display(),
            manifest.format
        );
    }
    Ok(manifest)
}
