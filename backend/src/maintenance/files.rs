//! Photos and documents on maintenance requests: what may be uploaded (JPEG, PNG and WebP
//! images and PDF, told by their first bytes, never by their name or declared type), what the
//! server keeps (an image decoded and encoded again, which drops its EXIF block and the GPS
//! location in it, turned upright and at most 4096 px on a side, with a 320 px thumbnail; a PDF
//! as sent), where (the [`FileStore`]), and who may read them (the operator's people and the
//! firm that owns the request; anyone else, as for a missing file, NOT_FOUND).

use std::io::Cursor;

use chrono::Utc;
use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits};
use sea_orm::{ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter, QueryOrder};
use uuid::Uuid;

use crate::access::{Policy, TenantCtx};
use crate::db::{Db, TenantTxn};
use crate::error::{AppError, AppResult, Problems, reason};
use crate::ids::{MaintenanceFileId, MaintenanceRequestId};
use crate::maintenance::entities::{file, request, work_order_request};
use crate::storage::{FileStore, UploadLimits};

/// The longest side of a stored image, in pixels (a phone photo is shrunk to this).
const MAX_SIDE: u32 = 4096;
/// The longest side of a thumbnail, in pixels.
const THUMBNAIL_SIDE: u32 = 320;
/// The longest file name kept, in characters.
const MAX_NAME: usize = 120;

/// A file as it arrived: the name the client gave and its bytes (read up to one byte past the
/// size limit, so a larger file is known to be too large without being read whole).
#[derive(Clone, Debug)]
pub struct Incoming {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// A checked file, ready to store.
#[derive(Clone, Debug)]
pub struct Prepared {
    name: String,
    content_type: &'static str,
    bytes: Vec<u8>,
    thumbnail: Option<Vec<u8>>,
}

/// What a file is, by its first bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Jpeg,
    Png,
    Webp,
    Pdf,
}

fn sniff(bytes: &[u8]) -> Option<Kind> {
    if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some(Kind::Jpeg)
    } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some(Kind::Png)
    } else if bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        Some(Kind::Webp)
    } else if bytes.starts_with(b"%PDF-") {
        Some(Kind::Pdf)
    } else {
        None
    }
}

/// Checks every file of an upload, collecting each problem under `path.<index>` (or `path`
/// for too many files), and turns the good ones into what is stored. CPU work (decoding
/// photos): run it off the async threads ([`prepare_all`]).
pub fn prepare(
    files: Vec<Incoming>,
    limits: UploadLimits,
    path: &str,
    problems: &mut Problems,
) -> Vec<Prepared> {
    if files.len() > limits.max_files {
        problems.add(
            path,
            reason!(
                "too_many_files",
                "{count} files: at most {max_files} may be sent at once",
                count = files.len(),
                max_files = limits.max_files
            ),
        );
        return Vec::new();
    }
    let mut prepared = Vec::with_capacity(files.len());
    for (index, incoming) in files.into_iter().enumerate() {
        let at = format!("{path}.{index}");
        if incoming.bytes.len() > limits.max_file_bytes {
            problems.add(
                at,
                reason!(
                    "file_too_large",
                    "{file} is larger than {megabytes} MB",
                    file = incoming.name,
                    megabytes = limits.max_file_bytes / (1024 * 1024)
                ),
            );
            continue;
        }
        let Some(kind) = sniff(&incoming.bytes) else {
            problems.add(
                at,
                reason!(
                    "file_type_not_accepted",
                    "{file} is not a JPEG, PNG or WebP photo or a PDF document",
                    file = incoming.name
                ),
            );
            continue;
        };
        if kind == Kind::Pdf {
            prepared.push(Prepared {
                name: renamed(&incoming.name, "pdf"),
                content_type: "application/pdf",
                bytes: incoming.bytes,
                thumbnail: None,
            });
            continue;
        }
        match reencode(incoming.bytes, kind) {
            Ok((bytes, content_type, thumbnail)) => prepared.push(Prepared {
                name: renamed(
                    &incoming.name,
                    if content_type == "image/png" {
                        "png"
                    } else {
                        "jpg"
                    },
                ),
                content_type,
                bytes,
                thumbnail: Some(thumbnail),
            }),
            Err(error) => {
                tracing::info!(%error, "an uploaded image could not be decoded");
                problems.add(
                    at,
                    reason!(
                        "image_unreadable",
                        "{file} could not be read as an image",
                        file = incoming.name
                    ),
                );
            }
        }
    }
    prepared
}

