//! `GET /export/{clusters,plots,firms,leases}.csv`: the lists as spreadsheets, for the bearer of a valid
//! access token (the web app fetches them with its token and saves the file).

use std::collections::HashMap;

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
        AppError::Validation(_) => HttpResponse::BadRequest().json(body),
        AppError::Conflict(_) => HttpResponse::Conflict().json(body),
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

/// `GET /documents/invoice/{id}.pdf[?lang=en]` (the invoice document) and
/// `GET /documents/invoice/{id}.xml` (the e-invoice XML for a provider to sign), for the
/// invoice's operator and its firm; anyone else gets 404 as for a missing invoice.
pub async fn invoice_document(
    state: web::Data<HttpState>,
    req: HttpRequest,
    name: web::Path<String>,
) -> HttpResponse {
    let ctx = match bearer(&state, &req) {
        Ok(ctx) => ctx,
        Err(error) => return refuse(&error),
    };
    let (id, xml) = match (name.strip_suffix(".pdf"), name.strip_suffix(".xml")) {
        (Some(id), _) => (id, false),
        (_, Some(id)) => (id, true),
        _ => return refuse(&AppError::NotFound),
    };
    let Ok(id) = crate::graphql::ids::decode_as(&async_graphql::ID(id.to_owned()), "Invoice", "id")
    else {
        return refuse(&AppError::NotFound);
    };
    if xml {
        return match crate::billing::einvoice::for_invoice(&state.db, &ctx, id).await {
            Ok((file, text)) => attachment(
                "application/xml; charset=utf-8",
                &format!("hoa-don-{file}.xml"),
                text,
            ),
            Err(error) => failed(error, "invoice xml failed"),
        };
    }
    let english = req.query_string().split('&').any(|p| p == "lang=en");
    match crate::billing::pdf::for_invoice(&state.db, &ctx, id, english).await {
        Ok((file, bytes)) => attachment("application/pdf", &format!("hoa-don-{file}.pdf"), bytes),
        Err(error) => failed(error, "invoice pdf failed"),
    }
}

fn attachment(
    content_type: &str,
    file: &str,
    body: impl actix_web::body::MessageBody + 'static,
) -> HttpResponse {
    HttpResponse::Ok()
        .content_type(content_type)
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"{file}\""),
        ))
        .body(body)
}

fn failed(error: AppError, what: &'static str) -> HttpResponse {
    if let AppError::Internal(cause) = &error {
        tracing::error!(error = format!("{cause:#}"), "{what}");
    }
    refuse(&error)
}

/// A `YYYY-MM-DD` query parameter; missing or malformed is VALIDATION on that name.
fn query_day(query: &HashMap<String, String>, name: &str) -> Result<chrono::NaiveDate, AppError> {
    query
        .get(name)
        .and_then(|v| v.parse().ok())
        .ok_or_else(|| AppError::invalid(name, "a day as YYYY-MM-DD"))
}

/// `GET /export/einvoices.xml?from=…&to=…` (operators) and
/// `GET /export/statement.csv?firm=…&from=…&to=…` (operators; a firm's own user).
async fn billing_export(
    state: &HttpState,
    ctx: crate::auth::TenantCtx,
    kind: &str,
    query: &HashMap<String, String>,
) -> HttpResponse {
    let days = query_day(query, "from").and_then(|f| Ok((f, query_day(query, "to")?)));
    let (from, to) = match days {
        Ok(days) => days,
        Err(error) => return refuse(&error),
    };
    match kind {
        "einvoices.xml" => {
            match crate::billing::einvoice::issued_between(&state.db, &ctx, from, to).await {
                Ok(text) => attachment(
                    "application/xml; charset=utf-8",
                    &format!("hoa-don-{from}-{to}.xml"),
                    text,
                ),
                Err(error) => failed(error, "e-invoice export failed"),
            }
        }
        "statement.csv" => {
            let firm = match query.get("firm") {
                Some(raw) => match crate::graphql::ids::decode_as(
                    &async_graphql::ID(raw.clone()),
                    "Firm",
                    "firm",
                ) {
                    Ok(id) => Some(id),
                    Err(_) => return refuse(&AppError::NotFound),
                },
                None => None,
            };
            match crate::billing::reports::statement_csv(&state.db, &ctx, firm, from, to).await {
                Ok((file, text)) => {
                    attachment("text/csv; charset=utf-8", &format!("{file}.csv"), text)
                }
                Err(error) => failed(error, "statement export failed"),
            }
        }
        _ => refuse(&AppError::NotFound),
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
    if matches!(kind.as_str(), "einvoices.xml" | "statement.csv") {
        let query = web::Query::<HashMap<String, String>>::from_query(req.query_string())
            .map(web::Query::into_inner)
            .unwrap_or_default();
        return billing_export(&state, ctx, kind.as_str(), &query).await;
    }
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
