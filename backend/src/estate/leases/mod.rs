//! Leases: drafting, activating, editing, terminating and renewing, with the rule that no two
//! leases hold the same plot on overlapping dates, kept under concurrency: the plots are locked
//! (`SELECT … FOR UPDATE` on PostgreSQL; SQLite transactions take the write lock up front)
//! before the overlap check, so of two simultaneous requests exactly one wins.

mod holding;
mod read;
mod terms;

pub use holding::{Conflict, conflicts, held_among, leased_plot_ids, status_on};
pub(crate) use holding::{held_during, held_on_in_clusters};
pub use read::{LeaseFilter, LeaseSort, LeaseView, attach, get, list};
pub use terms::{LeaseInput, LeaseTerms};

use holding::{conflict_error, conflicts_in, lock_plots};

use chrono::{Days, NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter,
};
use uuid::Uuid;

use crate::access::{Policy, TenantCtx};
use crate::audit;
use crate::db::{Db, TenantTxn};
use crate::error::{AppError, AppResult, Problems, reason};
use crate::estate::LeaseStatus;
use crate::estate::entities::{cluster, lease, lease_plot, plot};
use crate::ids::LeaseId;
use crate::tenancy::entities::firm;

/// The plots a lease holds.
async fn plot_ids_of(txn: &TenantTxn, lease_id: LeaseId) -> AppResult<Vec<Uuid>> {
    Ok(txn
        .scoped::<lease_plot::Entity>()
        .filter(lease_plot::Column::LeaseId.eq(lease_id))
        .all(txn.conn())
        .await?
        .into_iter()
        .map(|lp| lp.plot_id)
        .collect())
}

/// Locks and loads the plots (checking they exist in the tenant and share one cluster) and the firm.
async fn resolve(
    txn: &TenantTxn,
    terms: &LeaseTerms,
) -> AppResult<(firm::Model, cluster::Model, Vec<plot::Model>)> {
    let input = &terms.0;
    let firm = txn
        .scoped_by_id::<firm::Entity>(input.firm_id)
        .one(txn.conn())
        .await?
        .ok_or_else(|| {
            AppError::invalid("input.firmId", reason!("no_such_firm", "no such firm"))
        })?;
    let plots = lock_plots(txn, input.plot_ids.iter().map(|p| p.0)).await?;
    if plots.len() != input.plot_ids.len() {
        return Err(AppError::invalid(
            "input.plotIds",
            reason!("no_such_plot", "no such plot"),
        ));
    }
    let cluster_id = plots[0].cluster_id;
    if plots.iter().any(|p| p.cluster_id != cluster_id) {
        return Err(AppError::invalid(
            "input.plotIds",
            reason!(
                "plots_lease_same_cluster",
                "the plots of one lease must be in the same cluster"
            ),
        ));
    }
    let cluster = txn
        .scoped_by_id::<cluster::Entity>(cluster_id)
        .one(txn.conn())
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((firm, cluster, plots))
}

fn apply(
    model: &mut lease::ActiveModel,
    terms: &LeaseTerms,
    firm: &firm::Model,
    cluster: &cluster::Model,
) {
    let t = &terms.0;
    model.firm_id = Set(firm.id);
    model.cluster_id = Set(cluster.id);
    model.starts_on = Set(t.starts_on);
    model.ends_on = Set(t.ends_on);
    model.rent_per_m2_year = Set(t.rent_per_m2_year);
    model.rent_schedule = Set(t.rent_schedule);
    model.maintenance_fee_per_m2_month = Set(t.maintenance_fee_per_m2_month);
    model.deposit = Set(t.deposit);
    model.escalation_bp = Set(t.escalation_bp);
    model.escalation_every_years = Set(t.escalation_every_years);
    model.late_interest_bp = Set(t.late_interest_bp);
    model.late_interest_commercial = Set(t.late_interest_commercial);
    model.deductible_land_price_per_m2_year = Set(t.deductible_land_price_per_m2_year);
    model.deductible_land_basis = Set(t.deductible_land_basis.clone());
    model.updated_at = Set(Utc::now());
}

async fn attach_plots(txn: &TenantTxn, lease_id: LeaseId, plots: &[plot::Model]) -> AppResult<()> {
    lease_plot::Entity::delete_many()
        .filter(lease_plot::Column::TenantId.eq(txn.tenant_id().0))
        .filter(lease_plot::Column::LeaseId.eq(lease_id))
        .exec(txn.conn())
        .await?;
    lease_plot::Entity::insert_many(plots.iter().map(|p| lease_plot::ActiveModel {
        tenant_id: Set(txn.tenant_id().0),
        lease_id: Set(lease_id.0),
        plot_id: Set(p.id),
    }))
    .exec(txn.conn())
    .await?;
    Ok(())
}

