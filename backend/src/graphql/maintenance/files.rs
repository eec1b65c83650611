//! Photos and documents on requests: the `MaintenanceFile` type, reading the uploads of a
//! GraphQL multipart request into the domain's [`Incoming`] files, and
//! `attachMaintenanceFiles`. The bytes themselves are served by `GET /files/maintenance/{id}`
//! (see `http::files`), never inside GraphQL.

use std::io::Read;

use async_graphql::{Context, ID, InputObject, Object, SimpleObject, Upload};
use chrono::{DateTime, Utc};

use crate::error::AppError;
use crate::graphql::Services;
use crate::graphql::context::tenant;
use crate::graphql::errors::{GqlResult, to_gql};
use crate::graphql::ids;
use crate::graphql::maintenance::types::MaintenanceRequest;
use crate::ids::{MaintenanceFileId, MaintenanceRequestId};
use crate::maintenance::entities::file;
use crate::maintenance::files::{self, Incoming};
use crate::maintenance::requests;
use crate::storage::UploadLimits;

/// A photo or document attached to a maintenance request. Fetch its bytes from `url` (and an
/// image's thumbnail from `thumbnailUrl`) with the same bearer token as the API.
pub struct MaintenanceFile(pub file::Model);

/// A photo or document attached to a maintenance request. Fetch its bytes from `url` (and an
/// image's thumbnail from `thumbnailUrl`) with the same bearer token as the API.
#[Object]
impl MaintenanceFile {
    /// Identifies the file.
    async fn id(&self) -> ID {
        ids::of::<MaintenanceFileId>(self.0.id)
    }
    /// The uploader's file name, with the extension of what is stored.
    async fn file_name(&self) -> &str {
        &self.0.file_name
    }
    /// `image/jpeg`, `image/png` or `application/pdf`.
    async fn content_type(&self) -> &str {
        &self.0.content_type
    }
    /// Its size as stored, in bytes.
    async fn size_bytes(&self) -> i64 {
        self.0.size_bytes
    }
    /// A photo (it has a thumbnail), not a document.
    async fn is_image(&self) -> bool {
        self.0.thumbnail_key.is_some()
    }
    /// The path to fetch the file from (with the bearer token).
    async fn url(&self) -> String {
        format!(
            "/files/maintenance/{}",
            ids::of::<MaintenanceFileId>(self.0.id).0
        )
    }
    /// The path to fetch a photo's thumbnail (at most 320 px) from; null for a document.
    async fn thumbnail_url(&self) -> Option<String> {
        self.0.thumbnail_key.as_ref().map(|_| {
            format!(
                "/files/maintenance/{}/thumbnail",
                ids::of::<MaintenanceFileId>(self.0.id).0
            )
        })
    }
    /// When it was uploaded.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

/// Reads the uploaded files of a request (each at most one byte past the size limit: enough
/// to know a file is too large without reading it whole), off the async threads.
pub(crate) async fn read_uploads(
    ctx: &Context<'_>,
    uploads: Option<Vec<Upload>>,
    limits: UploadLimits,
) -> async_graphql::Result<Vec<Incoming>> {
    let values = uploads
        .unwrap_or_default()
        .iter()
        .map(|upload| upload.value(ctx))
        .collect::<std::io::Result<Vec<_>>>()
        .map_err(|e| to_gql(AppError::Internal(anyhow::Error::new(e).context("upload"))))?;
    let cap = u64::try_from(limits.max_file_bytes)
        .unwrap_or(u64::MAX)
        .saturating_add(1);
    tokio::task::spawn_blocking(move || {
        values
            .into_iter()
            .map(|value| {
                let mut bytes = Vec::new();
                value.content.take(cap).read_to_end(&mut bytes)?;
                Ok(Incoming {
                    name: value.filename,
                    bytes,
                })
            })
            .collect::<std::io::Result<Vec<_>>>()
    })
    .await
    .map_err(|e| anyhow::anyhow!("reading uploads: {e}"))
    .and_then(|read| read.map_err(|e| anyhow::Error::new(e).context("reading uploads")))
    .map_err(|e| to_gql(AppError::Internal(e)))
}

/// Files to add to a request.
#[derive(InputObject)]
pub struct AttachMaintenanceFilesInput {
    /// The request (the firm's own, or any of the operator's).
    pub request_id: ID,
    /// JPEG, PNG or WebP photos and PDF documents: at most 10, each at most 10 MB.
    pub files: Vec<Upload>,
}

/// Files added to a request.
#[derive(SimpleObject)]
pub struct AttachMaintenanceFilesPayload {
    /// The request, with all of its files.
    pub request: MaintenanceRequest,
    /// The files just added.
    pub files: Vec<MaintenanceFile>,
}

#[derive(Default)]
pub struct MaintenanceFileMutations;

#[Object]
impl MaintenanceFileMutations {
    /// Adds photos or documents to a request (sent as a GraphQL multipart request). An image
    /// is stored re-encoded, without its EXIF data, with a thumbnail. NOT_FOUND for a request
    /// the caller may not see; CONFLICT once it is closed, cancelled or rejected.
    async fn attach_maintenance_files(
        &self,
        ctx: &Context<'_>,
        input: AttachMaintenanceFilesInput,
    ) -> async_graphql::Result<AttachMaintenanceFilesPayload> {
        let services = ctx.data::<Services>()?;
        let tenant_ctx = tenant(ctx)?;
        let id = ids::decode::<MaintenanceRequestId>(&input.request_id, "input.requestId").gql()?;
        let incoming = read_uploads(ctx, Some(input.files), services.files.limits).await?;
        let added = files::attach(&services.db, &tenant_ctx, &services.files, id, incoming)
            .await
            .gql()?;
        let request = requests::get(&services.db, &tenant_ctx, id).await.gql()?;
        Ok(AttachMaintenanceFilesPayload {
            request: MaintenanceRequest(request),
            files: added.into_iter().map(MaintenanceFile).collect(),
        })
    }
}
