//! Typed, layered configuration: built-in defaults, then an optional TOML file
//! (`CLUSTERKEEP_CONFIG`, default `clusterkeep.toml` when present), then the environment
//! (`CLUSTERKEEP_…`, plus the conventional `DATABASE_URL` and `SMTP_URL`).
//!
//! With nothing set, the result is a working local product: SQLite under `./data`, demo data,
//! no outgoing mail. Secrets are [`SecretString`]s so they never print.

use std::path::PathBuf;

use anyhow::{Context, bail};
use figment::Figment;
use figment::providers::{Env, Format, Toml};
use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;

/// Development runs with demo data and GraphiQL; production refuses unsafe defaults.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Environment {
    #[default]
    Development,
    Production,
}

/// How log lines are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    /// Human-readable lines for a terminal.
    Pretty,
    /// One JSON object per line, for log collectors.
    Json,
}

/// Everything the server reads at start, by section. Each section knows its defaults, so a
/// partial file or environment fills in the rest.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct Config {
    /// `CLUSTERKEEP_ENV`: `development` (default) or `production`.
    pub env: Environment,
    /// Where and how the server answers.
    pub server: ServerConfig,
    /// Where the data lives.
    pub database: DatabaseConfig,
    /// Sign-in: token keys and lifetimes, password hashing.
    pub auth: AuthConfig,
    /// Outgoing email.
    pub mail: MailConfig,
    /// What one GraphQL request may ask for.
    pub graphql: GraphqlLimits,
    /// The demo a local product starts with.
    pub demo: DemoConfig,
    /// Scheduled jobs: whether this replica runs them, and the reminders' schedule.
    pub jobs: JobsConfig,
    /// Uploaded files: where they are kept and how many and how large they may be.
    pub storage: StorageConfig,
}

/// Where and how the server answers.
#[derive(Clone, Debug, Deserialize)]
#[serde(default)]
pub struct ServerConfig {
    /// `CLUSTERKEEP_ADDR`: where to listen. Port 0 picks a free port (tests).
    pub addr: String,
    /// `CLUSTERKEEP_PUBLIC_URL`: the address users reach the product at (links in emails).
    pub public_url: Option<String>,
    /// `CLUSTERKEEP_UI_DIR`: serve the web app from this folder instead of the one built into
    /// the binary (for working on the frontend without rebuilding the server).
    pub ui_dir: Option<PathBuf>,
    /// `CLUSTERKEEP_LOG_FORMAT`: `pretty` (default) or `json`.
    pub log_format: LogFormat,
    /// `CLUSTERKEEP_TRUSTED_PROXIES`: addresses or CIDR blocks of the load balancers in front of
    /// the server, separated by commas (e.g. `10.0.0.0/8, 192.168.1.7`). Only a request whose
    /// peer is one of them has its client address taken from `X-Forwarded-For`; by default
    /// nobody is trusted and the client address is the socket's peer.
    #[serde(deserialize_with = "list_or_text")]
    pub trusted_proxies: Vec<String>,
    /// `CLUSTERKEEP_MAX_BODY_BYTES`: the largest `/graphql` request body (413 above it, before
    /// it is read). Default 8 MiB: CSV imports travel inside GraphQL, and a 10,000-row firm or
    /// bank CSV is 1–3 MB once JSON-escaped.
    pub max_body_bytes: usize,
    /// `CLUSTERKEEP_BODY_TIMEOUT_SECONDS`: how long reading one request body may take (408 after
    /// it), so a body trickling in a byte at a time cannot hold a connection and its buffer.
    pub body_timeout_seconds: u64,
    /// `CLUSTERKEEP_METRICS_TOKEN`: serve `/metrics` (Prometheus) to a scraper sending
    /// `Authorization: Bearer <token>`; without it `/metrics` does not exist. At least 16 bytes.
    pub metrics_token: Option<SecretString>,
}

impl Default for ServerConfig {
    fn default() -> Self {
        Self {
            addr: "127.0.0.1:8080".to_owned(),
            public_url: None,
            ui_dir: None,
            log_format: LogFormat::Pretty,
            trusted_proxies: Vec::new(),
            max_body_bytes: 8 * 1024 * 1024,
            body_timeout_seconds: 30,
            metrics_token: None,
        }
    }
}