async fn load(txn: &TenantTxn, id: LeaseId) -> AppResult<lease::Model> {
    txn.scoped_by_id::<lease::Entity>(id)
        .one(txn.conn())
        .await?
        .ok_or(AppError::NotFound)
}

/// Saves a change of state, records it in the audit trail and commits: the tail every state
/// change of a lease shares.
async fn finish(
    txn: TenantTxn,
    ctx: &TenantCtx,
    before: lease::Model,
    mut change: lease::ActiveModel,
    action: &str,
) -> AppResult<LeaseView> {
    change.updated_at = Set(Utc::now());
    let after = change.update(txn.conn()).await?;
    audit::record(
        &txn,
        ctx,
        "Lease",
        after.id,
        action,
        Some(&before),
        Some(&after),
    )
    .await?;
    let mut views = attach(&txn, vec![after]).await?;
    txn.commit().await?;
    views.pop().ok_or(AppError::NotFound)
}

/// Creates a lease as a draft, or active at once when `activate` (operators).
#[tracing::instrument(level = "debug", skip_all)]
pub async fn create(
    db: &Db,
    ctx: &TenantCtx,
    terms: LeaseTerms,
    activate: bool,
) -> AppResult<LeaseView> {
    let txn = db.tenant(ctx, Policy::ManageEstate).await?;
    let (firm, cluster, plots) = resolve(&txn, &terms).await?;
    if activate {
        let conflicts =
            conflicts_in(&txn, &plots, terms.0.starts_on, terms.0.ends_on, None).await?;
        if !conflicts.is_empty() {
            return Err(conflict_error(&conflicts));
        }
    }
    let now = Utc::now();
    let mut model = lease::ActiveModel {
        id: Set(Uuid::now_v7()),
        tenant_id: Set(txn.tenant_id().0),
        status: Set(if activate {
            LeaseStatus::Active
        } else {
            LeaseStatus::Draft
        }),
        terminated_on: Set(None),
        termination_reason: Set(None),
        renewed_from_id: Set(None),
        created_at: Set(now),
        ..Default::default()
    };
    apply(&mut model, &terms, &firm, &cluster);
    let created = lease::Entity::insert(model)
        .exec_with_returning(txn.conn())
        .await?;
    attach_plots(&txn, LeaseId(created.id), &plots).await?;
    audit::created(&txn, ctx, "Lease", created.id, &created).await?;
    txn.commit().await?;
    Ok(LeaseView {
        lease: created,
        firm,
        cluster,
        plots,
    })
}

/// Changes the terms of a draft or active lease; a terminated lease is CONFLICT.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn update(
    db: &Db,
    ctx: &TenantCtx,
    id: LeaseId,
    terms: LeaseTerms,
) -> AppResult<LeaseView> {
    let txn = db.tenant(ctx, Policy::ManageEstate).await?;
    let before = load(&txn, id).await?;
    if before.status == LeaseStatus::Terminated {
        return Err(AppError::Conflict(reason!(
            "terminated_lease_edited_read",
            "a terminated lease cannot be edited, only read"
        )));
    }
    let (firm, cluster, plots) = resolve(&txn, &terms).await?;
    if before.status == LeaseStatus::Active {
        let conflicts =
            conflicts_in(&txn, &plots, terms.0.starts_on, terms.0.ends_on, Some(id)).await?;
        if !conflicts.is_empty() {
            return Err(conflict_error(&conflicts));
        }
    }
    let mut active = before.clone().into_active_model();
    apply(&mut active, &terms, &firm, &cluster);
    let after = active.update(txn.conn()).await?;
    attach_plots(&txn, id, &plots).await?;
    audit::record(
        &txn,
        ctx,
        "Lease",
        id,
        "updated",
        Some(&before),
        Some(&after),
    )
    .await?;
    txn.commit().await?;
    Ok(LeaseView {
        lease: after,
        firm,
        cluster,
        plots,
    })
}

/// Activates a draft lease, if no other lease holds its plots in its period.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn activate(db: &Db, ctx: &TenantCtx, id: LeaseId) -> AppResult<LeaseView> {
    let txn = db.tenant(ctx, Policy::ManageEstate).await?;
    let before = load(&txn, id).await?;
    if before.status != LeaseStatus::Draft {
        return Err(AppError::Conflict(reason!(
            "draft_lease_activated",
            "only a draft lease can be activated"
        )));
    }
    let plots = lock_plots(&txn, plot_ids_of(&txn, id).await?).await?;
    let conflicts = conflicts_in(&txn, &plots, before.starts_on, before.ends_on, Some(id)).await?;
    if !conflicts.is_empty() {
        return Err(conflict_error(&conflicts));
    }
    let mut active = before.clone().into_active_model();
    active.status = Set(LeaseStatus::Active);
    finish(txn, ctx, before, active, "activated").await
}

