//! One tracing span per request, with a request id, the tenant the caller acts for and the
//! GraphQL operations it runs (recorded once known). Only the path is recorded, never the query
//! string: invitation and reset links carry their tokens there. The span's close is the access
//! log line, with the request's duration.

use actix_web::Error;
use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use tracing::Span;
use tracing_actix_web::RootSpanBuilder;

/// Builds the request span without the query string.
pub struct RequestSpan;

impl RootSpanBuilder for RequestSpan {
    fn on_request_start(request: &ServiceRequest) -> Span {
        tracing::info_span!(
            "request",
            request_id = %uuid::Uuid::new_v4(),
            method = %request.method(),
            path = %request.path(),
            tenant = tracing::field::Empty,
            operation = tracing::field::Empty,
            status = tracing::field::Empty,
        )
    }

    fn on_request_end<B: MessageBody>(span: Span, outcome: &Result<ServiceResponse<B>, Error>) {
        let status = match outcome {
            Ok(response) => response.status().as_u16(),
            Err(error) => error.as_response_error().status_code().as_u16(),
        };
        span.record("status", status);
        if status >= 500 {
            tracing::error!(parent: &span, status, "request failed");
        }
    }
}
