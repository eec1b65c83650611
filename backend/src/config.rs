//! Typed, layered configuration: built-in defaults, then an optional TOML file
//! (`CLUSTERKEEP_CONFIG`, default `clusterkeep.toml` when present), then the environment
//! (`CLUSTERKEEP_…`, plus the conventional `DATABASE_URL` and `SMTP_URL`).
//!
//! With nothing set, the result is a working local product: SQLite under `./data`, demo data,
//! no outgoing mail. Secrets are [`SecretString`]s so they never print.

use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use figment::Figment;
use figment::providers::{Env, Format, Serialized, Toml};
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};

/// Development runs with demo data and GraphiQL; production refuses unsafe defaults.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Environment {
    Development,
    Production,
}

/// How log lines are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    /// Human-readable lines for a terminal.
    Pretty,
    /// One JSON object per line, for log collectors.
    Json,
}

/// Everything the server reads at start.
#[derive(Clone, Debug, Deserialize)]
pub struct Config {
    /// `CLUSTERKEEP_ENV`: `development` (default) or `production`.
    pub env: Environment,
    /// `CLUSTERKEEP_ADDR`: where to listen. Port 0 picks a free port (tests).
    pub addr: String,
    /// `CLUSTERKEEP_DATA_DIR`: the embedded database and the generated signing key live here.
    pub data_dir: PathBuf,
    /// `DATABASE_URL`: `postgres://…` or `sqlite://…`; default SQLite in the data folder.
    pub database_url: Option<SecretString>,
    /// `SMTP_URL`: lettre's URL form, e.g. `smtp://user:pass@host:587?tls=required`;
    /// unset, mail stays in the outbox as not delivered.
    pub smtp_url: Option<SecretString>,
    /// `CLUSTERKEEP_MAIL_FROM`: the sender of every email.
    pub mail_from: String,
    /// `CLUSTERKEEP_PUBLIC_URL`: the address users reach the product at (links in emails).
    pub public_url: Option<String>,
    /// `CLUSTERKEEP_UI_DIR`: the built web app; default `frontend/dist` when present.
    pub ui_dir: Option<PathBuf>,
    /// `CLUSTERKEEP_LOG_FORMAT`: `pretty` (default) or `json`.
    pub log_format: LogFormat,
    /// `CLUSTERKEEP_SEED_DEMO`: fill an empty database with the demo. Default: only for the
    /// embedded database in development.
    pub seed_demo: Option<bool>,
    /// `CLUSTERKEEP_DEMO_HISTORY`: with the demo, also a year of billing runs, payments and fund
    /// movements (default yes; the test suite leaves it out where it does not need it).
    pub demo_history: Option<bool>,
    /// `CLUSTERKEEP_JWT_SECRET`: the key access tokens are signed with (at least 32 bytes).
    /// Required in production; in development a random key is kept in the data folder.
    pub jwt_secret: Option<SecretString>,
    /// `CLUSTERKEEP_JWT_KID`: the id of `jwt_secret`, put in every token header.
    pub jwt_kid: String,
    /// `CLUSTERKEEP_JWT_PREVIOUS_SECRET` / `…_KID`: the key being rotated out; tokens signed with
    /// it stay valid until they expire.
    pub jwt_previous_secret: Option<SecretString>,
    pub jwt_previous_kid: Option<String>,
    /// `CLUSTERKEEP_JWT_ISSUER` and `…_AUDIENCE`.
    pub jwt_issuer: String,
    pub jwt_audience: String,
    /// `CLUSTERKEEP_ACCESS_TOKEN_SECONDS`: access token lifetime (15 minutes).
    pub access_token_seconds: i64,
    /// `CLUSTERKEEP_REFRESH_TOKEN_DAYS`: refresh token lifetime.
    pub refresh_token_days: i64,
    /// `CLUSTERKEEP_PASSWORD_HASH_CONCURRENCY`: hashes computed at once (default: cores).
    pub password_hash_concurrency: Option<usize>,
    /// GraphQL limits: `CLUSTERKEEP_GRAPHQL_MAX_DEPTH`, `…_MAX_COMPLEXITY`, `…_MAX_ALIASES`,
    /// `…_MAX_BATCH`.
    pub graphql_max_depth: usize,
    pub graphql_max_complexity: usize,
    pub graphql_max_aliases: usize,
    pub graphql_max_batch: usize,
    /// `CLUSTERKEEP_MAIL_RETRY_BASE_MS`: first retry delay after a failed delivery; doubles per
    /// attempt up to an hour.
    pub mail_retry_base_ms: u64,
    /// `CLUSTERKEEP_MAIL_POLL_MS`: how often the delivery worker looks for due mail.
    pub mail_poll_ms: u64,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            env: Environment::Development,
            addr: "127.0.0.1:8080".to_owned(),
            data_dir: PathBuf::from("./data"),
            database_url: None,
            smtp_url: None,
            mail_from: "ClusterKeep <no-reply@clusterkeep.local>".to_owned(),
            public_url: None,
            ui_dir: None,
            log_format: LogFormat::Pretty,
            seed_demo: None,
            demo_history: None,
            jwt_secret: None,
            jwt_kid: "primary".to_owned(),
            jwt_previous_secret: None,
            jwt_previous_kid: None,
            jwt_issuer: "clusterkeep".to_owned(),
            jwt_audience: "clusterkeep-api".to_owned(),
            access_token_seconds: 15 * 60,
            refresh_token_days: 30,
            password_hash_concurrency: None,
            graphql_max_depth: 12,
            graphql_max_complexity: 1000,
            graphql_max_aliases: 30,
            graphql_max_batch: 10,
            mail_retry_base_ms: 30_000,
            mail_poll_ms: 5_000,
        }
    }
}

