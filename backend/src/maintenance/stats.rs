//! What the province's authority sees of maintenance: per cluster, how many requests are open
//! and resolved and the median time to resolve them. No firm, no title, no name.

use std::collections::HashMap;

use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

use crate::access::{Policy, TenantCtx};
use crate::db::Db;
use crate::error::{AppError, AppResult, reason};
use crate::estate::entities::cluster;
use crate::maintenance::RequestStatus;
use crate::maintenance::entities::request;
use crate::tenancy::TenantKind;
use crate::tenancy::entities::tenant;

/// One cluster's maintenance figures.
#[derive(Clone, Debug, Default)]
pub struct ClusterMaintenance {
    pub cluster_name: String,
    pub operator_name: String,
    pub open: i64,
    pub resolved: i64,
    /// Median hours from filing to resolution, of resolved requests; none without any.
    pub median_resolution_hours: Option<f64>,
}

/// Per-cluster figures of every operator in the authority's province (authority viewers).
pub async fn province(db: &Db, ctx: &TenantCtx) -> AppResult<Vec<ClusterMaintenance>> {
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
    let requests = request::Entity::find()
        .filter(request::Column::TenantId.is_in(operators.keys().copied()))
        .filter(request::Column::ClusterId.is_not_null())
        .all(txn.conn())
        .await?;
    txn.commit().await?;
    let mut by_cluster: HashMap<Uuid, (i64, Vec<i64>)> = HashMap::new();
    for r in requests {
        let Some(c) = r.cluster_id else { continue };
        let entry = by_cluster.entry(c).or_default();
        match (r.status, r.resolved_at) {
            (RequestStatus::Resolved | RequestStatus::Closed, Some(at)) => {
                entry.1.push((at - r.created_at).num_minutes());
            }
            (s, _) if !s.is_final() && s != RequestStatus::Resolved => entry.0 += 1,
            _ => {}
        }
    }
    Ok(clusters
        .into_iter()
        .map(|c| {
            let (open, mut minutes) = by_cluster.remove(&c.id).unwrap_or_default();
            minutes.sort_unstable();
            let median = match minutes.len() {
                0 => None,
                n if n % 2 == 1 => Some(minutes[n / 2] as f64 / 60.0),
                n => Some((minutes[n / 2 - 1] + minutes[n / 2]) as f64 / 120.0),
            };
            ClusterMaintenance {
                operator_name: operators.get(&c.tenant_id).cloned().unwrap_or_default(),
                cluster_name: c.name,
                open,
                resolved: minutes.len() as i64,
                median_resolution_hours: median,
            }
        })
        .collect())
}
