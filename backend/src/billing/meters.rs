//! Wastewater meter readings: one per lease premises and month, cumulative, never going
//! backwards. A wrong reading is corrected by a new reading that supersedes it; the wrong one
//! stays on record.

use chrono::{NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter,
    QueryOrder, QuerySelect,
};
use uuid::Uuid;

use crate::audit;
use crate::auth::TenantCtx;
use crate::billing::OPERATORS;
use crate::billing::entities::meter_reading;
use crate::billing::money::first_of_month;
use crate::db::{Db, TenantTxn};
use crate::error::{AppError, AppResult, Problems};
use crate::estate::LeaseStatus;
use crate::estate::entities::lease;

/// The raw input of a reading.
#[derive(Clone, Debug)]
pub struct ReadingInput {
    pub lease_id: Uuid,
    /// Any day of the month the reading closes; stored as the month's first day.
    pub period: NaiveDate,
    pub read_on: NaiveDate,
    pub meter_m3: i64,
}

/// The readings in force (not superseded) of a lease, oldest first.
async fn in_force(txn: &TenantTxn, lease_id: Uuid) -> AppResult<Vec<meter_reading::Model>> {
    Ok(txn
        .scoped::<meter_reading::Entity>()
        .filter(meter_reading::Column::LeaseId.eq(lease_id))
        .filter(meter_reading::Column::SupersededAt.is_null())
        .order_by_asc(meter_reading::Column::Period)
        .all(txn.conn())
        .await?)
}

fn check_value(input: &ReadingInput, problems: &mut Problems) {
    if input.meter_m3 < 0 {
        problems.add("input.meterM3", "a meter value cannot be negative");
    }
    if input.read_on < first_of_month(input.period) {
        problems.add(
            "input.readOn",
            "a reading closes its month: read it in or after that month",
        );
    }
}

/// The meter value before `period` (0 for a new meter) and, if a later reading exists, its value.
fn neighbours(readings: &[meter_reading::Model], period: NaiveDate) -> (i64, Option<i64>) {
    let previous = readings
        .iter()
        .filter(|r| r.period < period)
        .map(|r| r.meter_m3)
        .next_back()
        .unwrap_or(0);
    let next = readings
        .iter()
        .find(|r| r.period > period)
        .map(|r| r.meter_m3);
    (previous, next)
}

/// Locks the lease (so two clerks entering readings of one meter take turns) and checks it is
/// the tenant's and billable.
async fn lock_lease(txn: &TenantTxn, lease_id: Uuid) -> AppResult<lease::Model> {
    let found = txn
        .scoped_by_id::<lease::Entity>(lease_id)
        .lock_exclusive()
        .one(txn.conn())
        .await?
        .ok_or_else(|| AppError::invalid("input.leaseId", "no such lease"))?;
    if found.status == LeaseStatus::Draft {
        return Err(AppError::invalid(
            "input.leaseId",
            "a draft lease has no meter to read yet",
        ));
    }
    Ok(found)
}

/// Records the reading of a lease's meter for a month (operators).
pub async fn record(
    db: &Db,
    ctx: &TenantCtx,
    mut input: ReadingInput,
) -> AppResult<meter_reading::Model> {
    ctx.require(&OPERATORS)?;
    input.period = first_of_month(input.period);
    let mut problems = Problems::new();
    check_value(&input, &mut problems);
    problems.finish()?;
    let txn = db.tenant(ctx).await?;
    lock_lease(&txn, input.lease_id).await?;
    let readings = in_force(&txn, input.lease_id).await?;
    if readings.iter().any(|r| r.period == input.period) {
        return Err(AppError::Conflict(
            "this month already has a reading; correct it instead".into(),
        ));
    }
    let (previous, next) = neighbours(&readings, input.period);
    check_order(input.meter_m3, previous, next)?;
    let model = insert(&txn, ctx, &input, input.meter_m3 - previous, None, None).await?;
    audit::record(
        &txn,
        ctx,
        "MeterReading",
        model.id,
        "created",
        None::<&()>,
        Some(&model),
    )
    .await?;
    txn.commit().await?;
    Ok(model)
}