/// A list given either as a list (TOML) or as one comma-separated text (environment).
fn list_or_text<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Vec<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum ListOrText {
        List(Vec<String>),
        Text(String),
    }
    let items = match ListOrText::deserialize(deserializer)? {
        ListOrText::List(items) => items,
        ListOrText::Text(text) => text.split(',').map(str::to_owned).collect(),
    };
    Ok(items
        .into_iter()
        .map(|item| item.trim().to_owned())
        .filter(|item| !item.is_empty())
        .collect())
}

/// Where the data lives.
#[derive(Clone, Debug, Deserialize)]
#[serde(default)]
pub struct DatabaseConfig {
    /// `DATABASE_URL`: `postgres://…` or `sqlite://…`; default SQLite in the data folder.
    pub url: Option<SecretString>,
    /// `CLUSTERKEEP_DATA_DIR`: the embedded database and the generated signing key live here.
    pub data_dir: PathBuf,
}

impl Default for DatabaseConfig {
    fn default() -> Self {
        Self {
            url: None,
            data_dir: PathBuf::from("./data"),
        }
    }
}

/// Sign-in: token keys and lifetimes, password hashing.
#[derive(Clone, Debug, Deserialize)]
#[serde(default)]
pub struct AuthConfig {
    /// `CLUSTERKEEP_JWT_SECRET`: the key access tokens are signed with (at least 32 bytes).
    /// Required in production; in development a random key is kept in the data folder.
    pub jwt_secret: Option<SecretString>,
    /// `CLUSTERKEEP_JWT_KID`: the id of `jwt_secret`, put in every token header.
    pub jwt_kid: String,
    /// `CLUSTERKEEP_JWT_PREVIOUS_SECRET`: the key being rotated out; tokens signed with it stay
    /// valid until they expire.
    pub jwt_previous_secret: Option<SecretString>,
    /// `CLUSTERKEEP_JWT_PREVIOUS_KID`: its id.
    pub jwt_previous_kid: Option<String>,
    /// `CLUSTERKEEP_JWT_ISSUER`.
    pub jwt_issuer: String,
    /// `CLUSTERKEEP_JWT_AUDIENCE`.
    pub jwt_audience: String,
    /// `CLUSTERKEEP_ACCESS_TOKEN_SECONDS`: access token lifetime (15 minutes).
    pub access_token_seconds: i64,
    /// `CLUSTERKEEP_REFRESH_TOKEN_DAYS`: refresh token lifetime.
    pub refresh_token_days: i64,
    /// `CLUSTERKEEP_PASSWORD_HASH_CONCURRENCY`: hashes computed at once (default: cores).
    pub password_hash_concurrency: Option<usize>,
    /// `CLUSTERKEEP_LOGIN_ATTEMPTS_PER_CLIENT`: failed sign-ins one client address may make in
    /// 15 minutes, across all accounts (password spraying), before it waits 15 minutes.
    pub login_attempts_per_client: u32,
    /// `CLUSTERKEEP_REVOCATION_POLL_SECONDS`: how often each server reloads the list of ended
    /// sessions written by the others; an access token of an ended session is refused on this
    /// server at once and on the others within this many seconds.
    pub revocation_poll_seconds: u64,
}

impl Default for AuthConfig {
    fn default() -> Self {
        Self {
            jwt_secret: None,
            jwt_kid: "primary".to_owned(),
            jwt_previous_secret: None,
            jwt_previous_kid: None,
            jwt_issuer: "clusterkeep".to_owned(),
            jwt_audience: "clusterkeep-api".to_owned(),
            access_token_seconds: 15 * 60,
            refresh_token_days: 30,
            password_hash_concurrency: None,
            login_attempts_per_client: 30,
            revocation_poll_seconds: 5,
        }
    }
}

/// Outgoing email.
#[derive(Clone, Debug, Deserialize)]
#[serde(default)]
pub struct MailConfig {
    /// `SMTP_URL`: lettre's URL form, e.g. `smtp://user:pass@host:587?tls=required`;
    /// unset, mail stays in the outbox as not delivered.
    pub smtp_url: Option<SecretString>,
    /// `CLUSTERKEEP_MAIL_FROM`: the sender of every email.
    pub from: String,
    /// `CLUSTERKEEP_MAIL_RETRY_BASE_MS`: first retry delay after a failed delivery; doubles per
    /// attempt up to an hour.
    pub retry_base_ms: u64,
    /// `CLUSTERKEEP_MAIL_POLL_MS`: how often the delivery worker looks for due mail.
    pub poll_ms: u64,
}

