//! The test harness: a real server on a fresh database (a new SQLite file, or a new database
//! in a throwaway PostgreSQL cluster), a real SMTP server receiving mail, and typed helpers.

use std::net::TcpListener;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use clusterkeep::Application;
use clusterkeep::config::{
    AuthConfig, Config, DatabaseConfig, DemoConfig, Environment, GraphqlLimits, JobsConfig,
    MailConfig, ServerConfig, StorageConfig,
};
use clusterkeep::db::throwaway::{self, PgCluster};
use clusterkeep::graphql::Services;
use secrecy::SecretString;
use serde_json::{Value, json};

/// The signing key tests use, so they can forge tokens for the negative matrix.
pub const TEST_JWT_SECRET: &str = "test-signing-key-that-is-long-enough-0123456789";
pub const DEMO_PASSWORD: &str = "clusterkeep-demo";

/// Which database a test runs on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// Where a PostgreSQL test database comes from.
enum PgSource {
    /// The cluster the test command started (`CLUSTERKEEP_TEST_POSTGRES_URL`).
    Shared(String),
    /// A cluster of this test's own, dropped with it.
    Own(PgCluster),
}

/// Options for spawning an app.
#[derive(Default)]
pub struct Options {
    /// Deliver mail to this SMTP port.
    pub smtp_port: Option<u16>,
    /// Leave the database empty (no demo).
    pub no_demo: bool,
    /// Seed the demo's year of billing as well (slower; off unless a test needs it).
    pub demo_history: bool,
    /// Override the GraphQL depth limit (default 10 in tests).
    pub max_depth: Option<usize>,
    /// Run in production mode.
    pub production: bool,
    /// The public address (default: none in development, `https://clusterkeep.test` in
    /// production).
    pub public_url: Option<String>,
    /// Load balancers whose `X-Forwarded-For` is believed.
    pub trusted_proxies: Vec<String>,
    /// The largest `/graphql` body (default: the configuration's).
    pub max_body_bytes: Option<usize>,
    /// How long a body may take to arrive (default: the configuration's).
    pub body_timeout_seconds: Option<u64>,
    /// Failed sign-ins per client address (default: the configuration's).
    pub login_attempts_per_client: Option<u32>,
    /// The product's default reminder send window (default in tests: `always`).
    pub reminder_send_window: Option<String>,
    /// Serve the web app from this folder (`CLUSTERKEEP_UI_DIR`).
    pub ui_dir: Option<std::path::PathBuf>,
    /// Run on this existing database instead of a fresh one (of the test's backend).
    pub database_url: Option<String>,
    /// Serve `/metrics` to this token (`CLUSTERKEEP_METRICS_TOKEN`).
    pub metrics_token: Option<String>,
    /// The largest uploaded file (default: the configuration's 10 MiB).
    pub max_upload_file_bytes: Option<usize>,
}

/// A running application on a fresh database.
pub struct TestApp {
    pub address: String,
    /// The database it runs on (tests open more pools on it, as more servers would).
    pub database_url: String,
    pub services: Services,
    pub client: reqwest::Client,
    _dir: tempfile::TempDir,
    _pg: Option<PgSource>,
}

/// A fresh app with the demo and no SMTP.
pub async fn app(backend: Backend) -> Option<TestApp> {
    spawn_app(backend, Options::default()).await
}

fn postgres_source() -> Option<PgSource> {
    if let Ok(url) = std::env::var("CLUSTERKEEP_TEST_POSTGRES_URL") {
        return Some(PgSource::Shared(url));
    }
    if throwaway::server_binaries().is_none() {
        if std::env::var("REQUIRE_POSTGRES").as_deref() == Ok("1") {
            panic!(
                "REQUIRE_POSTGRES=1 but PostgreSQL server binaries (initdb, postgres) are not installed"
            );
        }
        eprintln!(
            "SKIPPED: PostgreSQL server binaries not found; this PostgreSQL test did not run"
        );
        return None;
    }
    Some(PgSource::Own(
        PgCluster::start().expect("starting a throwaway PostgreSQL"),
    ))
}

