//! Occupancy (tỷ lệ lấp đầy) at a date: leased area over leasable area, firms, workforce and
//! free plots, per cluster and per tenant; and the province's aggregate view for the authority.

use std::collections::HashMap;

use chrono::NaiveDate;
use sea_orm::sea_query::{Expr, ExprTrait, Query};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

use crate::access::{Policy, TenantCtx};
use crate::db::Db;
use crate::error::{AppError, AppResult, reason};
use crate::estate::entities::{cluster, lease, lease_plot, plot};
use crate::estate::leases::held_on_in_clusters;
use crate::tenancy::TenantKind;
use crate::tenancy::entities::{firm, tenant};

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

/// Computes occupancy of `clusters` in two aggregate statements, whatever the number of
/// clusters, plots or leases: the database sums, only one row per cluster comes back. The caller
/// has already limited `clusters` to what it may see (its own tenant, or the province).
pub(crate) async fn compute<C: ConnectionTrait>(
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
    let held_leases = Query::select()
        .column(lease::Column::Id)
        .from(lease::Entity)
        .cond_where(held_on_in_clusters(&ids, on))
        .to_owned();

    // Plots per cluster, and how many of them (and how much area) a held lease covers.
    let leased = Expr::col((plot::Entity, plot::Column::Id)).in_subquery(
        Query::select()
            .column(lease_plot::Column::PlotId)
            .from(lease_plot::Entity)
            .and_where(Expr::col(lease_plot::Column::LeaseId).in_subquery(held_leases))
            .to_owned(),
    );
    let plots = Query::select()
        .column(plot::Column::ClusterId)
        .expr_as(Expr::col(plot::Column::Id).count(), "plots_total")
        .expr_as(
            Expr::case(leased.clone(), 1)
                .finally(0)
                .sum()
                .cast_as("BIGINT"),
            "plots_leased",
        )
        .expr_as(
            Expr::case(leased, Expr::col(plot::Column::AreaM2))
                .finally(0)
                .sum()
                .cast_as("BIGINT"),
            "leased_area",
        )
        .from(plot::Entity)
        .and_where(plot::Column::ClusterId.is_in(ids.iter().copied()))
        .group_by_col(plot::Column::ClusterId)
        .to_owned();
    for row in conn.query_all(&plots).await? {
        let cluster: Uuid = row.try_get("", "cluster_id")?;
        if let Some(entry) = result.get_mut(&cluster) {
            entry.plots_total = row.try_get("", "plots_total")?;
            entry.plots_free = entry.plots_total - row.try_get::<i64>("", "plots_leased")?;
            entry.leased_area_m2 = row.try_get("", "leased_area")?;
        }
    }

    // Firms holding a lease in each cluster, counted once per cluster, and their workforce.
    let holders = Query::select()
        .distinct()
        .columns([lease::Column::ClusterId, lease::Column::FirmId])
        .from(lease::Entity)
        .cond_where(held_on_in_clusters(&ids, on))
        .to_owned();
    let firms = Query::select()
        .expr_as(Expr::col(("h", lease::Column::ClusterId)), "cluster_id")
        .expr_as(Expr::col(("h", lease::Column::FirmId)).count(), "firms")
        .expr_as(
            Expr::col((firm::Entity, firm::Column::Workforce))
                .sum()
                .cast_as("BIGINT"),
            "workforce",
        )
        .from_subquery(holders, "h")
        .inner_join(
            firm::Entity,
            Expr::col((firm::Entity, firm::Column::Id)).equals(("h", lease::Column::FirmId)),
        )
        .group_by_col(("h", lease::Column::ClusterId))
        .to_owned();
    for row in conn.query_all(&firms).await? {
        let cluster: Uuid = row.try_get("", "cluster_id")?;
        if let Some(entry) = result.get_mut(&cluster) {
            entry.firms = row.try_get("", "firms")?;
            entry.workforce = row.try_get("", "workforce")?;
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
    let txn = db.tenant(ctx, Policy::ManageEstate).await?;
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
    let txn = db.tenant(ctx, Policy::ManageEstate).await?;
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

/// The authority's province and the operators in it, by tenant with their names (authority
/// viewers; any other tenant is FORBIDDEN). What every province figure starts from.
pub async fn province_operators(
    db: &Db,
    ctx: &TenantCtx,
) -> AppResult<(String, HashMap<Uuid, String>)> {
    let own = db.read(ctx, Policy::ReadProvince).await?;
    let authority = own
        .scoped::<tenant::Entity>()
        .one(own.conn())
        .await?
        .ok_or(AppError::NotFound)?;
    own.commit().await?;
    if authority.kind != TenantKind::Authority {
        return Err(AppError::Forbidden(reason!(
            "not_an_authority",
            "not an authority"
        )));
    }
    // System read: the operators of a province are other tenants, read by name only.
    let txn = db.system().await?;
    let operators: HashMap<Uuid, String> = tenant::Entity::find()
        .filter(tenant::Column::Kind.eq(TenantKind::Operator))
        .filter(tenant::Column::Province.eq(authority.province.as_str()))
        .all(txn.conn())
        .await?
        .into_iter()
        .map(|t| (t.id, t.name))
        .collect();
    txn.commit().await?;
    Ok((authority.province, operators))
}

/// Every operator's clusters in the authority's province, with occupancy on `on` (authority
/// viewers). Aggregates only.
pub async fn province(
    db: &Db,
    ctx: &TenantCtx,
    on: NaiveDate,
) -> AppResult<(String, Vec<ProvinceCluster>)> {
    let (province, operators) = province_operators(db, ctx).await?;
    // System read: the province view spans operators by design, and returns aggregates only.
    let txn = db.system().await?;
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
    Ok((province, rows))
}
