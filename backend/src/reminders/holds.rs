//! Pausing a firm's reminders until a date (a dispute, a payment plan) or excluding the firm,
//! each with a reason, and lifting it. A held firm gets no reminder; the sweep skips it without
//! claiming, so the step due when the hold ends still goes.

use chrono::{NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter,
    QueryOrder,
};
use uuid::Uuid;

use crate::access::{Policy, TenantCtx};
use crate::audit;
use crate::db::Db;
use crate::error::{AppError, AppResult, Problems, reason};
use crate::ids::{FirmId, ReminderHoldId};
use crate::reminders::entities::reminder_hold::{self, Column};
use crate::tenancy::entities::firm;
use crate::values::required_text;

/// A pause runs to its end date; an exclusion until lifted.
pub const PAUSE: &str = "PAUSE";
pub const EXCLUDE: &str = "EXCLUDE";

/// A new hold as typed: a pause needs an end date from today on, both need a reason.
#[derive(Clone, Debug)]
pub struct HoldInput {
    pub firm: FirmId,
    pub exclude: bool,
    pub reason: String,
    pub ends_on: Option<NaiveDate>,
}

/// Holds a firm's reminders (operator admins and staff). Bad input is VALIDATION on each field
/// and nothing is written; an unknown firm is NOT_FOUND.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn hold(
    db: &Db,
    ctx: &TenantCtx,
    input: HoldInput,
    today: NaiveDate,
) -> AppResult<reminder_hold::Model> {
    ctx.require(Policy::HoldReminders)?;
    let mut problems = Problems::new();
    let reason = problems.check(required_text(&input.reason, "input.reason", 500));
    let ends_on = match (input.exclude, input.ends_on) {
        (true, _) => None,
        (false, None) => {
            problems.add(
                "input.endsOn",
                reason!("pause_needs_day_ends", "a pause needs the day it ends"),
            );
            None
        }
        (false, Some(day)) if day < today => {
            problems.add(
                "input.endsOn",
                reason!("pause_end_today_later", "the pause must end today or later"),
            );
            None
        }
        (false, Some(day)) if day > today + chrono::Duration::days(366) => {
            problems.add(
                "input.endsOn",
                reason!("pause_lasts_most_year", "a pause lasts at most a year"),
            );
            None
        }
        (false, day) => day,
    };
    problems.finish()?;
    let reason = reason.unwrap_or_default();
    let txn = db.tenant(ctx, Policy::HoldReminders).await?;
    txn.scoped_by_id::<firm::Entity>(input.firm.0)
        .one(txn.conn())
        .await?
        .ok_or(AppError::NotFound)?;
    let model = reminder_hold::Model {
        id: ReminderHoldId::new().0,
        tenant_id: txn.tenant_id().0,
        created_at: Utc::now(),
        firm_id: input.firm.0,
        kind: if input.exclude { EXCLUDE } else { PAUSE }.to_owned(),
        reason,
        ends_on,
        ended_at: None,
        created_by: Some(ctx.user_id().0),
    };
    let saved = model.into_active_model().insert(txn.conn()).await?;
    audit::created(&txn, ctx, "ReminderHold", saved.id, &saved).await?;
    txn.commit().await?;
    Ok(saved)
}

/// Lifts a hold now (operator admins and staff); the next sweep sends what is due.
pub async fn lift(db: &Db, ctx: &TenantCtx, id: ReminderHoldId) -> AppResult<reminder_hold::Model> {
    let txn = db.tenant(ctx, Policy::HoldReminders).await?;
    let found = txn
        .scoped_by_id::<reminder_hold::Entity>(id.0)
        .one(txn.conn())
        .await?
        .ok_or(AppError::NotFound)?;
    if found.ended_at.is_some() {
        return Err(AppError::Conflict(reason!(
            "hold_already_lifted",
            "this hold was already lifted"
        )));
    }
    let before = found.clone();
    let mut active = found.into_active_model();
    active.ended_at = Set(Some(Utc::now()));
    let after = active.update(txn.conn()).await?;
    audit::record(
        &txn,
        ctx,
        "ReminderHold",
        id,
        "lifted",
        Some(&before),
        Some(&after),
    )
    .await?;
    txn.commit().await?;
    Ok(after)
}

/// The holds in force on `today`, or of one firm with the lifted and ended ones (operators).
pub async fn list(
    db: &Db,
    ctx: &TenantCtx,
    firm: Option<FirmId>,
    today: NaiveDate,
) -> AppResult<Vec<reminder_hold::Model>> {
    let txn = db.read(ctx, Policy::HoldReminders).await?;
    let mut select = txn.scoped::<reminder_hold::Entity>();
    select = match firm {
        Some(firm) => select.filter(Column::FirmId.eq(firm.0)),
        None => select.filter(in_force(today)),
    };
    let rows = select
        .order_by_desc(Column::CreatedAt)
        .all(txn.conn())
        .await?;
    txn.commit().await?;
    Ok(rows)
}

/// Holds in force on `today`: not lifted, and an exclusion or a pause not yet over.
pub fn in_force(today: NaiveDate) -> sea_orm::Condition {
    sea_orm::Condition::all()
        .add(Column::EndedAt.is_null())
        .add(
            sea_orm::Condition::any()
                .add(Column::Kind.eq(EXCLUDE))
                .add(Column::EndsOn.gte(today)),
        )
}

/// The firms held on `today`, of every tenant (the sweep; one statement).
pub async fn held_firms<C: sea_orm::ConnectionTrait>(
    conn: &C,
    today: NaiveDate,
) -> AppResult<std::collections::HashSet<Uuid>> {
    let rows = reminder_hold::Entity::find()
        .filter(in_force(today))
        .all(conn)
        .await?;
    Ok(rows.into_iter().map(|h| h.firm_id).collect())
}
