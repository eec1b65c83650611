//! Logging: pretty lines on a terminal, JSON lines in production (`CLUSTERKEEP_LOG_FORMAT=json`).
//! Filter with `RUST_LOG` (default `info`). Secrets never reach a log line: they are
//! [`secrecy::SecretString`]s and tokens are never recorded in spans. Every line logged while a
//! request is served carries that request's span: its id, the tenant and the GraphQL operations.
//! Metrics: [`metrics`].

pub mod metrics;

pub use metrics::metrics;
use tracing_subscriber::EnvFilter;
use tracing_subscriber::fmt::format::FmtSpan;

use crate::config::LogFormat;

/// Installs the global subscriber once; later calls (tests) are ignored.
pub fn init(format: LogFormat) {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| {
        EnvFilter::new("info,sqlx=warn,sea_orm=warn,actix_server=warn,tokio_cron_scheduler=warn")
    });
    // A span's close is logged with its duration: a request's close is the access log line, a
    // billing run's phases say where its time went.
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_span_events(FmtSpan::CLOSE);
    let _ = match format {
        LogFormat::Json => builder.json().with_current_span(true).try_init(),
        LogFormat::Pretty => builder.try_init(),
    };
}
