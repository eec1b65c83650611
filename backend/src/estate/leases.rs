//! Leases: drafting, activating, editing, terminating and renewing, with the rule that no two
//! leases hold the same plot on overlapping dates, kept under concurrency: the plots are locked
//! (`SELECT … FOR UPDATE` on PostgreSQL; SQLite transactions take the write lock up front)
//! before the overlap check, so of two simultaneous requests exactly one wins.

use std::collections::{HashMap, HashSet};

use chrono::{Days, NaiveDate, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, Query, SelectStatement};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, EntityTrait, IntoActiveModel,
    QueryFilter, QueryOrder, QuerySelect,
};
use uuid::Uuid;

use crate::access::{Policy, TenantCtx};
use crate::audit;
use crate::db::{Db, Page, PageRequest, Sort, TenantTxn, fetch_page, key, sorted};
use crate::error::{AppError, AppResult, Problems};
use crate::estate::entities::{cluster, lease, lease_plot, plot};
use crate::estate::{LeaseStatus, RentSchedule, today};
use crate::ids::{ClusterId, FirmId, LeaseId, PlotId};
use crate::tenancy::CapitalOrigin;
use crate::tenancy::entities::firm;

/// The province's rent support for small and medium firms with 100% domestic capital.
pub const SME_RENT_SUPPORT_BP: i32 = 1000;
/// Its basis, recorded on the lease so billing can show it and the operator can claim it back.
pub const SME_RENT_SUPPORT_BASIS: &str = "Hỗ trợ 10% tiền thuê đất cho doanh nghiệp nhỏ và vừa 100% vốn trong nước (chính sách hỗ trợ của tỉnh)";

/// The raw terms of a lease.
#[derive(Clone, Debug)]
pub struct LeaseInput {
    pub firm_id: FirmId,
    pub plot_ids: Vec<PlotId>,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub rent_per_m2_year: i64,
    pub rent_schedule: RentSchedule,
    pub maintenance_fee_per_m2_month: Option<i64>,
    pub deposit: i64,
    pub escalation_bp: i32,
    pub escalation_every_years: Option<i32>,
    /// None: decided from the firm (SME with 100% domestic capital gets the support).
    pub rent_support_bp: Option<i32>,
    pub rent_support_basis: Option<String>,
}

/// Terms that passed the checks that need no database.
#[derive(Clone, Debug)]
pub struct LeaseTerms(LeaseInput);

impl LeaseTerms {
    pub fn parse(mut input: LeaseInput) -> AppResult<Self> {
        let mut problems = Problems::new();
        if input.plot_ids.is_empty() {
            problems.add("input.plotIds", "choose at least one plot");
        }
        let unique: HashSet<_> = input.plot_ids.iter().collect();
        if unique.len() != input.plot_ids.len() {
            problems.add("input.plotIds", "a plot is listed twice");
        }
        if input.ends_on <= input.starts_on {
            problems.add("input.endsOn", "the lease must end after it starts");
        }
        if input.rent_per_m2_year < 0 {
            problems.add("input.rentPerM2Year", "the rent cannot be negative");
        }
        if input
            .maintenance_fee_per_m2_month
            .is_some_and(|fee| fee < 0)
        {
            problems.add(
                "input.maintenanceFeePerM2Month",
                "the fee cannot be negative",
            );
        }
        if input.deposit < 0 {
            problems.add("input.deposit", "the deposit cannot be negative");
        }
        if !(0..=10_000).contains(&input.escalation_bp) {
            problems.add(
                "input.escalationBp",
                "give the escalation in basis points, 0 to 10000",
            );
        }
        if input.escalation_bp > 0 && input.escalation_every_years.is_none_or(|y| y < 1) {
            problems.add(
                "input.escalationEveryYears",
                "say every how many years the rent escalates",
            );
        }
        if input
            .rent_support_bp
            .is_some_and(|bp| !(0..=10_000).contains(&bp))
        {
            problems.add(
                "input.rentSupportBp",
                "give the support in basis points, 0 to 10000",
            );
        }
        problems.finish()?;
        if input.escalation_bp == 0 {
            input.escalation_every_years = None;
        }
        input.rent_support_basis = input
            .rent_support_basis
            .map(|b| b.trim().to_owned())
            .filter(|b| !b.is_empty());
        Ok(Self(input))
    }
}

/// A lease with its firm, cluster and plots.
#[derive(Clone, Debug)]
pub struct LeaseView {
    pub lease: lease::Model,
    pub firm: firm::Model,
    pub cluster: cluster::Model,
    pub plots: Vec<plot::Model>,
}