/// [`prepare`] on a blocking thread; the problems come back with the files.
pub async fn prepare_all(
    files: Vec<Incoming>,
    limits: UploadLimits,
    path: &'static str,
) -> AppResult<(Vec<Prepared>, Problems)> {
    tokio::task::spawn_blocking(move || {
        let mut problems = Problems::new();
        let prepared = prepare(files, limits, path, &mut problems);
        (prepared, problems)
    })
    .await
    .map_err(|e| AppError::Internal(anyhow::anyhow!("preparing uploads: {e}")))
}

/// Decodes an image (bounded in size and memory), turns it upright by its EXIF orientation,
/// shrinks it to [`MAX_SIDE`], and encodes it again without any metadata: PNG when it has
/// transparency, JPEG otherwise; plus a JPEG thumbnail.
fn reencode(bytes: Vec<u8>, kind: Kind) -> image::ImageResult<(Vec<u8>, &'static str, Vec<u8>)> {
    let format = match kind {
        Kind::Png => ImageFormat::Png,
        Kind::Webp => ImageFormat::WebP,
        Kind::Jpeg | Kind::Pdf => ImageFormat::Jpeg,
    };
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    let mut limits = Limits::default();
    limits.max_image_width = Some(16_384);
    limits.max_image_height = Some(16_384);
    limits.max_alloc = Some(512 * 1024 * 1024);
    reader.limits(limits);
    let mut decoder = reader.into_decoder()?;
    let orientation = decoder
        .orientation()
        .unwrap_or(image::metadata::Orientation::NoTransforms);
    let mut picture = DynamicImage::from_decoder(decoder)?;
    picture.apply_orientation(orientation);
    if picture.width() > MAX_SIDE || picture.height() > MAX_SIDE {
        picture = picture.resize(MAX_SIDE, MAX_SIDE, image::imageops::FilterType::Lanczos3);
    }
    let (stored, content_type) = if picture.color().has_alpha() {
        let mut out = Cursor::new(Vec::new());
        DynamicImage::ImageRgba8(picture.to_rgba8()).write_to(&mut out, ImageFormat::Png)?;
        (out.into_inner(), "image/png")
    } else {
        (jpeg(&picture, 85)?, "image/jpeg")
    };
    // `thumbnail` would enlarge a small picture; only shrink.
    let thumbnail = if picture.width().max(picture.height()) > THUMBNAIL_SIDE {
        jpeg(&picture.thumbnail(THUMBNAIL_SIDE, THUMBNAIL_SIDE), 80)?
    } else {
        jpeg(&picture, 80)?
    };
    Ok((stored, content_type, thumbnail))
}

fn jpeg(picture: &DynamicImage, quality: u8) -> image::ImageResult<Vec<u8>> {
    let mut out = Vec::new();
    DynamicImage::ImageRgb8(picture.to_rgb8()).write_with_encoder(
        image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, quality),
    )?;
    Ok(out)
}

/// The client's file name without folders or control characters, shortened, with the
/// extension of what is stored.
fn renamed(name: &str, extension: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or_default();
    let stem = base
        .rsplit_once('.')
        .map_or(base, |(stem, _)| stem)
        .chars()
        .filter(|c| !c.is_control() && !matches!(c, '"' | '<' | '>' | ':' | '*' | '?' | '|'))
        .take(MAX_NAME)
        .collect::<String>();
    let stem = stem.trim();
    format!(
        "{}.{extension}",
        if stem.is_empty() { "file" } else { stem }
    )
}

