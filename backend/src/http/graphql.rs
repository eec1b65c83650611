//! `POST /graphql`: accepts only a JSON body of bounded size read within a time limit,
//! authenticates the bearer token, applies the batch, alias and sign-in limits, runs the request,
//! and makes sure every error carries a code. Answers are never cached (they carry tokens and
//! tenant data).
//!
//! File uploads (the GraphQL multipart request convention: `multipart/form-data` with
//! `operations`, `map` and the files) come to the same endpoint, so they pass the same limits,
//! but only with the header `X-ClusterKeep-Upload: 1` (or Apollo's `Apollo-Require-Preflight`).
//! A form or a script on another site can send multipart without asking (a CORS "simple"
//! request, security finding L7), but not a custom header: that needs a preflight, which this
//! server never grants another origin. An upload has its own body limit (every file at its
//! largest plus 1 MiB, `CLUSTERKEEP_MAX_UPLOAD_FILE_BYTES` × `…_MAX_UPLOAD_FILES`) and time
//! limit (`CLUSTERKEEP_UPLOAD_TIMEOUT_SECONDS`); the JSON limit stays small.

use std::time::Duration;

use actix_web::http::{StatusCode, header};
use actix_web::{HttpMessage, HttpRequest, HttpResponse, Responder, web};
use async_graphql::http::GraphiQLSource;
use async_graphql::parser::types::{
    DocumentOperations, ExecutableDocument, OperationType, Selection,
};
use async_graphql::{BatchRequest, BatchResponse, ServerError};
use async_graphql_actix_web::GraphQLResponse;
use futures_util::StreamExt;

use crate::error::ErrorCode;
use crate::error::{AppError, reason};
use crate::graphql::AppSchema;
use crate::graphql::context::{
    ClientAddress, CrossSite, QueryOperation, REFRESH_COOKIE, RefreshCookie, RequestAuth,
};
use crate::graphql::documents;
use crate::graphql::errors::to_gql;
use crate::graphql::limits::{control_character, count_aliases, count_fields_named};
use crate::http::HttpState;
use crate::telemetry::metrics;

/// A GraphQL answer carrying one error with our code, with HTTP status `status`.
fn refused_with(
    req: &HttpRequest,
    status: StatusCode,
    code: ErrorCode,
    message: String,
) -> HttpResponse {
    let mut error = ServerError::new(message, None);
    error
        .extensions
        .get_or_insert_with(Default::default)
        .set("code", code.as_str());
    let mut response = answer(
        req,
        BatchResponse::Single(async_graphql::Response::from_errors(vec![error])),
    );
    *response.status_mut() = status;
    response
}

/// A refusal of what the request asks (limits): an ordinary GraphQL answer, status 200.
fn refused(req: &HttpRequest, code: ErrorCode, message: String) -> HttpResponse {
    refused_with(req, StatusCode::OK, code, message)
}

/// The HTTP answer to a GraphQL response: never stored by a browser or proxy.
fn answer(req: &HttpRequest, response: BatchResponse) -> HttpResponse {
    let mut http = GraphQLResponse::from(response).respond_to(req);
    http.headers_mut().insert(
        header::CACHE_CONTROL,
        header::HeaderValue::from_static("no-store"),
    );
    http
}

/// Whether the body is declared as JSON (`application/json`, any parameters). Anything else,
/// notably the CORS "simple" types a page of another site can send without asking
/// (`text/plain`, forms, multipart), is refused.
fn is_json(req: &HttpRequest) -> bool {
    matches!(req.mime_type(), Ok(Some(mime)) if mime.type_() == actix_web::mime::APPLICATION && mime.subtype() == actix_web::mime::JSON && mime.suffix().is_none())
}

/// The header that marks a multipart upload as sent by our own clients (see the module doc).
const UPLOAD_HEADER: &str = "x-clusterkeep-upload";
/// Apollo's name for the same protection, for clients built on Apollo's upload link.
const APOLLO_PREFLIGHT_HEADER: &str = "apollo-require-preflight";

/// Whether the body is a multipart upload (`multipart/form-data`), and whether it carries the
/// header a page of another site cannot send without a preflight.
fn upload_kind(req: &HttpRequest) -> Option<bool> {
    let multipart = matches!(req.mime_type(), Ok(Some(mime)) if mime.type_() == actix_web::mime::MULTIPART && mime.subtype() == actix_web::mime::FORM_DATA);
    multipart.then(|| {
        req.headers().get(UPLOAD_HEADER).is_some_and(|v| v == "1")
            || req
                .headers()
                .get(APOLLO_PREFLIGHT_HEADER)
                .is_some_and(|v| !v.is_empty())
    })
}

