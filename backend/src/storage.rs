//! Where uploaded files' bytes live: an object store (the `object_store` crate). By default the
//! `files` folder of the data folder, so a local product keeps everything in one place and
//! `clusterkeep backup` copies the files with the database; with `CLUSTERKEEP_STORAGE_URL`, an
//! S3-compatible bucket shared by every replica. The database row that names a file is the
//! only way to reach it: keys are never taken from a request.

use std::path::Path;
use std::sync::Arc;

use anyhow::Context;
use object_store::local::LocalFileSystem;
use object_store::path::Path as Key;
use object_store::prefix::PrefixStore;
use object_store::{ObjectStore, ObjectStoreExt, PutPayload};

use crate::config::StorageConfig;

/// How many files one upload may carry, and how large each may be.
#[derive(Clone, Copy, Debug)]
pub struct UploadLimits {
    pub max_files: usize,
    pub max_file_bytes: usize,
}

/// The object store uploaded files are kept in, with the upload limits.
#[derive(Clone)]
pub struct FileStore {
    store: Arc<dyn ObjectStore>,
    pub limits: UploadLimits,
}

impl std::fmt::Debug for FileStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "FileStore({})", self.store)
    }
}

impl FileStore {
    /// Opens the configured store: the URL's, or `<data_dir>/files` (created if missing).
    pub fn open(config: &StorageConfig, data_dir: &Path) -> anyhow::Result<Self> {
        let store: Arc<dyn ObjectStore> = match &config.url {
            Some(url) => {
                let url = url::Url::parse(url).context("CLUSTERKEEP_STORAGE_URL")?;
                // The usual AWS_… variables (keys, region, endpoint) configure an S3 store.
                let options = std::env::vars()
                    .filter(|(key, _)| key.starts_with("AWS_"))
                    .map(|(key, value)| (key.to_ascii_lowercase(), value));
                let (store, prefix) = object_store::parse_url_opts(&url, options)
                    .with_context(|| format!("opening the file store at {url}"))?;
                Arc::new(PrefixStore::new(store, prefix))
            }
            None => {
                let folder = data_dir.join("files");
                std::fs::create_dir_all(&folder)
                    .with_context(|| format!("creating {}", folder.display()))?;
                Arc::new(
                    LocalFileSystem::new_with_prefix(&folder)
                        .with_context(|| format!("opening {}", folder.display()))?,
                )
            }
        };
        Ok(Self {
            store,
            limits: UploadLimits {
                max_files: config.max_upload_files,
                max_file_bytes: config.max_upload_file_bytes,
            },
        })
    }

    /// Stores `bytes` under `key` (replacing what was there).
    pub async fn put(&self, key: &str, bytes: Vec<u8>) -> anyhow::Result<()> {
        self.store
            .put(&Key::from(key), PutPayload::from(bytes))
            .await
            .with_context(|| format!("storing {key}"))?;
        Ok(())
    }

    /// The bytes under `key`; `None` when nothing is stored there.
    pub async fn get(&self, key: &str) -> anyhow::Result<Option<bytes::Bytes>> {
        match self.store.get(&Key::from(key)).await {
            Ok(found) => Ok(Some(
                found
                    .bytes()
                    .await
                    .with_context(|| format!("reading {key}"))?,
            )),
            Err(object_store::Error::NotFound { .. }) => Ok(None),
            Err(error) => Err(error).with_context(|| format!("reading {key}")),
        }
    }

    /// Removes what is under each key, logging (not failing on) what cannot be removed: used to
    /// take back files whose database rows were not written.
    pub async fn discard(&self, keys: &[String]) {
        for key in keys {
            if let Err(error) = self.store.delete(&Key::from(key.as_str())).await {
                tracing::warn!(%key, %error, "an unreferenced upload could not be removed");
            }
        }
    }
}
