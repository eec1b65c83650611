//! Preventive schedules of an asset or a cluster, and their occurrences: create and change a
//! schedule (its rule checked by [`Recurrence::parse`]), list them, preview the next dates of a
//! rule, and skip an occurrence with a reason.

use chrono::{NaiveDate, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter, QueryOrder,
};
use uuid::Uuid;

use crate::access::{Policy, Role, TenantCtx};
use crate::audit;
use crate::db::{Db, TenantTxn};
use crate::error::{AppError, AppResult, Problems, reason};
use crate::estate::clusters;
use crate::ids::{AssetId, ClusterId, UpkeepOccurrenceId, UpkeepScheduleId, UserId};
use crate::maintenance::FundingSource;
use crate::receivables::FundAccount;
use crate::tenancy::entities::membership;
use crate::upkeep::entities::{asset, occurrence, schedule};
use crate::upkeep::recurrence::Recurrence;
use crate::upkeep::{ChecklistKind, ChecklistTemplateItem, OccurrenceStatus, ScheduleAnchor};
use crate::values::{Vnd, check_day, required_text, today};

/// The raw input of a schedule.
#[derive(Clone, Debug)]
pub struct ScheduleInput {
    pub cluster_id: Option<ClusterId>,
    pub asset_id: Option<AssetId>,
    pub title: String,
    pub checklist: Vec<ChecklistTemplateItem>,
    pub rule: String,
    pub starts_on: NaiveDate,
    pub lead_days: i32,
    pub estimated_cost: i64,
    pub funding_source: FundingSource,
    pub account: FundAccount,
    pub assignee_user_id: Option<UserId>,
    pub legal_basis: Option<String>,
    pub active: bool,
    pub anchor: ScheduleAnchor,
}

/// A checked schedule (its cluster, asset and assignee are checked when written).
#[derive(Clone, Debug)]
pub struct ScheduleRecord {
    input: ScheduleInput,
    recurrence: Recurrence,
}

/// Checks a checklist template: labels, and a unit and a sane range for numbers.
pub fn check_checklist(items: &mut [ChecklistTemplateItem], prefix: &str, problems: &mut Problems) {
    if items.len() > 100 {
        problems.add(
            prefix,
            reason!("most_checklist_items", "at most 100 checklist items"),
        );
    }
    for (i, item) in items.iter_mut().enumerate() {
        let at = |f: &str| format!("{prefix}.{i}.{f}");
        if let Some(label) = problems.check(required_text(&item.label, &at("label"), 300)) {
            item.label = label;
        }
        item.unit = item
            .unit
            .as_deref()
            .map(str::trim)
            .filter(|u| !u.is_empty())
            .map(str::to_owned);
        match item.kind {
            ChecklistKind::Number => {
                if item.unit.is_none() {
                    problems.add(
                        at("unit"),
                        reason!(
                            "number_needs_unit_mg",
                            "a number needs its unit (mg/l, pH, bar)"
                        ),
                    );
                }
                let finite = |v: Option<f64>| v.is_none_or(f64::is_finite);
                if !finite(item.min) || !finite(item.max) {
                    problems.add(
                        at("min"),
                        reason!("range_numbers", "the range must be numbers"),
                    );
                } else if let (Some(lo), Some(hi)) = (item.min, item.max)
                    && lo > hi
                {
                    problems.add(
                        at("max"),
                        reason!(
                            "greatest_accepted_value_below",
                            "the greatest accepted value is below the least"
                        ),
                    );
                }
            }
            _ => {
                if item.min.is_some() || item.max.is_some() || item.unit.is_some() {
                    problems.add(
                        at("kind"),
                        reason!(
                            "number_item_unit_range",
                            "only a number item has a unit and a range"
                        ),
                    );
                }
            }
        }
    }
}

