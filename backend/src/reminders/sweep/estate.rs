//! Notices about clusters, one per cluster and month, set-based like the rest of the sweep:
//! wastewater meter readings missing in the last three days of the month (to the operator's
//! staff), and a maintenance fee that covers less than the next 12 months' upkeep plan (to
//! the operator admins, from the first working day).

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use sea_orm::{ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect};
use uuid::Uuid;

use crate::billing::Charge;
use crate::billing::entities::{meter_reading, tariff};
use crate::billing::money::{first_of_month, format_vnd};
use crate::error::AppResult;
use crate::estate::LeaseStatus;
use crate::estate::entities::{cluster, lease};
use crate::receivables::coverage::coverage_of;
use crate::reminders::Kind;
use crate::reminders::mail::{Facts, Line};
use crate::reminders::schedule::{first_working_day, last_of_month, local_day};
use crate::reminders::sweep::select::{Due, Scope, Shared, templates, tenant_filter};
use crate::tenancy::Locale;

/// Days before the month's end the meter reminder starts (the last three days).
pub const METER_DAYS: i64 = 2;

/// The first of the last three days of `day`'s month.
pub fn meter_day(day: NaiveDate) -> NaiveDate {
    last_of_month(day) - Duration::days(METER_DAYS)
}

/// Clusters with leases metered for wastewater (a wastewater tariff in force) and held this
/// month without a reading for it.
pub(super) async fn meters<C: ConnectionTrait>(
    conn: &C,
    scope: Scope,
    now: DateTime<Utc>,
    shared: &Shared,
    due: &mut Vec<Due>,
) -> AppResult<()> {
    let today = local_day(now);
    let anchor = meter_day(today);
    if today < anchor {
        return Ok(());
    }
    let period = first_of_month(today);
    let metered: HashSet<Uuid> =
        tenant_filter(tariff::Entity::find(), tariff::Column::TenantId, scope)
            .filter(tariff::Column::Charge.eq(Charge::Wastewater))
            .filter(tariff::Column::EffectiveFrom.lte(today))
            .filter(
                Condition::any()
                    .add(tariff::Column::EffectiveTo.is_null())
                    .add(tariff::Column::EffectiveTo.gte(period)),
            )
            .select_only()
            .column(tariff::Column::ClusterId)
            .into_tuple::<Uuid>()
            .all(conn)
            .await?
            .into_iter()
            .collect();
    if metered.is_empty() {
        return Ok(());
    }
    let read: HashSet<Uuid> = tenant_filter(
        meter_reading::Entity::find(),
        meter_reading::Column::TenantId,
        scope,
    )
    .filter(meter_reading::Column::Period.eq(period))
    .filter(meter_reading::Column::SupersededAt.is_null())
    .select_only()
    .column(meter_reading::Column::LeaseId)
    .into_tuple::<Uuid>()
    .all(conn)
    .await?
    .into_iter()
    .collect();
    let leases = tenant_filter(lease::Entity::find(), lease::Column::TenantId, scope)
        .filter(lease::Column::Status.eq(LeaseStatus::Active))
        .filter(lease::Column::StartsOn.lte(today))
        .filter(lease::Column::EndsOn.gte(period))
        .all(conn)
        .await?;
    let mut missing: BTreeMap<Uuid, Vec<&lease::Model>> = BTreeMap::new();
    for lease in &leases {
        if metered.contains(&lease.cluster_id) && !read.contains(&lease.id) {
            missing.entry(lease.cluster_id).or_default().push(lease);
        }
    }
    if missing.is_empty() {
        return Ok(());
    }
    let names = cluster_names(conn, scope).await?;
    let month = format!("{:02}/{}", today.month(), today.year());
    let kind = Kind::MeterReadings;
    for (cluster, mut list) in missing {
        let tenant = list[0].tenant_id;
        let settings = shared.book.effective(tenant, Some(cluster));
        if !settings.enabled(kind) {
            continue;
        }
        list.sort_by_key(|l| shared.firms.get(&l.firm_id).map(|f| f.name.clone()));
        let items: Vec<Line> = list
            .iter()
            .map(|l| {
                let firm = shared
                    .firms
                    .get(&l.firm_id)
                    .map(|f| f.name.clone())
                    .unwrap_or_default();
                Line {
                    vi: format!("{firm} · hợp đồng đến {}", l.ends_on.format("%d/%m/%Y")),
                    en: format!("{firm} · lease until {}", l.ends_on),
                }
            })
            .collect();
        // To the staff who enter readings; an operator without staff, to its admins.
        let people = shared
            .staff
            .get(&tenant)
            .filter(|s| !s.is_empty())
            .or_else(|| shared.admins.get(&tenant))
            .cloned()
            .unwrap_or_default();
        let name = names.get(&cluster).cloned().unwrap_or_default();
        due.push(Due {
            tenant,
            kind,
            subject: cluster,
            step: format!("{}-{:02}", today.year(), today.month()),
            anchor_on: anchor,
            firm: None,
            cluster: Some(cluster),
            amount: None,
            summary: format!("{name} · {}", items.len()),
            recipients: shared.not_refused(tenant, kind, people),
            facts: Facts {
                seller_name: shared.seller(tenant),
                title: Some(name),
                month: Some(month.clone()),
                items,
                ..Facts::new(kind, Locale::Vi, shared.link("/meter-readings/import"))
            },
            templates: templates(&settings, kind),
            window: settings.window,
            qr: None,
        });
    }
    Ok(())
}