impl Default for MailConfig {
    fn default() -> Self {
        Self {
            smtp_url: None,
            from: "ClusterKeep <no-reply@clusterkeep.local>".to_owned(),
            retry_base_ms: 30_000,
            poll_ms: 5_000,
        }
    }
}

/// What one GraphQL request may ask for: `CLUSTERKEEP_GRAPHQL_MAX_DEPTH`, `…_MAX_COMPLEXITY`,
/// `…_MAX_ALIASES`, `…_MAX_BATCH`. Depth and complexity are enforced by the schema; aliases
/// and batch size before execution.
#[derive(Clone, Copy, Debug, Deserialize)]
#[serde(default)]
pub struct GraphqlLimits {
    pub max_depth: usize,
    pub max_complexity: usize,
    pub max_aliases: usize,
    pub max_batch: usize,
}

impl Default for GraphqlLimits {
    fn default() -> Self {
        Self {
            max_depth: 12,
            max_complexity: 5000,
            max_aliases: 30,
            max_batch: 10,
        }
    }
}

/// The demo a local product starts with.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct DemoConfig {
    /// `CLUSTERKEEP_SEED_DEMO`: fill an empty database with the demo. Default: only for the
    /// embedded database in development.
    pub seed: Option<bool>,
    /// `CLUSTERKEEP_DEMO_HISTORY`: with the demo, also a year of billing runs, payments and fund
    /// movements, and the upkeep register with its schedules and past inspections (default yes;
    /// the test suite leaves it out where it does not need it).
    pub history: Option<bool>,
}

/// Scheduled jobs. Every replica may run them: a reminder sweep claims each reminder in the
/// send ledger, so running it on several servers at once sends nothing twice.
#[derive(Clone, Debug, Deserialize)]
#[serde(default)]
pub struct JobsConfig {
    /// `CLUSTERKEEP_JOBS`: run the scheduled jobs on this replica (default yes). Mail delivery
    /// is not a scheduled job and runs regardless.
    pub enabled: bool,
    /// `CLUSTERKEEP_REMINDERS_CRON`: when to sweep for due reminders, a 6-field cron
    /// expression (seconds first) in Asia/Ho_Chi_Minh; default hourly, `0 0 * * * *`.
    pub reminders_cron: String,
    /// `CLUSTERKEEP_REMINDER_SEND_WINDOW`: the product's default send window for operators
    /// that set none: `08:00-17:30 Mon-Sat` (default) or `always`.
    pub reminder_send_window: String,
}

impl Default for JobsConfig {
    fn default() -> Self {
        Self {
            enabled: true,
            reminders_cron: "0 0 * * * *".to_owned(),
            reminder_send_window: "08:00-17:30 Mon-Sat".to_owned(),
        }
    }
}

/// Uploaded files (photos and documents on maintenance requests).
#[derive(Clone, Debug, Deserialize)]
#[serde(default)]
pub struct StorageConfig {
    /// `CLUSTERKEEP_STORAGE_URL`: an object store URL (`s3://bucket/prefix`, credentials and
    /// endpoint from the usual `AWS_…` variables, e.g. `AWS_ENDPOINT` for an S3-compatible
    /// service). Unset: the `files` folder of the data folder, which `clusterkeep backup`
    /// copies with the database.
    pub url: Option<String>,
    /// `CLUSTERKEEP_MAX_UPLOAD_FILES`: files one upload may carry (default 10).
    pub max_upload_files: usize,
    /// `CLUSTERKEEP_MAX_UPLOAD_FILE_BYTES`: the largest single file (default 10 MiB). The
    /// largest upload body is this times the number of files, plus 1 MiB for the rest.
    pub max_upload_file_bytes: usize,
    /// `CLUSTERKEEP_UPLOAD_TIMEOUT_SECONDS`: how long an upload body may take to arrive
    /// (default 120: photos from a phone on a slow link).
    pub upload_timeout_seconds: u64,
}

impl Default for StorageConfig {
    fn default() -> Self {
        Self {
            url: None,
            max_upload_files: 10,
            max_upload_file_bytes: 10 * 1024 * 1024,
            upload_timeout_seconds: 120,
        }
    }
}