impl ScheduleRecord {
    /// Checks the input (paths under `input.`): every problem at once.
    pub fn parse(mut input: ScheduleInput) -> AppResult<Self> {
        let mut problems = Problems::new();
        if let Some(t) = problems.check(required_text(&input.title, "input.title", 200)) {
            input.title = t;
        }
        if input.cluster_id.is_none() && input.asset_id.is_none() {
            problems.add(
                "input.clusterId",
                reason!(
                    "schedule_belongs_cluster_asset",
                    "a schedule belongs to a cluster or an asset"
                ),
            );
        }
        check_checklist(&mut input.checklist, "input.checklist", &mut problems);
        problems.check(Vnd::parse(input.estimated_cost, "input.estimatedCost"));
        if !(0..=366).contains(&input.lead_days) {
            problems.add(
                "input.leadDays",
                reason!("from_lead_days", "from 0 to 366 lead days"),
            );
        }
        input.legal_basis = input
            .legal_basis
            .map(|t| t.trim().to_owned())
            .filter(|t| !t.is_empty());
        if let Some(l) = &input.legal_basis {
            problems.check(required_text(l, "input.legalBasis", 500));
        }
        let starts = problems.check(check_day(input.starts_on, "input.startsOn"));
        let recurrence = starts.and_then(|s| {
            problems.check(Recurrence::parse(
                &input.rule,
                s,
                input.lead_days.clamp(0, 366),
                "input.rule",
                "input.leadDays",
            ))
        });
        if input.anchor == ScheduleAnchor::AfterCompletion
            && let Some(r) = &recurrence
            && let Some(step) = problems.check(r.interval_only("input.rule"))
            && i64::from(input.lead_days) > step.min_days()
        {
            problems.add(
                "input.leadDays",
                reason!("lead_days_longer_than_interval", "{lead_days} lead days are longer than the {min_days} days one interval can last", lead_days = input.lead_days, min_days = step.min_days()));
        }
        problems.finish()?;
        let recurrence = recurrence
            .ok_or_else(|| AppError::invalid("input.rule", reason!("no_rule", "no rule")))?;
        input.rule = recurrence.rule().to_owned();
        Ok(Self { input, recurrence })
    }

    /// The checked rule.
    pub fn recurrence(&self) -> &Recurrence {
        &self.recurrence
    }
}

/// The recurrence of a stored schedule (its rule was checked when saved).
pub fn recurrence_of(s: &schedule::Model) -> AppResult<Recurrence> {
    Recurrence::parse(&s.rule, s.starts_on, s.lead_days, "rule", "leadDays")
}

/// The due dates of a stored schedule from `from` up to and including `until`, at most `limit`.
/// Fixed: the rule's dates. After the last completion: one interval apart from `latest` (the
/// due date of its newest occurrence; the start date when it has none), as if each were done on
/// its due date: a forecast, since the real next date follows the real completion.
pub fn dates_of(
    s: &schedule::Model,
    latest: Option<NaiveDate>,
    from: NaiveDate,
    until: NaiveDate,
    limit: usize,
) -> AppResult<Vec<NaiveDate>> {
    let recurrence = recurrence_of(s)?;
    Ok(match s.anchor {
        ScheduleAnchor::Fixed => recurrence.between(from, until, limit),
        ScheduleAnchor::AfterCompletion => {
            recurrence.chained(latest.unwrap_or(s.starts_on), from, until, limit)
        }
    })
}

/// The due date of the newest occurrence of each of `schedules` that has one, in one statement.
pub async fn latest_due_dates<C: sea_orm::ConnectionTrait>(
    conn: &C,
    schedules: &[Uuid],
) -> AppResult<std::collections::HashMap<Uuid, NaiveDate>> {
    if schedules.is_empty() {
        return Ok(Default::default());
    }
    newest_due_dates(conn, Some(schedules)).await
}

/// [`latest_due_dates`] of every schedule that has an occurrence, with no list of ids (a
/// sweep over all of them, whatever their number).
pub async fn every_latest_due_date<C: sea_orm::ConnectionTrait>(
    conn: &C,
) -> AppResult<std::collections::HashMap<Uuid, NaiveDate>> {
    newest_due_dates(conn, None).await
}

async fn newest_due_dates<C: sea_orm::ConnectionTrait>(
    conn: &C,
    schedules: Option<&[Uuid]>,
) -> AppResult<std::collections::HashMap<Uuid, NaiveDate>> {
    use sea_orm::QuerySelect;
    let mut query = occurrence::Entity::find()
        .select_only()
        .column(occurrence::Column::ScheduleId)
        .column_as(occurrence::Column::DueOn.max(), "latest");
    if let Some(list) = schedules {
        query = query.filter(occurrence::Column::ScheduleId.is_in(list.iter().copied()));
    }
    let rows: Vec<(Uuid, Option<NaiveDate>)> = query
        .group_by(occurrence::Column::ScheduleId)
        .into_tuple()
        .all(conn)
        .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(schedule, latest)| Some((schedule, latest?)))
        .collect())
}

/// The checklist template of a stored schedule.
pub fn checklist_of(s: &schedule::Model) -> Vec<ChecklistTemplateItem> {
    serde_json::from_str(&s.checklist).unwrap_or_default()
}

