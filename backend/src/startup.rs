//! `Application::build(config)`: the database and its migrations, the demo, the services, the
//! schema, background workers and the HTTP server. The binary and the tests both start here.

use std::net::TcpListener;
use std::time::{Duration, Instant};

use actix_web::middleware::DefaultHeaders;
use actix_web::{App, HttpServer, web};
use anyhow::Context;
use tracing_actix_web::TracingLogger;

use crate::auth::Auth;
use crate::config::Config;
use crate::db::Db;
use crate::demo;
use crate::graphql::context::CookiePolicy;
use crate::graphql::{Services, build_schema};
use crate::http::client::ClientPolicy;
use crate::http::{self, HttpState};
use crate::jobs::{self, Workers};
use crate::notify::Outbox;
use crate::notify::templates::Templates;
use crate::reminders::{Reminders, SendWindow};

/// A built, listening application.
pub struct Application {
    port: u16,
    server: actix_web::dev::Server,
    workers: Workers,
    revocation_reloader: tokio::task::JoinHandle<()>,
    services: Services,
}

impl Application {
    /// Builds everything and binds the listener (port 0 picks a free port).
    pub async fn build(config: Config) -> anyhow::Result<Self> {
        let started = Instant::now();
        if config.database.url.is_none() {
            std::fs::create_dir_all(&config.database.data_dir).with_context(|| {
                format!(
                    "creating the data folder {}",
                    config.database.data_dir.display()
                )
            })?;
        }
        let db = Db::connect(&config.effective_database_url()).await?;
        db.migrate().await?;

        let listener = TcpListener::bind(&config.server.addr)
            .with_context(|| format!("listening on {}", config.server.addr))?;
        let local = listener.local_addr()?;
        let public_url = config
            .server
            .public_url
            .clone()
            .unwrap_or_else(|| format!("http://{local}"));

        let outbox = Outbox::new(Templates::load()?);
        let auth = Auth::new(db.clone(), &config, outbox.clone(), public_url.clone())?;
        let reminders = Reminders {
            db: db.clone(),
            outbox: outbox.clone(),
            public_url: public_url.clone(),
            default_window: SendWindow::parse(&config.jobs.reminder_send_window).map_err(
                |problem| anyhow::anyhow!("CLUSTERKEEP_REMINDER_SEND_WINDOW: {problem}"),
            )?,
        };
        let files = crate::storage::FileStore::open(&config.storage, &config.database.data_dir)?;
        if config.should_seed_demo() {
            if demo::seed_if_empty(&db, auth.hasher()).await? {
                let started = std::time::Instant::now();
                demo::billing::seed(&db, config.demo.history.unwrap_or(true)).await?;
                demo::reminders::seed(&reminders, config.demo.history.unwrap_or(true)).await?;
                if config.demo.history.unwrap_or(true) {
                    demo::upkeep::seed(&db).await?;
                    demo::photos::seed(&db, &files).await?;
                }
                tracing::info!(
                    elapsed_ms = started.elapsed().as_millis() as u64,
                    "demo billing created"
                );
                tracing::info!("demo data created");
            }
            print_demo_logins(&public_url);
        }

        let services = Services {
            db: db.clone(),
            auth: auth.clone(),
            outbox: outbox.clone(),
            reminders: reminders.clone(),
            files,
        };
        let limits = config.graphql;
        let https = public_url.starts_with("https://");
        let schema = build_schema(Some(services.clone()), limits, config.is_production());
        let state = HttpState {
            auth,
            db: db.clone(),
            limits,
            cookies: CookiePolicy { secure: https },
            client: ClientPolicy {
                trusted_proxies: config.trusted_proxies()?,
                public_origin: http::client::origin_of(&public_url),
                development: !config.is_production(),
            },
            max_body_bytes: config.server.max_body_bytes,
            body_timeout: Duration::from_secs(config.server.body_timeout_seconds),
            files: services.files.clone(),
            max_upload_bytes: config.storage.max_upload_body_bytes(),
            upload_timeout: Duration::from_secs(config.storage.upload_timeout_seconds),
            graphiql: !config.is_production(),
            web_app: http::WebApp::new(config.server.ui_dir.clone()),
            metrics_token: config.metrics_token().cloned(),
        };
        if !state.web_app.is_built().await {
            tracing::warn!(
                "the web app was not built into this binary (frontend/dist) nor found in CLUSTERKEEP_UI_DIR; serving the API only"
            );
        }

        // Sessions other servers ended recently, then every few seconds (see auth::revocations).
        services.auth.revocations().reload(&db).await?;
        let revocation_reloader = services.auth.revocations().spawn_reloader(
            db.clone(),
            Duration::from_secs(config.auth.revocation_poll_seconds),
        );
        let workers = jobs::start(&db, &config, &outbox, &reminders).await?;
        let server = HttpServer::new(move || {
            let mut headers = DefaultHeaders::new()
                .add(("X-Content-Type-Options", "nosniff"))
                .add(("X-Frame-Options", "DENY"))
                .add(("Referrer-Policy", "no-referrer"))
                .add(("Content-Security-Policy", CONTENT_SECURITY_POLICY));
            if https {
                // Browsers that once reached us over https never try plain http again.
                headers = headers.add(("Strict-Transport-Security", "max-age=31536000"));
            }
            App::new()
                .wrap(headers)
                .wrap(TracingLogger::<http::RequestSpan>::new())
                .app_data(web::Data::new(schema.clone()))
                .app_data(web::Data::new(state.clone()))
                .configure(|cfg| http::routes(cfg, &state))
        })
        .listen(listener)?
        .shutdown_timeout(30)
        .run();

        tracing::info!(
            address = %local,
            database = db_kind(&db),
            startup_ms = started.elapsed().as_millis() as u64,
            "ClusterKeep is ready"
        );
        Ok(Self {
            port: local.port(),
            server,
            workers,
            revocation_reloader,
            services,
        })
    }

    /// The port the server listens on.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// The services (tests use them to arrange data and read the outbox).
    pub fn services(&self) -> &Services {
        &self.services
    }

    /// Serves until stopped (SIGINT/SIGTERM): in-flight requests finish, then the workers stop
    /// between units of work.
    pub async fn run_until_stopped(self) -> anyhow::Result<()> {
        let result = self.server.await;
        self.revocation_reloader.abort();
        self.workers.stop().await;
        result.context("HTTP server")
    }
}

/// The web app's Content-Security-Policy: scripts, and everything else it loads, only from this
/// server (the built app has no inline script). Inline styles stay allowed: the UI library sets
/// its theme variables in a `<style>` element.
const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self'; \
     style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; \
     connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; \
     frame-ancestors 'none'";

fn db_kind(db: &Db) -> &'static str {
    match db.backend() {
        sea_orm::DbBackend::Postgres => "postgres",
        sea_orm::DbBackend::Sqlite => "sqlite",
        _ => "other",
    }
}

fn print_demo_logins(public_url: &str) {
    println!();
    println!("  ClusterKeep demo is running at {public_url}");
    println!(
        "  Sign in with any of these accounts (password: {}):",
        demo::DEMO_PASSWORD
    );
    for (email, what) in demo::DEMO_LOGINS {
        println!("    {email:<26} {what}");
    }
    println!();
}
