//! `POST /graphql`: authenticates the bearer token, applies the batch and alias limits, runs
//! the request, and makes sure every error carries a code.

use actix_web::{HttpRequest, HttpResponse, web};
use async_graphql::http::GraphiQLSource;
use async_graphql::parser::types::{DocumentOperations, Selection};
use async_graphql::{BatchRequest, BatchResponse, ServerError};
use async_graphql_actix_web::{GraphQLBatchRequest, GraphQLResponse};

use crate::error::AppError;
use crate::error::ErrorCode;
use crate::graphql::AppSchema;
use crate::graphql::context::{REFRESH_COOKIE, RefreshCookie, RequestAuth};
use crate::graphql::errors::to_gql;
use crate::graphql::limits::{control_character, count_aliases};
use crate::http::HttpState;

fn refused(code: ErrorCode, message: String) -> GraphQLResponse {
    let mut error = ServerError::new(message, None);
    error
        .extensions
        .get_or_insert_with(Default::default)
        .set("code", code.as_str());
    GraphQLResponse::from(async_graphql::Response::from_errors(vec![error]))
}

/// Runs a GraphQL request or batch.
pub async fn execute(
    schema: web::Data<AppSchema>,
    state: web::Data<HttpState>,
    req: HttpRequest,
    auth: RequestAuth,
    body: GraphQLBatchRequest,
) -> GraphQLResponse {
    let cookie = RefreshCookie(req.cookie(REFRESH_COOKIE).map(|c| c.value().to_owned()));

    let mut batch = body.into_inner();
    tracing::Span::current().record("operation", operation_names(&mut batch));
    if let BatchRequest::Batch(requests) = &batch
        && requests.len() > state.limits.max_batch
    {
        return refused(
            ErrorCode::Validation,
            format!(
                "a batch may hold at most {} operations",
                state.limits.max_batch
            ),
        );
    }
    for request in batch.iter_mut() {
        if let Some(path) = control_character(request) {
            let error = to_gql(AppError::invalid(
                path,
                "remove the control character: text may hold letters, digits, punctuation, \
                 tabs and line breaks only",
            ))
            .into_server_error(Default::default());
            return GraphQLResponse::from(async_graphql::Response::from_errors(vec![error]));
        }
        if let Ok(document) = request.parsed_query() {
            let aliases = count_aliases(document);
            if aliases > state.limits.max_aliases {
                return refused(
                    ErrorCode::Validation,
                    format!(
                        "the query uses {aliases} aliases; at most {} are allowed",
                        state.limits.max_aliases
                    ),
                );
            }
        }
    }
    let batch = batch.data(auth).data(cookie).data(state.cookies);
    let mut response = schema.execute_batch(batch).await;
    ensure_codes(&mut response);
    GraphQLResponse::from(response)
}

/// The names of the operations a request runs, for the log: the operation's name, or for an
/// unnamed one its top-level fields (`me`, `node`).
fn operation_names(batch: &mut BatchRequest) -> String {
    let mut names = Vec::new();
    for request in batch.iter_mut() {
        let name = match &request.operation_name {
            Some(name) => name.clone(),
            None => match request.parsed_query() {
                Ok(document) => match &document.operations {
                    DocumentOperations::Single(op) => op
                        .node
                        .selection_set
                        .node
                        .items
                        .iter()
                        .filter_map(|item| match &item.node {
                            Selection::Field(field) => Some(field.node.name.node.to_string()),
                            _ => None,
                        })
                        .collect::<Vec<_>>()
                        .join("+"),
                    DocumentOperations::Multiple(ops) => ops
                        .keys()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>()
                        .join("+"),
                },
                Err(_) => "unparsable".to_owned(),
            },
        };
        names.push(name);
    }
    names.join(",")
}

/// Errors raised before resolvers run (syntax, unknown fields, depth and complexity limits)
/// have no code of ours; they are all the client's request being invalid.
fn ensure_codes(response: &mut BatchResponse) {
    let responses: Vec<&mut async_graphql::Response> = match response {
        BatchResponse::Single(single) => vec![single],
        BatchResponse::Batch(many) => many.iter_mut().collect(),
    };
    for single in responses {
        for error in &mut single.errors {
            let extensions = error.extensions.get_or_insert_with(Default::default);
            if extensions.get("code").is_none() {
                extensions.set("code", ErrorCode::Validation.as_str());
            }
        }
    }
}

/// GraphiQL, for exploring the API (not in production).
pub async fn graphiql() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/html; charset=utf-8")
        .body(
            GraphiQLSource::build()
                .endpoint("/graphql")
                .title("ClusterKeep API")
                .finish(),
        )
}
