//! Each operator's maintenance settings: SLA targets per priority, working hours, holidays per
//! year, and the cost above which an operator admin must verify a work order. Until an operator
//! changes them the defaults apply ([`Targets::default`], [`WorkingHours::default`], Vietnam's
//! public holidays of 2026 and 2027, 50,000,000 đ). A year with holidays of its own replaces the
//! preloaded list of that year.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::{Datelike, NaiveDate, Utc};
use sea_orm::sea_query::OnConflict;
use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

use crate::access::{Policy, TenantCtx};
use crate::audit;
use crate::db::{Db, TenantTxn};
use crate::error::{AppError, AppResult, Problems, reason};
use crate::maintenance::entities::{holiday, setting};
use crate::maintenance::sla::{self, Calendar, Targets, WorkingHours, vietnam_holidays};
use crate::values::{MAX_VND, required_text};

/// Work orders costing more than this need an operator admin, unless the operator sets another.
pub const DEFAULT_APPROVAL_THRESHOLD: i64 = 50_000_000;

/// An operator's settings, as in effect.
#[derive(Clone, Debug)]
pub struct Settings {
    pub targets: Targets,
    pub hours: WorkingHours,
    pub approval_threshold: i64,
    /// Every holiday in effect, by day.
    pub holidays: BTreeMap<NaiveDate, String>,
}

impl Settings {
    /// The calendar the SLA clock counts working time on.
    pub fn calendar(&self) -> Calendar {
        Calendar {
            hours: self.hours,
            holidays: self.holidays.keys().copied().collect(),
        }
    }

    /// The SLA due times of each request or work order from its history of steps, on this
    /// tenant's working calendar as of `now`.
    pub fn dues(
        &self,
        steps: std::collections::HashMap<Uuid, Vec<sla::Step>>,
        now: chrono::DateTime<Utc>,
    ) -> std::collections::HashMap<Uuid, sla::Due> {
        let calendar = self.calendar();
        steps
            .into_iter()
            .map(|(id, s)| (id, sla::due_times(&s, &self.targets, &calendar, now)))
            .collect()
    }
}

/// The settings in effect for the transaction's tenant (two statements).
pub async fn load(txn: &TenantTxn) -> AppResult<Settings> {
    let row = txn.scoped::<setting::Entity>().one(txn.conn()).await?;
    let rows = txn
        .scoped::<holiday::Entity>()
        .order_by_asc(holiday::Column::Day)
        .all(txn.conn())
        .await?;
    Ok(settings_of(row, rows))
}

/// The settings in effect for every tenant (or one), two statements whatever their number: a
/// scheduled sweep across tenants reads them at once. A tenant absent from the map has the
/// defaults ([`defaults`]).
pub async fn load_all<C: sea_orm::ConnectionTrait>(
    conn: &C,
    tenant: Option<Uuid>,
) -> AppResult<HashMap<Uuid, Settings>> {
    let mut rows = setting::Entity::find();
    let mut days = holiday::Entity::find().order_by_asc(holiday::Column::Day);
    if let Some(tenant) = tenant {
        rows = rows.filter(setting::Column::TenantId.eq(tenant));
        days = days.filter(holiday::Column::TenantId.eq(tenant));
    }
    let mut holidays: HashMap<Uuid, Vec<holiday::Model>> = HashMap::new();
    for h in days.all(conn).await? {
        holidays.entry(h.tenant_id).or_default().push(h);
    }
    let mut out = HashMap::new();
    for row in rows.all(conn).await? {
        let own = holidays.remove(&row.tenant_id).unwrap_or_default();
        out.insert(row.tenant_id, settings_of(Some(row), own));
    }
    for (tenant, own) in holidays {
        out.insert(tenant, settings_of(None, own));
    }
    Ok(out)
}

/// The product's settings, for an operator that changed nothing.
pub fn defaults() -> Settings {
    settings_of(None, Vec::new())
}

fn settings_of(row: Option<setting::Model>, rows: Vec<holiday::Model>) -> Settings {
    let mut holidays: BTreeMap<NaiveDate, String> = BTreeMap::new();
    let own_years: BTreeSet<i32> = rows.iter().map(|h| h.year).collect();
    for year in [2026, 2027] {
        if !own_years.contains(&year) {
            for (day, name) in vietnam_holidays(year) {
                holidays.insert(day, name.to_owned());
            }
        }
    }
    for h in rows {
        holidays.insert(h.day, h.name);
    }
    match row {
        Some(row) => Settings {
            targets: serde_json::from_str(&row.targets).unwrap_or_default(),
            hours: serde_json::from_str(&row.working_hours).unwrap_or_default(),
            approval_threshold: row.approval_threshold,
            holidays,
        },
        None => Settings {
            targets: Targets::default(),
            hours: WorkingHours::default(),
            approval_threshold: DEFAULT_APPROVAL_THRESHOLD,
            holidays,
        },
    }
}

/// The settings in effect (operators).
pub async fn get(db: &Db, ctx: &TenantCtx) -> AppResult<Settings> {
    let txn = db.tenant(ctx, Policy::ManageMaintenance).await?;
    let settings = load(&txn).await?;
    txn.commit().await?;
    Ok(settings)
}

