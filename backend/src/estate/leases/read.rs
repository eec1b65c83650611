//! Reading leases: the list with filters and sorting, one lease, and the firms, clusters and
//! plots each view carries, loaded for a whole page in a fixed number of statements.

use std::collections::{HashMap, HashSet};

use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ColumnTrait, QueryFilter};
use uuid::Uuid;

use super::holding::status_on;
use super::load;
use crate::access::{Policy, TenantCtx};
use crate::db::{Db, Page, PageRequest, Sort, TenantTxn, fetch_page, key, sorted};
use crate::error::{AppError, AppResult};
use crate::estate::LeaseStatus;
use crate::estate::entities::{cluster, lease, lease_plot, plot};
use crate::ids::{ClusterId, FirmId, LeaseId};
use crate::tenancy::entities::firm;
use crate::values::today;

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
    let txn = db.read(ctx, Policy::ReadAccounts).await?;
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