impl StorageConfig {
    /// The largest multipart upload body: every file at its largest, plus 1 MiB for the
    /// operations, the map and the part headers.
    pub fn max_upload_body_bytes(&self) -> usize {
        self.max_upload_files
            .saturating_mul(self.max_upload_file_bytes)
            .saturating_add(1024 * 1024)
    }
}

/// Where an environment variable (lower-cased, without `CLUSTERKEEP_`) goes in the nested
/// configuration. The variable names stay flat, as operators know them.
fn nested_key(key: &str) -> String {
    match key {
        "addr"
        | "public_url"
        | "ui_dir"
        | "log_format"
        | "trusted_proxies"
        | "max_body_bytes"
        | "body_timeout_seconds"
        | "metrics_token" => format!("server.{key}"),
        "data_dir" | "database_url" => format!("database.{}", key.trim_start_matches("database_")),
        "access_token_seconds"
        | "refresh_token_days"
        | "password_hash_concurrency"
        | "login_attempts_per_client"
        | "revocation_poll_seconds" => {
            format!("auth.{key}")
        }
        "smtp_url" => "mail.smtp_url".to_owned(),
        "seed_demo" => "demo.seed".to_owned(),
        "jobs" => "jobs.enabled".to_owned(),
        "reminders_cron" | "reminder_send_window" => format!("jobs.{key}"),
        "storage_url" => "storage.url".to_owned(),
        "max_upload_files" | "max_upload_file_bytes" | "upload_timeout_seconds" => {
            format!("storage.{key}")
        }
        "demo_history" => "demo.history".to_owned(),
        k if k.starts_with("jwt_") => format!("auth.{k}"),
        k if k.starts_with("mail_") => format!("mail.{}", &k["mail_".len()..]),
        k if k.starts_with("graphql_") => format!("graphql.{}", &k["graphql_".len()..]),
        other => other.to_owned(),
    }
}

impl Config {
    /// Reads the layered configuration from the process environment: the sections' defaults,
    /// then the TOML file (nested: `[server] addr = …`), then the environment.
    pub fn load() -> anyhow::Result<Self> {
        let file =
            std::env::var("CLUSTERKEEP_CONFIG").unwrap_or_else(|_| "clusterkeep.toml".into());
        let config: Config = Figment::new()
            .merge(Toml::file(&file))
            .merge(
                Env::prefixed("CLUSTERKEEP_")
                    .ignore(&["config"])
                    .map(|key| nested_key(&key.as_str().to_ascii_lowercase()).into()),
            )
            .merge(
                Env::raw()
                    .only(&["database_url", "smtp_url"])
                    .map(|key| nested_key(&key.as_str().to_ascii_lowercase()).into()),
            )
            .extract()
            .context("reading configuration")?;
        config.validate()?;
        Ok(config)
    }

