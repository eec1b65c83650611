//! The register of shared works: create and change an asset (cluster → zone → asset), its
//! permits, and read them with their history (the work orders done on each and what they cost).

use std::collections::HashMap;

use chrono::{NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter, QueryOrder,
};
use uuid::Uuid;

use crate::access::{Policy, TenantCtx};
use crate::audit;
use crate::db::{Db, TenantTxn};
use crate::error::{AppError, AppResult, Problems, is_unique_violation, reason};
use crate::estate::clusters;
use crate::estate::entities::plot;
use crate::ids::{AssetId, ClusterId, PlotId};
use crate::maintenance::entities::work_order;
use crate::receivables::entities::fund_entry;
use crate::upkeep::AssetCategory;
use crate::upkeep::PermitKind;
use crate::upkeep::entities::{asset, asset_permit};
use crate::values::{Vnd, check_day, required_text};

/// The raw input of an asset.
#[derive(Clone, Debug)]
pub struct AssetInput {
    pub cluster_id: ClusterId,
    pub parent_id: Option<AssetId>,
    pub code: String,
    pub name: String,
    pub category: AssetCategory,
    pub plot_id: Option<PlotId>,
    pub location: Option<String>,
    pub quantity: Option<i64>,
    pub unit: Option<String>,
    pub commissioned_on: Option<NaiveDate>,
    pub expected_life_years: Option<i32>,
    pub condition: Option<i32>,
    pub replacement_value: Option<i64>,
    pub warranty_until: Option<NaiveDate>,
    pub notes: Option<String>,
}

fn trimmed(value: Option<String>) -> Option<String> {
    value.map(|t| t.trim().to_owned()).filter(|t| !t.is_empty())
}

/// A checked asset (its cluster, parent and plot are checked against the tenant when written).
#[derive(Clone, Debug)]
pub struct AssetRecord(AssetInput);

impl AssetRecord {
    /// Checks the input (paths under `prefix`): every problem at once.
    pub fn parse(mut input: AssetInput, prefix: &str) -> AppResult<Self> {
        let at = |field: &str| format!("{prefix}.{field}");
        let mut problems = Problems::new();
        if let Some(code) = problems.check(required_text(&input.code, &at("code"), 40)) {
            input.code = code;
        }
        if let Some(name) = problems.check(required_text(&input.name, &at("name"), 200)) {
            input.name = name;
        }
        input.unit = trimmed(input.unit);
        input.location = trimmed(input.location);
        input.notes = trimmed(input.notes);
        for (value, field, limit) in [
            (&input.unit, "unit", 20),
            (&input.location, "location", 300),
            (&input.notes, "notes", 2000),
        ] {
            if let Some(v) = value {
                problems.check(required_text(v, &at(field), limit));
            }
        }
        match (input.quantity, &input.unit) {
            (Some(q), _) if !(0..=1_000_000_000_000).contains(&q) => problems.add(
                at("quantity"),
                reason!("quantity_from_up", "a quantity from 0 up"),
            ),
            (Some(_), None) => problems.add(
                at("unit"),
                reason!(
                    "say_what_quantity_counts",
                    "say what the quantity counts (m, lights, m³/day)"
                ),
            ),
            _ => {}
        }
        if let Some(c) = input.condition
            && !(1..=5).contains(&c)
        {
            problems.add(
                at("condition"),
                reason!(
                    "rate_condition_from_failed",
                    "rate the condition from 1 (failed) to 5 (as new)"
                ),
            );
        }
        if let Some(life) = input.expected_life_years
            && !(1..=200).contains(&life)
        {
            problems.add(
                at("expectedLifeYears"),
                reason!("expected_life_years", "an expected life of 1 to 200 years"),
            );
        }
        if let Some(v) = input.replacement_value {
            problems.check(Vnd::parse(v, &at("replacementValue")));
        }
        if let Some(d) = input.commissioned_on {
            problems.check(check_day(d, &at("commissionedOn")));
        }
        if let Some(d) = input.warranty_until {
            problems.check(check_day(d, &at("warrantyUntil")));
        }
        if let (Some(from), Some(until)) = (input.commissioned_on, input.warranty_until)
            && until < from
        {
            problems.add(
                at("warrantyUntil"),
                reason!(
                    "warranty_ends_after_commissioning",
                    "the warranty ends after commissioning"
                ),
            );
        }
        problems.finish()?;
        Ok(Self(input))
    }