/// An app whose mail goes to a real SMTP server of the test's own (the demo, no history).
pub async fn app_with_mail(backend: Backend) -> Option<(TestApp, SmtpSink)> {
    let (sink, port) = SmtpSink::start_on(0);
    let app = spawn_app(
        backend,
        Options {
            smtp_port: Some(port),
            ..Options::default()
        },
    )
    .await?;
    Some((app, sink))
}

/// Spawns the application; `None` when the backend is unavailable and not required.
pub async fn spawn_app(backend: Backend, options: Options) -> Option<TestApp> {
    let dir = tempfile::tempdir().expect("temp dir");
    let (database_url, pg) = match (backend, options.database_url.clone()) {
        (_, Some(url)) => (url, None),
        (Backend::Sqlite, None) => (
            format!("sqlite://{}?mode=rwc", dir.path().join("test.db").display()),
            None,
        ),
        (Backend::Postgres, None) => {
            let source = postgres_source()?;
            let admin = match &source {
                PgSource::Shared(url) => url.clone(),
                PgSource::Own(cluster) => cluster.admin_url(),
            };
            let url = throwaway::create_database(&admin)
                .await
                .expect("test database");
            (url, Some(source))
        }
    };
    let config = Config {
        env: if options.production {
            Environment::Production
        } else {
            Environment::Development
        },
        server: ServerConfig {
            addr: "127.0.0.1:0".into(),
            public_url: options.public_url.clone().or_else(|| {
                options
                    .production
                    .then(|| "https://clusterkeep.test".to_owned())
            }),
            trusted_proxies: options.trusted_proxies.clone(),
            max_body_bytes: options
                .max_body_bytes
                .unwrap_or(ServerConfig::default().max_body_bytes),
            body_timeout_seconds: options
                .body_timeout_seconds
                .unwrap_or(ServerConfig::default().body_timeout_seconds),
            ui_dir: options.ui_dir.clone(),
            metrics_token: options.metrics_token.clone().map(SecretString::from),
            ..ServerConfig::default()
        },
        database: DatabaseConfig {
            url: Some(SecretString::from(database_url.clone())),
            data_dir: dir.path().to_path_buf(),
        },
        auth: AuthConfig {
            jwt_secret: Some(SecretString::from(TEST_JWT_SECRET.to_owned())),
            password_hash_concurrency: Some(2),
            // Statement-count tests count every statement of the pool: no reload of ended
            // sessions in the background while they measure.
            revocation_poll_seconds: 3600,
            login_attempts_per_client: options
                .login_attempts_per_client
                .unwrap_or(AuthConfig::default().login_attempts_per_client),
            ..AuthConfig::default()
        },
        mail: MailConfig {
            smtp_url: options
                .smtp_port
                .map(|port| SecretString::from(format!("smtp://127.0.0.1:{port}"))),
            retry_base_ms: 200,
            poll_ms: 100,
            ..MailConfig::default()
        },
        graphql: GraphqlLimits {
            max_aliases: 10,
            max_batch: 3,
            max_depth: options.max_depth.unwrap_or(10),
            ..GraphqlLimits::default()
        },
        demo: DemoConfig {
            seed: Some(!options.no_demo),
            history: Some(options.demo_history),
        },
        // Tests sweep with their own clock; no scheduled sweep at the top of an hour.
        jobs: JobsConfig {
            enabled: false,
            reminder_send_window: options
                .reminder_send_window
                .clone()
                .unwrap_or_else(|| "always".to_owned()),
            ..JobsConfig::default()
        },
        storage: StorageConfig {
            max_upload_file_bytes: options
                .max_upload_file_bytes
                .unwrap_or(StorageConfig::default().max_upload_file_bytes),
            ..StorageConfig::default()
        },
    };
    let app = Application::build(config)
        .await
        .expect("application starts");
    let address = format!("http://127.0.0.1:{}", app.port());
    let services = app.services().clone();
    tokio::spawn(app.run_until_stopped());
    let client = reqwest::Client::builder()
        .cookie_store(true)
        .timeout(Duration::from_secs(30))
        .build()
        .expect("http client");
    Some(TestApp {
        address,
        database_url,
        services,
        client,
        _dir: dir,
        _pg: pg,
    })
}

