//! The operator's day ("Việc cần làm"): what is waiting for someone now, each item a count the
//! home page links to its filtered list. Counted in the database, one small statement each,
//! whatever the size of the tenant.

use chrono::{Duration, NaiveDate};
use sea_orm::{ColumnTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect};
use uuid::Uuid;

use crate::access::{Policy, TenantCtx};
use crate::billing::InvoiceState;
use crate::billing::entities::{billing_run, invoice};
use crate::billing::invoices::is_open;
use crate::billing::money::first_of_month;
use crate::db::Db;
use crate::error::AppResult;
use crate::estate::LeaseStatus;
use crate::estate::entities::{cluster, lease};
use crate::maintenance::RequestStatus;
use crate::maintenance::entities::request;
use crate::notify::MailStatus;
use crate::notify::entities::outbox_message;
use crate::receivables::BankLineStatus;
use crate::receivables::entities::bank_line;
use crate::upkeep::entities::asset_permit;
use crate::values::today;

/// Days after its due date an unpaid invoice counts as newly overdue.
pub const NEWLY_OVERDUE_DAYS: i64 = 7;
/// Days ahead a lease's end or a permit's expiry is worth acting on.
pub const AHEAD_DAYS: i64 = 90;

/// What is waiting on `on`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Todo {
    pub on: NaiveDate,
    /// Bank statement lines not yet confirmed or ignored (unmatched or with a suggestion).
    pub bank_lines_waiting: u64,
    /// This month, when a cluster with active leases has no billing run covering today.
    pub unbilled_period: Option<NaiveDate>,
    /// Those clusters (id, name), by name.
    pub unbilled_clusters: Vec<(Uuid, String)>,
    /// Issued invoices still open whose due date passed in the last 7 days.
    pub newly_overdue: u64,
    /// Issued invoices still open past their due date.
    pub overdue: u64,
    /// Emails given up on (operator admins only: the mail log is theirs).
    pub failed_emails: Option<u64>,
    /// Active leases ending within 90 days.
    pub leases_ending: u64,
    /// Permits expired or expiring within 90 days.
    pub permits_expiring: u64,
    /// Wastewater plants whose newest effluent sample is over a discharge limit.
    pub effluent_over_limit: u64,
    /// Maintenance requests filed and not yet acknowledged, rejected or cancelled.
    pub requests_to_triage: u64,
}

/// The operator's to-do list today (operator admins and staff).
pub async fn todo(db: &Db, ctx: &TenantCtx) -> AppResult<Todo> {
    let on = today();
    let txn = db.read(ctx, Policy::ManageBilling).await?;
    let conn = txn.conn();
    let bank_lines_waiting = txn
        .scoped::<bank_line::Entity>()
        .filter(
            bank_line::Column::Status.is_in([BankLineStatus::Unmatched, BankLineStatus::Suggested]),
        )
        .count(conn)
        .await?;
    let overdue_since = |from: Option<NaiveDate>| {
        let mut select = txn
            .scoped::<invoice::Entity>()
            .filter(invoice::Column::Status.eq(InvoiceState::Issued))
            .filter(is_open())
            .filter(invoice::Column::DueOn.lt(on));
        if let Some(from) = from {
            select = select.filter(invoice::Column::DueOn.gte(from));
        }
        select
    };
    let overdue = overdue_since(None).count(conn).await?;
    let newly_overdue = overdue_since(Some(on - Duration::days(NEWLY_OVERDUE_DAYS)))
        .count(conn)
        .await?;
    let active_leases = txn
        .scoped::<lease::Entity>()
        .filter(lease::Column::Status.eq(LeaseStatus::Active))
        .filter(lease::Column::StartsOn.lte(on));
    let leases_ending = active_leases
        .clone()
        .filter(lease::Column::EndsOn.gte(on))
        .filter(lease::Column::EndsOn.lte(on + Duration::days(AHEAD_DAYS)))
        .count(conn)
        .await?;
    // A run covers its cluster, or every cluster when it named none.
    let covered: Vec<Option<Uuid>> = txn
        .scoped::<billing_run::Entity>()
        .select_only()
        .column(billing_run::Column::ClusterId)
        .filter(billing_run::Column::PeriodStart.lte(on))
        .filter(billing_run::Column::PeriodEnd.gte(on))
        .into_tuple()
        .all(conn)
        .await?;
    let unbilled_clusters = if covered.contains(&None) {
        Vec::new()
    } else {
        let leasing: Vec<Uuid> = active_leases
            .clone()
            .filter(lease::Column::EndsOn.gte(on))
            .select_only()
            .column(lease::Column::ClusterId)
            .distinct()
            .into_tuple()
            .all(conn)
            .await?;
        let unbilled: Vec<Uuid> = leasing
            .into_iter()
            .filter(|id| !covered.contains(&Some(*id)))
            .collect();
        if unbilled.is_empty() {
            Vec::new()
        } else {
            txn.scoped::<cluster::Entity>()
                .select_only()
                .column(cluster::Column::Id)
                .column(cluster::Column::Name)
                .filter(cluster::Column::Id.is_in(unbilled))
                .order_by_asc(cluster::Column::Name)
                .into_tuple()
                .all(conn)
                .await?
        }
    };
    let unbilled_period = (!unbilled_clusters.is_empty()).then(|| first_of_month(on));
    let failed_emails = if ctx.allows(Policy::ReadMailLog) {
        Some(
            txn.scoped::<outbox_message::Entity>()
                .filter(outbox_message::Column::Status.eq(MailStatus::Failed))
                .count(conn)
                .await?,
        )
    } else {
        None
    };
    let permits_expiring = txn
        .scoped::<asset_permit::Entity>()
        .filter(asset_permit::Column::ExpiresOn.is_not_null())
        .filter(asset_permit::Column::ExpiresOn.lte(on + Duration::days(AHEAD_DAYS)))
        .count(conn)
        .await?;
    let effluent_over_limit = crate::upkeep::effluent::flagged_plants(&txn).await?.len() as u64;
    let requests_to_triage = txn
        .scoped::<request::Entity>()
        .filter(request::Column::Status.eq(RequestStatus::Submitted))
        .count(conn)
        .await?;
    txn.commit().await?;
    Ok(Todo {
        on,
        bank_lines_waiting,
        unbilled_period,
        unbilled_clusters,
        newly_overdue,
        overdue,
        failed_emails,
        leases_ending,
        permits_expiring,
        effluent_over_limit,
        requests_to_triage,
    })
}
