//! The one table of error codes clients can rely on.
//!
//! Every failure a client sees maps to exactly one [`ErrorCode`], with its HTTP status beside
//! it; the mapping to GraphQL `extensions.code` lives in `graphql::errors`, the HTTP response
//! in `http::errors`. Internal causes are logged, never shown.

use sea_orm::DbErr;
use serde::Serialize;

mod reason;

pub(crate) use reason::reason;
pub use reason::{Param, Reason, ToParam};

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
    /// The database is unreachable for a moment (a failover, a restart): nothing was done, or
    /// for a write the outcome is unknown; retry, with the same idempotency key for payments.
    Unavailable,
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
            Self::Unavailable => 503,
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
            Self::Unavailable => "UNAVAILABLE",
            Self::Internal => "INTERNAL",
        }
    }
}

/// One problem with one input field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    /// Where the problem is, e.g. `input.email` or `password`.
    pub path: String,
    /// What is wrong, as a code with parameters; `message` is its English sentence.
    pub reason: Reason,
    /// What is wrong, for a person, in English.
    pub message: String,
}

impl FieldError {
    pub fn new(path: impl Into<String>, reason: Reason) -> Self {
        Self {
            path: path.into(),
            message: reason.english(),
            reason,
        }
    }
}

/// An error a domain operation returns.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("{0}")]
    Unauthenticated(String),
    #[error("{0}")]
    Forbidden(Reason),
    #[error("not found")]
    NotFound,
    #[error("invalid input")]
    Validation(Vec<FieldError>),
    #[error("{0}")]
    Conflict(Reason),
    #[error("too many attempts; try again later")]
    RateLimited,
    /// The database could not be reached; the cause chain goes to the log.
    #[error("the service is briefly unavailable; try again")]
    Unavailable(anyhow::Error),
    /// Never shown to clients; the cause chain goes to the log.
    #[error("internal error")]
    Internal(anyhow::Error),
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
            Self::Unavailable(_) => ErrorCode::Unavailable,
            Self::Internal(_) => ErrorCode::Internal,
        }
    }

    /// A single-field validation error.
    pub fn invalid(path: impl Into<String>, reason: Reason) -> Self {
        Self::Validation(vec![FieldError::new(path, reason)])
    }

    /// What went wrong as a code with parameters: a conflict's own reason, a validation
    /// error's first problem, otherwise the reason named after the error code.
    pub fn reason(&self) -> Reason {
        match self {
            Self::Conflict(reason) => reason.clone(),
            Self::Validation(fields) if !fields.is_empty() => fields[0].reason.clone(),
            Self::Validation(_) => reason!("invalid_input", "invalid input"),
            Self::Unauthenticated(_) => reason!("sign_in_again", "sign in and try again"),
            Self::Forbidden(reason) => reason.clone(),
            Self::NotFound => reason!("not_found", "not found"),
            Self::RateLimited => reason!("rate_limited", "too many attempts; try again later"),
            Self::Unavailable(_) => reason!(
                "unavailable",
                "the service is briefly unavailable (database out of reach); try again"
            ),
            Self::Internal(_) => reason!("internal_error", "internal error"),
        }
    }

    /// The message a client may see: never internal text.
    pub fn public_message(&self) -> String {
        match self {
            Self::Internal(_) => "internal error".to_owned(),
            Self::Unavailable(_) => {
                "the service is briefly unavailable (database out of reach); try again".to_owned()
            }
            other => other.to_string(),
        }
    }
}

impl From<DbErr> for AppError {
    fn from(err: DbErr) -> Self {
        anyhow::Error::new(err).context("database error").into()
    }
}

/// A failure of ours, or the database being out of reach (found anywhere in the cause chain).
impl From<anyhow::Error> for AppError {
    fn from(err: anyhow::Error) -> Self {
        if err
            .chain()
            .any(|cause| cause.downcast_ref::<DbErr>().is_some_and(is_unavailable))
        {
            Self::Unavailable(err)
        } else {
            Self::Internal(err)
        }
    }
}

/// Whether the database failed to answer rather than refused the statement: no connection
/// (the pool timed out or closed, the socket broke), the server shutting down or starting, or a
/// standby refusing writes during a failover. Each passes with time, so the client may retry.
pub fn is_unavailable(err: &DbErr) -> bool {
    use sea_orm::{RuntimeErr, sqlx};
    let runtime = match err {
        DbErr::ConnectionAcquire(_) | DbErr::Conn(_) => return true,
        DbErr::Exec(runtime) | DbErr::Query(runtime) => runtime,
        _ => return false,
    };
    let RuntimeErr::SqlxError(sqlx_error) = runtime else {
        return false;
    };
    match sqlx_error.as_ref() {
        sqlx::Error::Io(_)
        | sqlx::Error::Tls(_)
        | sqlx::Error::PoolTimedOut
        | sqlx::Error::PoolClosed
        | sqlx::Error::WorkerCrashed => true,
        sqlx::Error::Database(db) => db.code().is_some_and(|code| {
            // PostgreSQL: class 08 connection exception; 57P01–57P03 shutting down or starting;
            // 25006 a read-only (standby) server refusing a write.
            code.starts_with("08") || matches!(&*code, "57P01" | "57P02" | "57P03" | "25006")
        }),
        _ => false,
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
                self.0.push(FieldError::new("", other.reason()));
                None
            }
        }
    }

    /// Adds one problem.
    pub fn add(&mut self, path: impl Into<String>, reason: Reason) {
        self.0.push(FieldError::new(path, reason));
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

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use sea_orm::{ConnAcquireErr, RuntimeErr, sqlx};

    use super::*;

    fn code(err: impl Into<AppError>) -> ErrorCode {
        err.into().code()
    }

    #[test]
    fn a_database_out_of_reach_is_unavailable_and_any_other_failure_internal() {
        let reset = || {
            RuntimeErr::SqlxError(Arc::new(sqlx::Error::Io(std::io::Error::from(
                std::io::ErrorKind::ConnectionReset,
            ))))
        };
        for unavailable in [
            DbErr::ConnectionAcquire(ConnAcquireErr::Timeout),
            DbErr::ConnectionAcquire(ConnAcquireErr::ConnectionClosed),
            DbErr::Conn(RuntimeErr::Internal("connection refused".into())),
            DbErr::Query(reset()),
            DbErr::Exec(RuntimeErr::SqlxError(Arc::new(sqlx::Error::PoolTimedOut))),
        ] {
            assert_eq!(
                code(unavailable.clone()),
                ErrorCode::Unavailable,
                "{unavailable}"
            );
        }
        // Anywhere in the cause chain.
        let wrapped = anyhow::Error::new(DbErr::Query(reset())).context("recording a payment");
        let error = AppError::from(wrapped);
        assert_eq!(error.code(), ErrorCode::Unavailable);
        assert_eq!(error.code().http_status(), 503);
        assert!(!error.public_message().contains("reset"), "no internals");

        for internal in [
            DbErr::Query(RuntimeErr::Internal("syntax error".into())),
            DbErr::RecordNotFound("invoice".into()),
            DbErr::Custom("bug".into()),
        ] {
            assert_eq!(code(internal.clone()), ErrorCode::Internal, "{internal}");
        }
        assert_eq!(code(anyhow::anyhow!("template")), ErrorCode::Internal);
    }
}