    pub fn cluster_id(&self) -> ClusterId {
        self.0.cluster_id
    }

    pub fn code(&self) -> &str {
        &self.0.code
    }

    fn apply(&self, m: &mut asset::Model) {
        let i = &self.0;
        m.cluster_id = i.cluster_id.0;
        m.parent_id = i.parent_id.map(|p| p.0);
        m.code = i.code.clone();
        m.name = i.name.clone();
        m.category = i.category;
        m.plot_id = i.plot_id.map(|p| p.0);
        m.location = i.location.clone();
        m.quantity = i.quantity;
        m.unit = i.unit.clone();
        m.commissioned_on = i.commissioned_on;
        m.expected_life_years = i.expected_life_years;
        m.condition = i.condition;
        m.replacement_value = i.replacement_value;
        m.warranty_until = i.warranty_until;
        m.notes = i.notes.clone();
    }

    /// A new row of this record in `tenant`.
    pub fn new_model(&self, tenant: Uuid) -> asset::Model {
        let now = Utc::now();
        let mut m = asset::Model {
            id: Uuid::now_v7(),
            tenant_id: tenant,
            created_at: now,
            cluster_id: Uuid::nil(),
            parent_id: None,
            code: String::new(),
            name: String::new(),
            category: AssetCategory::Other,
            plot_id: None,
            location: None,
            quantity: None,
            unit: None,
            commissioned_on: None,
            expected_life_years: None,
            condition: None,
            replacement_value: None,
            warranty_until: None,
            notes: None,
            updated_at: now,
        };
        self.apply(&mut m);
        m
    }
}

/// Checks what the record refers to, in the caller's tenant: the cluster, a parent of the same
/// cluster that is not the asset itself nor below it, a plot of the same cluster.
async fn check_references(
    txn: &TenantTxn,
    record: &AssetRecord,
    itself: Option<Uuid>,
) -> AppResult<()> {
    let i = &record.0;
    clusters::named_in(txn, i.cluster_id, "input.clusterId").await?;
    if let Some(parent) = i.parent_id {
        let mut current = Some(parent.0);
        let mut first = true;
        // Walk up from the new parent: reaching the asset itself would close a loop.
        while let Some(id) = current {
            if Some(id) == itself {
                return Err(AppError::invalid(
                    "input.parentId",
                    reason!("asset_sit_below_itself", "an asset cannot sit below itself"),
                ));
            }
            let found = txn
                .scoped_by_id::<asset::Entity>(id)
                .one(txn.conn())
                .await?;
            let Some(found) = found else {
                return Err(AppError::invalid(
                    "input.parentId",
                    reason!("no_such_asset", "no such asset"),
                ));
            };
            if first && found.cluster_id != i.cluster_id.0 {
                return Err(AppError::invalid(
                    "input.parentId",
                    reason!(
                        "parent_belongs_another_cluster",
                        "the parent belongs to another cluster"
                    ),
                ));
            }
            first = false;
            current = found.parent_id;
        }
    }
    if let Some(p) = i.plot_id {
        let found = txn
            .scoped_by_id::<plot::Entity>(p)
            .one(txn.conn())
            .await?
            .ok_or_else(|| {
                AppError::invalid("input.plotId", reason!("no_such_plot", "no such plot"))
            })?;
        if found.cluster_id != i.cluster_id.0 {
            return Err(AppError::invalid(
                "input.plotId",
                reason!(
                    "plot_belongs_another_cluster",
                    "the plot belongs to another cluster"
                ),
            ));
        }
    }
    Ok(())
}

fn duplicate_code(e: sea_orm::DbErr) -> AppError {
    if is_unique_violation(&e) {
        AppError::invalid(
            "input.code",
            reason!(
                "cluster_already_asset_code",
                "this cluster already has an asset with this code"
            ),
        )
    } else {
        e.into()
    }
}

