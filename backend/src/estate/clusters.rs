//! Clusters: create, change, read.

use chrono::{NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter,
};
use uuid::Uuid;

use crate::access::{Policy, TenantCtx};
use crate::audit;
use crate::db::{Db, Page, PageRequest, Sort, TenantTxn, fetch_page, key, sorted};
use crate::error::{AppError, AppResult, Problems, reason};
use crate::estate::entities::cluster;
use crate::estate::{ClusterStatus, WwtpStatus};
use crate::ids::ClusterId;
use crate::values::AreaM2;
use crate::values::required_text;

/// The raw input of a cluster.
#[derive(Clone, Debug)]
pub struct ClusterInput {
    pub name: String,
    pub province: String,
    pub province_code: Option<String>,
    pub district: String,
    pub district_code: Option<String>,
    pub total_area_m2: i64,
    pub leasable_area_m2: i64,
    pub established_on: Option<NaiveDate>,
    pub decision_number: Option<String>,
    pub status: ClusterStatus,
    pub wwtp_present: bool,
    pub wwtp_capacity_m3_day: Option<i64>,
    pub wwtp_status: WwtpStatus,
    pub wwtp_permit_expires_on: Option<NaiveDate>,
}

/// A validated cluster.
#[derive(Clone, Debug)]
pub struct ClusterRecord(ClusterInput);

fn optional(text: Option<String>) -> Option<String> {
    text.map(|t| t.trim().to_owned()).filter(|t| !t.is_empty())
}

impl ClusterRecord {
    /// Checks the input (paths under `input.`).
    pub fn parse(mut input: ClusterInput) -> AppResult<Self> {
        let mut problems = Problems::new();
        if let Some(name) = problems.check(required_text(&input.name, "input.name", 200)) {
            input.name = name;
        }
        if let Some(province) =
            problems.check(required_text(&input.province, "input.province", 100))
        {
            input.province = province;
        }
        if let Some(district) =
            problems.check(required_text(&input.district, "input.district", 100))
        {
            input.district = district;
        }
        let total = problems.check(AreaM2::parse(input.total_area_m2, "input.totalAreaM2"));
        let leasable = problems.check(AreaM2::parse(
            input.leasable_area_m2,
            "input.leasableAreaM2",
        ));
        if let (Some(total), Some(leasable)) = (total, leasable)
            && leasable > total
        {
            problems.add(
                "input.leasableAreaM2",
                reason!(
                    "leasable_area_exceed_total",
                    "the leasable area cannot exceed the total area"
                ),
            );
        }
        if input.wwtp_present {
            match input.wwtp_capacity_m3_day {
                Some(capacity) if capacity > 0 => {}
                _ => problems.add(
                    "input.wwtpCapacityM3Day",
                    reason!(
                        "plant_design_capacity",
                        "give the plant's design capacity in m³/day"
                    ),
                ),
            }
            if input.wwtp_status == WwtpStatus::None {
                problems.add(
                    "input.wwtpStatus",
                    reason!(
                        "cluster_plant_says_whether",
                        "a cluster with a plant says whether it operates or is being built"
                    ),
                );
            }
        } else {
            if input.wwtp_status != WwtpStatus::None {
                problems.add(
                    "input.wwtpStatus",
                    reason!(
                        "without_plant_status_none",
                        "without a plant the status is NONE"
                    ),
                );
            }
            input.wwtp_capacity_m3_day = None;
            input.wwtp_permit_expires_on = None;
        }
        problems.finish()?;
        input.province_code = optional(input.province_code);
        input.district_code = optional(input.district_code);
        input.decision_number = optional(input.decision_number);
        Ok(Self(input))
    }

    fn apply(&self, model: &mut cluster::ActiveModel) {
        let c = &self.0;
        model.name = Set(c.name.clone());
        model.province = Set(c.province.clone());
        model.province_code = Set(c.province_code.clone());
        model.district = Set(c.district.clone());
        model.district_code = Set(c.district_code.clone());
        model.total_area_m2 = Set(c.total_area_m2);
        model.leasable_area_m2 = Set(c.leasable_area_m2);
        model.established_on = Set(c.established_on);
        model.decision_number = Set(c.decision_number.clone());
        model.status = Set(c.status);
        model.wwtp_present = Set(c.wwtp_present);
        model.wwtp_capacity_m3_day = Set(c.wwtp_capacity_m3_day);
        model.wwtp_status = Set(c.wwtp_status);
        model.wwtp_permit_expires_on = Set(c.wwtp_permit_expires_on);
        model.updated_at = Set(Utc::now());
    }

    /// A new row for `tenant` (create and the demo).
    pub fn new_model(&self, tenant: Uuid) -> cluster::ActiveModel {
        let now = Utc::now();
        let mut model = cluster::ActiveModel {
            id: Set(Uuid::now_v7()),
            tenant_id: Set(tenant),
            created_at: Set(now),
            ..Default::default()
        };
        self.apply(&mut model);
        model
    }
}

