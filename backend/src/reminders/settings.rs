//! Reminder settings: the product's defaults, an operator's settings (scope `OPERATOR`) and a
//! cluster's overrides (scope = the cluster id). An empty setting inherits: cluster, then
//! operator, then product.

use std::collections::HashMap;

use chrono::{NaiveTime, Utc, Weekday};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ConnectionTrait, EntityTrait, IntoActiveModel};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::access::{Policy, TenantCtx};
use crate::audit;
use crate::db::Db;
use crate::error::{AppError, AppResult, Problems, reason};
use crate::estate::entities::cluster;
use crate::ids::ClusterId;
use crate::reminders::entities::reminder_setting;
use crate::reminders::mail::{check_override, default_template};
use crate::reminders::{Kind, Ladder, SendWindow};
use crate::tenancy::Locale;
use crate::values::Email;

/// The operator-wide scope.
const OPERATOR: &str = "OPERATOR";

/// A subject and opening written by the operator for one kind and language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TemplateOverride {
    pub kind: Kind,
    pub locale: Locale,
    pub subject: String,
    pub body: String,
}

/// The settings in force for one cluster (or the operator).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Effective {
    pub disabled: Vec<Kind>,
    pub ladder: Ladder,
    pub window: SendWindow,
    pub cc: Option<String>,
    pub templates: Vec<TemplateOverride>,
}

impl Effective {
    /// The product's defaults, with its default send window.
    pub fn product(window: SendWindow) -> Self {
        Self {
            disabled: Vec::new(),
            ladder: Ladder::default(),
            window,
            cc: None,
            templates: Vec::new(),
        }
    }

    pub fn enabled(&self, kind: Kind) -> bool {
        !self.disabled.contains(&kind)
    }

    /// The subject and opening for `kind` in `locale`: the override, else the product's.
    pub fn template(&self, kind: Kind, locale: Locale) -> (&str, &str) {
        self.templates
            .iter()
            .find(|t| t.kind == kind && t.locale == locale)
            .map(|t| (t.subject.as_str(), t.body.as_str()))
            .unwrap_or_else(|| default_template(kind, locale))
    }

    /// Lays a stored row's settings over these (an empty column inherits).
    fn overlay(&mut self, row: &reminder_setting::Model) {
        if let Some(kinds) = &row.disabled_kinds {
            self.disabled = kinds.split(',').filter_map(Kind::from_code).collect();
        }
        if let Some(days) = &row.ladder_days {
            let days: Vec<i32> = days
                .split(',')
                .filter_map(|d| d.trim().parse().ok())
                .collect();
            let repeat = row.repeat_days.unwrap_or(self.ladder.repeat_days as i32);
            if let Ok(ladder) = Ladder::parse(&days, repeat) {
                self.ladder = ladder;
            }
        } else if let Some(repeat) = row.repeat_days.and_then(|r| u32::try_from(r).ok()) {
            self.ladder.repeat_days = repeat;
        }
        if let Some(window) = row
            .send_window
            .as_deref()
            .and_then(|w| SendWindow::parse(w).ok())
        {
            self.window = window;
        }
        if row.cc.is_some() {
            self.cc = row.cc.clone().filter(|c| !c.is_empty());
        }
        if let Some(templates) = &row.templates {
            self.templates = serde_json::from_str(templates).unwrap_or_default();
        }
    }
}

/// Every operator's settings, read once per sweep.
pub struct Book {
    default_window: SendWindow,
    operators: HashMap<Uuid, reminder_setting::Model>,
    clusters: HashMap<Uuid, reminder_setting::Model>,
}

impl Book {
    /// Reads every settings row (one statement).
    pub async fn load<C: ConnectionTrait>(conn: &C, default_window: SendWindow) -> AppResult<Self> {
        let rows = reminder_setting::Entity::find().all(conn).await?;
        let mut book = Self {
            default_window,
            operators: HashMap::new(),
            clusters: HashMap::new(),
        };
        for row in rows {
            match row.cluster_id {
                Some(cluster) => book.clusters.insert(cluster, row),
                None => book.operators.insert(row.tenant_id, row),
            };
        }
        Ok(book)
    }

    /// The settings in force for `cluster` of `tenant` (or the operator's with none).
    pub fn effective(&self, tenant: Uuid, cluster: Option<Uuid>) -> Effective {
        let mut effective = Effective::product(self.default_window);
        if let Some(row) = self.operators.get(&tenant) {
            effective.overlay(row);
        }
        if let Some(row) = cluster.and_then(|c| self.clusters.get(&c)) {
            effective.overlay(row);
        }
        effective
    }

