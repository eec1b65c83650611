//! `GET /files/maintenance/{id}` and `GET /files/maintenance/{id}/thumbnail`: a maintenance
//! request's photo or document, for the bearer of a valid access token of the operator's
//! people or of the firm that owns the request. `GET /files/checklist/{id}` (and
//! `/thumbnail`): a photo answering an inspection's checklist, for the operator's people.
//! Anyone else, another firm or another tenant included, gets 404, as for a missing file. The
//! web app fetches them with its token (an `<img>` cannot send one) and shows them from a
//! `blob:` URL.

use actix_web::http::header;
use actix_web::{HttpResponse, web};

use crate::error::{AppError, AppResult};
use crate::graphql::ids;
use crate::http::HttpState;
use crate::http::session::Tenant;
use crate::ids::{ChecklistPhotoId, MaintenanceFileId};
use crate::maintenance::files::{self, Variant};
use crate::upkeep::photos;

/// Registers the routes.
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/files/maintenance/{id}", web::get().to(original))
        .route(
            "/files/maintenance/{id}/thumbnail",
            web::get().to(thumbnail),
        )
        .route("/files/checklist/{id}", web::get().to(photo))
        .route(
            "/files/checklist/{id}/thumbnail",
            web::get().to(photo_thumbnail),
        );
}

async fn photo(
    state: web::Data<HttpState>,
    Tenant(ctx): Tenant,
    id: web::Path<String>,
) -> AppResult<HttpResponse> {
    serve_photo(&state, &ctx, &id, Variant::Original).await
}

async fn photo_thumbnail(
    state: web::Data<HttpState>,
    Tenant(ctx): Tenant,
    id: web::Path<String>,
) -> AppResult<HttpResponse> {
    serve_photo(&state, &ctx, &id, Variant::Thumbnail).await
}

async fn serve_photo(
    state: &HttpState,
    ctx: &crate::access::TenantCtx,
    id: &str,
    variant: Variant,
) -> AppResult<HttpResponse> {
    let id = ids::decode::<ChecklistPhotoId>(&async_graphql::ID(id.to_owned()), "id")
        .map_err(|_| AppError::NotFound)?;
    let (row, bytes) = photos::open(&state.db, ctx, &state.files, id, variant).await?;
    Ok(respond(
        variant.content_type(&row.content_type),
        &row.file_name,
        bytes,
    ))
}

async fn original(
    state: web::Data<HttpState>,
    tenant: Tenant,
    id: web::Path<String>,
) -> AppResult<HttpResponse> {
    serve(&state, tenant, &id, Variant::Original).await
}

async fn thumbnail(
    state: web::Data<HttpState>,
    tenant: Tenant,
    id: web::Path<String>,
) -> AppResult<HttpResponse> {
    serve(&state, tenant, &id, Variant::Thumbnail).await
}

async fn serve(
    state: &HttpState,
    Tenant(ctx): Tenant,
    id: &str,
    variant: Variant,
) -> AppResult<HttpResponse> {
    let id = ids::decode::<MaintenanceFileId>(&async_graphql::ID(id.to_owned()), "id")
        .map_err(|_| AppError::NotFound)?;
    let (row, bytes) = files::open(&state.db, &ctx, &state.files, id, variant).await?;
    Ok(respond(
        variant.content_type(&row.content_type),
        &row.file_name,
        bytes,
    ))
}

/// The response for a stored file: inline unless a PDF, never in a shared cache.
fn respond(content_type: &str, file_name: &str, bytes: bytes::Bytes) -> HttpResponse {
    // The name is ours (sanitised at upload); quotes and backslashes cannot occur in it.
    let disposition = if content_type == "application/pdf" {
        "attachment"
    } else {
        "inline"
    };
    let ascii: String = file_name
        .chars()
        .map(|c| {
            if c.is_ascii() && c != '"' && c != '\\' {
                c
            } else {
                '_'
            }
        })
        .collect();
    HttpResponse::Ok()
        .content_type(content_type.to_owned())
        // A tenant's photos: never kept in a shared cache; the browser may keep its own copy.
        .insert_header((header::CACHE_CONTROL, "private, max-age=3600"))
        .insert_header((header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("{disposition}; filename=\"{ascii}\""),
        ))
        .body(bytes)
}