/// A file's bytes as written to the store: what its row records.
#[derive(Clone, Debug)]
pub(crate) struct Stored {
    pub name: String,
    pub content_type: String,
    pub size_bytes: i64,
    pub storage_key: String,
    pub thumbnail_key: Option<String>,
}

impl Prepared {
    /// Whether it is an image (a photo), not a PDF.
    pub(crate) fn is_image(&self) -> bool {
        self.thumbnail.is_some()
    }

    /// Writes the bytes (and thumbnail) under `key`. Every key is added to `written` before
    /// anything can fail, so a caller whose transaction does not commit can take them back
    /// ([`FileStore::discard`]).
    pub(crate) async fn put(
        self,
        store: &FileStore,
        key: String,
        written: &mut Vec<String>,
    ) -> AppResult<Stored> {
        let thumbnail_key = self.thumbnail.as_ref().map(|_| format!("{key}-thumb"));
        written.push(key.clone());
        let size_bytes = i64::try_from(self.bytes.len()).unwrap_or(i64::MAX);
        store.put(&key, self.bytes).await?;
        if let (Some(thumb_key), Some(thumbnail)) = (&thumbnail_key, self.thumbnail) {
            written.push(thumb_key.clone());
            store.put(thumb_key, thumbnail).await?;
        }
        Ok(Stored {
            name: self.name,
            content_type: self.content_type.to_owned(),
            size_bytes,
            storage_key: key,
            thumbnail_key,
        })
    }
}

/// Writes the files' bytes to the store and their rows in the caller's transaction (`conn`,
/// of `tenant_id`). Every key written is added to `written` before anything can fail, so a
/// caller whose transaction does not commit can take them back ([`FileStore::discard`]).
pub(crate) async fn store_all(
    conn: &impl sea_orm::ConnectionTrait,
    tenant_id: Uuid,
    store: &FileStore,
    uploader: Option<Uuid>,
    request_id: Uuid,
    files: Vec<Prepared>,
    written: &mut Vec<String>,
) -> AppResult<Vec<file::Model>> {
    let mut rows = Vec::with_capacity(files.len());
    let now = Utc::now();
    for prepared in files {
        let id = Uuid::now_v7();
        let stored = prepared
            .put(
                store,
                format!("maintenance/{tenant_id}/{request_id}/{id}"),
                written,
            )
            .await?;
        let row = file::Model {
            id,
            tenant_id,
            created_at: now,
            request_id,
            uploaded_by: uploader,
            file_name: stored.name,
            content_type: stored.content_type,
            size_bytes: stored.size_bytes,
            storage_key: stored.storage_key,
            thumbnail_key: stored.thumbnail_key,
        };
        file::Entity::insert(row.clone().into_active_model())
            .exec_without_returning(conn)
            .await?;
        rows.push(row);
    }
    Ok(rows)
}

/// A request the caller may see (NOT_FOUND otherwise), in `txn`.
async fn visible_request(txn: &TenantTxn, id: Uuid) -> AppResult<request::Model> {
    let found = txn
        .scoped_by_id::<request::Entity>(id)
        .one(txn.conn())
        .await?
        .ok_or(AppError::NotFound)?;
    match txn.firm_scope() {
        Some(firm) if firm.0 != found.firm_id => Err(AppError::NotFound),
        _ => Ok(found),
    }
}