async fn ensure_name_free(
    txn: &crate::db::TenantTxn,
    name: &str,
    except: Option<ClusterId>,
) -> AppResult<()> {
    let mut select = txn
        .scoped::<cluster::Entity>()
        .filter(cluster::Column::Name.eq(name));
    if let Some(id) = except {
        select = select.filter(cluster::Column::Id.ne(id));
    }
    if select.one(txn.conn()).await?.is_some() {
        return Err(AppError::invalid(
            "input.name",
            reason!(
                "another_cluster_already_name",
                "another cluster already has this name"
            ),
        ));
    }
    Ok(())
}

/// Adds a cluster (operators).
#[tracing::instrument(level = "debug", skip_all)]
pub async fn create(db: &Db, ctx: &TenantCtx, record: ClusterRecord) -> AppResult<cluster::Model> {
    let txn = db.tenant(ctx, Policy::ManageEstate).await?;
    ensure_name_free(&txn, &record.0.name, None).await?;
    let created = cluster::Entity::insert(record.new_model(txn.tenant_id().0))
        .exec_with_returning(txn.conn())
        .await?;
    audit::created(&txn, ctx, "Cluster", created.id, &created).await?;
    txn.commit().await?;
    Ok(created)
}

/// Changes a cluster (operators).
#[tracing::instrument(level = "debug", skip_all)]
pub async fn update(
    db: &Db,
    ctx: &TenantCtx,
    id: ClusterId,
    record: ClusterRecord,
) -> AppResult<cluster::Model> {
    let txn = db.tenant(ctx, Policy::ManageEstate).await?;
    let before = txn
        .scoped_by_id::<cluster::Entity>(id)
        .one(txn.conn())
        .await?
        .ok_or(AppError::NotFound)?;
    ensure_name_free(&txn, &record.0.name, Some(id)).await?;
    let mut active = before.clone().into_active_model();
    record.apply(&mut active);
    let after = active.update(txn.conn()).await?;
    audit::record(
        &txn,
        ctx,
        "Cluster",
        id,
        "updated",
        Some(&before),
        Some(&after),
    )
    .await?;
    txn.commit().await?;
    Ok(after)
}

/// One cluster of the tenant. Enterprise users see the clusters they lease in (and only
/// through their leases); here only operators read clusters directly.
pub async fn get(db: &Db, ctx: &TenantCtx, id: ClusterId) -> AppResult<cluster::Model> {
    db.find_one::<cluster::Entity>(ctx, Policy::ManageEstate, id)
        .await
}

/// A cluster of the transaction's tenant that an input names; VALIDATION under `path` when
/// there is none (another tenant's cluster is none).
pub async fn named_in(txn: &TenantTxn, id: ClusterId, path: &str) -> AppResult<cluster::Model> {
    txn.scoped_by_id::<cluster::Entity>(id)
        .one(txn.conn())
        .await?
        .ok_or_else(|| AppError::invalid(path, reason!("no_such_cluster", "no such cluster")))
}

/// Whether the cluster meets the wastewater rule on `on`: a plant that operates, with a
/// discharge permit still valid.
pub fn wastewater_compliant(cluster: &cluster::Model, on: NaiveDate) -> bool {
    cluster.wwtp_present
        && cluster.wwtp_status == WwtpStatus::Operating
        && cluster.wwtp_permit_expires_on.is_some_and(|d| d >= on)
}

/// What the clusters list can be sorted by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClusterSort {
    Name,
    Province,
    LeasableArea,
    EstablishedOn,
    Status,
}

/// The tenant's clusters, by name unless asked otherwise (operators).
pub async fn list(
    db: &Db,
    ctx: &TenantCtx,
    sort: Option<Sort<ClusterSort>>,
    page: PageRequest,
) -> AppResult<Page<cluster::Model>> {
    let txn = db.read(ctx, Policy::ManageEstate).await?;
    let sort = sort.unwrap_or(Sort::asc(ClusterSort::Name));
    let keys = match sort.field {
        ClusterSort::Name => vec![key(cluster::Column::Name)],
        ClusterSort::Province => vec![
            key(cluster::Column::Province),
            key(cluster::Column::District),
            key(cluster::Column::Name),
        ],
        ClusterSort::LeasableArea => vec![key(cluster::Column::LeasableAreaM2)],
        ClusterSort::EstablishedOn => vec![key(cluster::Column::EstablishedOn)],
        ClusterSort::Status => vec![key(cluster::Column::Status), key(cluster::Column::Name)],
    };
    let select = sorted(
        txn.scoped::<cluster::Entity>(),
        keys,
        sort.direction,
        cluster::Column::Id,
    );
    let result = fetch_page(select, txn.conn(), page).await?;
    txn.commit().await?;
    Ok(result)
}
