//! Prometheus metrics, served at `/metrics` to a scraper holding `CLUSTERKEEP_METRICS_TOKEN`
//! (see [`crate::http`]): GraphQL requests by operation, the database pools, the outbox, the
//! reminder sweeps and the billing runs.
//!
//! Counters and histograms are recorded where the work happens, into one registry per process
//! ([`metrics`]). The database gauges are read when scraped ([`Metrics::render`]), so they are
//! as fresh as the scrape and cost nothing between scrapes.

use std::collections::HashSet;
use std::sync::atomic::AtomicU64;
use std::sync::{Mutex, OnceLock};
use std::time::Duration;

use chrono::Utc;
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::encoding::text::encode;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{Histogram, exponential_buckets};
use prometheus_client::registry::Registry;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QuerySelect};

use crate::db::Db;
use crate::notify::MailStatus;
use crate::notify::entities::outbox_message::{self, Column};

/// Operation names a process keeps apart; any further name is counted as `other`. Names come
/// from clients, so without a bound a client could grow the registry without end.
const MAX_OPERATIONS: usize = 200;

/// Seconds, from 1 ms to about 16 s (requests).
fn request_buckets() -> Histogram {
    Histogram::new(exponential_buckets(0.001, 2.0, 15))
}

/// Seconds, from 10 ms to about 20 min (sweeps and billing runs).
fn job_buckets() -> Histogram {
    Histogram::new(exponential_buckets(0.01, 2.0, 18))
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct Operation {
    operation: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct OperationError {
    operation: String,
    code: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct Pool {
    pool: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct MailState {
    state: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct Outcome {
    outcome: &'static str,
}

/// The process's metrics.
pub struct Metrics {
    registry: Registry,
    operations: Mutex<HashSet<String>>,
    graphql_seconds: Family<Operation, Histogram, fn() -> Histogram>,
    graphql_errors: Family<OperationError, Counter>,
    pool_connections: Family<Pool, Gauge>,
    pool_idle: Family<Pool, Gauge>,
    pool_max: Family<Pool, Gauge>,
    outbox_messages: Family<MailState, Gauge>,
    outbox_oldest_due: Gauge<f64, AtomicU64>,
    sweep_seconds: Family<Outcome, Histogram, fn() -> Histogram>,
    reminders_claimed: Counter,
    billing_run_seconds: Family<Outcome, Histogram, fn() -> Histogram>,
    billing_invoices: Counter,
}

/// The process's one registry.
pub fn metrics() -> &'static Metrics {
    static METRICS: OnceLock<Metrics> = OnceLock::new();
    METRICS.get_or_init(Metrics::new)
}

impl Metrics {
    fn new() -> Self {
        let mut metrics = Self {
            registry: Registry::with_prefix("clusterkeep"),
            operations: Mutex::new(HashSet::new()),
            graphql_seconds: Family::new_with_constructor(request_buckets),
            graphql_errors: Family::default(),
            pool_connections: Family::default(),
            pool_idle: Family::default(),
            pool_max: Family::default(),
            outbox_messages: Family::default(),
            outbox_oldest_due: Gauge::default(),
            sweep_seconds: Family::new_with_constructor(job_buckets),
            reminders_claimed: Counter::default(),
            billing_run_seconds: Family::new_with_constructor(job_buckets),
            billing_invoices: Counter::default(),
        };
        let r = &mut metrics.registry;
        r.register(
            "graphql_request_duration_seconds",
            "GraphQL requests by operation name (unnamed: their top-level fields), from body read to answer",
            metrics.graphql_seconds.clone(),
        );
        r.register(
            "graphql_errors",
            "Errors in GraphQL answers by operation and error code",
            metrics.graphql_errors.clone(),
        );
        r.register(
            "db_pool_connections",
            "Open database connections per pool",
            metrics.pool_connections.clone(),
        );
        r.register(
            "db_pool_idle_connections",
            "Idle database connections per pool",
            metrics.pool_idle.clone(),
        );
        r.register(
            "db_pool_max_connections",
            "The most connections each pool may open",
            metrics.pool_max.clone(),
        );
        r.register(
            "outbox_messages",
            "Mail waiting in the outbox: due now, scheduled for later (send windows, retries), or failed for good",
            metrics.outbox_messages.clone(),
        );
        r.register(
            "outbox_oldest_due_seconds",
            "How long the oldest due message has waited to be sent (0 when none waits)",
            metrics.outbox_oldest_due.clone(),
        );
        r.register(
            "reminder_sweep_duration_seconds",
            "Reminder sweeps by outcome",
            metrics.sweep_seconds.clone(),
        );
        r.register(
            "reminders_claimed",
            "Reminders this process's sweeps claimed in the send ledger",
            metrics.reminders_claimed.clone(),
        );
        r.register(
            "billing_run_duration_seconds",
            "Billing runs issued through the API, by outcome",
            metrics.billing_run_seconds.clone(),
        );
        r.register(
            "billing_invoices_issued",
            "Invoices issued by billing runs in this process",
            metrics.billing_invoices.clone(),
        );
        metrics
    }

    /// The label an operation name is counted under: itself, or `other` once
    /// [`MAX_OPERATIONS`] names are known.
    fn operation_label(&self, name: &str) -> String {
        let mut known = self.operations.lock().unwrap_or_else(|e| e.into_inner());
        if known.contains(name) {
            return name.to_owned();
        }
        if known.len() < MAX_OPERATIONS {
            known.insert(name.to_owned());
            return name.to_owned();
        }
        "other".to_owned()
    }

    /// Records one GraphQL request: its operation, how long it took, and its errors' codes.
    pub fn graphql_request<'a>(
        &self,
        operation: &str,
        elapsed: Duration,
        error_codes: impl IntoIterator<Item = &'a str>,
    ) {
        let operation = self.operation_label(operation);
        for code in error_codes {
            self.graphql_errors
                .get_or_create(&OperationError {
                    operation: operation.clone(),
                    code: code.to_owned(),
                })
                .inc();
        }
        self.graphql_seconds
            .get_or_create(&Operation { operation })
            .observe(elapsed.as_secs_f64());
    }

    /// Records one reminder sweep.
    pub fn reminder_sweep(&self, succeeded: bool, elapsed: Duration, claimed: usize) {
        self.sweep_seconds
            .get_or_create(&outcome(succeeded))
            .observe(elapsed.as_secs_f64());
        self.reminders_claimed.inc_by(claimed as u64);
    }

    /// Records one billing run issue.
    pub fn billing_run(&self, succeeded: bool, elapsed: Duration, invoices: usize) {
        self.billing_run_seconds
            .get_or_create(&outcome(succeeded))
            .observe(elapsed.as_secs_f64());
        self.billing_invoices.inc_by(invoices as u64);
    }

    /// Reads the database gauges and writes every metric in the Prometheus text format.
    pub async fn render(&self, db: &Db) -> anyhow::Result<String> {
        for stats in db.pool_stats() {
            let pool = Pool { pool: stats.name };
            self.pool_connections
                .get_or_create(&pool)
                .set(i64::from(stats.size));
            self.pool_idle.get_or_create(&pool).set(stats.idle as i64);
            self.pool_max.get_or_create(&pool).set(i64::from(stats.max));
        }
        self.sample_outbox(db).await?;
        let mut text = String::new();
        encode(&mut text, &self.registry)?;
        Ok(text)
    }

    async fn sample_outbox(&self, db: &Db) -> anyhow::Result<()> {
        let now = Utc::now();
        // System read: the outbox holds every tenant's mail.
        let txn = db.system().await?;
        let count = |status: MailStatus| {
            outbox_message::Entity::find()
                .select_only()
                .column_as(Column::Id.count(), "n")
                .filter(Column::Status.eq(status))
        };
        let due: Option<(i64, Option<chrono::DateTime<Utc>>)> = count(MailStatus::Pending)
            .column_as(Column::NextAttemptAt.min(), "oldest")
            .filter(Column::NextAttemptAt.lte(now))
            .into_tuple()
            .one(txn.conn())
            .await?;
        let scheduled: Option<i64> = count(MailStatus::Pending)
            .filter(Column::NextAttemptAt.gt(now))
            .into_tuple()
            .one(txn.conn())
            .await?;
        let failed: Option<i64> = count(MailStatus::Failed)
            .into_tuple()
            .one(txn.conn())
            .await?;
        txn.commit().await?;
        let (due, oldest) = due.unwrap_or_default();
        for (state, n) in [
            ("due", due),
            ("scheduled", scheduled.unwrap_or_default()),
            ("failed", failed.unwrap_or_default()),
        ] {
            self.outbox_messages
                .get_or_create(&MailState { state })
                .set(n);
        }
        let waited = oldest.map_or(0.0, |at| (now - at).num_milliseconds().max(0) as f64 / 1e3);
        self.outbox_oldest_due.set(waited);
        Ok(())
    }
}

fn outcome(succeeded: bool) -> Outcome {
    Outcome {
        outcome: if succeeded { "succeeded" } else { "failed" },
    }
}