/// New targets, hours and threshold (each `None` keeps what is in effect).
#[derive(Clone, Debug, Default)]
pub struct SettingsInput {
    pub targets: Option<Targets>,
    pub hours: Option<WorkingHours>,
    pub approval_threshold: Option<i64>,
}

/// Changes the settings (operator admins).
#[tracing::instrument(level = "debug", skip_all)]
pub async fn update(db: &Db, ctx: &TenantCtx, input: SettingsInput) -> AppResult<Settings> {
    ctx.require(Policy::ConfigureMaintenance)?;
    let mut problems = Problems::new();
    if let Some(targets) = &input.targets {
        for (i, t) in targets.0.iter().enumerate() {
            for (name, target) in [("response", t.response), ("resolution", t.resolution)] {
                if !(1..=366 * 24 * 60).contains(&target.minutes) {
                    problems.add(
                        format!("input.targets.{i}.{name}Minutes"),
                        reason!("between_minute_year", "between 1 minute and a year"),
                    );
                }
            }
        }
    }
    if let Some(hours) = &input.hours {
        for (i, day) in hours.0.iter().enumerate() {
            if let Some((open, close)) = day
                && (open >= close || *close > 24 * 60)
            {
                problems.add(
                    format!("input.workingHours.{i}"),
                    reason!(
                        "opens_before_closes_within",
                        "opens before it closes, within the day"
                    ),
                );
            }
        }
    }
    if let Some(threshold) = input.approval_threshold
        && !(0..=MAX_VND).contains(&threshold)
    {
        problems.add(
            "input.approvalThreshold",
            reason!("whole_dong_or_zero", "0 or more whole đồng"),
        );
    }
    problems.finish()?;
    let txn = db.tenant(ctx, Policy::ConfigureMaintenance).await?;
    let before = load(&txn).await?;
    let to_json = |v: serde_json::Result<String>| v.map_err(|e| AppError::Internal(e.into()));
    let targets = input.targets.unwrap_or(before.targets);
    let hours = input.hours.unwrap_or(before.hours);
    let threshold = input
        .approval_threshold
        .unwrap_or(before.approval_threshold);
    let now = Utc::now();
    setting::Entity::insert(setting::ActiveModel {
        id: Set(Uuid::now_v7()),
        tenant_id: Set(txn.tenant_id().0),
        created_at: Set(now),
        targets: Set(to_json(serde_json::to_string(&targets))?),
        working_hours: Set(to_json(serde_json::to_string(&hours))?),
        approval_threshold: Set(threshold),
        updated_at: Set(now),
    })
    .on_conflict(
        OnConflict::column(setting::Column::TenantId)
            .update_columns([
                setting::Column::Targets,
                setting::Column::WorkingHours,
                setting::Column::ApprovalThreshold,
                setting::Column::UpdatedAt,
            ])
            .to_owned(),
    )
    .exec_without_returning(txn.conn())
    .await?;
    audit::record(
        &txn,
        ctx,
        "MaintenanceSettings",
        txn.tenant_id().0,
        "updated",
        None::<&()>,
        Some(&(targets, hours, threshold)),
    )
    .await?;
    let after = load(&txn).await?;
    txn.commit().await?;
    Ok(after)
}

/// Replaces the holidays of `year` (operator admins). An empty list goes back to the preloaded
/// one of that year.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn set_holidays(
    db: &Db,
    ctx: &TenantCtx,
    year: i32,
    days: Vec<(NaiveDate, String)>,
) -> AppResult<Settings> {
    ctx.require(Policy::ConfigureMaintenance)?;
    let mut problems = Problems::new();
    if !(2000..=2100).contains(&year) {
        problems.add(
            "input.year",
            reason!("year_between", "a year between 2000 and 2100"),
        );
    }
    let mut rows = Vec::new();
    let mut seen = BTreeSet::new();
    for (i, (day, name)) in days.iter().enumerate() {
        if day.year() != year {
            problems.add(
                format!("input.days.{i}.day"),
                reason!("day_year", "a day of that year"),
            );
        }
        if !seen.insert(*day) {
            problems.add(
                format!("input.days.{i}.day"),
                reason!("listed_twice", "listed twice"),
            );
        }
        let name = problems.check(required_text(name, &format!("input.days.{i}.name"), 100));
        rows.push((*day, name.unwrap_or_default()));
    }
    problems.finish()?;
    let txn = db.tenant(ctx, Policy::ConfigureMaintenance).await?;
    holiday::Entity::delete_many()
        .filter(holiday::Column::TenantId.eq(txn.tenant_id().0))
        .filter(holiday::Column::Year.eq(year))
        .exec(txn.conn())
        .await?;
    let now = Utc::now();
    if !rows.is_empty() {
        holiday::Entity::insert_many(rows.iter().map(|(day, name)| holiday::ActiveModel {
            id: Set(Uuid::now_v7()),
            tenant_id: Set(txn.tenant_id().0),
            created_at: Set(now),
            year: Set(year),
            day: Set(*day),
            name: Set(name.clone()),
        }))
        .exec_without_returning(txn.conn())
        .await?;
    }
    audit::record(
        &txn,
        ctx,
        "MaintenanceHolidays",
        txn.tenant_id().0,
        "replaced",
        None::<&()>,
        Some(&(year, &rows)),
    )
    .await?;
    let after = load(&txn).await?;
    txn.commit().await?;
    Ok(after)
}