/// Adds an asset to the register (operators).
#[tracing::instrument(level = "debug", skip_all)]
pub async fn create(db: &Db, ctx: &TenantCtx, record: AssetRecord) -> AppResult<asset::Model> {
    ctx.require(Policy::ManageUpkeep)?;
    let txn = db.tenant(ctx, Policy::ManageUpkeep).await?;
    check_references(&txn, &record, None).await?;
    let model = record.new_model(txn.tenant_id().0);
    asset::Entity::insert(model.clone().into_active_model())
        .exec_without_returning(txn.conn())
        .await
        .map_err(duplicate_code)?;
    audit::created(&txn, ctx, "Asset", model.id, &model).await?;
    txn.commit().await?;
    Ok(model)
}

/// Changes an asset (operators).
#[tracing::instrument(level = "debug", skip_all)]
pub async fn update(
    db: &Db,
    ctx: &TenantCtx,
    id: AssetId,
    record: AssetRecord,
) -> AppResult<asset::Model> {
    ctx.require(Policy::ManageUpkeep)?;
    let txn = db.tenant(ctx, Policy::ManageUpkeep).await?;
    let before = txn
        .scoped_by_id::<asset::Entity>(id)
        .one(txn.conn())
        .await?
        .ok_or(AppError::NotFound)?;
    check_references(&txn, &record, Some(before.id)).await?;
    let mut after = before.clone();
    record.apply(&mut after);
    after.updated_at = Utc::now();
    let mut active = after.clone().into_active_model().reset_all();
    active.id = sea_orm::ActiveValue::Unchanged(before.id);
    active.tenant_id = sea_orm::ActiveValue::Unchanged(before.tenant_id);
    active.created_at = sea_orm::ActiveValue::Unchanged(before.created_at);
    asset::Entity::update(active)
        .exec(txn.conn())
        .await
        .map_err(duplicate_code)?;
    audit::record(
        &txn,
        ctx,
        "Asset",
        before.id,
        "updated",
        Some(&before),
        Some(&after),
    )
    .await?;
    txn.commit().await?;
    Ok(after)
}

/// The register, optionally of one cluster, by cluster and code (operators).
pub async fn list(
    db: &Db,
    ctx: &TenantCtx,
    cluster: Option<ClusterId>,
    category: Option<AssetCategory>,
) -> AppResult<Vec<asset::Model>> {
    let txn = db.read(ctx, Policy::ManageUpkeep).await?;
    let mut select = txn.scoped::<asset::Entity>();
    if let Some(c) = cluster {
        select = select.filter(asset::Column::ClusterId.eq(c));
    }
    if let Some(c) = category {
        select = select.filter(asset::Column::Category.eq(c));
    }
    let rows = select
        .order_by_asc(asset::Column::ClusterId)
        .order_by_asc(asset::Column::Code)
        .all(txn.conn())
        .await?;
    txn.commit().await?;
    Ok(rows)
}

/// One asset (NOT_FOUND when not visible).
pub async fn get(db: &Db, ctx: &TenantCtx, id: AssetId) -> AppResult<asset::Model> {
    db.find_one::<asset::Entity>(ctx, Policy::ManageUpkeep, id)
        .await
}

/// An asset's permits, its child assets, its work orders (newest first) and the fund
/// movements that paid for them.
#[derive(Clone, Debug, Default)]
pub struct AssetDetails {
    pub permits: Vec<asset_permit::Model>,
    /// The discharge limits of its permits, by permit.
    pub limits: HashMap<Uuid, Vec<crate::upkeep::entities::discharge_limit::Model>>,
    pub children: Vec<asset::Model>,
    pub work_orders: Vec<work_order::Model>,
    pub costs: Vec<fund_entry::Model>,
}

