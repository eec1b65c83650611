//! The data folder's own files: copied into a backup, and back into a data folder.

use std::path::{Component, Path, PathBuf};

use anyhow::{Context, bail};

/// Copies every file below `from` (if it exists) into `to`, except the paths in `skip`;
/// returns their paths relative to `from`, with `/` between folders.
pub fn copy_tree(from: &Path, to: &Path, skip: &[PathBuf]) -> anyhow::Result<Vec<String>> {
    let mut copied = Vec::new();
    if !from.is_dir() {
        return Ok(copied);
    }
    let skip: Vec<PathBuf> = skip
        .iter()
        .map(|path| path.canonicalize().unwrap_or_else(|_| path.clone()))
        .collect();
    let mut pending = vec![PathBuf::new()];
    while let Some(relative) = pending.pop() {
        let folder = from.join(&relative);
        for entry in
            std::fs::read_dir(&folder).with_context(|| format!("reading {}", folder.display()))?
        {
            let entry = entry?;
            let path = entry.path();
            let canonical = path.canonicalize().unwrap_or_else(|_| path.clone());
            if skip.iter().any(|skipped| canonical.starts_with(skipped)) {
                continue;
            }
            let relative = relative.join(entry.file_name());
            let kind = entry.file_type()?;
            if kind.is_dir() {
                pending.push(relative);
            } else if kind.is_file() {
                let dest = to.join(&relative);
                if let Some(parent) = dest.parent() {
                    std::fs::create_dir_all(parent)?;
                }
                std::fs::copy(&path, &dest)
                    .with_context(|| format!("copying {}", path.display()))?;
                copied.push(slashed(&relative)?);
            }
        }
    }
    copied.sort();
    Ok(copied)
}

/// The listed files that already exist in `data_dir` (or that the backup lacks: an error).
pub fn existing(from: &Path, listed: &[String], data_dir: &Path) -> anyhow::Result<Vec<String>> {
    let mut clashes = Vec::new();
    for name in listed {
        let relative = checked(name)?;
        if !from.join(&relative).is_file() {
            bail!(
                "{} is missing from the backup",
                from.join(relative).display()
            );
        }
        if data_dir.join(&relative).exists() {
            clashes.push(name.clone());
        }
    }
    Ok(clashes)
}

/// Copies the listed files from `from` into `data_dir`, replacing what is there.
pub fn copy_listed(from: &Path, listed: &[String], data_dir: &Path) -> anyhow::Result<()> {
    for name in listed {
        let relative = checked(name)?;
        let dest = data_dir.join(&relative);
        if let Some(parent) = dest.parent() {
            std::fs::create_dir_all(parent)
                .with_context(|| format!("creating {}", parent.display()))?;
        }
        std::fs::copy(from.join(&relative), &dest)
            .with_context(|| format!("restoring {}", dest.display()))?;
    }
    Ok(())
}

/// A manifest's file name as a path that stays inside the folder it is joined to.
fn checked(name: &str) -> anyhow::Result<PathBuf> {
    let path = PathBuf::from(name);
    if name.is_empty()
        || !path
            .components()
            .all(|part| matches!(part, Component::Normal(_)))
    {
        bail!("the backup's manifest names {name:?}, which is not a plain relative path");
    }
    Ok(path)
}

fn slashed(path: &Path) -> anyhow::Result<String> {
    let parts: Option<Vec<&str>> = path
        .components()
        .map(|part| part.as_os_str().to_str())
        .collect();
    Ok(parts
        .with_context(|| format!("{} is not a UTF-8 file name", path.display()))?
        .join("/"))
}
