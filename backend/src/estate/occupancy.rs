//! Occupancy (tỷ lệ lấp đầy) at a date: leased area over leasable area, firms, workforce and
//! free plots, per cluster and per tenant; and the province's aggregate view for the authority.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use sea_orm::sea_query::{Expr, ExprTrait, Query};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

use crate::auth::TenantCtx;
use crate::db::Db;
use crate::error::{AppError, AppResult};
use crate::estate::clusters::OPERATORS;
use crate::estate::entities::{cluster, lease, lease_plot, plot};
use crate::estate::leases::held_on_in_clusters;
use crate::tenancy::entities::{firm, tenant};
use crate::tenancy::{Role, TenantKind};

/// A cluster's occupancy figures on one date.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Occupancy {
    pub leasable_area_m2: i64,
    pub leased_area_m2: i64,
    pub plots_total: i64,
    pub plots_free: i64,
    /// Firms holding at least one lease on the date.
    pub firms: i64,
    /// Their declared workforce.
    pub workforce: i64,
}

impl Occupancy {
    /// Leased over leasable area in basis points (10000 = 100%).
    pub fn rate_bp(&self) -> i64 {
        if self.leasable_area_m2 <= 0 {
            return 0;
        }
        (self.leased_area_m2 * 10_000) / self.leasable_area_m2
    }

    fn add(&mut self, other: &Occupancy) {
        self.leasable_area_m2 += other.leasable_area_m2;
        self.leased_area_m2 += other.leased_area_m2;
        self.plots_total += other.plots_total;
        self.plots_free += other.plots_free;
        self.firms += other.firms;
        self.workforce += other.workforce;
    }
}

/// Computes occupancy of `clusters` in four statements, whatever their number. The caller has
/// already limited `clusters` to what it may see (its own tenant, or the province).
async fn compute<C: ConnectionTrait>(
    conn: &C,
    clusters: &[cluster::Model],
    on: NaiveDate,
) -> AppResult<HashMap<Uuid, Occupancy>> {
    let ids: Vec<Uuid> = clusters.iter().map(|c| c.id).collect();
    let mut result: HashMap<Uuid, Occupancy> = clusters
        .iter()
        .map(|c| {
            (
                c.id,
                Occupancy {
                    leasable_area_m2: c.leasable_area_m2,
                    ..Default::default()
                },
            )
        })
        .collect();
    if ids.is_empty() {
        return Ok(result);
    }
    let plots = plot::Entity::find()
        .filter(plot::Column::ClusterId.is_in(ids.iter().copied()))
        .all(conn)
        .await?;
    let held = lease::Entity::find()
        .filter(held_on_in_clusters(&ids, on))
        .all(conn)
        .await?;
    let links = lease_plot::Entity::find()
        .filter(
            Expr::col(lease_plot::Column::LeaseId).in_subquery(
                Query::select()
                    .column(lease::Column::Id)
                    .from(lease::Entity)
                    .cond_where(held_on_in_clusters(&ids, on))
                    .to_owned(),
            ),
        )
        .all(conn)
        .await?;
    let firm_ids: HashSet<Uuid> = held.iter().map(|l| l.firm_id).collect();
    let workforce: HashMap<Uuid, i64> = firm::Entity::find()
        .filter(firm::Column::Id.is_in(firm_ids))
        .all(conn)
        .await?
        .into_iter()
        .map(|f| (f.id, i64::from(f.workforce)))
        .collect();
    let leased_plots: HashSet<Uuid> = links.iter().map(|l| l.plot_id).collect();
    for plot in &plots {
        if let Some(entry) = result.get_mut(&plot.cluster_id) {
            entry.plots_total += 1;
            if leased_plots.contains(&plot.id) {
                entry.leased_area_m2 += plot.area_m2;
            } else {
                entry.plots_free += 1;
            }
        }
    }
    let mut firms_per_cluster: HashMap<Uuid, HashSet<Uuid>> = HashMap::new();
    for lease in &held {
        firms_per_cluster
            .entry(lease.cluster_id)
            .or_default()
            .insert(lease.firm_id);
    }
    for (cluster, firms) in firms_per_cluster {
        if let Some(entry) = result.get_mut(&cluster) {
            entry.firms = firms.len() as i64;
            entry.workforce = firms.iter().filter_map(|f| workforce.get(f)).sum();
        }
    }
    Ok(result)
}