/// A GraphQL response.
pub struct Gql(pub Value);

impl Gql {
    /// `data` at a JSON pointer, e.g. `/me/email`.
    pub fn data(&self, pointer: &str) -> &Value {
        self.0
            .pointer(&format!("/data{pointer}"))
            .unwrap_or(&Value::Null)
    }

    /// The `extensions.code` of the first error, if any.
    pub fn code(&self) -> Option<&str> {
        self.0
            .pointer("/errors/0/extensions/code")
            .and_then(Value::as_str)
    }

    /// The reason code of the first error's first field problem, or of the error itself.
    pub fn reason(&self) -> Option<&str> {
        self.0
            .pointer("/errors/0/extensions/fields/0/reason/code")
            .or_else(|| self.0.pointer("/errors/0/extensions/reason/code"))
            .and_then(Value::as_str)
    }

    /// Asserts there are no errors and returns self.
    #[track_caller]
    pub fn ok(self) -> Self {
        assert!(
            self.0.get("errors").is_none(),
            "unexpected errors: {}",
            self.0
        );
        self
    }

    /// The paths of the first error's field problems.
    pub fn field_paths(&self) -> Vec<String> {
        self.0
            .pointer("/errors/0/extensions/fields")
            .and_then(Value::as_array)
            .map(|fields| {
                fields
                    .iter()
                    .filter_map(|f| f.get("path").and_then(Value::as_str).map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default()
    }
}

impl TestApp {
    /// Posts a GraphQL operation, with a bearer token if given.
    pub async fn graphql(&self, token: Option<&str>, query: &str, variables: Value) -> Gql {
        let mut request = self
            .client
            .post(format!("{}/graphql", self.address))
            .json(&json!({ "query": query, "variables": variables }));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        let response = request.send().await.expect("request sent");
        assert!(response.status().is_success(), "HTTP {}", response.status());
        Gql(response.json().await.expect("json body"))
    }

    /// Posts a raw JSON body to /graphql.
    pub async fn post_raw(&self, token: Option<&str>, body: Value) -> Value {
        let mut request = self
            .client
            .post(format!("{}/graphql", self.address))
            .json(&body);
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        request
            .send()
            .await
            .expect("sent")
            .json()
            .await
            .expect("json")
    }

    /// Signs in as a program does (the refresh token in the answer, no cookie), returning the
    /// raw response.
    pub async fn login(&self, email: &str, password: &str) -> Gql {
        self.graphql(
            None,
            "mutation($e: String!, $p: String!) { login(email: $e, password: $p, tokenDelivery: BODY) { accessToken refreshToken expiresIn viewer { email role } } }",
            json!({ "e": email, "p": password }),
        )
        .await
    }

    /// Signs in as a demo account; returns (access token, refresh token).
    pub async fn login_as(&self, email: &str) -> (String, String) {
        let response = self.login(email, DEMO_PASSWORD).await.ok();
        (
            response
                .data("/login/accessToken")
                .as_str()
                .expect("access token")
                .to_owned(),
            response
                .data("/login/refreshToken")
                .as_str()
                .expect("refresh token")
                .to_owned(),
        )
    }

    /// The data folder (`CLUSTERKEEP_DATA_DIR`).
    pub fn data_dir(&self) -> &std::path::Path {
        self._dir.path()
    }

    /// Runs a COUNT(*) over a table as the database owner (outside any tenant), to check what
    /// was or was not written.
    pub async fn count_rows(&self, table: &str) -> i64 {
        use sea_orm::{ConnectionTrait, Statement};
        let db = self.services.db.raw();
        let backend = db.get_database_backend();
        let sql = format!("SELECT COUNT(*) AS n FROM {table}");
        let conn = self.services.db.system().await.expect("system txn");
        let row = conn
            .conn()
            .query_one_raw(Statement::from_string(backend, sql))
            .await
            .expect("count query")
            .expect("a row");
        let n: i64 = row.try_get("", "n").expect("count");
        conn.commit().await.expect("commit");
        n
    }

    /// The token of the newest link of kind `path` (`/invite`, `/reset-password`) mailed to
    /// `email`, read from the outbox (for tests without an SMTP server). Waits up to 5 s for
    /// one: reset links are queued after the answer.
    pub async fn latest_link_token(&self, email: &str, path: &str) -> String {
        self.link_tokens(email, path, 1)
            .await
            .pop()
            .expect("a link to that address")
    }

    /// The tokens of the links of kind `path` mailed to `email`, oldest first, once there are
    /// at least `count` of them (waiting up to 5 s).
    pub async fn link_tokens(&self, email: &str, path: &str, count: usize) -> Vec<String> {
        use clusterkeep::notify::entities::outbox_message;
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
        let marker = format!("{path}?token=");
        for _ in 0..50 {
            let txn = self.services.db.system().await.expect("system txn");
            let messages = outbox_message::Entity::find()
                .filter(outbox_message::Column::Recipient.eq(email))
                .order_by_asc(outbox_message::Column::CreatedAt)
                .order_by_asc(outbox_message::Column::Id)
                .all(txn.conn())
                .await
                .expect("outbox query");
            txn.commit().await.expect("commit");
            let tokens: Vec<String> = messages
                .iter()
                .filter(|m| m.body_text.contains(&marker))
                .map(|m| token_from(&m.body_text, path))
                .collect();
            if tokens.len() >= count {
                return tokens;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("fewer than {count} {path} links were mailed to {email}");
    }

    /// A snapshot of every table's row count, to prove a failed mutation wrote nothing.
    pub async fn snapshot(&self) -> Vec<(String, i64)> {
        let mut counts = Vec::new();
        for table in self.tables().await {
            let rows = self.count_rows(&table).await;
            counts.push((table, rows));
        }
        counts
    }

    /// Every table of the application, read from the catalogue (so a new table is in every
    /// "nothing was written" snapshot without anyone listing it), except the sign-in attempt
    /// counters, which a refused sign-in is meant to write.
    pub async fn tables(&self) -> Vec<String> {
        use sea_orm::{ConnectionTrait, DbBackend, Statement};
        let db = self.services.db.raw();
        let backend = db.get_database_backend();
        let sql = match backend {
            DbBackend::Postgres => {
                "SELECT table_name AS name FROM information_schema.tables \
                 WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' \
                 AND table_name NOT IN ('seaql_migrations', 'login_throttle') ORDER BY table_name"
            }
            _ => {
                "SELECT name FROM sqlite_master WHERE type = 'table' \
                 AND name NOT LIKE 'sqlite_%' AND name NOT IN ('seaql_migrations', 'login_throttle') \
                 ORDER BY name"
            }
        };
        let conn = self.services.db.system().await.expect("system txn");
        let rows = conn
            .conn()
            .query_all_raw(Statement::from_string(backend, sql.to_owned()))
            .await
            .expect("table list");
        conn.commit().await.expect("commit");
        let tables: Vec<String> = rows
            .iter()
            .map(|r| r.try_get("", "name").expect("name"))
            .collect();
        assert!(tables.len() >= 25, "only {} tables found", tables.len());
        tables
    }
}

/// A real SMTP server on loopback that keeps what it receives.
#[derive(Clone, Default)]
pub struct SmtpSink {
    received: Arc<Mutex<Vec<Vec<u8>>>>,
    current: Vec<u8>,
}

impl mailin_embedded::Handler for SmtpSink {
    fn data_start(
        &mut self,
        _domain: &str,
        _from: &str,
        _is8bit: bool,
        _to: &[String],
    ) -> mailin_embedded::response::Response {
        self.current.clear();
        mailin_embedded::response::OK
    }

    fn data(&mut self, buf: &[u8]) -> std::io::Result<()> {
        self.current.extend_from_slice(buf);
        Ok(())
    }

    fn data_end(&mut self) -> mailin_embedded::response::Response {
        self.received
            .lock()
            .expect("lock")
            .push(std::mem::take(&mut self.current));
        mailin_embedded::response::OK
    }
}

/// A received email, parsed.
pub struct ReceivedMail {
    pub to: String,
    pub subject: String,
    pub text: String,
    pub html: String,
}

impl SmtpSink {
    /// Starts a server on `port` (0: a free one) in a background thread; returns its port.
    pub fn start_on(port: u16) -> (Self, u16) {
        let listener = TcpListener::bind(("127.0.0.1", port)).expect("bind SMTP");
        let port = listener.local_addr().expect("addr").port();
        let sink = SmtpSink::default();
        let mut server = mailin_embedded::Server::new(sink.clone());
        server.with_name("sink.test").with_tcp_listener(listener);
        std::thread::spawn(move || {
            let _ = server.serve();
        });
        (sink, port)
    }

    /// A port nothing listens on (yet).
    pub fn unused_port() -> u16 {
        TcpListener::bind("127.0.0.1:0")
            .expect("bind")
            .local_addr()
            .expect("addr")
            .port()
    }

    /// Every message received so far.
    pub fn messages(&self) -> Vec<ReceivedMail> {
        self.received
            .lock()
            .expect("lock")
            .iter()
            .filter_map(|raw| {
                let parsed = mail_parser::MessageParser::default().parse(raw)?;
                Some(ReceivedMail {
                    to: parsed
                        .to()
                        .and_then(|a| a.first())
                        .and_then(|a| a.address())
                        .unwrap_or_default()
                        .to_owned(),
                    subject: parsed.subject().unwrap_or_default().to_owned(),
                    text: parsed
                        .body_text(0)
                        .map(|t| t.into_owned())
                        .unwrap_or_default(),
                    html: parsed
                        .body_html(0)
                        .map(|t| t.into_owned())
                        .unwrap_or_default(),
                })
            })
            .collect()
    }

    /// Waits up to 15 s for a message to `to`.
    pub async fn wait_for(&self, to: &str) -> ReceivedMail {
        self.wait_until(|m| m.to == to, &format!("no mail to {to} arrived"))
            .await
    }

    /// The first mail whose subject starts with `prefix`, waiting up to 15 s for it.
    pub async fn wait_for_subject(&self, prefix: &str) -> ReceivedMail {
        self.wait_until(
            |m| m.subject.starts_with(prefix),
            &format!("no mail about \"{prefix}\" arrived"),
        )
        .await
    }

    async fn wait_until(
        &self,
        wanted: impl Fn(&ReceivedMail) -> bool,
        missing: &str,
    ) -> ReceivedMail {
        for _ in 0..150 {
            if let Some(mail) = self.messages().into_iter().find(|m| wanted(m)) {
                return mail;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("{missing}");
    }
}

/// The token in a link like `http://…/invite?token=XYZ` found in `text`.
pub fn token_from(text: &str, path: &str) -> String {
    let marker = format!("{path}?token=");
    let start = text.find(&marker).expect("link in mail") + marker.len();
    text[start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect()
}

/// Declares one test per database: `name::sqlite` and `name::postgres`. The body is a closure
/// taking the [`Backend`]; it starts its app with [`spawn_app`] (returning early on `None`).
#[macro_export]
macro_rules! on_both_databases {
    ($(#[$meta:meta])* $name:ident, $body:expr) => {
        $(#[$meta])*
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                ($body)($crate::helpers::Backend::Sqlite).await;
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                ($body)($crate::helpers::Backend::Postgres).await;
            }
        }
    };
}