    /// The longest wait between two overdue steps any operator has (how far back a sweep must
    /// look for claims it made).
    pub fn longest_gap(&self) -> u32 {
        let mut gap = Ladder::default().longest_gap();
        for row in self.operators.values().chain(self.clusters.values()) {
            let mut one = Effective::product(self.default_window);
            one.overlay(row);
            gap = gap.max(one.ladder.longest_gap());
        }
        gap
    }
}

/// A send window as typed.
#[derive(Clone, Debug)]
pub struct WindowInput {
    pub always: bool,
    /// `08:00`.
    pub start: String,
    pub end: String,
    pub days: Vec<Weekday>,
}

/// New settings for the operator (`cluster` none) or a cluster; a field left empty inherits.
#[derive(Clone, Debug, Default)]
pub struct SettingsInput {
    pub cluster: Option<ClusterId>,
    pub disabled_kinds: Option<Vec<Kind>>,
    pub ladder_days: Option<Vec<i32>>,
    pub repeat_days: Option<i32>,
    pub send_window: Option<WindowInput>,
    pub cc: Option<String>,
    pub templates: Option<Vec<TemplateOverride>>,
}

/// The stored settings of one scope and what is in force there.
#[derive(Clone, Debug)]
pub struct View {
    pub cluster: Option<ClusterId>,
    /// What this scope sets itself (none: nothing yet).
    pub own: Option<reminder_setting::Model>,
    pub effective: Effective,
}

/// Checks `input` and returns the columns to store, every problem at once.
fn parse(input: &SettingsInput) -> AppResult<reminder_setting::Model> {
    let mut problems = Problems::new();
    let mut row = reminder_setting::Model {
        id: Uuid::now_v7(),
        tenant_id: Uuid::nil(),
        created_at: Utc::now(),
        scope: OPERATOR.into(),
        cluster_id: input.cluster.map(|c| c.0),
        disabled_kinds: input.disabled_kinds.as_ref().map(|kinds| {
            let codes: Vec<&str> = kinds.iter().map(|k| k.code()).collect();
            codes.join(",")
        }),
        ladder_days: None,
        repeat_days: None,
        send_window: None,
        cc: None,
        templates: None,
        updated_at: Utc::now(),
    };
    if input.ladder_days.is_some() || input.repeat_days.is_some() {
        let days = input
            .ladder_days
            .clone()
            .unwrap_or_else(|| Ladder::default().days.iter().map(|d| *d as i32).collect());
        let repeat = input
            .repeat_days
            .unwrap_or(Ladder::default().repeat_days as i32);
        match Ladder::parse(&days, repeat) {
            Ok(ladder) => {
                row.ladder_days = input.ladder_days.as_ref().map(|_| ladder.days_text());
                row.repeat_days = input.repeat_days;
            }
            Err((field, message)) => problems.add(format!("input.{field}"), message),
        }
    }
    if let Some(window) = &input.send_window {
        let parsed = if window.always {
            Ok(SendWindow::Always)
        } else {
            let time = |t: &str, field: &str| {
                NaiveTime::parse_from_str(t.trim(), "%H:%M").map_err(|_| {
                    (
                        format!("input.sendWindow.{field}"),
                        reason!("time_expected", "a time HH:MM"),
                    )
                })
            };
            time(&window.start, "start")
                .and_then(|start| Ok((start, time(&window.end, "end")?)))
                .and_then(|(start, end)| {
                    SendWindow::hours(start, end, &window.days).map_err(|message| {
                        let field = if window.days.is_empty() {
                            "days"
                        } else {
                            "end"
                        };
                        (format!("input.sendWindow.{field}"), message)
                    })
                })
        };
        match parsed {
            Ok(window) => row.send_window = Some(window.to_text()),
            Err((path, message)) => problems.add(path, message),
        }
    }
    if let Some(cc) = input.cc.as_deref().filter(|c| !c.trim().is_empty()) {
        row.cc = problems
            .check(Email::parse(cc, "input.cc"))
            .map(|e| e.as_str().to_owned());
    }
    if let Some(templates) = &input.templates {
        for (i, template) in templates.iter().enumerate() {
            let path = format!("input.templates.{i}");
            if templates[..i]
                .iter()
                .any(|t| t.kind == template.kind && t.locale == template.locale)
            {
                problems.add(
                    &path,
                    reason!(
                        "override_per_kind_language",
                        "one override per kind and language"
                    ),
                );
                continue;
            }
            problems.check(check_override(&template.subject, &template.body, &path));
        }
        row.templates = Some(
            serde_json::to_string(templates)
                .map_err(|e| AppError::Internal(anyhow::Error::new(e)))?,
        );
    }
    problems.finish()?;
    Ok(row)
}

