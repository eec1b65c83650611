//! `GET /export/{clusters,plots,firms,leases}.csv`: the lists as spreadsheets, for the bearer of a valid
//! access token (the web app fetches them with its token and saves the file).

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};

use crate::error::AppError;
use crate::estate::csv_files;
use crate::http::HttpState;

fn refuse(error: &AppError) -> HttpResponse {
    let body = serde_json::json!({ "error": { "code": error.code().as_str(), "message": error.public_message() } });
    match error {
        AppError::Unauthenticated(_) => HttpResponse::Unauthorized().json(body),
        AppError::Forbidden(_) => HttpResponse::Forbidden().json(body),
        AppError::NotFound => HttpResponse::NotFound().json(body),
        _ => HttpResponse::InternalServerError().json(body),
    }
}

/// The tenant context of the request's bearer token.
fn bearer(state: &HttpState, req: &HttpRequest) -> Result<crate::auth::TenantCtx, AppError> {
    let token = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "));
    let Some(session) = token.and_then(|t| state.auth.session_from_bearer(t.trim()).ok()) else {
        return Err(AppError::Unauthenticated("sign in first".into()));
    };
    session.tenant()
}

/// `GET /documents/invoice/{id}.pdf[?lang=en]`: the invoice document, for its operator and its
/// firm; anyone else gets 404 as for a missing invoice.
pub async fn invoice_pdf(
    state: web::Data<HttpState>,
    req: HttpRequest,
    name: web::Path<String>,
) -> HttpResponse {
    let ctx = match bearer(&state, &req) {
        Ok(ctx) => ctx,
        Err(error) => return refuse(&error),
    };
    let id = name.strip_suffix(".pdf").and_then(|id| {
        crate::graphql::ids::decode_as(&async_graphql::ID(id.to_owned()), "Invoice", "id").ok()
    });
    let Some(id) = id else {
        return refuse(&AppError::NotFound);
    };
    let english = req.query_string().split('&').any(|p| p == "lang=en");
    match crate::billing::pdf::for_invoice(&state.db, &ctx, id, english).await {
        Ok((file, bytes)) => HttpResponse::Ok()
            .content_type("application/pdf")
            .insert_header((
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"hoa-don-{file}.pdf\""),
            ))
            .body(bytes),
        Err(error) => {
            if let AppError::Internal(cause) = &error {
                tracing::error!(error = format!("{cause:#}"), "invoice pdf failed");
            }
            refuse(&error)
        }
    }
}

/// Streams one list as CSV.
pub async fn export(
    state: web::Data<HttpState>,
    req: HttpRequest,
    kind: web::Path<String>,
) -> HttpResponse {
    let ctx = match bearer(&state, &req) {
        Ok(ctx) => ctx,
        Err(error) => return refuse(&error),
    };
    let (name, result) = match kind.as_str() {
        "clusters.csv" => (
            "clusters",
            csv_files::export_clusters(&state.db, &ctx).await,
        ),
        "plots.csv" => ("plots", csv_files::export_plots(&state.db, &ctx).await),
        "firms.csv" => ("firms", csv_files::export_firms(&state.db, &ctx).await),
        "leases.csv" => ("leases", csv_files::export_leases(&state.db, &ctx).await),
        _ => return refuse(&AppError::NotFound),
    };
    match result {
        Ok(text) => HttpResponse::Ok()
            .content_type("text/csv; charset=utf-8")
            .insert_header((
                header::CONTENT_DISPOSITION,
                format!(
                    "attachment; filename=\"clusterkeep-{name}-{}.csv\"",
                    crate::estate::today()
                ),
            ))
            .body(text),
        Err(error) => {
            if let AppError::Internal(cause) = &error {
                tracing::error!(error = format!("{cause:#}"), "export failed");
            }
            refuse(&error)
        }
    }
}