/// The defaults as a figment provider; secrets are left out (they have no default).
#[derive(Serialize)]
struct Defaults {
    env: Environment,
    addr: String,
    data_dir: PathBuf,
    mail_from: String,
    log_format: LogFormat,
    jwt_kid: String,
    jwt_issuer: String,
    jwt_audience: String,
    access_token_seconds: i64,
    refresh_token_days: i64,
    graphql_max_depth: usize,
    graphql_max_complexity: usize,
    graphql_max_aliases: usize,
    graphql_max_batch: usize,
    mail_retry_base_ms: u64,
    mail_poll_ms: u64,
}

impl Config {
    /// Reads the layered configuration from the process environment.
    pub fn load() -> anyhow::Result<Self> {
        let d = Config::default();
        let defaults = Defaults {
            env: d.env,
            addr: d.addr,
            data_dir: d.data_dir,
            mail_from: d.mail_from,
            log_format: d.log_format,
            jwt_kid: d.jwt_kid,
            jwt_issuer: d.jwt_issuer,
            jwt_audience: d.jwt_audience,
            access_token_seconds: d.access_token_seconds,
            refresh_token_days: d.refresh_token_days,
            graphql_max_depth: d.graphql_max_depth,
            graphql_max_complexity: d.graphql_max_complexity,
            graphql_max_aliases: d.graphql_max_aliases,
            graphql_max_batch: d.graphql_max_batch,
            mail_retry_base_ms: d.mail_retry_base_ms,
            mail_poll_ms: d.mail_poll_ms,
        };
        let file =
            std::env::var("CLUSTERKEEP_CONFIG").unwrap_or_else(|_| "clusterkeep.toml".into());
        let config: Config = Figment::from(Serialized::defaults(defaults))
            .merge(Toml::file(&file))
            .merge(Env::prefixed("CLUSTERKEEP_").ignore(&["config"]))
            .merge(Env::raw().only(&["database_url", "smtp_url"]))
            .extract()
            .context("reading configuration")?;
        config.validate()?;
        Ok(config)
    }

    /// Refuses configurations that would be unsafe or cannot work; the message says what to set.
    pub fn validate(&self) -> anyhow::Result<()> {
        if let Some(secret) = &self.jwt_secret
            && secret.expose_secret().len() < 32
        {
            bail!("CLUSTERKEEP_JWT_SECRET must be at least 32 bytes long");
        }
        if self.jwt_previous_secret.is_some() != self.jwt_previous_kid.is_some() {
            bail!(
                "set both CLUSTERKEEP_JWT_PREVIOUS_SECRET and CLUSTERKEEP_JWT_PREVIOUS_KID, or neither"
            );
        }
        if self.env == Environment::Production {
            let mut missing = Vec::new();
            if self.jwt_secret.is_none() {
                missing.push("CLUSTERKEEP_JWT_SECRET (a random string of at least 32 bytes)");
            }
            if self.public_url.is_none() {
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

    /// Whether this is production mode.
    pub fn is_production(&self) -> bool {
        self.env == Environment::Production
    }

    /// The database URL in effect: the configured one, or SQLite in the data folder.
    pub fn effective_database_url(&self) -> String {
        match &self.database_url {
            Some(url) => url.expose_secret().to_owned(),
            None => format!(
                "sqlite://{}?mode=rwc",
                self.data_dir.join("clusterkeep.db").display()
            ),
        }
    }

    /// Whether the demo should be seeded into an empty database.
    pub fn should_seed_demo(&self) -> bool {
        if self.is_production() {
            return false;
        }
        self.seed_demo.unwrap_or(self.database_url.is_none())
    }

    /// The web app's folder, if one is built.
    pub fn effective_ui_dir(&self) -> Option<PathBuf> {
        match &self.ui_dir {
            Some(dir) => Some(dir.clone()),
            None => {
                let default = Path::new("frontend/dist");
                default
                    .join("index.html")
                    .exists()
                    .then(|| default.to_path_buf())
            }
        }
    }
}
