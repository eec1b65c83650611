//! `GET /metrics`: the Prometheus text format, for a scraper that sends the configured token
//! (`Authorization: Bearer …`). Without a configured token the route answers 404, as if it
//! did not exist; with one, a missing or wrong token is 401. The load balancer also keeps the
//! path from the internet (infra/local-cluster/nginx.conf.in).

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};
use secrecy::ExposeSecret;
use sha2::{Digest, Sha256};

use crate::http::HttpState;
use crate::telemetry::metrics;

pub async fn scrape(state: web::Data<HttpState>, req: HttpRequest) -> HttpResponse {
    let Some(token) = &state.metrics_token else {
        return HttpResponse::NotFound().finish();
    };
    let presented = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.strip_prefix("Bearer "));
    // Compared as digests, so the time taken says nothing about how much of a guess was right.
    let matches = presented.is_some_and(|presented| {
        Sha256::digest(presented.as_bytes()) == Sha256::digest(token.expose_secret().as_bytes())
    });
    if !matches {
        return HttpResponse::Unauthorized()
            .insert_header((header::WWW_AUTHENTICATE, "Bearer"))
            .finish();
    }
    match metrics().render(&state.db).await {
        Ok(text) => HttpResponse::Ok()
            .content_type("text/plain; version=0.0.4; charset=utf-8")
            .insert_header((header::CACHE_CONTROL, "no-store"))
            .body(text),
        Err(error) => {
            tracing::warn!(error = format!("{error:#}"), "metrics not available");
            HttpResponse::ServiceUnavailable()
                .content_type("text/plain")
                .body("metrics unavailable: the database did not answer")
        }
    }
}