/// Clusters whose expected maintenance fee over the next 12 months is below their upkeep
/// plan, once a month from its first working day.
pub(super) async fn fund<C: ConnectionTrait>(
    conn: &C,
    scope: Scope,
    now: DateTime<Utc>,
    shared: &Shared,
    due: &mut Vec<Due>,
) -> AppResult<()> {
    let today = local_day(now);
    let anchor = first_working_day(today);
    if today < anchor {
        return Ok(());
    }
    let kind = Kind::FundCoverage;
    let clusters: Vec<cluster::Model> =
        tenant_filter(cluster::Entity::find(), cluster::Column::TenantId, scope)
            .all(conn)
            .await?
            .into_iter()
            .filter(|c| shared.book.effective(c.tenant_id, Some(c.id)).enabled(kind))
            .collect();
    let coverage = coverage_of(conn, &clusters, today).await?;
    let month = format!("{:02}/{}", today.month(), today.year());
    for c in &clusters {
        let Some(figures) = coverage.get(&c.id) else {
            continue;
        };
        let Some(bp) = figures.coverage_bp.filter(|bp| *bp < 10_000) else {
            continue;
        };
        let settings = shared.book.effective(c.tenant_id, Some(c.id));
        let admins = shared.admins.get(&c.tenant_id).cloned().unwrap_or_default();
        let mut items = vec![
            Line {
                vi: format!(
                    "Kế hoạch bảo trì 12 tháng: {}",
                    format_vnd(figures.planned_12m, false)
                ),
                en: format!(
                    "Upkeep planned over 12 months: {}",
                    format_vnd(figures.planned_12m, true)
                ),
            },
            Line {
                vi: format!(
                    "Phí duy tu dự kiến thu: {}",
                    format_vnd(figures.expected_fee_12m, false)
                ),
                en: format!(
                    "Maintenance fee expected: {}",
                    format_vnd(figures.expected_fee_12m, true)
                ),
            },
            Line {
                vi: format!("Số dư quỹ: {}", format_vnd(figures.balance, false)),
                en: format!("Fund balance: {}", format_vnd(figures.balance, true)),
            },
        ];
        if let Some(rate) = figures.collection.rate_bp().filter(|bp| *bp < 10_000) {
            items.push(Line {
                vi: format!("Tỷ lệ thu phí 12 tháng qua: {}%", rate / 100),
                en: format!("Fee collected over the last 12 months: {}%", rate / 100),
            });
        }
        due.push(Due {
            tenant: c.tenant_id,
            kind,
            subject: c.id,
            step: format!("{}-{:02}", today.year(), today.month()),
            anchor_on: anchor,
            firm: None,
            cluster: Some(c.id),
            amount: None,
            summary: format!("{} · {}%", c.name, bp / 100),
            recipients: shared.not_refused(c.tenant_id, kind, admins),
            facts: Facts {
                seller_name: shared.seller(c.tenant_id),
                title: Some(c.name.clone()),
                month: Some(month.clone()),
                percent: Some(bp / 100),
                items,
                ..Facts::new(kind, Locale::Vi, shared.link("/maintenance-fund"))
            },
            templates: templates(&settings, kind),
            window: settings.window,
            qr: None,
        });
    }
    Ok(())
}

async fn cluster_names<C: ConnectionTrait>(
    conn: &C,
    scope: Scope,
) -> AppResult<HashMap<Uuid, String>> {
    Ok(
        tenant_filter(cluster::Entity::find(), cluster::Column::TenantId, scope)
            .select_only()
            .columns([cluster::Column::Id, cluster::Column::Name])
            .into_tuple::<(Uuid, String)>()
            .all(conn)
            .await?
            .into_iter()
            .collect(),
    )
}