/// Ends an active lease early, on `on` (its last day), for `reason`.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn terminate(
    db: &Db,
    ctx: &TenantCtx,
    id: LeaseId,
    on: NaiveDate,
    reason: &str,
) -> AppResult<LeaseView> {
    ctx.require(Policy::ManageEstate)?;
    let reason = crate::values::required_text(reason, "reason", 500)?;
    let txn = db.tenant(ctx, Policy::ManageEstate).await?;
    let before = load(&txn, id).await?;
    if before.status != LeaseStatus::Active {
        return Err(AppError::Conflict(reason!(
            "active_lease_terminated",
            "only an active lease can be terminated"
        )));
    }
    if on < before.starts_on || on > before.ends_on {
        return Err(AppError::invalid(
            "on",
            reason!(
                "termination_date_fall_within",
                "the termination date must fall within the lease"
            ),
        ));
    }
    let mut active = before.clone().into_active_model();
    active.status = Set(LeaseStatus::Terminated);
    active.terminated_on = Set(Some(on));
    active.termination_reason = Set(Some(reason));
    finish(txn, ctx, before, active, "terminated").await
}

/// Renews an active or expired lease: a new draft lease for the same firm and plots, starting
/// the day after it ends and ending on `ends_on`, linked to it. The new rent defaults to the old.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn renew(
    db: &Db,
    ctx: &TenantCtx,
    id: LeaseId,
    ends_on: NaiveDate,
    rent_per_m2_year: Option<i64>,
) -> AppResult<LeaseView> {
    let txn = db.tenant(ctx, Policy::ManageEstate).await?;
    let old = load(&txn, id).await?;
    if old.status != LeaseStatus::Active {
        return Err(AppError::Conflict(reason!(
            "active_expired_lease_renewed",
            "only an active or expired lease can be renewed"
        )));
    }
    let starts_on = old.ends_on.checked_add_days(Days::new(1)).ok_or_else(|| {
        AppError::invalid("endsOn", reason!("date_out_range", "date out of range"))
    })?;
    let mut problems = Problems::new();
    if ends_on <= starts_on {
        problems.add(
            "endsOn",
            reason!(
                "renewal_ends_before_start",
                "the renewal starts on {starts_on} and must end after it",
                starts_on = starts_on
            ),
        );
    }
    if rent_per_m2_year.is_some_and(|r| r < 0) {
        problems.add(
            "rentPerM2Year",
            reason!("rent_negative", "the rent cannot be negative"),
        );
    }
    problems.finish()?;
    let plot_ids = plot_ids_of(&txn, id).await?;
    let now = Utc::now();
    let renewed = lease::Entity::insert(lease::ActiveModel {
        id: Set(Uuid::now_v7()),
        tenant_id: Set(txn.tenant_id().0),
        firm_id: Set(old.firm_id),
        cluster_id: Set(old.cluster_id),
        starts_on: Set(starts_on),
        ends_on: Set(ends_on),
        rent_per_m2_year: Set(rent_per_m2_year.unwrap_or(old.rent_per_m2_year)),
        rent_schedule: Set(old.rent_schedule),
        maintenance_fee_per_m2_month: Set(old.maintenance_fee_per_m2_month),
        deposit: Set(old.deposit),
        escalation_bp: Set(old.escalation_bp),
        escalation_every_years: Set(old.escalation_every_years),
        late_interest_bp: Set(old.late_interest_bp),
        late_interest_commercial: Set(old.late_interest_commercial),
        deductible_land_price_per_m2_year: Set(old.deductible_land_price_per_m2_year),
        deductible_land_basis: Set(old.deductible_land_basis.clone()),
        status: Set(LeaseStatus::Draft),
        terminated_on: Set(None),
        termination_reason: Set(None),
        renewed_from_id: Set(Some(old.id)),
        created_at: Set(now),
        updated_at: Set(now),
    })
    .exec_with_returning(txn.conn())
    .await?;
    lease_plot::Entity::insert_many(plot_ids.iter().map(|plot| lease_plot::ActiveModel {
        tenant_id: Set(txn.tenant_id().0),
        lease_id: Set(renewed.id),
        plot_id: Set(*plot),
    }))
    .exec(txn.conn())
    .await?;
    audit::record(
        &txn,
        ctx,
        "Lease",
        renewed.id,
        "created by renewal",
        None::<&()>,
        Some(&renewed),
    )
    .await?;
    audit::record(
        &txn,
        ctx,
        "Lease",
        old.id,
        "renewed",
        None::<&()>,
        Some(&renewed),
    )
    .await?;
    let mut views = attach(&txn, vec![renewed]).await?;
    txn.commit().await?;
    views.pop().ok_or(AppError::NotFound)
}
