//! Background work: the mail delivery worker and scheduled jobs. Jobs call domain services like
//! any other caller. [`Workers::stop`] asks everything to stop between units of work.

use std::time::Duration;

use anyhow::Context;
use chrono_tz::Asia::Ho_Chi_Minh;
use secrecy::ExposeSecret;
use tokio::sync::watch;
use tokio::task::JoinHandle;
use tokio_cron_scheduler::{Job, JobScheduler};

use crate::auth::housekeeping;
use crate::config::Config;
use crate::db::Db;
use crate::notify::Outbox;
use crate::notify::worker::DeliveryWorker;
use crate::reminders::Reminders;

/// Running background work.
pub struct Workers {
    shutdown: watch::Sender<bool>,
    delivery: Option<JoinHandle<()>>,
    scheduler: JobScheduler,
}

/// Starts the delivery worker (when SMTP is configured) and the scheduled jobs.
pub async fn start(
    db: &Db,
    config: &Config,
    outbox: &Outbox,
    reminders: &Reminders,
) -> anyhow::Result<Workers> {
    let (shutdown, shutdown_rx) = watch::channel(false);
    let delivery = match &config.mail.smtp_url {
        Some(url) => {
            let worker = DeliveryWorker::new(
                db.clone(),
                url.expose_secret(),
                &config.mail.from,
                outbox.wake_signal(),
                config.mail.retry_base_ms,
                Duration::from_millis(config.mail.poll_ms),
            )?;
            Some(tokio::spawn(worker.run(shutdown_rx)))
        }
        None => {
            tracing::warn!(
                "SMTP_URL is not set: emails stay in the outbox (see the mail log) until it is"
            );
            None
        }
    };

    let scheduler = JobScheduler::new()
        .await
        .context("starting the job scheduler")?;
    if !config.jobs.enabled {
        tracing::warn!("CLUSTERKEEP_JOBS=false: no scheduled jobs on this server");
        return Ok(Workers {
            shutdown,
            delivery,
            scheduler,
        });
    }
    let housekeeping_db = db.clone();
    // Every night at 03:15 Vietnam time, when nobody works.
    let job = Job::new_async_tz("0 15 3 * * *", Ho_Chi_Minh, move |_id, _scheduler| {
        let db = housekeeping_db.clone();
        Box::pin(async move {
            match housekeeping::purge_expired(&db).await {
                Ok(removed) => {
                    tracing::info!(removed, "housekeeping: expired sign-in state removed")
                }
                Err(error) => tracing::error!(error = %error, "housekeeping failed"),
            }
        })
    })
    .context("scheduling housekeeping")?;
    scheduler.add(job).await.context("adding housekeeping")?;
    scheduler
        .add(upkeep_job(db.clone())?)
        .await
        .context("adding the upkeep generator")?;
    scheduler
        .add(reminder_job(
            &config.jobs.reminders_cron,
            reminders.clone(),
        )?)
        .await
        .context("adding the reminder sweep")?;
    scheduler.start().await.context("starting scheduled jobs")?;
    Ok(Workers {
        shutdown,
        delivery,
        scheduler,
    })
}

/// Every hour at minute 7, the upkeep generator: it plans occurrences ahead and opens the work
/// orders that are due. It is idempotent, so every replica may run it.
fn upkeep_job(db: Db) -> anyhow::Result<Job> {
    Job::new_async_tz("0 7 * * * *", Ho_Chi_Minh, move |_id, _scheduler| {
        let db = db.clone();
        Box::pin(async move {
            if let Err(error) = crate::upkeep::generator::run(&db, crate::values::today()).await {
                tracing::error!(error = %error, "upkeep generator failed");
            }
        })
    })
    .context("scheduling the upkeep generator")
}

/// The reminder sweep on this server's local ticker. Every replica runs it; the send ledger
/// makes the replicas' sweeps queue each reminder once.
fn reminder_job(cron: &str, reminders: Reminders) -> anyhow::Result<Job> {
    Job::new_async_tz(cron, Ho_Chi_Minh, move |_id, _scheduler| {
        let reminders = reminders.clone();
        Box::pin(async move {
            if let Err(error) = reminders.sweep(chrono::Utc::now()).await {
                tracing::error!(error = %error, "reminder sweep failed");
            }
        })
    })
    .with_context(|| {
        format!("CLUSTERKEEP_REMINDERS_CRON {cron:?} is not a 6-field cron expression")
    })
}

impl Workers {
    /// Stops the jobs and waits for the delivery worker to finish its current message.
    pub async fn stop(mut self) {
        let _ = self.shutdown.send(true);
        if let Err(error) = self.scheduler.shutdown().await {
            tracing::warn!(error = %error, "scheduler did not stop cleanly");
        }
        if let Some(handle) = self.delivery.take() {
            let _ = handle.await;
        }
    }
}