    /// Refuses configurations that would be unsafe or cannot work; the message says what to set.
    pub fn validate(&self) -> anyhow::Result<()> {
        if let Some(secret) = &self.auth.jwt_secret
            && secret.expose_secret().len() < 32
        {
            bail!("CLUSTERKEEP_JWT_SECRET must be at least 32 bytes long");
        }
        if self.auth.jwt_previous_secret.is_some() != self.auth.jwt_previous_kid.is_some() {
            bail!(
                "set both CLUSTERKEEP_JWT_PREVIOUS_SECRET and CLUSTERKEEP_JWT_PREVIOUS_KID, or neither"
            );
        }
        self.trusted_proxies()?;
        if let Some(token) = self.metrics_token()
            && token.expose_secret().len() < 16
        {
            bail!("CLUSTERKEEP_METRICS_TOKEN must be at least 16 bytes long");
        }
        if let Some(url) = &self.server.public_url {
            let parsed = url::Url::parse(url)
                .with_context(|| format!("CLUSTERKEEP_PUBLIC_URL {url:?} is not a URL"))?;
            if self.env == Environment::Production
                && parsed.scheme() != "https"
                && !is_loopback(&parsed)
            {
                bail!(
                    "production mode needs an https CLUSTERKEEP_PUBLIC_URL (got {url:?}): the refresh cookie is only Secure over https (plain http is accepted only on a loopback address, for trying production mode locally)"
                );
            }
        }
        if tokio_cron_scheduler::Job::new_tz(
            self.jobs.reminders_cron.as_str(),
            chrono_tz::Asia::Ho_Chi_Minh,
            |_, _| {},
        )
        .is_err()
        {
            bail!(
                "CLUSTERKEEP_REMINDERS_CRON {:?} is not a 6-field cron expression (seconds minutes hours day-of-month month day-of-week, e.g. \"0 0 * * * *\" for hourly)",
                self.jobs.reminders_cron
            );
        }
        if let Err(problem) = crate::reminders::SendWindow::parse(&self.jobs.reminder_send_window) {
            bail!("CLUSTERKEEP_REMINDER_SEND_WINDOW: {problem}");
        }
        if self.server.max_body_bytes < 1024 {
            bail!("CLUSTERKEEP_MAX_BODY_BYTES must be at least 1024");
        }
        if self.storage.max_upload_files == 0
            || self.storage.max_upload_file_bytes < 1024
            || self.storage.upload_timeout_seconds == 0
        {
            bail!(
                "CLUSTERKEEP_MAX_UPLOAD_FILES and CLUSTERKEEP_UPLOAD_TIMEOUT_SECONDS must be at least 1, CLUSTERKEEP_MAX_UPLOAD_FILE_BYTES at least 1024"
            );
        }
        if let Some(url) = &self.storage.url {
            url::Url::parse(url)
                .with_context(|| format!("CLUSTERKEEP_STORAGE_URL {url:?} is not a URL"))?;
        }
        if self.server.body_timeout_seconds == 0 || self.auth.revocation_poll_seconds == 0 {
            bail!(
                "CLUSTERKEEP_BODY_TIMEOUT_SECONDS and CLUSTERKEEP_REVOCATION_POLL_SECONDS must be at least 1"
            );
        }
        if self.env == Environment::Production {
            let mut missing = Vec::new();
            if self.auth.jwt_secret.is_none() {
                missing.push("CLUSTERKEEP_JWT_SECRET (a random string of at least 32 bytes)");
            }
            if self.server.public_url.is_none() {
                missing.push("CLUSTERKEEP_PUBLIC_URL (the https address users open)");
            }
            if !missing.is_empty() {
                bail!(
                    "production mode (CLUSTERKEEP_ENV=production) needs: {}",
                    missing.join(", ")
                );
            }
        }
        Ok(())
    }

    /// The trusted proxies, parsed (a bare address is a block of one).
    pub fn trusted_proxies(&self) -> anyhow::Result<Vec<ipnet::IpNet>> {
        self.server
            .trusted_proxies
            .iter()
            .map(|entry| {
                entry
                    .parse::<ipnet::IpNet>()
                    .or_else(|_| entry.parse::<std::net::IpAddr>().map(ipnet::IpNet::from))
                    .with_context(|| {
                        format!(
                            "CLUSTERKEEP_TRUSTED_PROXIES: {entry:?} is not an address or CIDR block"
                        )
                    })
            })
            .collect()
    }

    /// The token `/metrics` answers to; an empty one (an unset variable in a compose file) is
    /// none.
    pub fn metrics_token(&self) -> Option<&SecretString> {
        self.server
            .metrics_token
            .as_ref()
            .filter(|token| !token.expose_secret().is_empty())
    }

    /// Whether this is production mode.
    pub fn is_production(&self) -> bool {
        self.env == Environment::Production
    }

    /// The database URL in effect: the configured one, or SQLite in the data folder.
    pub fn effective_database_url(&self) -> String {
        match &self.database.url {
            Some(url) => url.expose_secret().to_owned(),
            None => format!(
                "sqlite://{}?mode=rwc",
                self.database.data_dir.join("clusterkeep.db").display()
            ),
        }
    }

    /// Whether the demo should be seeded into an empty database.
    pub fn should_seed_demo(&self) -> bool {
        if self.is_production() {
            return false;
        }
        self.demo.seed.unwrap_or(self.database.url.is_none())
    }
}