/// Parses a multipart upload; the files go to temporary files the request owns. More files
/// than twice the per-request limit are refused here; up to that, the mutation says which
/// field has too many.
async fn receive_upload(
    req: &HttpRequest,
    state: &HttpState,
    body: &[u8],
) -> Result<BatchRequest, HttpResponse> {
    let content_type = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok());
    let options = async_graphql::http::MultipartOptions::default()
        .max_num_files(state.files.limits.max_files.saturating_mul(2));
    async_graphql::http::receive_batch_body(content_type, body, options)
        .await
        .map_err(|error| {
            refused_with(
                req,
                StatusCode::BAD_REQUEST,
                ErrorCode::Validation,
                format!("the upload is not a GraphQL multipart request: {error}"),
            )
        })
}

/// Reads the body: 413 above `limit` (at once when `Content-Length` says so, else as soon as
/// the bytes read pass it, so nothing over the limit is ever buffered), 408 when it takes
/// longer than `timeout` to arrive.
async fn read_body(
    req: &HttpRequest,
    mut payload: web::Payload,
    limit: usize,
    timeout: Duration,
) -> Result<web::Bytes, HttpResponse> {
    let too_large = || {
        refused_with(
            req,
            StatusCode::PAYLOAD_TOO_LARGE,
            ErrorCode::Validation,
            format!("the request body may be at most {limit} bytes"),
        )
    };
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|length| length > limit as u64) {
        return Err(too_large());
    }
    // Grown as bytes arrive: a length announced but never sent reserves nothing big.
    let mut body =
        web::BytesMut::with_capacity(declared.map_or(8192, |l| l as usize).min(64 * 1024));
    let deadline = tokio::time::Instant::now() + timeout;
    loop {
        match tokio::time::timeout_at(deadline, payload.next()).await {
            Err(_) => {
                tracing::info!("request body not received in time");
                return Err(refused_with(
                    req,
                    StatusCode::REQUEST_TIMEOUT,
                    ErrorCode::Validation,
                    format!(
                        "the request body did not arrive within {} s",
                        timeout.as_secs()
                    ),
                ));
            }
            Ok(None) => return Ok(body.freeze()),
            Ok(Some(Err(error))) => {
                return Err(refused_with(
                    req,
                    StatusCode::BAD_REQUEST,
                    ErrorCode::Validation,
                    format!("the request body could not be read: {error}"),
                ));
            }
            Ok(Some(Ok(chunk))) => {
                if body.len() + chunk.len() > limit {
                    return Err(too_large());
                }
                body.extend_from_slice(&chunk);
            }
        }
    }
}