/// Attaches more files to a request the caller may follow (the firm its own; operators any).
/// A closed, cancelled or rejected request takes no more (CONFLICT).
#[tracing::instrument(level = "debug", skip_all)]
pub async fn attach(
    db: &Db,
    ctx: &TenantCtx,
    store: &FileStore,
    id: MaintenanceRequestId,
    files: Vec<Incoming>,
) -> AppResult<Vec<file::Model>> {
    ctx.require(Policy::FollowRequests)?;
    if files.is_empty() {
        return Err(AppError::invalid(
            "input.files",
            reason!("choose_least_file", "choose at least one file"),
        ));
    }
    let (prepared, problems) = prepare_all(files, store.limits, "input.files").await?;
    problems.finish()?;
    let mut written = Vec::new();
    let result = async {
        let txn = db.tenant(ctx, Policy::FollowRequests).await?;
        let found = visible_request(&txn, id.0).await?;
        if found.status.is_final() {
            return Err(AppError::Conflict(reason!(
                "request_takes_more_files",
                "the request is {status}; it takes no more files",
                status = found.status.as_str()
            )));
        }
        let rows = store_all(
            txn.conn(),
            txn.tenant_id().0,
            store,
            Some(ctx.user_id().0),
            id.0,
            prepared,
            &mut written,
        )
        .await?;
        crate::audit::record(
            &txn,
            ctx,
            "MaintenanceRequest",
            id.0,
            "ATTACH_FILES",
            None::<&()>,
            Some(&rows),
        )
        .await?;
        txn.commit().await?;
        Ok(rows)
    }
    .await;
    if result.is_err() {
        store.discard(&written).await;
    }
    result
}

/// The files of these requests, oldest first (within one transaction the caller opened for
/// the requests, which it has already checked it may see).
pub(crate) async fn of_requests(
    txn: &TenantTxn,
    request_ids: &[Uuid],
) -> AppResult<Vec<file::Model>> {
    Ok(txn
        .scoped::<file::Entity>()
        .filter(file::Column::RequestId.is_in(request_ids.iter().copied()))
        .order_by_asc(file::Column::CreatedAt)
        .order_by_asc(file::Column::Id)
        .all(txn.conn())
        .await?)
}

/// The files of a request the caller may see.
pub async fn of_request(
    db: &Db,
    ctx: &TenantCtx,
    id: MaintenanceRequestId,
) -> AppResult<Vec<file::Model>> {
    let txn = db.lookup(ctx, Policy::FollowRequests).await?;
    visible_request(&txn, id.0).await?;
    let rows = of_requests(&txn, &[id.0]).await?;
    txn.commit().await?;
    Ok(rows)
}

/// The files of every request a work order was created from (operators): attachments follow
/// the request into the job.
pub async fn of_work_order(
    db: &Db,
    ctx: &TenantCtx,
    id: crate::ids::WorkOrderId,
) -> AppResult<Vec<file::Model>> {
    let txn = db.lookup(ctx, Policy::ManageMaintenance).await?;
    let requests: Vec<Uuid> = txn
        .scoped::<work_order_request::Entity>()
        .filter(work_order_request::Column::WorkOrderId.eq(id.0))
        .all(txn.conn())
        .await?
        .into_iter()
        .map(|link| link.request_id)
        .collect();
    let rows = of_requests(&txn, &requests).await?;
    txn.commit().await?;
    Ok(rows)
}

/// Which of a file's stored forms.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    /// The file as stored (an image re-encoded).
    Original,
    /// An image's thumbnail (NOT_FOUND for a PDF).
    Thumbnail,
}

/// A file's row and bytes, for the operator's people and the firm that owns its request;
/// NOT_FOUND for anyone else, exactly as for a missing file.
pub async fn open(
    db: &Db,
    ctx: &TenantCtx,
    store: &FileStore,
    id: MaintenanceFileId,
    variant: Variant,
) -> AppResult<(file::Model, bytes::Bytes)> {
    let txn = db.lookup(ctx, Policy::FollowRequests).await?;
    let row = txn
        .scoped_by_id::<file::Entity>(id)
        .one(txn.conn())
        .await?
        .ok_or(AppError::NotFound)?;
    visible_request(&txn, row.request_id).await?;
    txn.commit().await?;
    let bytes = variant
        .read(store, &row.storage_key, row.thumbnail_key.as_deref())
        .await?;
    Ok((row, bytes))
}