/// Every cluster of the tenant with its occupancy on `on`, and the tenant's totals (operators).
pub async fn of_tenant(
    db: &Db,
    ctx: &TenantCtx,
    on: NaiveDate,
) -> AppResult<(Vec<(cluster::Model, Occupancy)>, Occupancy)> {
    ctx.require(&OPERATORS)?;
    let txn = db.tenant(ctx).await?;
    let clusters = txn
        .scoped::<cluster::Entity>()
        .order_by_asc(cluster::Column::Name)
        .all(txn.conn())
        .await?;
    let figures = compute(txn.conn(), &clusters, on).await?;
    txn.commit().await?;
    let mut total = Occupancy::default();
    let rows = clusters
        .into_iter()
        .map(|c| {
            let occupancy = figures.get(&c.id).cloned().unwrap_or_default();
            total.add(&occupancy);
            (c, occupancy)
        })
        .collect();
    Ok((rows, total))
}

/// Occupancy of the given clusters of the tenant (for a page of clusters).
pub async fn of_clusters(
    db: &Db,
    ctx: &TenantCtx,
    clusters: &[cluster::Model],
    on: NaiveDate,
) -> AppResult<HashMap<Uuid, Occupancy>> {
    ctx.require(&OPERATORS)?;
    let txn = db.tenant(ctx).await?;
    let figures = compute(txn.conn(), clusters, on).await?;
    txn.commit().await?;
    Ok(figures)
}

/// One cluster of the province, as the authority sees it: no rents, invoices or contacts.
#[derive(Clone, Debug)]
pub struct ProvinceCluster {
    pub operator_name: String,
    pub cluster: cluster::Model,
    pub occupancy: Occupancy,
}

/// Every operator's clusters in the authority's province, with occupancy on `on` (authority
/// viewers). Aggregates only.
pub async fn province(
    db: &Db,
    ctx: &TenantCtx,
    on: NaiveDate,
) -> AppResult<(String, Vec<ProvinceCluster>)> {
    ctx.require(&[Role::AuthorityViewer])?;
    let own = db.tenant(ctx).await?;
    let authority = own
        .scoped::<tenant::Entity>()
        .one(own.conn())
        .await?
        .ok_or(AppError::NotFound)?;
    own.commit().await?;
    if authority.kind != TenantKind::Authority {
        return Err(AppError::Forbidden("not an authority".into()));
    }
    // System read: the province view spans operators by design, and returns aggregates only.
    let txn = db.system().await?;
    let operators: HashMap<Uuid, String> = tenant::Entity::find()
        .filter(tenant::Column::Kind.eq(TenantKind::Operator))
        .filter(tenant::Column::Province.eq(authority.province.as_str()))
        .all(txn.conn())
        .await?
        .into_iter()
        .map(|t| (t.id, t.name))
        .collect();
    let clusters = cluster::Entity::find()
        .filter(cluster::Column::TenantId.is_in(operators.keys().copied()))
        .order_by_asc(cluster::Column::Name)
        .all(txn.conn())
        .await?;
    let figures = compute(txn.conn(), &clusters, on).await?;
    txn.commit().await?;
    let rows = clusters
        .into_iter()
        .map(|cluster| ProvinceCluster {
            operator_name: operators
                .get(&cluster.tenant_id)
                .cloned()
                .unwrap_or_default(),
            occupancy: figures.get(&cluster.id).cloned().unwrap_or_default(),
            cluster,
        })
        .collect();
    Ok((authority.province, rows))
}
