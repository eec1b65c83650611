//! Which lease holds which plot when: the conditions every overlap check, occupancy figure and
//! billing run share, the conflicts a new or changed lease would cause, and plot locking.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use sea_orm::sea_query::{Expr, ExprTrait, Query, SelectStatement};
use sea_orm::{ColumnTrait, Condition, QueryFilter, QueryOrder, QuerySelect};
use uuid::Uuid;

use crate::access::{Policy, TenantCtx};
use crate::db::{Db, TenantTxn};
use crate::error::{AppError, AppResult, reason};
use crate::estate::LeaseStatus;
use crate::estate::entities::{lease, lease_plot, plot};
use crate::ids::{LeaseId, PlotId};

/// The status of a lease on a date.
pub fn status_on(lease: &lease::Model, on: NaiveDate) -> LeaseStatus {
    match lease.status {
        LeaseStatus::Active if lease.ends_on < on => LeaseStatus::Expired,
        other => other,
    }
}

/// Leases (of `tenant`) holding their plots on `on`: active or terminated, started, and not
/// yet ended (a terminated lease holds until its termination date).
pub(super) fn held_on(tenant: Uuid, on: NaiveDate) -> Condition {
    held_during(tenant, on, on)
}

/// Leases of the given clusters holding their plots on `on` (any tenant: the clusters decide).
pub(crate) fn held_on_in_clusters(clusters: &[Uuid], on: NaiveDate) -> Condition {
    Condition::all()
        .add(lease::Column::ClusterId.is_in(clusters.iter().copied()))
        .add(lease::Column::Status.is_in([LeaseStatus::Active, LeaseStatus::Terminated]))
        .add(lease::Column::StartsOn.lte(on))
        .add(
            Condition::any()
                .add(
                    Condition::all()
                        .add(lease::Column::TerminatedOn.is_null())
                        .add(lease::Column::EndsOn.gte(on)),
                )
                .add(lease::Column::TerminatedOn.gte(on)),
        )
}

/// Leases (of `tenant`) holding their plots on some day of `[from, to]`.
pub(crate) fn held_during(tenant: Uuid, from: NaiveDate, to: NaiveDate) -> Condition {
    Condition::all()
        .add(lease::Column::TenantId.eq(tenant))
        .add(lease::Column::Status.is_in([LeaseStatus::Active, LeaseStatus::Terminated]))
        .add(lease::Column::StartsOn.lte(to))
        .add(
            Condition::any()
                .add(
                    Condition::all()
                        .add(lease::Column::TerminatedOn.is_null())
                        .add(lease::Column::EndsOn.gte(from)),
                )
                .add(lease::Column::TerminatedOn.gte(from)),
        )
}

/// `SELECT plot_id FROM lease_plots WHERE lease_id IN (leases holding on `on`)`.
pub fn leased_plot_ids(tenant: Uuid, on: NaiveDate) -> SelectStatement {
    Query::select()
        .column(lease_plot::Column::PlotId)
        .from(lease_plot::Entity)
        .and_where(lease_plot::Column::TenantId.eq(tenant))
        .and_where(
            Expr::col(lease_plot::Column::LeaseId).in_subquery(
                Query::select()
                    .column(lease::Column::Id)
                    .from(lease::Entity)
                    .cond_where(held_on(tenant, on))
                    .to_owned(),
            ),
        )
        .to_owned()
}

/// Which of `plot_ids` are held by a lease on `on`.
pub async fn held_among(
    txn: &TenantTxn,
    plot_ids: &[Uuid],
    on: NaiveDate,
) -> AppResult<HashSet<Uuid>> {
    if plot_ids.is_empty() {
        return Ok(HashSet::new());
    }
    let rows = txn
        .scoped::<lease_plot::Entity>()
        .filter(lease_plot::Column::PlotId.is_in(plot_ids.iter().copied()))
        .filter(
            Expr::col(lease_plot::Column::LeaseId).in_subquery(
                Query::select()
                    .column(lease::Column::Id)
                    .from(lease::Entity)
                    .cond_where(held_on(txn.tenant_id().0, on))
                    .to_owned(),
            ),
        )
        .all(txn.conn())
        .await?;
    Ok(rows.into_iter().map(|r| r.plot_id).collect())
}

