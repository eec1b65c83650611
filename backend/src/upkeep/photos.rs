//! Photos answering an inspection's checklist: a PHOTO item is answered by taking a picture of
//! what was inspected (a drain's outlet, a fire extinguisher's gauge). The photo is checked and
//! stored as a request's photo is ([`crate::maintenance::files`]: an image only, re-encoded
//! without its EXIF data and GPS location, with a thumbnail); the item's answer is the latest
//! photo's id, and every photo taken is kept. Only the operator's people see them: another
//! firm, another tenant or a missing photo is NOT_FOUND alike.

use chrono::Utc;
use sea_orm::{EntityTrait, IntoActiveModel};
use uuid::Uuid;

use crate::access::{Policy, TenantCtx};
use crate::db::Db;
use crate::error::{AppError, AppResult, reason};
use crate::ids::{ChecklistItemId, ChecklistPhotoId, WorkOrderId};
use crate::maintenance::entities::checklist_item;
use crate::maintenance::files::{Incoming, Variant, prepare_all};
use crate::maintenance::work_orders::editable;
use crate::storage::FileStore;
use crate::upkeep::ChecklistKind;
use crate::upkeep::entities::checklist_photo;
use crate::upkeep::inspections::{Answered, record};

/// A photo to answer an item with.
#[derive(Clone, Debug)]
pub struct PhotoAnswer {
    pub item_id: ChecklistItemId,
    pub photo: Incoming,
    /// The verdict (a photo gives none by itself): false when the picture shows a problem.
    pub passed: Option<bool>,
    /// Open a corrective work order (only with `passed: false`).
    pub open_corrective: bool,
}

/// Answers a PHOTO item of an open inspection with a photo (operators). The item's answer is the
/// photo's id. A PDF or anything not an image is VALIDATION on `input.photo`; an item of
/// another kind is VALIDATION on `input.itemId`; a verified or cancelled inspection CONFLICT.
/// Nothing is kept when anything fails, the photo's bytes included.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn answer(
    db: &Db,
    ctx: &TenantCtx,
    store: &FileStore,
    input: PhotoAnswer,
) -> AppResult<(Answered, checklist_photo::Model)> {
    ctx.require(Policy::ManageMaintenance)?;
    let (mut prepared, problems) =
        prepare_all(vec![input.photo], store.limits, "input.photo").await?;
    // One photo: its problem is the field's, not an index's.
    problems.finish().map_err(|e| match e {
        AppError::Validation(mut fields) => {
            for f in &mut fields {
                f.path = "input.photo".into();
            }
            AppError::Validation(fields)
        }
        other => other,
    })?;
    let Some(photo) = prepared.pop().filter(|p| p.is_image()) else {
        return Err(AppError::invalid(
            "input.photo",
            reason!(
                "photo_jpeg_png_webp",
                "a photo: JPEG, PNG or WebP (not a document)"
            ),
        ));
    };
    let mut written = Vec::new();
    let result = async {
        let txn = db.tenant(ctx, Policy::ManageMaintenance).await?;
        let before = txn
            .scoped_by_id::<checklist_item::Entity>(input.item_id)
            .one(txn.conn())
            .await?
            .ok_or(AppError::NotFound)?;
        if before.kind != Some(ChecklistKind::Photo) {
            return Err(AppError::invalid(
                "input.itemId",
                reason!(
                    "item_not_photo",
                    "this item is not answered with a photo (answerChecklistItem)"
                ),
            ));
        }
        let inspection = editable(&txn, WorkOrderId(before.work_order_id)).await?;
        let tenant = txn.tenant_id().0;
        let id = Uuid::now_v7();
        let stored = photo
            .put(
                store,
                format!("checklists/{tenant}/{}/{id}", inspection.id),
                &mut written,
            )
            .await?;
        let row = checklist_photo::Model {
            id,
            tenant_id: tenant,
            created_at: Utc::now(),
            checklist_item_id: before.id,
            work_order_id: inspection.id,
            uploaded_by: Some(ctx.user_id().0),
            file_name: stored.name,
            content_type: stored.content_type,
            size_bytes: stored.size_bytes,
            storage_key: stored.storage_key,
            thumbnail_key: stored.thumbnail_key,
        };
        checklist_photo::Entity::insert(row.clone().into_active_model())
            .exec_without_returning(txn.conn())
            .await?;
        let answer = id.to_string();
        let done = record(
            &txn,
            ctx,
            &inspection,
            before,
            answer,
            input.passed,
            input.open_corrective,
        )
        .await?;
        txn.commit().await?;
        Ok((done, row))
    }
    .await;
    if result.is_err() {
        store.discard(&written).await;
    }
    result
}

/// A photo's row and bytes (or its thumbnail's), for the operator's people; NOT_FOUND for
/// anyone else, exactly as for a missing photo.
pub async fn open(
    db: &Db,
    ctx: &TenantCtx,
    store: &FileStore,
    id: ChecklistPhotoId,
    variant: Variant,
) -> AppResult<(checklist_photo::Model, bytes::Bytes)> {
    if ctx.require(Policy::ManageMaintenance).is_err() {
        return Err(AppError::NotFound);
    }
    let txn = db.lookup(ctx, Policy::ManageMaintenance).await?;
    let row = txn
        .scoped_by_id::<checklist_photo::Entity>(id)
        .one(txn.conn())
        .await?
        .ok_or(AppError::NotFound)?;
    txn.commit().await?;
    let bytes = variant
        .read(store, &row.storage_key, row.thumbnail_key.as_deref())
        .await?;
    Ok((row, bytes))
}