/// Resolves the cluster (the asset's when an asset is named) and checks the assignee.
async fn resolve(txn: &TenantTxn, input: &ScheduleInput) -> AppResult<Uuid> {
    let asset = match input.asset_id {
        Some(a) => Some(
            txn.scoped_by_id::<asset::Entity>(a)
                .one(txn.conn())
                .await?
                .ok_or_else(|| {
                    AppError::invalid("input.assetId", reason!("no_such_asset", "no such asset"))
                })?,
        ),
        None => None,
    };
    let cluster = match (input.cluster_id, &asset) {
        (Some(c), Some(a)) if a.cluster_id != c.0 => {
            return Err(AppError::invalid(
                "input.assetId",
                reason!(
                    "asset_belongs_another_cluster",
                    "the asset belongs to another cluster"
                ),
            ));
        }
        (Some(c), _) => c,
        (None, Some(a)) => ClusterId(a.cluster_id),
        (None, None) => {
            return Err(AppError::invalid(
                "input.clusterId",
                reason!("no_cluster", "no cluster"),
            ));
        }
    };
    clusters::named_in(txn, cluster, "input.clusterId").await?;
    if let Some(user) = input.assignee_user_id {
        let member = txn
            .scoped::<membership::Entity>()
            .filter(membership::Column::UserId.eq(user))
            .one(txn.conn())
            .await?;
        if !member.is_some_and(|m| matches!(m.role, Role::OperatorAdmin | Role::OperatorStaff)) {
            return Err(AppError::invalid(
                "input.assigneeUserId",
                reason!(
                    "assignee_not_staff",
                    "the assignee must be one of the operator's staff"
                ),
            ));
        }
    }
    Ok(cluster.0)
}

fn model_of(record: &ScheduleRecord, base: schedule::Model, cluster: Uuid) -> schedule::Model {
    let i = &record.input;
    schedule::Model {
        cluster_id: cluster,
        asset_id: i.asset_id.map(|a| a.0),
        title: i.title.clone(),
        checklist: serde_json::to_string(&i.checklist).unwrap_or_else(|_| "[]".into()),
        rule: i.rule.clone(),
        starts_on: i.starts_on,
        lead_days: i.lead_days,
        estimated_cost: i.estimated_cost,
        funding_source: i.funding_source,
        account: i.account,
        assignee_user_id: i.assignee_user_id.map(|u| u.0),
        legal_basis: i.legal_basis.clone(),
        active: i.active,
        anchor: i.anchor,
        updated_at: Utc::now(),
        ..base
    }
}

/// Creates a schedule (operators). The generator materialises its occurrences.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn create(
    db: &Db,
    ctx: &TenantCtx,
    record: ScheduleRecord,
) -> AppResult<schedule::Model> {
    ctx.require(Policy::ManageUpkeep)?;
    let txn = db.tenant(ctx, Policy::ManageUpkeep).await?;
    let model = insert(&txn, ctx, record, None)
        .await?
        .ok_or_else(|| AppError::Conflict(reason!("schedule_exists", "the schedule exists")))?;
    txn.commit().await?;
    Ok(model)
}

/// Inserts a schedule in `txn`, audited. With a template key it inserts nothing (none) when
/// the cluster already has a schedule of that template, so two callers at once write it once.
pub(crate) async fn insert(
    txn: &TenantTxn,
    ctx: &TenantCtx,
    record: ScheduleRecord,
    template_key: Option<&str>,
) -> AppResult<Option<schedule::Model>> {
    let cluster = resolve(txn, &record.input).await?;
    let now = Utc::now();
    let base = schedule::Model {
        id: Uuid::now_v7(),
        tenant_id: txn.tenant_id().0,
        created_at: now,
        cluster_id: cluster,
        asset_id: None,
        title: String::new(),
        checklist: "[]".into(),
        rule: String::new(),
        starts_on: record.input.starts_on,
        lead_days: 0,
        estimated_cost: 0,
        funding_source: FundingSource::Fund,
        account: FundAccount::MaintenanceFund,
        assignee_user_id: None,
        legal_basis: None,
        active: true,
        updated_at: now,
        anchor: ScheduleAnchor::Fixed,
        template_key: template_key.map(str::to_owned),
    };
    let model = model_of(&record, base, cluster);
    let inserted = schedule::Entity::insert(model.clone().into_active_model())
        .on_conflict_do_nothing_on([
            schedule::Column::TenantId,
            schedule::Column::ClusterId,
            schedule::Column::TemplateKey,
        ])
        .exec_without_returning(txn.conn())
        .await?;
    if !matches!(inserted, sea_orm::TryInsertResult::Inserted(1)) {
        return Ok(None);
    }
    audit::created(txn, ctx, "UpkeepSchedule", model.id, &model).await?;
    Ok(Some(model))
}