/// A lease that already holds one of the plots in the period.
#[derive(Clone, Debug)]
pub struct Conflict {
    pub lease_id: Uuid,
    pub plot_code: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
}

/// Leases other than `except` holding any of `plot_ids` during `[from, to]`.
pub(super) async fn conflicts_in(
    txn: &TenantTxn,
    plots: &[plot::Model],
    from: NaiveDate,
    to: NaiveDate,
    except: Option<LeaseId>,
) -> AppResult<Vec<Conflict>> {
    let ids: Vec<Uuid> = plots.iter().map(|p| p.id).collect();
    let mut holding = Query::select()
        .column(lease::Column::Id)
        .from(lease::Entity)
        .cond_where(held_during(txn.tenant_id().0, from, to))
        .to_owned();
    if let Some(except) = except {
        holding.and_where(lease::Column::Id.ne(except));
    }
    let rows = txn
        .scoped::<lease_plot::Entity>()
        .filter(lease_plot::Column::PlotId.is_in(ids))
        .filter(Expr::col(lease_plot::Column::LeaseId).in_subquery(holding))
        .all(txn.conn())
        .await?;
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    let lease_ids: Vec<Uuid> = rows.iter().map(|r| r.lease_id).collect();
    let leases: HashMap<Uuid, lease::Model> = txn
        .scoped::<lease::Entity>()
        .filter(lease::Column::Id.is_in(lease_ids))
        .all(txn.conn())
        .await?
        .into_iter()
        .map(|l| (l.id, l))
        .collect();
    Ok(rows
        .iter()
        .filter_map(|row| {
            let held = leases.get(&row.lease_id)?;
            let plot = plots.iter().find(|p| p.id == row.plot_id)?;
            Some(Conflict {
                lease_id: held.id,
                plot_code: plot.code.clone(),
                starts_on: held.starts_on,
                ends_on: held.terminated_on.unwrap_or(held.ends_on),
            })
        })
        .collect())
}

pub(super) fn conflict_error(conflicts: &[Conflict]) -> AppError {
    let Some((first, others)) = conflicts.split_first() else {
        return AppError::Conflict(reason!(
            "plots_leased",
            "the plots are leased in these dates"
        ));
    };
    AppError::Conflict(if others.is_empty() {
        reason!(
            "plot_leased",
            "plot {plot} is leased from {from} to {to}",
            plot = first.plot_code,
            from = first.starts_on,
            to = first.ends_on
        )
    } else {
        let more: Vec<&str> = others.iter().map(|c| c.plot_code.as_str()).collect();
        reason!(
            "plot_leased_and_more",
            "plot {plot} is leased from {from} to {to}; so are plots {others}",
            plot = first.plot_code,
            from = first.starts_on,
            to = first.ends_on,
            others = more.join(", ")
        )
    })
}

/// Loads and locks plots of the tenant, in id order so concurrent lockers cannot deadlock.
/// Every lease change touching the plots serialises here (PostgreSQL; SQLite serialises
/// writers already), so an overlap check after it cannot race.
pub(super) async fn lock_plots(
    txn: &TenantTxn,
    ids: impl IntoIterator<Item = Uuid>,
) -> AppResult<Vec<plot::Model>> {
    Ok(txn
        .scoped::<plot::Entity>()
        .filter(plot::Column::Id.is_in(ids))
        .order_by_asc(plot::Column::Id)
        .lock_exclusive()
        .all(txn.conn())
        .await?)
}

/// Leases other than `except` that would conflict with holding `plot_ids` during the period:
/// what the lease form shows before saving (operators).
pub async fn conflicts(
    db: &Db,
    ctx: &TenantCtx,
    plot_ids: Vec<PlotId>,
    starts_on: NaiveDate,
    ends_on: NaiveDate,
    except: Option<LeaseId>,
) -> AppResult<Vec<Conflict>> {
    let txn = db.tenant(ctx, Policy::ManageEstate).await?;
    let plots = txn
        .scoped::<plot::Entity>()
        .filter(plot::Column::Id.is_in(plot_ids))
        .all(txn.conn())
        .await?;
    let found = conflicts_in(&txn, &plots, starts_on, ends_on, except).await?;
    txn.commit().await?;
    Ok(found)
}