fn check_order(value: i64, previous: i64, next: Option<i64>) -> AppResult<()> {
    if value < previous {
        return Err(AppError::invalid(
            "input.meterM3",
            format!("a meter does not go backwards: the previous reading is {previous} m³"),
        ));
    }
    if let Some(next) = next
        && value > next
    {
        return Err(AppError::invalid(
            "input.meterM3",
            format!("the next month's reading is {next} m³; this one cannot be higher"),
        ));
    }
    Ok(())
}

async fn insert(
    txn: &TenantTxn,
    ctx: &TenantCtx,
    input: &ReadingInput,
    consumption: i64,
    corrects: Option<Uuid>,
    reason: Option<String>,
) -> AppResult<meter_reading::Model> {
    let model = meter_reading::Model {
        id: Uuid::now_v7(),
        tenant_id: txn.tenant_id().0,
        created_at: Utc::now(),
        lease_id: input.lease_id,
        period: input.period,
        read_on: input.read_on,
        meter_m3: input.meter_m3,
        consumption_m3: consumption,
        corrects_id: corrects,
        correction_reason: reason,
        superseded_at: None,
        entered_by: Some(ctx.user_id().0),
    };
    meter_reading::Entity::insert(model.clone().into_active_model())
        .exec_without_returning(txn.conn())
        .await?;
    Ok(model)
}

/// Corrects the latest reading of a lease: the new value supersedes it, with the reason; the
/// wrong reading stays on record. Only the latest can be corrected, because a later month's
/// consumption is measured from it.
pub async fn correct(
    db: &Db,
    ctx: &TenantCtx,
    reading_id: Uuid,
    meter_m3: i64,
    read_on: NaiveDate,
    reason: String,
) -> AppResult<meter_reading::Model> {
    ctx.require(&OPERATORS)?;
    let reason = crate::tenancy::required_text(&reason, "input.reason", 500)?;
    let txn = db.tenant(ctx).await?;
    let wrong = txn
        .scoped_by_id::<meter_reading::Entity>(reading_id)
        .one(txn.conn())
        .await?
        .ok_or(AppError::NotFound)?;
    lock_lease(&txn, wrong.lease_id).await?;
    let readings = in_force(&txn, wrong.lease_id).await?;
    if !readings.iter().any(|r| r.id == wrong.id) {
        return Err(AppError::Conflict(
            "this reading was already corrected".into(),
        ));
    }
    let input = ReadingInput {
        lease_id: wrong.lease_id,
        period: wrong.period,
        read_on,
        meter_m3,
    };
    let mut problems = Problems::new();
    check_value(&input, &mut problems);
    problems.finish()?;
    let (previous, next) = neighbours(&readings, wrong.period);
    if next.is_some() {
        return Err(AppError::Conflict(
            "a later month is already read; only the latest reading can be corrected".into(),
        ));
    }
    check_order(meter_m3, previous, None)?;
    let mut superseded = wrong.clone().into_active_model();
    superseded.superseded_at = Set(Some(Utc::now()));
    superseded.update(txn.conn()).await?;
    let model = insert(
        &txn,
        ctx,
        &input,
        meter_m3 - previous,
        Some(wrong.id),
        Some(reason),
    )
    .await?;
    audit::record(
        &txn,
        ctx,
        "MeterReading",
        model.id,
        "corrected",
        Some(&wrong),
        Some(&model),
    )
    .await?;
    txn.commit().await?;
    Ok(model)
}

/// Readings of a lease, corrections included, newest month first (operators).
pub async fn of_lease(
    db: &Db,
    ctx: &TenantCtx,
    lease_id: Uuid,
) -> AppResult<Vec<meter_reading::Model>> {
    ctx.require(&OPERATORS)?;
    let txn = db.tenant(ctx).await?;
    txn.scoped_by_id::<lease::Entity>(lease_id)
        .one(txn.conn())
        .await?
        .ok_or(AppError::NotFound)?;
    let rows = txn
        .scoped::<meter_reading::Entity>()
        .filter(meter_reading::Column::LeaseId.eq(lease_id))
        .order_by_desc(meter_reading::Column::Period)
        .order_by_desc(meter_reading::Column::CreatedAt)
        .all(txn.conn())
        .await?;
    txn.commit().await?;
    Ok(rows)
}
