//! The one table of error codes clients can rely on.
//!
//! Every failure a client sees maps to exactly one [`ErrorCode`], with its HTTP status beside
//! it; the mapping to GraphQL `extensions.code` lives in `graphql::errors`, the HTTP response
//! in `http::errors`. Internal causes are logged, never shown.

use sea_orm::DbErr;
use serde::Serialize;

/// Stable, machine-readable error codes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ErrorCode {
    /// No valid credentials: sign in (or refresh the access token) and try again.
    Unauthenticated,
    /// Signed in, but the current role may not do this.
    Forbidden,
    /// No such object, or one the caller may not see (another tenant's object is reported
    /// exactly like a missing one).
    NotFound,
    /// The input is malformed; `fields` lists each problem with its path.
    Validation,
    /// The request conflicts with the current state (duplicate, already used, overlap).
    Conflict,
    /// Too many attempts; wait and try again.
    RateLimited,
    /// Something failed on our side; the details are in the server log.
    Internal,
}

impl ErrorCode {
    /// The HTTP status a plain HTTP route (a download or an export) answers with.
    pub fn http_status(self) -> u16 {
        match self {
            Self::Unauthenticated => 401,
            Self::Forbidden => 403,
            Self::NotFound => 404,
            Self::Validation => 400,
            Self::Conflict => 409,
            Self::RateLimited => 429,
            Self::Internal => 500,
        }
    }

    /// The code as it appears on the wire.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Unauthenticated => "UNAUTHENTICATED",
            Self::Forbidden => "FORBIDDEN",
            Self::NotFound => "NOT_FOUND",
            Self::Validation => "VALIDATION",
            Self::Conflict => "CONFLICT",
            Self::RateLimited => "RATE_LIMITED",
            Self::Internal => "INTERNAL",
        }
    }
}

/// One problem with one input field.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FieldError {
    /// Where the problem is, e.g. `input.email` or `password`.
    pub path: String,
    /// What is wrong, for a person.
    pub message: String,
}

impl FieldError {
    pub fn new(path: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            path: path.into(),
            message: message.into(),
        }
    }
}

/// An error a domain operation returns.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("{0}")]
    Unauthenticated(String),
    #[error("{0}")]
    Forbidden(String),
    #[error("not found")]
    NotFound,
    #[error("invalid input")]
    Validation(Vec<FieldError>),
    #[error("{0}")]
    Conflict(String),
    #[error("too many attempts; try again later")]
    RateLimited,
    /// Never shown to clients; the cause chain goes to the log.
    #[error("internal error")]
    Internal(#[from] anyhow::Error),
}

impl AppError {
    /// The client-facing code of this error.
    pub fn code(&self) -> ErrorCode {
        match self {
            Self::Unauthenticated(_) => ErrorCode::Unauthenticated,
            Self::Forbidden(_) => ErrorCode::Forbidden,
            Self::NotFound => ErrorCode::NotFound,
            Self::Validation(_) => ErrorCode::Validation,
            Self::Conflict(_) => ErrorCode::Conflict,
            Self::RateLimited => ErrorCode::RateLimited,
            Self::Internal(_) => ErrorCode::Internal,
        }
    }

    /// A single-field validation error.
    pub fn invalid(path: impl Into<String>, message: impl Into<String>) -> Self {
        Self::Validation(vec![FieldError::new(path, message)])
    }

    /// The message a client may see: never internal text.
    pub fn public_message(&self) -> String {
        match self {
            Self::Internal(_) => "internal error".to_owned(),
            other => other.to_string(),
        }
    }
}

impl From<DbErr> for AppError {
    fn from(err: DbErr) -> Self {
        Self::Internal(anyhow::Error::new(err).context("database error"))
    }
}

/// Whether the database refused a write because a unique key already holds the value (another
/// request won a race).
pub fn is_unique_violation(err: &DbErr) -> bool {
    matches!(
        err.sql_err(),
        Some(sea_orm::SqlErr::UniqueConstraintViolation(_))
    )
}

/// Shorthand for domain results.
pub type AppResult<T> = Result<T, AppError>;

/// Collects validation problems across several fields, so a form learns all of them at once.
#[derive(Debug, Default)]
pub struct Problems(Vec<FieldError>);

impl Problems {
    pub fn new() -> Self {
        Self::default()
    }

    /// Keeps the value of an `Ok`, records the problems of a validation error. Any other
    /// error is kept as a problem of its own kind and returned by [`Self::finish`].
    pub fn check<T>(&mut self, result: AppResult<T>) -> Option<T> {
        match result {
            Ok(value) => Some(value),
            Err(AppError::Validation(mut fields)) => {
                self.0.append(&mut fields);
                None
            }
            Err(other) => {
                self.0.push(FieldError::new("", other.public_message()));
                None
            }
        }
    }

    /// Adds one problem.
    pub fn add(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.0.push(FieldError::new(path, message));
    }

    /// `Err(VALIDATION)` with every problem, or `Ok` when there were none.
    pub fn finish(self) -> AppResult<()> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(AppError::Validation(self.0))
        }
    }
}