/// What is attached to an asset.
pub async fn details(db: &Db, ctx: &TenantCtx, id: AssetId) -> AppResult<AssetDetails> {
    let txn = db.lookup(ctx, Policy::ManageUpkeep).await?;
    let permits = txn
        .scoped::<asset_permit::Entity>()
        .filter(asset_permit::Column::AssetId.eq(id))
        .order_by_asc(asset_permit::Column::IssuedOn)
        .all(txn.conn())
        .await?;
    let permit_ids: Vec<Uuid> = permits.iter().map(|p| p.id).collect();
    let limits = crate::upkeep::effluent::limits_of(&txn, &permit_ids).await?;
    let children = txn
        .scoped::<asset::Entity>()
        .filter(asset::Column::ParentId.eq(id))
        .order_by_asc(asset::Column::Code)
        .all(txn.conn())
        .await?;
    let work_orders = txn
        .scoped::<work_order::Entity>()
        .filter(work_order::Column::AssetId.eq(id))
        .order_by_desc(work_order::Column::CreatedAt)
        .all(txn.conn())
        .await?;
    let ids: Vec<Uuid> = work_orders.iter().map(|w| w.id).collect();
    let costs = if ids.is_empty() {
        Vec::new()
    } else {
        txn.scoped::<fund_entry::Entity>()
            .filter(fund_entry::Column::WorkOrderId.is_in(ids))
            .order_by_desc(fund_entry::Column::EntryOn)
            .all(txn.conn())
            .await?
    };
    txn.commit().await?;
    Ok(AssetDetails {
        permits,
        limits,
        children,
        work_orders,
        costs,
    })
}

/// The raw input of a permit.
#[derive(Clone, Debug)]
pub struct PermitInput {
    pub kind: PermitKind,
    pub number: String,
    pub issuer: Option<String>,
    pub issued_on: NaiveDate,
    pub expires_on: Option<NaiveDate>,
}

/// Records a permit of an asset (operators). An expiry before the issue date is refused.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn add_permit(
    db: &Db,
    ctx: &TenantCtx,
    asset_id: AssetId,
    input: PermitInput,
) -> AppResult<asset_permit::Model> {
    ctx.require(Policy::ManageUpkeep)?;
    let mut problems = Problems::new();
    let number = problems.check(required_text(&input.number, "input.number", 100));
    let issuer = trimmed(input.issuer);
    if let Some(i) = &issuer {
        problems.check(required_text(i, "input.issuer", 200));
    }
    problems.check(check_day(input.issued_on, "input.issuedOn"));
    if let Some(expires) = input.expires_on
        && problems
            .check(check_day(expires, "input.expiresOn"))
            .is_some()
        && expires < input.issued_on
    {
        problems.add(
            "input.expiresOn",
            reason!(
                "permit_expires_after_issued",
                "a permit expires after it was issued"
            ),
        );
    }
    problems.finish()?;
    let txn = db.tenant(ctx, Policy::ManageUpkeep).await?;
    txn.scoped_by_id::<asset::Entity>(asset_id)
        .one(txn.conn())
        .await?
        .ok_or_else(|| {
            AppError::invalid("input.assetId", reason!("no_such_asset", "no such asset"))
        })?;
    let model = asset_permit::Model {
        id: Uuid::now_v7(),
        tenant_id: txn.tenant_id().0,
        created_at: Utc::now(),
        asset_id: asset_id.0,
        kind: input.kind,
        number: number.unwrap_or_default(),
        issuer,
        issued_on: input.issued_on,
        expires_on: input.expires_on,
    };
    asset_permit::Entity::insert(model.clone().into_active_model())
        .exec_without_returning(txn.conn())
        .await?;
    audit::created(&txn, ctx, "AssetPermit", model.id, &model).await?;
    txn.commit().await?;
    Ok(model)
}

/// The permits of many assets at once, by asset.
pub async fn permits_by_asset(
    txn: &TenantTxn,
    assets: &[Uuid],
) -> AppResult<HashMap<Uuid, Vec<asset_permit::Model>>> {
    let mut out: HashMap<Uuid, Vec<asset_permit::Model>> = HashMap::new();
    if assets.is_empty() {
        return Ok(out);
    }
    for p in txn
        .scoped::<asset_permit::Entity>()
        .filter(asset_permit::Column::AssetId.is_in(assets.iter().copied()))
        .all(txn.conn())
        .await?
    {
        out.entry(p.asset_id).or_default().push(p);
    }
    Ok(out)
}
