//! Domain errors as HTTP responses, for the plain routes (downloads and exports):
//! `{"error": {"code", "message", "reason", "fields"?}}` with the status of the code's row in
//! [`crate::error::ErrorCode`].

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError};

use crate::error::{AppError, reason};

impl ResponseError for AppError {
    fn status_code(&self) -> StatusCode {
        StatusCode::from_u16(self.code().http_status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
    }

    fn error_response(&self) -> HttpResponse {
        match self {
            AppError::Internal(cause) => {
                tracing::error!(error = format!("{cause:#}"), "request failed")
            }
            AppError::Unavailable(cause) => {
                tracing::warn!(error = format!("{cause:#}"), "database unavailable")
            }
            _ => {}
        }
        let mut error = serde_json::json!({
            "code": self.code().as_str(),
            "message": self.public_message(),
            "reason": self.reason().to_json(),
        });
        if let AppError::Validation(fields) = self {
            error["fields"] = fields
                .iter()
                .map(|f| {
                    serde_json::json!({
                        "path": f.path,
                        "message": f.message,
                        "reason": f.reason.to_json(),
                    })
                })
                .collect();
        }
        HttpResponse::build(self.status_code()).json(serde_json::json!({ "error": error }))
    }
}

/// A query string that does not parse is the client's mistake: VALIDATION, as JSON.
pub fn query_error(
    error: actix_web::error::QueryPayloadError,
    _req: &actix_web::HttpRequest,
) -> actix_web::Error {
    AppError::invalid(
        "query",
        reason!(
            "query_invalid",
            "the query string is not valid: {detail}",
            detail = error.to_string()
        ),
    )
    .into()
}