/// Runs a GraphQL request or batch.
pub async fn execute(
    schema: web::Data<AppSchema>,
    state: web::Data<HttpState>,
    req: HttpRequest,
    auth: RequestAuth,
    payload: web::Payload,
) -> HttpResponse {
    let started = std::time::Instant::now();
    let upload = match upload_kind(&req) {
        Some(true) => true,
        Some(false) => {
            return refused_with(
                &req,
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                ErrorCode::Validation,
                format!("a multipart upload needs the header {UPLOAD_HEADER}: 1"),
            );
        }
        None if is_json(&req) => false,
        None => {
            return refused_with(
                &req,
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                ErrorCode::Validation,
                "send the request as Content-Type: application/json".into(),
            );
        }
    };
    let (limit, timeout) = if upload {
        (state.max_upload_bytes, state.upload_timeout)
    } else {
        (state.max_body_bytes, state.body_timeout)
    };
    let body = match read_body(&req, payload, limit, timeout).await {
        Ok(body) => body,
        Err(refusal) => return refusal,
    };
    let parsed = if upload {
        receive_upload(&req, &state, &body).await
    } else {
        serde_json::from_slice(&body).map_err(|error| {
            refused_with(
                &req,
                StatusCode::BAD_REQUEST,
                ErrorCode::Validation,
                format!("the body is not a GraphQL request: {error}"),
            )
        })
    };
    drop(body);
    let mut batch: BatchRequest = match parsed {
        Ok(batch) => batch,
        Err(refusal) => return refusal,
    };
    let cookie = RefreshCookie(req.cookie(REFRESH_COOKIE).map(|c| c.value().to_owned()));
    let cross_site = CrossSite(state.client.is_cross_site(&req));
    let client = ClientAddress(state.client.client_address(&req));

    for request in batch.iter_mut() {
        // A document that does not parse is reported by the schema when it runs.
        let name = request.operation_name.take();
        let query = documents::parse(request).is_ok_and(|doc| runs_a_query(doc, name.as_deref()));
        request.operation_name = name;
        if query {
            request.data.insert(QueryOperation);
        }
    }
    let operation = operation_names(&mut batch);
    tracing::Span::current().record("operation", operation.as_str());
    if let BatchRequest::Batch(requests) = &batch
        && requests.len() > state.limits.max_batch
    {
        return refused(
            &req,
            ErrorCode::Validation,
            format!(
                "a batch may hold at most {} operations",
                state.limits.max_batch
            ),
        );
    }
    let mut logins = 0usize;
    for request in batch.iter_mut() {
        if let Some(path) = control_character(request) {
            let error = to_gql(AppError::invalid(
                path,
                reason!(
                    "remove_control_character_text",
                    "remove the control character: text may hold letters, digits, punctuation, \
                 tabs and line breaks only"
                ),
            ))
            .into_server_error(Default::default());
            return answer(
                &req,
                BatchResponse::Single(async_graphql::Response::from_errors(vec![error])),
            );
        }
        if let Ok(document) = request.parsed_query() {
            logins = logins.saturating_add(count_fields_named(document, "login"));
            let aliases = count_aliases(document);
            if aliases > state.limits.max_aliases {
                return refused(
                    &req,
                    ErrorCode::Validation,
                    format!(
                        "the query uses {aliases} aliases; at most {} are allowed",
                        state.limits.max_aliases
                    ),
                );
            }
        }
    }
    // Each `login` is a password check: one per request, so a batch or aliases cannot turn
    // one request into hundreds of guesses.
    if logins > 1 {
        return refused(
            &req,
            ErrorCode::Validation,
            "a request may sign in (`login`) at most once".into(),
        );
    }
    let batch = batch
        .data(auth)
        .data(cookie)
        .data(cross_site)
        .data(client)
        .data(state.cookies);
    let mut response = schema.execute_batch(batch).await;
    ensure_codes(&mut response);
    metrics().graphql_request(&operation, started.elapsed(), error_codes(&response));
    answer(&req, response)
}

/// Whether the operation a request runs is a query (not a mutation or subscription). Unknown
/// or ambiguous operations are not (the schema refuses them anyway).
fn runs_a_query(document: &ExecutableDocument, operation_name: Option<&str>) -> bool {
    let operation = match (&document.operations, operation_name) {
        (DocumentOperations::Single(operation), _) => Some(operation),
        (DocumentOperations::Multiple(operations), Some(name)) => operations.get(name),
        (DocumentOperations::Multiple(operations), None) if operations.len() == 1 => {
            operations.values().next()
        }
        (DocumentOperations::Multiple(_), None) => None,
    };
    operation.is_some_and(|operation| operation.node.ty == OperationType::Query)
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

/// The codes of every error in an answer (each has one: see [`ensure_codes`]).
fn error_codes(response: &BatchResponse) -> Vec<&str> {
    let responses: &[async_graphql::Response] = match response {
        BatchResponse::Single(single) => std::slice::from_ref(single),
        BatchResponse::Batch(many) => many,
    };
    responses
        .iter()
        .flat_map(|single| &single.errors)
        .filter_map(|error| match error.extensions.as_ref()?.get("code")? {
            async_graphql::Value::String(code) => Some(code.as_str()),
            _ => None,
        })
        .collect()
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
        // GraphiQL loads from a CDN and starts with an inline script; the web app's policy
        // (only our own scripts) would stop it. Development only.
        .insert_header((
            header::CONTENT_SECURITY_POLICY,
            "default-src 'self'; script-src 'self' 'unsafe-inline' https://unpkg.com; \
             style-src 'self' 'unsafe-inline' https://unpkg.com; img-src 'self' data:; \
             font-src 'self' data: https://unpkg.com; connect-src 'self'; object-src 'none'; \
             frame-ancestors 'none'",
        ))
        .body(
            GraphiQLSource::build()
                .endpoint("/graphql")
                .title("ClusterKeep API")
                .finish(),
        )
}
