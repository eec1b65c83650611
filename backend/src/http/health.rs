//! Liveness and readiness.

use actix_web::{HttpResponse, web};

use crate::http::HttpState;

/// 200 while the process runs.
pub async fn healthz() -> HttpResponse {
    HttpResponse::Ok().content_type("text/plain").body("ok")
}

/// 200 only when the database answers and takes writes; 503 with the reason otherwise.
pub async fn readyz(state: web::Data<HttpState>) -> HttpResponse {
    match state.db.ready().await {
        Ok(()) => HttpResponse::Ok().content_type("text/plain").body("ready"),
        Err(reason) => HttpResponse::ServiceUnavailable()
            .content_type("text/plain")
            .body(reason),
    }
}
