//! Domain errors to GraphQL errors: the message a person may read, and the stable
//! `extensions.code` (plus `extensions.fields` for VALIDATION) a program relies on.

use async_graphql::{ErrorExtensions, Value};

use crate::error::{AppError, ErrorCode};

/// Converts a domain error, logging internal causes (which clients never see).
pub fn to_gql(error: AppError) -> async_graphql::Error {
    match &error {
        AppError::Internal(cause) => {
            tracing::error!(error = format!("{cause:#}"), "internal error")
        }
        AppError::Unavailable(cause) => {
            tracing::warn!(error = format!("{cause:#}"), "database unavailable")
        }
        _ => {}
    }
    let code = error.code();
    let message = error.public_message();
    let fields = match &error {
        AppError::Validation(fields) => Some(fields.clone()),
        _ => None,
    };
    let reason = error.reason();
    async_graphql::Error::new(message).extend_with(|_, ext| {
        ext.set("code", code.as_str());
        ext.set("reason", json_value(reason.to_json()));
        if let Some(fields) = &fields {
            let list: Vec<Value> = fields
                .iter()
                .map(|f| {
                    json_value(serde_json::json!({
                        "path": f.path,
                        "message": f.message,
                        "reason": f.reason.to_json(),
                    }))
                })
                .collect();
            ext.set("fields", Value::List(list));
        }
    })
}

fn json_value(json: serde_json::Value) -> Value {
    Value::from_json(json).unwrap_or(Value::Null)
}

/// A GraphQL error with just a code.
pub fn coded(code: ErrorCode, message: impl Into<String>) -> async_graphql::Error {
    let message = message.into();
    async_graphql::Error::new(message).extend_with(|_, ext| ext.set("code", code.as_str()))
}

/// `.gql()` on domain results, so no resolver forgets the code.
pub trait GqlResult<T> {
    fn gql(self) -> async_graphql::Result<T>;
}

impl<T> GqlResult<T> for Result<T, AppError> {
    fn gql(self) -> async_graphql::Result<T> {
        self.map_err(to_gql)
    }
}
