//! `GET /calendar/<token>.ics`: a cluster's compliance calendar for phone calendars. The
//! secret token in the path is the only authority ([`crate::upkeep::feeds`]); a revoked or
//! unknown one answers 404, the same as any missing page.

use actix_web::{HttpResponse, http::header, web};

use crate::error::AppError;
use crate::http::HttpState;
use crate::upkeep::feeds;

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/calendar/{file}", web::get().to(feed));
}

async fn feed(
    state: web::Data<HttpState>,
    file: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let token = file.strip_suffix(".ics").ok_or(AppError::NotFound)?;
    let (_, text) = feeds::read(&state.db, token).await?;
    Ok(HttpResponse::Ok()
        .content_type("text/calendar; charset=utf-8")
        .insert_header((header::CACHE_CONTROL, "private, max-age=300"))
        .insert_header((
            header::CONTENT_DISPOSITION,
            "inline; filename=\"clusterkeep.ics\"",
        ))
        .body(text))
}