impl Variant {
    /// The bytes of this form of a stored file whose original is at `storage_key`: NOT_FOUND
    /// for the thumbnail of a file without one (a PDF), and (logged) for bytes missing from the
    /// store.
    pub(crate) async fn read(
        self,
        store: &FileStore,
        storage_key: &str,
        thumbnail_key: Option<&str>,
    ) -> AppResult<bytes::Bytes> {
        let key = match self {
            Self::Original => Some(storage_key),
            Self::Thumbnail => thumbnail_key,
        }
        .ok_or(AppError::NotFound)?;
        store.get(key).await?.ok_or_else(|| {
            tracing::error!(%key, "a stored file's bytes are missing from the store");
            AppError::NotFound
        })
    }

    /// The type of what [`Variant::read`] gives for a file stored as `content_type` (a
    /// thumbnail is always a JPEG).
    pub fn content_type(self, content_type: &str) -> &str {
        match self {
            Self::Original => content_type,
            Self::Thumbnail => "image/jpeg",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limits() -> UploadLimits {
        UploadLimits {
            max_files: 10,
            max_file_bytes: 1024 * 1024,
        }
    }

    fn photo_with_exif() -> Vec<u8> {
        let picture = DynamicImage::ImageRgb8(image::RgbImage::from_pixel(
            40,
            20,
            image::Rgb([200, 30, 30]),
        ));
        let mut plain = Vec::new();
        picture
            .write_with_encoder(image::codecs::jpeg::JpegEncoder::new_with_quality(
                &mut plain, 90,
            ))
            .unwrap();
        // An APP1 EXIF segment right after SOI, naming a GPS position.
        let exif = b"Exif\0\0MM\0*\0\0\0\x08GPSLatitude 10.9 GPSLongitude 106.6";
        let mut with_exif = vec![0xFF, 0xD8, 0xFF, 0xE1];
        with_exif.extend_from_slice(&((exif.len() + 2) as u16).to_be_bytes());
        with_exif.extend_from_slice(exif);
        with_exif.extend_from_slice(&plain[2..]);
        with_exif
    }

    #[test]
    fn a_photo_is_stored_without_its_exif_block_and_gets_a_thumbnail() {
        let original = photo_with_exif();
        assert!(original.windows(11).any(|w| w == b"GPSLatitude"));
        let mut problems = Problems::new();
        let prepared = prepare(
            vec![Incoming {
                name: "C:\\photos\\cống.JPEG".into(),
                bytes: original,
            }],
            limits(),
            "input.files",
            &mut problems,
        );
        assert!(problems.finish().is_ok());
        let stored = &prepared[0];
        assert_eq!(stored.content_type, "image/jpeg");
        assert_eq!(stored.name, "cống.jpg");
        assert!(!stored.bytes.windows(4).any(|w| w == b"Exif"));
        assert!(!stored.bytes.windows(11).any(|w| w == b"GPSLatitude"));
        let thumbnail = image::load_from_memory(stored.thumbnail.as_ref().unwrap()).unwrap();
        assert_eq!((thumbnail.width(), thumbnail.height()), (40, 20));
    }

    #[test]
    fn files_are_told_by_their_content_not_their_name() {
        let mut problems = Problems::new();
        let prepared = prepare(
            vec![
                Incoming {
                    name: "setup.jpg".into(),
                    bytes: b"MZ\x90\0\x03\0\0\0\x04\0\0\0\xff\xff".to_vec(),
                },
                Incoming {
                    name: "invoice.bin".into(),
                    bytes: b"%PDF-1.7\n%...".to_vec(),
                },
                Incoming {
                    name: "broken.png".into(),
                    bytes: b"\x89PNG\r\n\x1a\nnot really".to_vec(),
                },
            ],
            limits(),
            "input.files",
            &mut problems,
        );
        assert_eq!(prepared.len(), 1);
        assert_eq!(prepared[0].content_type, "application/pdf");
        assert_eq!(prepared[0].name, "invoice.pdf");
        let Err(AppError::Validation(fields)) = problems.finish() else {
            panic!("expected validation errors");
        };
        let paths: Vec<&str> = fields.iter().map(|f| f.path.as_str()).collect();
        assert_eq!(paths, ["input.files.0", "input.files.2"]);
    }
}
