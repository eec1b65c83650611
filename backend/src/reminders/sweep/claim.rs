//! Claiming due reminders: one transaction per batch inserts the batch's natural keys into the
//! send ledger (`ON CONFLICT DO NOTHING RETURNING id`: only the keys this sweep won come back),
//! re-checks that the won invoices are still open (on PostgreSQL under a share lock, so a
//! payment committing meanwhile is seen), and writes the winners' outbox messages. A sweep
//! dropped or killed mid-way rolls its open batch back; the next sweep claims it.

use std::collections::HashSet;

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{OnConflict, Query};
use sea_orm::{ColumnTrait, ConnectionTrait, DbBackend, EntityTrait, QueryFilter, QuerySelect};
use uuid::Uuid;

use crate::billing::InvoiceState;
use crate::billing::entities::invoice;
use crate::billing::invoices::is_open;
use crate::error::AppResult;
use crate::ids::{MailId, ReminderId, TenantId};
use crate::notify::outbox::{Prepared, enqueue_prepared};
use crate::reminders::entities::reminder_send::{self, Column};
use crate::reminders::mail::render;
use crate::reminders::sweep::select::Due;
use crate::reminders::{SendStatus, refusals};
use crate::tenancy::Locale;

/// What one batch queued.
#[derive(Default)]
pub struct Claimed {
    pub reminders: usize,
    pub messages: usize,
}

/// Claims `batch` inside `conn` (a transaction the caller commits).
pub async fn batch<C: ConnectionTrait>(
    conn: &C,
    batch: &[Due],
    now: DateTime<Utc>,
    public_url: &str,
) -> AppResult<Claimed> {
    let ids: Vec<Uuid> = batch.iter().map(|_| ReminderId::new().0).collect();
    let mut insert = Query::insert()
        .into_table(reminder_send::Entity)
        .columns([
            Column::Id,
            Column::TenantId,
            Column::CreatedAt,
            Column::Kind,
            Column::SubjectId,
            Column::Step,
            Column::AnchorOn,
            Column::FirmId,
            Column::ClusterId,
            Column::Status,
            Column::Recipients,
            Column::Amount,
            Column::DueAt,
            Column::NotBefore,
            Column::Summary,
        ])
        .on_conflict(
            OnConflict::columns([
                Column::TenantId,
                Column::Kind,
                Column::SubjectId,
                Column::Step,
                Column::AnchorOn,
            ])
            .do_nothing()
            .to_owned(),
        )
        .returning_col(Column::Id)
        .to_owned();
    for (due, id) in batch.iter().zip(&ids) {
        let status = if due.recipients.is_empty() {
            SendStatus::NoRecipient
        } else {
            SendStatus::Queued
        };
        insert.values_panic([
            (*id).into(),
            due.tenant.into(),
            now.into(),
            due.kind.code().into(),
            due.subject.into(),
            due.step.clone().into(),
            due.anchor_on.into(),
            due.firm.into(),
            due.cluster.into(),
            status_code(status).into(),
            i32::try_from(due.recipients.len())
                .unwrap_or(i32::MAX)
                .into(),
            due.amount.into(),
            now.into(),
            not_before(due, now).into(),
            Some(due.summary.clone()).into(),
        ]);
    }
    let mut won: HashSet<Uuid> = HashSet::new();
    for row in conn.query_all(&insert).await? {
        won.insert(row.try_get::<Uuid>("", "id")?);
    }
    let mut winners: Vec<(&Due, Uuid)> = batch
        .iter()
        .zip(ids)
        .filter(|(_, id)| won.contains(id))
        .collect();

    // An invoice settled since the selection is not reminded of: its claim is given back.
    let invoice_ids: Vec<Uuid> = winners
        .iter()
        .filter(|(d, _)| d.kind.is_invoice())
        .map(|(d, _)| d.subject)
        .collect();
    if !invoice_ids.is_empty() {
        let mut still = invoice::Entity::find()
            .select_only()
            .column(invoice::Column::Id)
            .filter(invoice::Column::Id.is_in(invoice_ids.iter().copied()))
            .filter(invoice::Column::Status.eq(InvoiceState::Issued))
            .filter(is_open());
        if conn.get_database_backend() == DbBackend::Postgres {
            still = still.lock_shared();
        }
        let open: HashSet<Uuid> = still
            .into_tuple::<Uuid>()
            .all(conn)
            .await?
            .into_iter()
            .collect();
        let settled: Vec<Uuid> = winners
            .iter()
            .filter(|(d, _)| d.kind.is_invoice() && !open.contains(&d.subject))
            .map(|(_, id)| *id)
            .collect();
        if !settled.is_empty() {
            reminder_send::Entity::delete_many()
                .filter(Column::Id.is_in(settled.iter().copied()))
                .exec(conn)
                .await?;
            winners.retain(|(_, id)| !settled.contains(id));
        }
    }

    let mut messages = Vec::new();
    for (due, id) in &winners {
        for (n, (to, locale)) in due.recipients.iter().enumerate() {
            let mut facts = due.facts.clone();
            facts.locale = *locale;
            let template = &due.templates[usize::from(*locale == Locale::En)];
            let rendered = render(&facts, (&template.0, &template.1))?;
            messages.push(Prepared {
                id: MailId::new(),
                tenant: TenantId(due.tenant),
                to: to.clone(),
                subject: rendered.subject,
                text: rendered.text,
                html: rendered.html,
                template: "reminder",
                not_before: not_before(due, now),
                reminder_id: *id,
                subject_id: due.subject,
                message_id: format!("reminder-{id}-{n}@{}", mail_domain(public_url)),
                list_unsubscribe: due.kind.refusable().then(|| refusals::new_link(public_url)),
                qr_payload: due.qr.clone(),
            });
        }
    }
    let count = enqueue_prepared(conn, messages, Utc::now()).await?;
    Ok(Claimed {
        reminders: winners.len(),
        messages: count,
    })
}

fn not_before(due: &Due, now: DateTime<Utc>) -> DateTime<Utc> {
    due.window.next_open(now)
}

fn status_code(status: SendStatus) -> &'static str {
    match status {
        SendStatus::Queued => "QUEUED",
        SendStatus::NoRecipient => "NO_RECIPIENT",
    }
}

/// The host of the web app, for Message-IDs.
fn mail_domain(public_url: &str) -> String {
    url::Url::parse(public_url)
        .ok()
        .and_then(|u| u.host_str().map(str::to_owned))
        .unwrap_or_else(|| "clusterkeep.local".to_owned())
}