/// The settings of the operator or of one of its clusters (operator admins and staff).
pub async fn get(
    db: &Db,
    ctx: &TenantCtx,
    default_window: SendWindow,
    cluster: Option<ClusterId>,
) -> AppResult<View> {
    let txn = db.tenant(ctx, Policy::HoldReminders).await?;
    let view = view(&txn, cluster, default_window).await?;
    txn.commit().await?;
    Ok(view)
}

async fn view(
    txn: &crate::db::TenantTxn,
    cluster: Option<ClusterId>,
    default_window: SendWindow,
) -> AppResult<View> {
    let tenant = txn.tenant_id().0;
    if let Some(cluster) = cluster
        && txn
            .scoped_by_id::<cluster::Entity>(cluster.0)
            .one(txn.conn())
            .await?
            .is_none()
    {
        return Err(AppError::NotFound);
    }
    let rows = txn
        .scoped::<reminder_setting::Entity>()
        .all(txn.conn())
        .await?;
    let own = rows
        .iter()
        .find(|r| r.cluster_id == cluster.map(|c| c.0))
        .cloned();
    let book = Book {
        default_window,
        operators: rows
            .iter()
            .filter(|r| r.cluster_id.is_none())
            .map(|r| (tenant, r.clone()))
            .collect(),
        clusters: rows
            .iter()
            .filter_map(|r| r.cluster_id.map(|c| (c, r.clone())))
            .collect(),
    };
    Ok(View {
        cluster,
        own,
        effective: book.effective(tenant, cluster.map(|c| c.0)),
    })
}

/// Replaces the settings of the operator or of one cluster (operator admins). Bad input is
/// VALIDATION with every field's problem, and nothing is written.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn update(
    db: &Db,
    ctx: &TenantCtx,
    default_window: SendWindow,
    input: SettingsInput,
) -> AppResult<View> {
    ctx.require(Policy::ConfigureReminders)?;
    let mut row = parse(&input)?;
    let txn = db.tenant(ctx, Policy::ConfigureReminders).await?;
    let tenant = txn.tenant_id().0;
    let scope = input
        .cluster
        .map(|c| c.0.to_string())
        .unwrap_or_else(|| OPERATOR.to_owned());
    let before = view(&txn, input.cluster, default_window).await?.own;
    row.tenant_id = tenant;
    row.scope = scope;
    let after = match before.clone() {
        Some(existing) => {
            let mut active = existing.into_active_model();
            active.disabled_kinds = Set(row.disabled_kinds);
            active.ladder_days = Set(row.ladder_days);
            active.repeat_days = Set(row.repeat_days);
            active.send_window = Set(row.send_window);
            active.cc = Set(row.cc);
            active.templates = Set(row.templates);
            active.updated_at = Set(Utc::now());
            active.update(txn.conn()).await?
        }
        None => row.into_active_model().insert(txn.conn()).await?,
    };
    audit::record(
        &txn,
        ctx,
        "ReminderSettings",
        after.id,
        "updated",
        before.as_ref(),
        Some(&after),
    )
    .await?;
    let result = view(&txn, input.cluster, default_window).await?;
    txn.commit().await?;
    Ok(result)
}

/// Turns every kind on with the product's ladder for a demo operator.
pub fn demo_row(tenant: Uuid) -> reminder_setting::ActiveModel {
    reminder_setting::Model {
        id: Uuid::now_v7(),
        tenant_id: tenant,
        created_at: Utc::now(),
        scope: OPERATOR.into(),
        cluster_id: None,
        disabled_kinds: Some(String::new()),
        ladder_days: Some(Ladder::default().days_text()),
        repeat_days: Some(Ladder::default().repeat_days as i32),
        send_window: None,
        cc: None,
        templates: None,
        updated_at: Utc::now(),
    }
    .into_active_model()
}
