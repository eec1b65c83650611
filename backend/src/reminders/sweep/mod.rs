//! The sweep: select what is due as of `now` ([`select`]), then claim it in batches
//! ([`claim`]). Any number of sweeps may run at once, on any number of servers.

pub mod claim;
pub mod estate;
pub mod select;
pub mod work;

use chrono::{DateTime, Utc};

use crate::access::{Policy, TenantCtx};
use crate::error::{AppError, AppResult, reason};
use crate::reminders::Reminders;

pub use select::{Due, Scope};

/// Reminders claimed per transaction.
const BATCH: usize = 200;

/// What one sweep did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Report {
    /// Reminders found due and not yet claimed when the sweep selected.
    pub due: usize,
    /// Reminders this sweep claimed (another sweep may have claimed the rest).
    pub claimed: usize,
    /// Outbox messages it wrote.
    pub messages: usize,
}

impl Reminders {
    /// Sweeps every tenant as of `now` (the clock is injected: the job passes the time, tests
    /// any time they like).
    #[tracing::instrument(name = "reminder sweep", skip_all, fields(%now))]
    pub async fn sweep(&self, now: DateTime<Utc>) -> AppResult<Report> {
        let started = std::time::Instant::now();
        let result = self.sweep_all(now).await;
        crate::telemetry::metrics().reminder_sweep(
            result.is_ok(),
            started.elapsed(),
            result.as_ref().map_or(0, |report| report.claimed),
        );
        result
    }

    async fn sweep_all(&self, now: DateTime<Utc>) -> AppResult<Report> {
        // System work: the sweep reads and claims for every tenant.
        let txn = self.db.system().await?;
        let due = select::due(
            txn.conn(),
            Scope { tenant: None },
            now,
            self.default_window,
            &self.public_url,
        )
        .await?;
        txn.commit().await?;
        let mut report = Report {
            due: due.len(),
            ..Report::default()
        };
        for chunk in due.chunks(BATCH) {
            let txn = self.db.system().await?;
            let claimed = claim::batch(txn.conn(), chunk, now, &self.public_url).await?;
            txn.commit().await?;
            report.claimed += claimed.reminders;
            report.messages += claimed.messages;
        }
        if report.messages > 0 {
            self.outbox.wake();
        }
        tracing::info!(
            due = report.due,
            claimed = report.claimed,
            messages = report.messages,
            "reminder sweep done"
        );
        Ok(report)
    }

    /// What a sweep at `at` would send for the caller's operator, without claiming anything
    /// (operators).
    pub async fn forecast(&self, ctx: &TenantCtx, at: DateTime<Utc>) -> AppResult<Vec<Due>> {
        let txn = self.db.tenant(ctx, Policy::ReadReminders).await?;
        if txn.firm_scope().is_some() {
            return Err(AppError::Forbidden(reason!(
                "forecast_is_operators",
                "the forecast is the operator's"
            )));
        }
        let due = select::due(
            txn.conn(),
            Scope {
                tenant: Some(txn.tenant_id().0),
            },
            at,
            self.default_window,
            &self.public_url,
        )
        .await?;
        txn.commit().await?;
        Ok(due)
    }
}