/// Changes a schedule (operators). Its future occurrences that have not opened are dropped and
/// generated again from the new rule; opened, skipped and missed ones stay as they were.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn update(
    db: &Db,
    ctx: &TenantCtx,
    id: UpkeepScheduleId,
    record: ScheduleRecord,
) -> AppResult<schedule::Model> {
    ctx.require(Policy::ManageUpkeep)?;
    let txn = db.tenant(ctx, Policy::ManageUpkeep).await?;
    let before = txn
        .scoped_by_id::<schedule::Entity>(id)
        .one(txn.conn())
        .await?
        .ok_or(AppError::NotFound)?;
    let cluster = resolve(&txn, &record.input).await?;
    let after = model_of(&record, before.clone(), cluster);
    let mut active = after.clone().into_active_model().reset_all();
    active.id = sea_orm::ActiveValue::Unchanged(before.id);
    schedule::Entity::update(active).exec(txn.conn()).await?;
    occurrence::Entity::delete_many()
        .filter(occurrence::Column::TenantId.eq(txn.tenant_id()))
        .filter(occurrence::Column::ScheduleId.eq(before.id))
        .filter(occurrence::Column::Status.eq(OccurrenceStatus::Planned))
        .filter(occurrence::Column::DueOn.gte(today()))
        .exec(txn.conn())
        .await?;
    audit::record(
        &txn,
        ctx,
        "UpkeepSchedule",
        before.id,
        "updated",
        Some(&before),
        Some(&after),
    )
    .await?;
    txn.commit().await?;
    Ok(after)
}

/// The schedules, optionally of one cluster or asset (operators).
pub async fn list(
    db: &Db,
    ctx: &TenantCtx,
    cluster: Option<ClusterId>,
    asset: Option<AssetId>,
) -> AppResult<Vec<schedule::Model>> {
    let txn = db.read(ctx, Policy::ManageUpkeep).await?;
    let mut select = txn.scoped::<schedule::Entity>();
    if let Some(c) = cluster {
        select = select.filter(schedule::Column::ClusterId.eq(c));
    }
    if let Some(a) = asset {
        select = select.filter(schedule::Column::AssetId.eq(a));
    }
    let rows = select
        .order_by_asc(schedule::Column::Title)
        .all(txn.conn())
        .await?;
    txn.commit().await?;
    Ok(rows)
}

/// One schedule (NOT_FOUND when not visible).
pub async fn get(db: &Db, ctx: &TenantCtx, id: UpkeepScheduleId) -> AppResult<schedule::Model> {
    db.find_one::<schedule::Entity>(ctx, Policy::ManageUpkeep, id)
        .await
}

/// A schedule's occurrences, by due date.
pub async fn occurrences(
    db: &Db,
    ctx: &TenantCtx,
    id: UpkeepScheduleId,
) -> AppResult<Vec<occurrence::Model>> {
    let txn = db.lookup(ctx, Policy::ManageUpkeep).await?;
    let rows = txn
        .scoped::<occurrence::Entity>()
        .filter(occurrence::Column::ScheduleId.eq(id))
        .order_by_asc(occurrence::Column::DueOn)
        .all(txn.conn())
        .await?;
    txn.commit().await?;
    Ok(rows)
}

/// Skips a planned occurrence, with a reason (operators). One already opened, skipped or missed
/// is a CONFLICT.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn skip(
    db: &Db,
    ctx: &TenantCtx,
    id: UpkeepOccurrenceId,
    reason: &str,
) -> AppResult<occurrence::Model> {
    ctx.require(Policy::ManageUpkeep)?;
    let reason = required_text(reason, "input.reason", 500)?;
    let txn = db.tenant(ctx, Policy::ManageUpkeep).await?;
    let before = txn
        .scoped_by_id::<occurrence::Entity>(id)
        .one(txn.conn())
        .await?
        .ok_or(AppError::NotFound)?;
    let now = Utc::now();
    let moved = occurrence::Entity::update_many()
        .col_expr(
            occurrence::Column::Status,
            Expr::value(OccurrenceStatus::Skipped.as_str()),
        )
        .col_expr(occurrence::Column::Reason, Expr::value(reason.clone()))
        .col_expr(occurrence::Column::UpdatedAt, Expr::value(now))
        .filter(occurrence::Column::TenantId.eq(txn.tenant_id()))
        .filter(occurrence::Column::Id.eq(before.id))
        .filter(occurrence::Column::Status.eq(OccurrenceStatus::Planned))
        .exec(txn.conn())
        .await?;
    if moved.rows_affected != 1 {
        return Err(AppError::Conflict(reason!(
            "occurrence_not_planned",
            "the occurrence is {status}; only a planned one can be skipped",
            status = before.status.as_str()
        )));
    }
    let after = occurrence::Model {
        status: OccurrenceStatus::Skipped,
        reason: Some(reason),
        updated_at: now,
        ..before.clone()
    };
    audit::record(
        &txn,
        ctx,
        "UpkeepOccurrence",
        before.id,
        "skipped",
        Some(&before),
        Some(&after),
    )
    .await?;
    txn.commit().await?;
    Ok(after)
}
