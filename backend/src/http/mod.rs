//! HTTP routes: `/graphql` (POST; GraphiQL on GET outside production), `/healthz`, `/readyz`,
//! `/metrics` (with a token), documents and exports, calendar feeds, uploaded files, and the
//! web app with client-side routing. The request's session is
//! read in one place ([`session`]) and every domain error becomes its status in one place
//! ([`errors`]).

mod calendar;
pub mod client;
mod downloads;
mod errors;
mod files;
mod graphql;
mod health;
mod metrics;
mod request_span;
mod session;
mod ui;
mod unsubscribe;

use std::time::Duration;

use actix_web::{HttpResponse, web};

use crate::auth::Auth;
use crate::db::Db;
use crate::graphql::context::CookiePolicy;
use crate::graphql::limits::Limits;
pub use request_span::RequestSpan;
pub use ui::WebApp;

/// What the HTTP layer needs besides the schema.
#[derive(Clone)]
pub struct HttpState {
    pub auth: Auth,
    pub db: Db,
    pub limits: Limits,
    pub cookies: CookiePolicy,
    /// How clients and sites are told apart (trusted proxies, the public origin).
    pub client: client::ClientPolicy,
    /// The largest `/graphql` body, in bytes (413 above it).
    pub max_body_bytes: usize,
    /// How long a request body may take to arrive (408 after it).
    pub body_timeout: Duration,
    /// Uploaded files (served by [`files`]).
    pub files: crate::storage::FileStore,
    /// The largest multipart upload body to `/graphql`, in bytes.
    pub max_upload_bytes: usize,
    /// How long an upload body may take to arrive.
    pub upload_timeout: Duration,
    pub graphiql: bool,
    /// The web app: embedded, or a folder (`CLUSTERKEEP_UI_DIR`).
    pub web_app: WebApp,
    /// Who may read `/metrics` (nobody when unset).
    pub metrics_token: Option<secrecy::SecretString>,
}

/// Registers every route.
pub fn routes(cfg: &mut web::ServiceConfig, state: &HttpState) {
    cfg.route("/healthz", web::get().to(health::healthz))
        .route("/readyz", web::get().to(health::readyz))
        .route("/metrics", web::get().to(metrics::scrape))
        .route("/graphql", web::post().to(graphql::execute))
        .app_data(web::QueryConfig::default().error_handler(errors::query_error))
        .configure(downloads::routes)
        .configure(files::routes)
        .configure(unsubscribe::routes)
        .configure(calendar::routes);
    if state.graphiql {
        cfg.route("/graphql", web::get().to(graphql::graphiql));
    } else {
        cfg.route("/graphql", web::get().to(HttpResponse::MethodNotAllowed));
    }
    ui::routes(cfg, &state.web_app);
}
