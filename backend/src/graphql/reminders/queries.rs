//! Queries: reminder settings, holds, the log and the forecast, a preview of the email.

use std::collections::{HashMap, HashSet};

use async_graphql::{Context, ID, Object};
use chrono::{DateTime, Utc};

use crate::error::reason;
use crate::graphql::Services;
use crate::graphql::connection::{Conn, connection_cost, paginate};
use crate::graphql::context::tenant;
use crate::graphql::errors::GqlResult;
use crate::graphql::ids;
use crate::graphql::reminders::types::{
    ForecastItem, ForecastKind, Reminder, ReminderForecast, ReminderHold, ReminderKind,
    ReminderLocale, ReminderPreview, ReminderSettings,
};
use crate::graphql::scalars::Day;
use crate::ids::{ClusterId, FirmId, InvoiceId};
use crate::reminders::log::LogFilter;
use crate::reminders::{holds, log, preview, settings};
use crate::values::today;

#[derive(Default)]
pub struct ReminderQueries;

#[Object]
impl ReminderQueries {
    /// The reminder settings of the operator, or of one cluster with what it inherits
    /// (operator admins and staff).
    async fn reminder_settings(
        &self,
        ctx: &Context<'_>,
        cluster_id: Option<ID>,
    ) -> async_graphql::Result<ReminderSettings> {
        let services = ctx.data::<Services>()?;
        let tenant_ctx = tenant(ctx)?;
        let cluster = ids::decode_opt::<ClusterId>(cluster_id.as_ref(), "clusterId").gql()?;
        Ok(ReminderSettings(
            settings::get(
                &services.db,
                &tenant_ctx,
                services.reminders.default_window,
                cluster,
            )
            .await
            .gql()?,
        ))
    }

    /// Firms whose reminders are paused or excluded today; with a firm, all its holds
    /// (operator admins and staff).
    async fn reminder_holds(
        &self,
        ctx: &Context<'_>,
        firm_id: Option<ID>,
    ) -> async_graphql::Result<Vec<ReminderHold>> {
        let services = ctx.data::<Services>()?;
        let tenant_ctx = tenant(ctx)?;
        let firm = ids::decode_opt::<FirmId>(firm_id.as_ref(), "firmId").gql()?;
        Ok(holds::list(&services.db, &tenant_ctx, firm, today())
            .await
            .gql()?
            .into_iter()
            .map(ReminderHold)
            .collect())
    }

    /// The reminders sent, newest first, filtered by kind, firm and when they were claimed
    /// (operators; an enterprise user sees its own firm's invoice reminders).
    #[graphql(complexity = "connection_cost(first, child_complexity)")]
    #[allow(clippy::too_many_arguments)]
    async fn reminders_log(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        kind: Option<ReminderKind>,
        firm_id: Option<ID>,
        from: Option<DateTime<Utc>>,
        to: Option<DateTime<Utc>>,
    ) -> async_graphql::Result<Conn<Reminder>> {
        let services = ctx.data::<Services>()?;
        let tenant_ctx = tenant(ctx)?;
        let filter = LogFilter {
            kind: kind.map(Into::into),
            firm: ids::decode_opt::<FirmId>(firm_id.as_ref(), "firmId").gql()?,
            from,
            to,
        };
        paginate(ctx, first, after, |page| async move {
            Ok(log::list(&services.db, &tenant_ctx, filter, page)
                .await?
                .map(Reminder))
        })
        .await
    }

    /// What a sweep at `at` (default: tomorrow 08:00, Vietnam time) would send, computed by
    /// the sweep's selection without claiming anything (operators).
    async fn reminder_forecast(
        &self,
        ctx: &Context<'_>,
        at: Option<DateTime<Utc>>,
    ) -> async_graphql::Result<ReminderForecast> {
        let services = ctx.data::<Services>()?;
        let tenant_ctx = tenant(ctx)?;
        let at = at.unwrap_or_else(crate::reminders::schedule::tomorrow_morning);
        let due = services.reminders.forecast(&tenant_ctx, at).await.gql()?;
        let names = crate::reminders::preview::firm_names(&services.db, &tenant_ctx)
            .await
            .gql()?;
        let mut by_kind: Vec<(crate::reminders::Kind, i32, HashSet<uuid::Uuid>)> = Vec::new();
        let mut firms = HashSet::new();
        for d in &due {
            if let Some(firm) = d.firm {
                firms.insert(firm);
            }
            match by_kind.iter_mut().find(|(k, ..)| *k == d.kind) {
                Some((_, n, f)) => {
                    *n += 1;
                    f.extend(d.firm);
                }
                None => by_kind.push((d.kind, 1, d.firm.into_iter().collect())),
            }
        }
        let names: HashMap<uuid::Uuid, String> = names;
        Ok(ReminderForecast {
            at,
            reminders: due.len() as i32,
            firms: firms.len() as i32,
            by_kind: by_kind
                .into_iter()
                .map(|(kind, reminders, firms)| ForecastKind {
                    kind: kind.into(),
                    reminders,
                    firms: firms.len() as i32,
                })
                .collect(),
            items: due
                .iter()
                .take(100)
                .map(|d| ForecastItem {
                    kind: d.kind.into(),
                    step: d.step.clone(),
                    summary: d.summary.clone(),
                    firm_name: d
                        .firm
                        .and_then(|f| names.get(&f).cloned())
                        .unwrap_or_default(),
                    amount: d.amount,
                    recipients: d.recipients.len() as i32,
                })
                .collect(),
        })
    }

    /// The reminder email for a real invoice as its firm would read it, with the settings in
    /// force or with a draft subject and opening (operators; checked like a saved override).
    #[allow(clippy::too_many_arguments)]
    async fn reminder_preview(
        &self,
        ctx: &Context<'_>,
        invoice_id: ID,
        kind: ReminderKind,
        locale: ReminderLocale,
        subject: Option<String>,
        body: Option<String>,
        on: Option<Day>,
    ) -> async_graphql::Result<ReminderPreview> {
        let services = ctx.data::<Services>()?;
        let tenant_ctx = tenant(ctx)?;
        let invoice = ids::decode::<InvoiceId>(&invoice_id, "invoiceId").gql()?;
        let draft = match (subject, body) {
            (Some(s), Some(b)) => Some((s, b)),
            (None, None) => None,
            _ => {
                return Err(crate::error::AppError::invalid(
                    "body",
                    reason!(
                        "give_both_subject_body",
                        "give both a subject and a body, or neither"
                    ),
                ))
                .gql();
            }
        };
        let rendered = preview::invoice(
            &services.reminders,
            &tenant_ctx,
            preview::Request {
                invoice,
                kind: kind.into(),
                locale: locale.into(),
                draft,
                on: on.map(|d| d.0).unwrap_or_else(today),
            },
        )
        .await
        .gql()?;
        Ok(ReminderPreview {
            subject: rendered.subject,
            text: rendered.text,
            html: rendered.html,
        })
    }
}
