//! Tariffs: per cluster, a catalogue of charges. A rate changes by adding a version with a later
//! effective date, which closes the previous one; issued invoices keep the rate they were billed
//! at, so nothing issued changes when a rate does.

use chrono::{NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, EntityTrait, IntoActiveModel,
    QueryFilter, QueryOrder, QuerySelect,
};
use uuid::Uuid;

use crate::access::{Policy, TenantCtx};
use crate::audit;
use crate::billing::entities::tariff;
use crate::billing::{Charge, TariffUnit};
use crate::db::{Db, TenantTxn};
use crate::error::{AppError, AppResult, Problems, reason};
use crate::estate::entities::cluster;
use crate::ids::ClusterId;
use crate::values::Vnd;
use crate::values::required_text;

/// The raw input of a tariff version.
#[derive(Clone, Debug)]
pub struct TariffInput {
    pub cluster_id: ClusterId,
    pub charge: Charge,
    pub name_vi: String,
    pub name_en: String,
    pub unit: TariffUnit,
    pub rate: i64,
    pub vat_bp: i32,
    pub vat_basis: String,
    pub effective_from: NaiveDate,
    pub legal_basis: String,
}

/// Which units a charge may be priced in.
fn unit_fits(charge: Charge, unit: TariffUnit) -> bool {
    match charge {
        Charge::MaintenanceFee => matches!(unit, TariffUnit::M2Month | TariffUnit::M2Year),
        Charge::Wastewater => unit == TariffUnit::M3,
        Charge::Other => unit != TariffUnit::M3,
    }
}

fn parse(mut input: TariffInput) -> AppResult<TariffInput> {
    let mut problems = Problems::new();
    if let Some(v) = problems.check(required_text(&input.name_vi, "input.nameVi", 200)) {
        input.name_vi = v;
    }
    if let Some(v) = problems.check(required_text(&input.name_en, "input.nameEn", 200)) {
        input.name_en = v;
    }
    if let Some(v) = problems.check(required_text(&input.legal_basis, "input.legalBasis", 300)) {
        input.legal_basis = v;
    }
    if let Some(v) = problems.check(required_text(&input.vat_basis, "input.vatBasis", 300)) {
        input.vat_basis = v;
    }
    problems.check(Vnd::parse(input.rate, "input.rate"));
    if input.rate > 1_000_000_000_000 {
        problems.add(
            "input.rate",
            reason!("cost_too_large", "at most 1,000,000,000,000 đồng"),
        );
    }
    if !(0..=10_000).contains(&input.vat_bp) {
        problems.add(
            "input.vatBp",
            reason!("between_basis_points", "between 0 and 10000 basis points"),
        );
    }
    if !unit_fits(input.charge, input.unit) {
        problems.add(
            "input.unit",
            match input.charge {
                Charge::MaintenanceFee => reason!(
                    "maintenance_fee_unit",
                    "the maintenance fee is per m² per month or per year"
                ),
                Charge::Wastewater => reason!("wastewater_unit", "wastewater is per m³"),
                Charge::Other => reason!(
                    "only_wastewater_metered",
                    "only wastewater is metered in m³"
                ),
            },
        );
    }
    problems.finish()?;
    Ok(input)
}

/// The versions of the cluster's tariff, current first within each charge.
pub async fn list(
    db: &Db,
    ctx: &TenantCtx,
    cluster_id: ClusterId,
) -> AppResult<Vec<tariff::Model>> {
    let txn = db.read(ctx, Policy::ManageBilling).await?;
    txn.scoped_by_id::<cluster::Entity>(cluster_id)
        .one(txn.conn())
        .await?
        .ok_or(AppError::NotFound)?;
    let rows = txn
        .scoped::<tariff::Entity>()
        .filter(tariff::Column::ClusterId.eq(cluster_id))
        .order_by_asc(tariff::Column::Charge)
        .order_by_asc(tariff::Column::NameVi)
        .order_by_desc(tariff::Column::EffectiveFrom)
        .all(txn.conn())
        .await?;
    txn.commit().await?;
    Ok(rows)
}

/// The tariff versions of `clusters` in effect on `on`.
pub async fn in_effect(
    txn: &TenantTxn,
    clusters: &[Uuid],
    on: NaiveDate,
) -> AppResult<Vec<tariff::Model>> {
    Ok(txn
        .scoped::<tariff::Entity>()
        .filter(tariff::Column::ClusterId.is_in(clusters.iter().copied()))
        .filter(tariff::Column::EffectiveFrom.lte(on))
        .filter(
            Condition::any()
                .add(tariff::Column::EffectiveTo.is_null())
                .add(tariff::Column::EffectiveTo.gte(on)),
        )
        .order_by_asc(tariff::Column::EffectiveFrom)
        .all(txn.conn())
        .await?)
}

/// Adds a version of a charge (same cluster, charge and Vietnamese name) taking effect on
/// `effective_from`; the version before it ends the day before. A version may not start on or
/// before the latest one: history is never rewritten.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn add_version(db: &Db, ctx: &TenantCtx, input: TariffInput) -> AppResult<tariff::Model> {
    ctx.require(Policy::SetTariffs)?;
    let input = parse(input)?;
    let txn = db.tenant(ctx, Policy::SetTariffs).await?;
    txn.scoped_by_id::<cluster::Entity>(input.cluster_id)
        .lock_exclusive()
        .one(txn.conn())
        .await?
        .ok_or_else(|| {
            AppError::invalid(
                "input.clusterId",
                reason!("no_such_cluster", "no such cluster"),
            )
        })?;
    let same_charge = txn
        .scoped::<tariff::Entity>()
        .filter(tariff::Column::ClusterId.eq(input.cluster_id))
        .filter(tariff::Column::Charge.eq(input.charge))
        .filter(tariff::Column::NameVi.eq(input.name_vi.as_str()))
        .order_by_desc(tariff::Column::EffectiveFrom)
        .all(txn.conn())
        .await?;
    if let Some(latest) = same_charge.first() {
        if latest.effective_from >= input.effective_from {
            return Err(AppError::Conflict(reason!(
                "tariff_version_exists",
                "a version of this charge already takes effect on {effective_from}; a new rate must start later",
                effective_from = latest.effective_from
            )));
        }
        if latest
            .effective_to
            .is_none_or(|to| to >= input.effective_from)
        {
            let before = latest.clone();
            let mut closing = latest.clone().into_active_model();
            closing.effective_to = Set(input.effective_from.pred_opt());
            let closed = closing.update(txn.conn()).await?;
            audit::record(
                &txn,
                ctx,
                "Tariff",
                closed.id,
                "closed",
                Some(&before),
                Some(&closed),
            )
            .await?;
        }
    }
    let model = tariff::Model {
        id: Uuid::now_v7(),
        tenant_id: txn.tenant_id().0,
        created_at: Utc::now(),
        cluster_id: input.cluster_id.0,
        charge: input.charge,
        name_vi: input.name_vi,
        name_en: input.name_en,
        unit: input.unit,
        rate: input.rate,
        vat_bp: input.vat_bp,
        vat_basis: input.vat_basis,
        effective_from: input.effective_from,
        effective_to: None,
        legal_basis: input.legal_basis,
    };
    tariff::Entity::insert(model.clone().into_active_model())
        .exec_without_returning(txn.conn())
        .await?;
    audit::created(&txn, ctx, "Tariff", model.id, &model).await?;
    txn.commit().await?;
    Ok(model)
}