/// Whether a URL names this machine (`localhost`, `127.0.0.1`, `[::1]`).
fn is_loopback(url: &url::Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(domain)) => domain.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(v4)) => v4.is_loopback(),
        Some(url::Host::Ipv6(v6)) => v6.is_loopback(),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flat_environment_names_land_in_their_sections() {
        for (variable, path) in [
            ("addr", "server.addr"),
            ("public_url", "server.public_url"),
            ("data_dir", "database.data_dir"),
            ("database_url", "database.url"),
            ("jwt_secret", "auth.jwt_secret"),
            ("access_token_seconds", "auth.access_token_seconds"),
            ("smtp_url", "mail.smtp_url"),
            ("mail_from", "mail.from"),
            ("mail_poll_ms", "mail.poll_ms"),
            ("graphql_max_depth", "graphql.max_depth"),
            ("trusted_proxies", "server.trusted_proxies"),
            ("max_body_bytes", "server.max_body_bytes"),
            ("body_timeout_seconds", "server.body_timeout_seconds"),
            (
                "login_attempts_per_client",
                "auth.login_attempts_per_client",
            ),
            ("revocation_poll_seconds", "auth.revocation_poll_seconds"),
            ("seed_demo", "demo.seed"),
            ("storage_url", "storage.url"),
            ("max_upload_file_bytes", "storage.max_upload_file_bytes"),
            ("demo_history", "demo.history"),
            ("env", "env"),
        ] {
            assert_eq!(nested_key(variable), path, "{variable}");
        }
    }

    #[test]
    fn a_partial_file_keeps_the_other_defaults() {
        let config: Config = Figment::new()
            .merge(Toml::string(
                "env = \"production\"\n[server]\naddr = \"0.0.0.0:80\"\n[graphql]\nmax_batch = 2\n",
            ))
            .extract()
            .unwrap();
        assert!(config.is_production());
        assert_eq!(config.server.addr, "0.0.0.0:80");
        assert_eq!(config.graphql.max_batch, 2);
        assert_eq!(config.graphql.max_depth, GraphqlLimits::default().max_depth);
        assert_eq!(config.auth.refresh_token_days, 30);
    }

    fn production(public_url: &str) -> Config {
        let mut config = Config {
            env: Environment::Production,
            ..Config::default()
        };
        config.server.public_url = Some(public_url.to_owned());
        config.auth.jwt_secret = Some(SecretString::from("x".repeat(40)));
        config
    }

    #[test]
    fn a_reminders_cron_that_does_not_parse_refuses_to_start_and_says_why() {
        let mut config = Config::default();
        assert!(config.validate().is_ok(), "the default hourly cron parses");
        config.jobs.reminders_cron = "every hour".into();
        let error = format!(
            "{:#}",
            config
                .validate()
                .err()
                .unwrap_or_else(|| anyhow::anyhow!(""))
        );
        assert!(error.contains("CLUSTERKEEP_REMINDERS_CRON"), "{error}");
        config.jobs.reminders_cron = "0 * * * *".into();
        assert!(
            config.validate().is_err(),
            "five fields: seconds are required"
        );
        config.jobs.reminders_cron = "0 0 * * * *".into();
        config.jobs.reminder_send_window = "17:30-08:00 Mon-Sat".into();
        assert!(config.validate().is_err());
    }

    #[test]
    fn production_refuses_an_http_public_url() {
        assert!(production("https://clusterkeep.example").validate().is_ok());
        let refused = production("http://clusterkeep.example").validate();
        assert!(refused.is_err_and(|e| e.to_string().contains("https")));
        // Production on this machine (trying it locally) may use plain http.
        assert!(production("http://127.0.0.1:8080").validate().is_ok());
        assert!(production("http://localhost:8080").validate().is_ok());
        // Development accepts a plain local address.
        let mut development = production("http://127.0.0.1:8080");
        development.env = Environment::Development;
        assert!(development.validate().is_ok());
    }

    #[test]
    fn trusted_proxies_come_as_text_or_list_and_must_parse() {
        let from_env: Config = Figment::new()
            .merge(Toml::string(
                "[server]\ntrusted_proxies = \"10.0.0.0/8, 192.168.1.7 ,\"\n",
            ))
            .extract()
            .unwrap();
        assert_eq!(
            from_env.server.trusted_proxies,
            ["10.0.0.0/8", "192.168.1.7"]
        );
        let parsed = from_env.trusted_proxies().unwrap();
        assert!(parsed[1].contains(&"192.168.1.7".parse::<std::net::IpAddr>().unwrap()));
        let from_file: Config = Figment::new()
            .merge(Toml::string("[server]\ntrusted_proxies = [\"::1\"]\n"))
            .extract()
            .unwrap();
        assert_eq!(from_file.server.trusted_proxies, ["::1"]);
        let mut bad = Config::default();
        bad.server.trusted_proxies = vec!["10.0.0.0/33".into()];
        assert!(bad.validate().is_err());
    }
}