impl LeaseView {
    /// The status as of today (an active lease past its end is EXPIRED).
    pub fn status(&self) -> LeaseStatus {
        status_on(&self.lease, today())
    }

    /// The leased area in m².
    pub fn area_m2(&self) -> i64 {
        self.plots.iter().map(|p| p.area_m2).sum()
    }
}

/// The status of a lease on a date.
pub fn status_on(lease: &lease::Model, on: NaiveDate) -> LeaseStatus {
    match lease.status {
        LeaseStatus::Active if lease.ends_on < on => LeaseStatus::Expired,
        other => other,
    }
}

/// Leases (of `tenant`) holding their plots on `on`: active or terminated, started, and not
/// yet ended (a terminated lease holds until its termination date).
fn held_on(tenant: Uuid, on: NaiveDate) -> Condition {
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
async fn conflicts_in(
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

fn conflict_error(conflicts: &[Conflict]) -> AppError {
    let list: Vec<String> = conflicts
        .iter()
        .map(|c| {
            format!(
                "plot {} is leased from {} to {}",
                c.plot_code, c.starts_on, c.ends_on
            )
        })
        .collect();
    AppError::Conflict(list.join("; "))
}

/// Loads and locks plots of the tenant, in id order so concurrent lockers cannot deadlock.
/// Every lease change touching the plots serialises here (PostgreSQL; SQLite serialises
/// writers already), so an overlap check after it cannot race.
async fn lock_plots(
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
        .ok_or_else(|| AppError::invalid("input.firmId", "no such firm"))?;
    let plots = lock_plots(txn, input.plot_ids.iter().map(|p| p.0)).await?;
    if plots.len() != input.plot_ids.len() {
        return Err(AppError::invalid("input.plotIds", "no such plot"));
    }
    let cluster_id = plots[0].cluster_id;
    if plots.iter().any(|p| p.cluster_id != cluster_id) {
        return Err(AppError::invalid(
            "input.plotIds",
            "the plots of one lease must be in the same cluster",
        ));
    }
    let cluster = txn
        .scoped_by_id::<cluster::Entity>(cluster_id)
        .one(txn.conn())
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((firm, cluster, plots))
}

fn support_for(firm: &firm::Model, terms: &LeaseTerms) -> (i32, Option<String>) {
    match terms.0.rent_support_bp {
        Some(bp) => (bp, terms.0.rent_support_basis.clone()),
        None if firm.is_sme && firm.capital_origin == CapitalOrigin::Domestic => {
            (SME_RENT_SUPPORT_BP, Some(SME_RENT_SUPPORT_BASIS.to_owned()))
        }
        None => (0, None),
    }
}

fn apply(
    model: &mut lease::ActiveModel,
    terms: &LeaseTerms,
    firm: &firm::Model,
    cluster: &cluster::Model,
) {
    let t = &terms.0;
    let (support, basis) = support_for(firm, terms);
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
    model.rent_support_bp = Set(support);
    model.rent_support_basis = Set(basis);
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

/// Creates a lease as a draft, or active at once when `activate` (operators).
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
    audit::record(
        &txn,
        ctx,
        "Lease",
        created.id,
        "created",
        None::<&()>,
        Some(&created),
    )
    .await?;
    txn.commit().await?;
    Ok(LeaseView {
        lease: created,
        firm,
        cluster,
        plots,
    })
}

/// Changes the terms of a draft or active lease; a terminated lease is CONFLICT.
pub async fn update(
    db: &Db,
    ctx: &TenantCtx,
    id: LeaseId,
    terms: LeaseTerms,
) -> AppResult<LeaseView> {
    let txn = db.tenant(ctx, Policy::ManageEstate).await?;
    let before = load(&txn, id).await?;
    if before.status == LeaseStatus::Terminated {
        return Err(AppError::Conflict(
            "a terminated lease cannot be edited, only read".into(),
        ));
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
pub async fn activate(db: &Db, ctx: &TenantCtx, id: LeaseId) -> AppResult<LeaseView> {
    let txn = db.tenant(ctx, Policy::ManageEstate).await?;
    let before = load(&txn, id).await?;
    if before.status != LeaseStatus::Draft {
        return Err(AppError::Conflict(
            "only a draft lease can be activated".into(),
        ));
    }
    let plots = lock_plots(&txn, plot_ids_of(&txn, id).await?).await?;
    let conflicts = conflicts_in(&txn, &plots, before.starts_on, before.ends_on, Some(id)).await?;
    if !conflicts.is_empty() {
        return Err(conflict_error(&conflicts));
    }
    let mut active = before.clone().into_active_model();
    active.status = Set(LeaseStatus::Active);
    active.updated_at = Set(Utc::now());
    let after = active.update(txn.conn()).await?;
    audit::record(
        &txn,
        ctx,
        "Lease",
        id,
        "activated",
        Some(&before),
        Some(&after),
    )
    .await?;
    let mut views = attach(&txn, vec![after]).await?;
    txn.commit().await?;
    views.pop().ok_or(AppError::NotFound)
}

/// Ends an active lease early, on `on` (its last day), for `reason`.
pub async fn terminate(
    db: &Db,
    ctx: &TenantCtx,
    id: LeaseId,
    on: NaiveDate,
    reason: &str,
) -> AppResult<LeaseView> {
    ctx.require(Policy::ManageEstate)?;
    let reason = crate::tenancy::required_text(reason, "reason", 500)?;
    let txn = db.tenant(ctx, Policy::ManageEstate).await?;
    let before = load(&txn, id).await?;
    if before.status != LeaseStatus::Active {
        return Err(AppError::Conflict(
            "only an active lease can be terminated".into(),
        ));
    }
    if on < before.starts_on || on > before.ends_on {
        return Err(AppError::invalid(
            "on",
            "the termination date must fall within the lease",
        ));
    }
    let mut active = before.clone().into_active_model();
    active.status = Set(LeaseStatus::Terminated);
    active.terminated_on = Set(Some(on));
    active.termination_reason = Set(Some(reason));
    active.updated_at = Set(Utc::now());
    let after = active.update(txn.conn()).await?;
    audit::record(
        &txn,
        ctx,
        "Lease",
        id,
        "terminated",
        Some(&before),
        Some(&after),
    )
    .await?;
    let mut views = attach(&txn, vec![after]).await?;
    txn.commit().await?;
    views.pop().ok_or(AppError::NotFound)
}

/// Renews an active or expired lease: a new draft lease for the same firm and plots, starting
/// the day after it ends and ending on `ends_on`, linked to it. The new rent defaults to the old.
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
        return Err(AppError::Conflict(
            "only an active or expired lease can be renewed".into(),
        ));
    }
    let starts_on = old
        .ends_on
        .checked_add_days(Days::new(1))
        .ok_or_else(|| AppError::invalid("endsOn", "date out of range"))?;
    let mut problems = Problems::new();
    if ends_on <= starts_on {
        problems.add(
            "endsOn",
            format!("the renewal starts on {starts_on} and must end after it"),
        );
    }
    if rent_per_m2_year.is_some_and(|r| r < 0) {
        problems.add("rentPerM2Year", "the rent cannot be negative");
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
        rent_support_bp: Set(old.rent_support_bp),
        rent_support_basis: Set(old.rent_support_basis.clone()),
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

/// How to narrow the leases list.
#[derive(Clone, Debug, Default)]
pub struct LeaseFilter {
    pub firm_id: Option<FirmId>,
    pub cluster_id: Option<ClusterId>,
    pub status: Option<LeaseStatus>,
    /// Newest start first unless asked otherwise.
    pub sort: Option<Sort<LeaseSort>>,
}

/// What the leases list can be sorted by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LeaseSort {
    StartsOn,
    EndsOn,
    Rent,
    Registered,
}

/// Leases, newest start first: operators see the tenant's, an enterprise user only their firm's.
/// Loads firms, clusters and plots for the whole page in a fixed number of statements.
pub async fn list(
    db: &Db,
    ctx: &TenantCtx,
    filter: LeaseFilter,
    page: PageRequest,
) -> AppResult<Page<LeaseView>> {
    let txn = db.tenant(ctx, Policy::ReadAccounts).await?;
    let own = txn.firm_scope();
    if own.is_some() && filter.firm_id.is_some_and(|f| Some(f) != own) {
        return Ok(Page {
            items: Vec::new(),
            total: 0,
        });
    }
    let mut select = txn.scoped::<lease::Entity>();
    if let Some(firm) = own.or(filter.firm_id) {
        select = select.filter(lease::Column::FirmId.eq(firm));
    }
    // A draft is the operator's work in progress: the lessee sees it once it is activated.
    if own.is_some() {
        select = select.filter(lease::Column::Status.ne(LeaseStatus::Draft));
    }
    if let Some(cluster) = filter.cluster_id {
        select = select.filter(lease::Column::ClusterId.eq(cluster));
    }
    let day = today();
    select = match filter.status {
        None => select,
        Some(LeaseStatus::Expired) => select
            .filter(lease::Column::Status.eq(LeaseStatus::Active))
            .filter(lease::Column::EndsOn.lt(day)),
        Some(LeaseStatus::Active) => select
            .filter(lease::Column::Status.eq(LeaseStatus::Active))
            .filter(lease::Column::EndsOn.gte(day)),
        Some(other) => select.filter(lease::Column::Status.eq(other)),
    };
    let sort = filter.sort.unwrap_or(Sort::desc(LeaseSort::StartsOn));
    let keys = match sort.field {
        LeaseSort::StartsOn => vec![key(lease::Column::StartsOn)],
        // A terminated lease ends on its termination date.
        LeaseSort::EndsOn => {
            vec![Expr::col(lease::Column::TerminatedOn).if_null(Expr::col(lease::Column::EndsOn))]
        }
        LeaseSort::Rent => vec![key(lease::Column::RentPerM2Year)],
        LeaseSort::Registered => vec![key(lease::Column::CreatedAt)],
    };
    let select = sorted(select, keys, sort.direction, lease::Column::Id);
    let page = fetch_page(select, txn.conn(), page).await?;
    let items = attach(&txn, page.items).await?;
    txn.commit().await?;
    Ok(Page {
        items,
        total: page.total,
    })
}

/// One lease: operators any of the tenant's, an enterprise user only their firm's.
pub async fn get(db: &Db, ctx: &TenantCtx, id: LeaseId) -> AppResult<LeaseView> {
    let txn = db.lookup(ctx, Policy::ReadAccounts).await?;
    let found = load(&txn, id).await?;
    if txn
        .firm_scope()
        .is_some_and(|own| own.0 != found.firm_id || found.status == LeaseStatus::Draft)
    {
        return Err(AppError::NotFound);
    }
    let mut views = attach(&txn, vec![found]).await?;
    txn.commit().await?;
    views.pop().ok_or(AppError::NotFound)
}

/// Loads firms, clusters and plots of many leases in four statements.
pub async fn attach(txn: &TenantTxn, leases: Vec<lease::Model>) -> AppResult<Vec<LeaseView>> {
    if leases.is_empty() {
        return Ok(Vec::new());
    }
    let lease_ids: Vec<Uuid> = leases.iter().map(|l| l.id).collect();
    let links = txn
        .scoped::<lease_plot::Entity>()
        .filter(lease_plot::Column::LeaseId.is_in(lease_ids))
        .all(txn.conn())
        .await?;
    let plots: HashMap<Uuid, plot::Model> = txn
        .scoped::<plot::Entity>()
        .filter(plot::Column::Id.is_in(links.iter().map(|l| l.plot_id).collect::<HashSet<_>>()))
        .all(txn.conn())
        .await?
        .into_iter()
        .map(|p| (p.id, p))
        .collect();
    let firms: HashMap<Uuid, firm::Model> = txn
        .scoped::<firm::Entity>()
        .filter(firm::Column::Id.is_in(leases.iter().map(|l| l.firm_id).collect::<HashSet<_>>()))
        .all(txn.conn())
        .await?
        .into_iter()
        .map(|f| (f.id, f))
        .collect();
    let clusters: HashMap<Uuid, cluster::Model> = txn
        .scoped::<cluster::Entity>()
        .filter(
            cluster::Column::Id.is_in(leases.iter().map(|l| l.cluster_id).collect::<HashSet<_>>()),
        )
        .all(txn.conn())
        .await?
        .into_iter()
        .map(|c| (c.id, c))
        .collect();
    leases
        .into_iter()
        .map(|lease| {
            let missing = || {
                AppError::Internal(anyhow::anyhow!(
                    "lease {} has a dangling reference",
                    lease.id
                ))
            };
            let firm = firms.get(&lease.firm_id).cloned().ok_or_else(missing)?;
            let cluster = clusters
                .get(&lease.cluster_id)
                .cloned()
                .ok_or_else(missing)?;
            let mut held: Vec<plot::Model> = links
                .iter()
                .filter(|l| l.lease_id == lease.id)
                .filter_map(|l| plots.get(&l.plot_id).cloned())
                .collect();
            held.sort_by(|a, b| a.code.cmp(&b.code));
            Ok(LeaseView {
                lease,
                firm,
                cluster,
                plots: held,
            })
        })
        .collect()
}
